/// Diagnostics about files as a whole, for the tools that read them.
extension Diagnostic {
    /// A problem with a file that has no line to point at: missing, unreadable, too large.
    public static func file(_ path: String, _ message: String, help: String) -> Diagnostic {
        Diagnostic(at: nil, message, help: help, path: path)
    }

    /// A problem with how a tool was called, with no file at all.
    public static func usage(_ message: String, help: String?) -> Diagnostic {
        Diagnostic(at: nil, message, help: help)
    }

    /// Bytes that are not UTF-8, pointed at by line and column.
    public static func notUTF8(path: String, bytes: [UInt8]) -> Diagnostic {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var bad = bytes.count
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error(let length): bad = offset; _ = length; break loop
            case .emptyInput: break loop
            }
        }
        let line = bytes[..<bad].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = bytes[..<bad].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<bad], as: UTF8.self).count + 1
        let file = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        return Diagnostic(
            at: file.span(line: line, column: column), "the file is not UTF-8 text",
            label: "byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) cannot start a character here",
            help: "save the file as UTF-8 (spreadsheets call it 'CSV UTF-8'); '£' in other encodings is the usual cause")
    }

    /// Where a diagnostic points, as `file:line:column`, for one-line summaries.
    public var location: String {
        guard let span else { return path ?? "" }
        return "\(span.file.path):\(span.line):\(span.column)"
    }
}

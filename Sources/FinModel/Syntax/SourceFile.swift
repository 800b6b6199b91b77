/// A scenario's source text with the line table that turns offsets into lines and columns.
///
/// Diagnostics point into a `SourceFile` by UTF-8 offset; lines and columns are worked out only
/// when a diagnostic is rendered, so lexing stays a walk over bytes. Lines and columns count from
/// 1, and columns count characters, not bytes, so a caret lines up under `£` and accented names.
public final class SourceFile: Sendable {
    /// The path as the user gave it, shown in every diagnostic.
    public let path: String
    /// The text, without a leading byte-order mark.
    public let text: String
    let bytes: [UInt8]
    /// UTF-8 offset of the first byte of each line.
    let lineStarts: [Int]

    /// Loads source text; a UTF-8 byte-order mark is dropped so it never reaches the lexer.
    public init(path: String, text: String) {
        self.path = path
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        self.text = body
        let bytes = Array(body.utf8)
        self.bytes = bytes
        self.lineStarts = Self.lineStarts(of: bytes)
    }

    /// The offset of each line's first byte.
    ///
    /// Read eight bytes at a time: a word with no newline in it (most of them, at fifty bytes
    /// a line) is passed over with a few operations, and only a word holding one is looked
    /// at byte by byte.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts: [Int] = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let newlines = ones &* UInt64(UInt8(ascii: "\n"))
            var offset = 0
            while offset + 8 <= count {
                // A byte of `word ^ newlines` is zero where the byte is a newline.
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ newlines
                if (word &- ones) & ~word & highs != 0 {
                    for index in offset..<(offset + 8) where raw[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
                }
                offset += 8
            }
            for index in offset..<count where raw[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        }
        return starts
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based character column of `offset` on its line.
    func column(of offset: Int) -> Int {
        let start = lineStarts[line(of: offset) - 1]
        let clamped = min(max(offset, start), bytes.count)
        return String(decoding: bytes[start..<clamped], as: UTF8.self).count + 1
    }

    /// The text of a 1-based line, without its line ending.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text of a span.
    func text(of span: SourceSpan) -> String {
        let start = min(span.start, bytes.count), end = min(max(span.end, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A half-open range of UTF-8 offsets into one source file.
public struct SourceSpan: Sendable, Hashable {
    /// The file the span is in.
    public let file: SourceFile
    /// The first UTF-8 offset of the span.
    public let start: Int
    /// The UTF-8 offset just after the span.
    public let end: Int

    init(file: SourceFile, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both.
    func through(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// The 1-based line the span starts on.
    public var line: Int { file.line(of: start) }
    /// The 1-based column, in characters, the span starts at.
    public var column: Int { file.column(of: start) }

    /// Spans are equal when they cover the same offsets of the same file (the same object).
    public static func == (a: SourceSpan, b: SourceSpan) -> Bool {
        a.file === b.file && a.start == b.start && a.end == b.end
    }

    /// Hashes the file's identity and the offsets, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(file))
        hasher.combine(start)
        hasher.combine(end)
    }
}

extension SourceFile {
    /// The span of `length` characters starting at a 1-based line and character column.
    func span(line: Int, column: Int, length: Int = 1) -> SourceSpan {
        guard line >= 1, line <= lineStarts.count else { return SourceSpan(file: self, start: bytes.count, end: bytes.count) }
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
        // An ASCII line has one byte a character ("\r\n" is one character, and ends the line).
        if bytes[lineStart..<lineEnd].allSatisfy({ $0 < 0x80 }) {
            return asciiSpan(lineStart: lineStart, lineEnd: lineEnd, column: column, length: length)
        }
        return characterSpan(lineStart: lineStart, lineEnd: lineEnd, column: column, length: length)
    }

    /// `span(line:column:length:)` on a line of ASCII text, by byte offsets.
    func asciiSpan(lineStart: Int, lineEnd: Int, column: Int, length: Int) -> SourceSpan {
        var textEnd = lineEnd
        if textEnd > lineStart, bytes[textEnd - 1] == UInt8(ascii: "\n") {
            textEnd -= 1
            if textEnd > lineStart, bytes[textEnd - 1] == UInt8(ascii: "\r") { textEnd -= 1 }
        }
        // A column past the text is past the line's ending too, which is one character.
        let offset = max(column, 1) - 1 <= textEnd - lineStart ? lineStart + max(column, 1) - 1 : lineEnd
        let end = min(offset + max(length, 0), max(textEnd, offset))
        return SourceSpan(file: self, start: offset, end: end)
    }

    /// `span(line:column:length:)` on any line, character by character.
    func characterSpan(lineStart: Int, lineEnd: Int, column: Int, length: Int) -> SourceSpan {
        var offset = lineStart, characters = 1
        let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        var index = text.startIndex
        while characters < column, index < text.endIndex {
            offset += text[index].utf8.count
            index = text.index(after: index)
            characters += 1
        }
        var end = offset, counted = 0
        while counted < length, index < text.endIndex, text[index] != "\n", text[index] != "\r\n" {
            end += text[index].utf8.count
            index = text.index(after: index)
            counted += 1
        }
        return SourceSpan(file: self, start: offset, end: max(end, offset))
    }
}

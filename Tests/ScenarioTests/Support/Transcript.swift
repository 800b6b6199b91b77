/// A recorded terminal session: commands with their exact stdout, stderr and exit status.
///
/// The text form, kept in `.expected` files, is one block per command, blocks separated by one
/// blank line:
///
///     $ scenario run Scenarios/nhse-pharmacists.scenario --format csv
///     year,total
///     2025/26,120430
///     --- stderr
///     warning: 'rate' is unused
///     --- exit 0
///
///     $ scenario check Scenarios/nhse-pharmacists.scenario
///     --- exit 0
///
/// Output is copied verbatim, line breaks and all; an empty stdout takes no lines and an empty
/// stderr drops its `--- stderr` line. Output not ending in a line break is followed by
/// `--- no newline at end of stdout` (or `stderr`), so that `Transcript(parsing:)` and
/// `rendered` are exact inverses. A process killed by a signal ends with `--- signal N`.
///
/// - Important: an output line that reads exactly `--- exit N`, or `--- stderr` in stdout, is
///   taken for the marker when parsing. Rendering is always exact; only such a file read back
///   would differ, and the comparison is made on rendered text.
struct Transcript: Equatable, Sendable {
    /// How a command's process ended.
    enum Termination: Equatable, Sendable {
        /// It exited with this status.
        case exit(Int32)
        /// A signal with this number killed it.
        case signal(Int32)
    }

    /// One command and what it printed.
    struct Block: Equatable, Sendable {
        /// The command line as written after `$ `.
        var command: String
        /// Everything written to standard output.
        var stdout: String
        /// Everything written to standard error.
        var stderr: String
        /// The exit status or killing signal.
        var termination: Termination
    }

    /// A transcript file that does not follow the format, with the 1-based line at fault.
    struct ParseError: Error, Equatable, CustomStringConvertible {
        let line: Int
        let message: String

        var description: String { "line \(line): \(message)" }
    }

    /// The blocks in order.
    var blocks: [Block]

    /// Creates a transcript from blocks.
    init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Reads the text form, refusing text that does not follow it.
    ///
    ///     try Transcript(parsing: "$ scenario --version\n0.1.0\n--- exit 0\n").blocks[0].stdout
    ///     // "0.1.0\n"
    init(parsing text: String) throws(ParseError) {
        var lines = Self.lines(of: text)
        if lines.last == "" { lines.removeLast() }  // the line break ending the last line
        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            guard lines[i].hasPrefix("$ ") else {
                throw ParseError(line: i + 1, message: "expected a command line starting with '$ '")
            }
            let commandLine = i
            let command = String(lines[i].dropFirst(2))
            i += 1
            var sections: [[String]] = [[], []]  // stdout, stderr
            var endsWithoutNewline = [false, false]
            var section = 0
            var termination: Termination?
            while termination == nil {
                guard i < lines.count else {
                    throw ParseError(line: commandLine + 1, message: "block for '\(command)' has no '--- exit' line")
                }
                let line = lines[i]
                let next = i + 1 < lines.count ? lines[i + 1] : nil
                i += 1
                if section == 0, line == "--- stderr" {
                    section = 1
                } else if line == "--- no newline at end of \(Self.sectionNames[section])",
                          !sections[section].isEmpty, let next, Self.isSectionEnd(next, after: section) {
                    endsWithoutNewline[section] = true
                } else if let ending = Self.termination(line) {
                    termination = ending
                } else {
                    sections[section].append(line)
                }
            }
            if i < lines.count {
                guard lines[i] == "" else {
                    throw ParseError(line: i + 1, message: "expected a blank line after '--- exit'")
                }
                i += 1
                guard i < lines.count else {
                    throw ParseError(line: i, message: "blank line at the end of the transcript")
                }
            }
            let output = (0...1).map { n in
                sections[n].isEmpty ? "" : sections[n].joined(separator: "\n") + (endsWithoutNewline[n] ? "" : "\n")
            }
            guard let termination else { break }  // the loop above ends only with one
            blocks.append(Block(command: command, stdout: output[0], stderr: output[1], termination: termination))
        }
        self.blocks = blocks
    }

    /// The text form; `Transcript(parsing:)` gives back an equal transcript.
    var rendered: String {
        blocks.map { block in
            var text = "$ \(block.command)\n" + Self.section(block.stdout, name: "stdout")
            if !block.stderr.isEmpty {
                text += "--- stderr\n" + Self.section(block.stderr, name: "stderr")
            }
            switch block.termination {
            case .exit(let status): text += "--- exit \(status)\n"
            case .signal(let number): text += "--- signal \(number)\n"
            }
            return text
        }.joined(separator: "\n")
    }

    private static let sectionNames = ["stdout", "stderr"]

    /// Output as it appears in a block, ending with a line break or the marker saying it has none.
    private static func section(_ output: String, name: String) -> String {
        if output.isEmpty || output.utf8.last == UInt8(ascii: "\n") { return output }
        return output + "\n--- no newline at end of \(name)\n"
    }

    /// Whether `line` may follow a `--- no newline` marker in `section`.
    private static func isSectionEnd(_ line: String, after section: Int) -> Bool {
        (section == 0 && line == "--- stderr") || termination(line) != nil
    }

    /// The ending a `--- exit N` or `--- signal N` line records, or nil for any other line.
    private static func termination(_ line: String) -> Termination? {
        if line.hasPrefix("--- exit "), let status = Int32(line.dropFirst(9)) { return .exit(status) }
        if line.hasPrefix("--- signal "), let number = Int32(line.dropFirst(11)) { return .signal(number) }
        return nil
    }

    /// The lines of `text`, split at each LF only: a CR before it stays in the line.
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}

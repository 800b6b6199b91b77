import Foundation
import Testing
@testable import FinModel

/// Runs every example in docs/language.md and compares it with the output printed below it, so
/// the manual cannot drift from the code. `RECORD=1 swift test` rewrites the outputs.
@Suite struct LanguageManualTests {
    static let manualPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/language.md")

    struct Example: CustomStringConvertible, Sendable {
        let line: Int
        let source: String
        let files: [String: String]
        /// Range of lines (0-based, exclusive end) of the output block's body, if there is one.
        let outputLines: Range<Int>?
        let expected: String?
        var description: String { "example at docs/language.md:\(line)" }
    }

    /// Splits the manual into its ```scenario blocks, the ```csv files before them, and the
    /// ```output block after each.
    static func examples() -> [Example] {
        guard let text = try? String(contentsOf: manualPath, encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var examples: [Example] = []
        var files: [String: String] = [:]
        var index = 0
        func block(from start: Int) -> (body: [String], end: Int) {
            var end = start + 1
            while end < lines.count, lines[end] != "```" { end += 1 }
            return (Array(lines[(start + 1)..<min(end, lines.count)]), end)
        }
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```csv ") {
                let (body, end) = block(from: index)
                files[String(line.dropFirst(7))] = body.joined(separator: "\n") + "\n"
                index = end + 1
            } else if line == "```scenario" {
                let (body, end) = block(from: index)
                var next = end + 1
                while next < lines.count, lines[next].isEmpty { next += 1 }
                var outputLines: Range<Int>?
                var expected: String?
                if next < lines.count, lines[next] == "```output" {
                    let (output, outputEnd) = block(from: next)
                    outputLines = (next + 1)..<outputEnd
                    expected = output.joined(separator: "\n") + "\n"
                }
                examples.append(Example(line: index + 1, source: body.joined(separator: "\n") + "\n", files: files,
                                        outputLines: outputLines, expected: expected))
                index = end + 1
            } else {
                index += 1
            }
        }
        return examples
    }

    /// What `scenario run` prints for the example: the tables and checks, or the diagnostics.
    static func run(_ example: Example) -> String {
        let files = example.files
        let access = FileAccess { path throws(FileAccess.Failure) in
            guard let text = files[path] else { throw FileAccess.Failure(message: "no such file '\(path)'", help: "") }
            return (path, text)
        }
        let (scenario, problems) = Scenario.load(path: "example.scenario", text: example.source, files: access)
        if problems.contains(where: \.isError) || scenario == nil { return DiagnosticRenderer.render(problems) }
        let (report, more) = scenario!.evaluate()
        guard let report else { return DiagnosticRenderer.render(problems + more) }
        return TextWriter.write(OutputDocument(report: report))
    }

    @Test func manualHasExamples() {
        #expect(Self.examples().count >= 10)
    }

    @Test(arguments: examples())
    func exampleOutputMatchesManual(_ example: Example) throws {
        let actual = Self.run(example)
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try Self.record(example, actual)
            return
        }
        let expected = try #require(example.expected, "\(example) has no ```output block")
        #expect(actual == expected, "\(example) printed:\n\(actual)")
    }

    /// Rewrites one output block in the manual (examples are recorded one at a time, serialised).
    static func record(_ example: Example, _ output: String) throws {
        recordLock.lock()
        defer { recordLock.unlock() }
        do {
            var lines = try String(contentsOf: manualPath, encoding: .utf8).components(separatedBy: "\n")
            // Re-find the example by its source, since earlier recordings may shift lines.
            let sourceLines = example.source.components(separatedBy: "\n").dropLast()
            guard let start = lines.indices.first(where: { lines[$0] == "```scenario" && Array(lines[($0 + 1)..<min(lines.count, $0 + 1 + sourceLines.count)]) == Array(sourceLines) }) else { return }
            var end = start + 1 + sourceLines.count
            guard end < lines.count, lines[end] == "```" else { return }
            end += 1
            var next = end
            while next < lines.count, lines[next].isEmpty { next += 1 }
            let outputBody = output.components(separatedBy: "\n").dropLast()
            if next < lines.count, lines[next] == "```output" {
                var close = next + 1
                while close < lines.count, lines[close] != "```" { close += 1 }
                lines.replaceSubrange((next + 1)..<close, with: outputBody)
            } else {
                lines.insert(contentsOf: ["", "```output"] + outputBody + ["```"], at: end)
            }
            try lines.joined(separator: "\n").write(to: manualPath, atomically: true, encoding: .utf8)
        }
    }

    static let recordLock = NSLock()
}

import Foundation
import Testing
import FinModel

/// docs/library.md quotes Examples/pharmacist-costing, which CI builds against the library, runs,
/// and compares with its expected-output.txt. Here, quickly and on every test run: each ```swift
/// block of the guide is in the example word for word, each ```output block is in the expected
/// output, and the expected output's split across practices is what the library gives today for
/// Scenarios/nhse-pharmacists.scenario, so neither file can drift from the library unnoticed.
@Suite struct LibraryGuideTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = root.appendingPathComponent("Examples/pharmacist-costing")

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// The bodies of the guide's fenced blocks whose opening line is exactly "```" + `kind`.
    static func blocks(_ kind: String) throws -> [String] {
        let lines = try read(root.appendingPathComponent("docs/library.md")).components(separatedBy: "\n")
        var blocks: [String] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```" + kind else { index += 1; continue }
            var end = index + 1
            while end < lines.count, lines[end] != "```" { end += 1 }
            blocks.append(lines[(index + 1)..<end].joined(separator: "\n") + "\n")
            index = end + 1
        }
        return blocks
    }

    /// The example's Package.swift and every Swift source under it.
    static func exampleSources() throws -> String {
        var text = try read(example.appendingPathComponent("Package.swift"))
        let sources = example.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".swift") {
            text += try read(sources.appendingPathComponent(file))
        }
        return text
    }

    @Test func everySwiftSnippetIsInTheExample() throws {
        let snippets = try Self.blocks("swift")
        #expect(snippets.count >= 6)
        let sources = try Self.exampleSources()
        for snippet in snippets {
            #expect(sources.contains(snippet), "docs/library.md quotes what Examples/pharmacist-costing does not hold:\n\(snippet)")
        }
    }

    @Test func everyOutputIsInTheExpectedOutput() throws {
        let outputs = try Self.blocks("output")
        #expect(outputs.count >= 3)
        let expected = try Self.read(Self.example.appendingPathComponent("expected-output.txt"))
        for output in outputs {
            #expect(expected.contains(output), "docs/library.md shows output the example does not print:\n\(output)")
        }
    }

    /// The expected output's table of contributions, practice by practice, is the scenario's.
    @Test func theExpectedSplitIsTheScenarios() throws {
        let path = Self.root.appendingPathComponent("Scenarios/nhse-pharmacists.scenario").path
        let (scenario, _) = Scenario.load(path: path, text: try String(contentsOfFile: path, encoding: .utf8), files: .none)
        let report = try #require(scenario?.evaluate().0)
        let table = try #require(report.tables.first { $0.lines.contains { $0.name == "contribution" } })
        let line = try #require(table.lines.first { $0.name == "contribution" })
        let years = report.years.count
        let expected = try Self.read(Self.example.appendingPathComponent("expected-output.txt")).components(separatedBy: "\n")
        for (index, member) in table.members.enumerated() {
            let row = try #require(expected.first { $0.hasPrefix(member + "  ") }, "no row for \(member)")
            let figures = row.split(separator: " ").suffix(years + 1).dropLast().map(String.init)
            let computed = line.values[(index * years)..<((index + 1) * years)].map { $0.formattedAsPounds() }
            #expect(figures == computed, "\(member)")
        }
    }
}

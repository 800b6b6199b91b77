import Foundation
import Testing

/// A board reader finds a shipped figure's origin by the document's title: every shipped
/// scenario declares its documents with `source`, and none cites the project's own file
/// numbers for the source documents ("seed 003"), which mean nothing outside this repository.
@Suite struct ShippedSourcesTests {
    static let scenarios: [String] = {
        let folder = TranscriptRunner.packageRoot.appendingPathComponent("Scenarios")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".scenario") }
        return files.sorted().map { "Scenarios/" + $0 }
    }()

    @Test func thereAreShippedScenarios() {
        #expect(Self.scenarios.count >= 7, "\(Self.scenarios)")
    }

    @Test(arguments: scenarios) func documentsAreCitedByTitle(_ path: String) throws {
        let text = try String(contentsOf: TranscriptRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("source ") }, "\(path) declares no source document")
        for (number, line) in lines.enumerated() where line.lowercased().contains(/seed \d{3}/) {
            Issue.record("\(path):\(number + 1) cites a source by its file number: \(line)")
        }
    }
}

import FinModel
import Foundation
import Testing
import TestSupport

/// The built `scenario` is the one these tests were built with: it reports the version of the
/// library they link. A stale or missing binary would make every end-to-end test check
/// something other than the code under test.
@Test func theBuiltToolReportsTheLibraryVersion() throws {
    let (binary, searched) = TranscriptRunner.builtProduct(named: "scenario")
    let tool = try #require(binary, "the built 'scenario' was not found (looked in \(searched.map(\.path))): run 'swift build' first")
    let outcome = try ProcessRunner(tool, ["--version"], environment: TranscriptRunner.standardEnvironment, timeout: .seconds(30)).run()
    #expect(outcome.stdoutText == "scenario \(FinModel.version)\n")
    #expect(outcome.stderrText == "")
    #expect(outcome.termination == .exit(0))
}

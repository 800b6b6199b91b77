import Foundation
import Testing

/// `scenario` against an independent reference evaluator (`Tests/Reference/`, Python's
/// `fractions`, written from docs/language.md and not from the Swift code): every input, line,
/// total and check of `scenario run --format json` must be the reference's exact figure, and
/// where the reference finds a mistake (units, division by zero, overflow, ...) `scenario` must
/// exit 2. `Tests/Reference/differential.py --seconds 60` runs the same for a time in CI; here
/// it runs a fixed number of seeds, so a failure names a seed that reproduces it.
@Suite struct ReferenceDifferentialTests {
    static let python = ExternalTool.find(["python3"])
    static let driver = TranscriptRunner.packageRoot.appendingPathComponent("Tests/Reference/differential.py")

    @Test(.enabled(if: python != nil, "python3 not found: the reference evaluator is not run"))
    func randomScenariosOfFixedSeedsEvaluateAsTheReferenceSays() throws {
        let scenario = try ExternalTool.scenario()
        let run = try ExternalTool.run(Self.python!, [Self.driver.path, "--count", "40", "--seed", "1", "--binary", scenario.path],
                                       timeoutSeconds: 600)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("40 scenarios") && run.stdout.contains("0 mismatched"), "\(run.stdout)")
    }

    /// The shipped scenarios, every fixture (most of them mistakes, which must exit 2 in both)
    /// and the manual's examples, each variant too; not `Tests/Fixtures/reference-findings/`,
    /// which keeps what the differential found until the tool or the manual is fixed.
    @Test(.enabled(if: python != nil, "python3 not found: the reference evaluator is not run"))
    func everyWrittenScenarioAndManualExampleEvaluatesAsTheReferenceSays() throws {
        let scenario = try ExternalTool.scenario()
        let root = TranscriptRunner.packageRoot
        let files = ["Scenarios", "Tests/Fixtures"].flatMap { folder -> [String] in
            let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            return (walker?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".scenario") }.map { folder + "/" + $0 }
        }.filter { !$0.hasPrefix("Tests/Fixtures/reference-findings/") }.sorted()
        try #require(files.count > 50, "found only \(files.count) scenario files")
        let run = try ExternalTool.run(Self.python!, [Self.driver.path, "--binary", scenario.path, "--manual", "docs/language.md", "--files"] + files,
                                       timeoutSeconds: 600)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("0 mismatched"), "\(run.stdout)")
    }

    /// The oracle can fail: a `scenario` that adds a penny to every whole-pound figure it prints
    /// is caught, with the scenario and both figures printed.
    @Test(.enabled(if: python != nil, "python3 not found: the reference evaluator is not run"))
    func aToolThatPrintsAWrongFigureIsCaught() throws {
        let scenario = try ExternalTool.scenario()
        let folder = try ExternalTool.temporaryFolder("differential-mutant")
        defer { try? FileManager.default.removeItem(at: folder) }
        let mutant = folder.appendingPathComponent("scenario")
        let script = """
            #!/bin/sh
            out=$("\(scenario.path)" "$@"); status=$?
            printf '%s\\n' "$out" | sed 's/"\\(-\\{0,1\\}[0-9][0-9]*\\)\\.00"/"\\1.01"/g'
            exit $status

            """
        try script.write(to: mutant, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: mutant.path)
        let run = try ExternalTool.run(Self.python!, [Self.driver.path, "--count", "40", "--seed", "1", "--binary", mutant.path],
                                       timeoutSeconds: 600)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("MISMATCH") && run.stdout.contains("reference ") && run.stdout.contains("--- scenario"), "\(run.stdout)")
    }
}

import Foundation
import Testing
import TestSupport

/// `scenario init` in a fresh folder: the files it writes are the committed fixtures (whose
/// transcripts show them run and checked), and what it writes runs, checks, formats, compares
/// and reports there, with its practices in the file or in a CSV file beside it.
@Suite struct InitCommandTests {
    static let fixtures = TranscriptRunner.packageRoot.appendingPathComponent("Tests/Fixtures/init")

    /// Runs the built `scenario` in `folder`.
    static func scenario(_ arguments: [String], in folder: TemporaryFolder) throws -> ProcessOutcome {
        let binary = try CompletionScriptTests.scenarioBinary()
        return try ProcessRunner(binary, arguments, environment: TranscriptRunner.standardEnvironment.merging(["HOME": folder.path]) { $1 },
                                 workingDirectory: URL(fileURLWithPath: folder.path)).run()
    }

    static func contents(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    @Test(arguments: [
        ([], "", ["starter.scenario"]),
        (["--with-practices"], "with-practices/", ["starter.scenario", "practices.csv"]),
    ])
    func theStarterIsWrittenAndRunsChecksAndReports(_ options: [String], _ fixture: String, _ files: [String]) throws {
        let folder = TemporaryFolder()
        let made = try Self.scenario(["init", "starter.scenario"] + options, in: folder)
        #expect(made.termination == .exit(0))
        #expect(made.stderrText == "")
        #expect(made.stdoutText == files.map { "wrote \($0)\n" }.joined() + """
            next: scenario run starter.scenario
                  scenario check starter.scenario
                  scenario repl starter.scenario
                  scenario report starter.scenario --output starter.html

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files.sorted(), "nothing else is left")
        for file in files {
            let expected = Self.contents(Self.fixtures.appendingPathComponent(fixture + file).path)
            #expect(Self.contents(folder.path + "/" + file) == expected,
                    "\(file) differs from Tests/Fixtures/init/\(fixture)\(file): write it again with scenario init")
        }

        let run = try Self.scenario(["run", "starter.scenario", "--strict"], in: folder)
        #expect(run.termination == .exit(0), "\(run.stderrText)")
        #expect(run.stdoutText.contains("\nFund by practice  Share of the fund\n"))
        #expect(run.stdoutText.hasSuffix("3 checks: 3 passed (1 within tolerance), 0 failed\n"))
        let check = try Self.scenario(["check", "starter.scenario"], in: folder)
        #expect(check.termination == .exit(0))
        #expect(check.stdoutText.hasSuffix("3 checks: 3 passed (1 within tolerance), 0 failed\n"))
        let formatted = try Self.scenario(["fmt", "--check", "starter.scenario"], in: folder)
        #expect(formatted.termination == .exit(0), "\(formatted.stderrText)")
        let compared = try Self.scenario(["compare", "starter.scenario", "--variant", "three_percent", "--changed"], in: folder)
        #expect(compared.termination == .exit(0))
        #expect(compared.stdoutText.contains("three_percent  £280,476  £288,890  £297,557  £866,923           +£8,555"))
        let report = try Self.scenario(["report", "starter.scenario", "--output", "starter.html"], in: folder)
        #expect(report.termination == .exit(0), "\(report.stderrText)")
        #expect(report.stdoutText == "wrote starter.html: 2 tables, 2 charts, 3 checks\n")
        let html = String(decoding: Self.contents(folder.path + "/starter.html") ?? [], as: UTF8.self)
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "the two charts are drawn")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = TemporaryFolder()
        try folder.write(Array("my own work\n".utf8), to: "fund.scenario")
        let refused = try Self.scenario(["init", "fund.scenario"], in: folder)
        #expect(refused.termination == .exit(2))
        #expect(refused.stdoutText == "")
        #expect(refused.stderrText == """
            scenario: error: 'fund.scenario' already exists
              = help: init never overwrites a file: choose another name, or move 'fund.scenario' away first

            """)
        #expect(Self.contents(folder.path + "/fund.scenario") == Array("my own work\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["fund.scenario"])
    }

    @Test func anExistingPracticeListStopsBothFiles() throws {
        let folder = TemporaryFolder()
        try folder.write(Array("name,list_size\nMine,1\n".utf8), to: "practices.csv")
        let refused = try Self.scenario(["init", "fund.scenario", "--with-practices"], in: folder)
        #expect(refused.termination == .exit(2))
        #expect(refused.stderrText.hasPrefix("scenario: error: 'practices.csv' already exists\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["practices.csv"], "no scenario is written either")
        #expect(Self.contents(folder.path + "/practices.csv") == Array("name,list_size\nMine,1\n".utf8))
    }

    @Test func aDanglingLinkIsNotWrittenThrough() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/fund.scenario", withDestinationPath: folder.path + "/elsewhere.scenario")
        let refused = try Self.scenario(["init", "fund.scenario"], in: folder)
        #expect(refused.termination == .exit(2))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/elsewhere.scenario"))
    }

    @Test func aNameNeedingQuotesIsQuotedInTheNextSteps() throws {
        let folder = TemporaryFolder()
        let made = try Self.scenario(["init", "Bob's fund.scenario"], in: folder)
        #expect(made.termination == .exit(0))
        #expect(made.stdoutText.contains("next: scenario run 'Bob'\\''s fund.scenario'\n"))
        let text = String(decoding: Self.contents(folder.path + "/Bob's fund.scenario") ?? [], as: UTF8.self)
        #expect(text.contains("# run with: scenario run 'Bob'\\''s fund.scenario' --set \"fund_uplift=3%\"\n"))
        let check = try Self.scenario(["check", "Bob's fund.scenario"], in: folder)
        #expect(check.termination == .exit(0))
    }
}

/// The shells learn `init`, its option and the `language` topic from the command table.
@Suite struct InitCompletionTests {
    @Test func bashCompletesInitAndTheLanguageTopic() throws {
        #expect(try CompletionScriptTests.bashCandidates(["in"]) == ["init"])
        #expect(try CompletionScriptTests.bashCandidates(["init", "--w"]) == ["--with-practices"])
        #expect(try CompletionScriptTests.bashCandidates(["help", "la"]) == ["language"])
    }
}

import Foundation
import Testing
import TestSupport

/// The completion scripts are checked by the shells that run them: bash's own completion
/// machinery is driven with COMP_WORDS, as pressing Tab would, and the candidates compared.
@Suite struct CompletionScriptTests {
    static let options = "Scenarios/federation-beyond-april-2019.scenario"

    static func scenarioBinary() throws -> URL {
        try #require(TranscriptRunner.builtProduct(named: "scenario").0, "build the scenario product first")
    }

    /// The candidates bash offers for the words typed so far; the last word is the one completed.
    static func bashCandidates(_ words: [String]) throws -> [String] {
        let binary = try scenarioBinary()
        let script = try ProcessRunner(binary, ["completion", "bash"], workingDirectory: TranscriptRunner.packageRoot).run()
        #expect(script.status == 0)
        let folder = TemporaryFolder()
        let scriptFile = try folder.file("scenario.bash", holding: script.stdout)
        let quoted = ([binary.path] + words).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let driver = """
            source '\(scriptFile.path)'
            COMP_WORDS=(\(quoted.joined(separator: " ")))
            COMP_CWORD=\(words.count)
            _scenario
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let outcome = try ProcessRunner(URL(fileURLWithPath: "/bin/bash"), ["-c", driver], workingDirectory: TranscriptRunner.packageRoot).run()
        #expect(outcome.status == 0, "\(outcome.stderrText)")
        return outcome.stdoutText.split(separator: "\n").map(String.init).sorted()
    }

    @Test func theFirstWordIsASubcommand() throws {
        #expect(try Self.bashCandidates(["co"]) == ["compare", "completion"])
        #expect(try Self.bashCandidates(["fm"]) == ["fmt"])
    }

    @Test func optionsAndChoicesComeFromTheCommandTable() throws {
        #expect(try Self.bashCandidates(["run", "--fo"]) == ["--format"])
        #expect(try Self.bashCandidates(["run", Self.options, "--format", ""]) == ["csv", "json", "markdown", "table"])
        #expect(try Self.bashCandidates(["help", "fu"]) == ["functions"])
        #expect(try Self.bashCandidates(["completion", ""]) == ["bash", "fish", "zsh"])
    }

    @Test func namesAreReadFromTheScenarioOnTheCommandLine() throws {
        #expect(try Self.bashCandidates(["compare", Self.options, "--variant", "s"]) == ["secured_fees"])
        #expect(try Self.bashCandidates(["seek", Self.options, "--target", "surplus[2019/20] = 0", "--vary", "practice_c"])
                == ["practice_contribution"])
        #expect(try Self.bashCandidates(["run", Self.options, "--set", "cost_u"]) == ["cost_uplift="])
        #expect(try Self.bashCandidates(["explain", Self.options, "surp"]) == ["surplus"])
        #expect(try Self.bashCandidates(["run", "--variant", "s"]) == [], "no scenario on the line, no names")
    }

    /// After an opening quote, `--set` and `seek --vary` take one list member's figure, quote
    /// included, so the rest of the value is typed inside it; without the quote only inputs.
    @Test func listFiguresAreOfferedAfterAnOpeningQuote() throws {
        let figures = "Tests/Fixtures/language/list-figures.scenario"
        #expect(try Self.bashCandidates(["run", figures, "--set", "'list_size[\"K"]) == ["'list_size[\"Kibworth Medical Centre\"]="])
        #expect(try Self.bashCandidates(["seek", figures, "--vary", "'list_size[\"O"]) == ["'list_size[\"Oakham\"]"])
        #expect(try Self.bashCandidates(["run", figures, "--set", ""]) == ["rate="])
    }

    @Test func scenarioFilesAndFoldersAreOffered() throws {
        #expect(try Self.bashCandidates(["run", "Scen"]) == ["Scenarios/"])
        let files = try Self.bashCandidates(["check", "Scenarios/nhse"])
        #expect(files == ["Scenarios/nhse-pharmacists.scenario"])
    }

    @Test(arguments: ["zsh", "fish"])
    func theOtherShellsReadTheirScripts(_ shell: String) throws {
        let binary = try Self.scenarioBinary()
        let script = try ProcessRunner(binary, ["completion", shell]).run()
        #expect(script.status == 0)
        let option = shell == "fish" ? "-l format" : "--format"
        for name in ["run", option, "completion --names"] { #expect(script.stdoutText.contains(name), "\(shell): \(name)") }
        let path = ["/usr/bin/\(shell)", "/bin/\(shell)"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return }  // the shell is not installed here; bash above drives the real thing
        let folder = TemporaryFolder()
        let file = try folder.file("scenario.\(shell)", holding: script.stdout)
        let parsed = try ProcessRunner(URL(fileURLWithPath: path), ["-n", file.path]).run()
        #expect(parsed.status == 0, "\(shell) -n: \(parsed.stderrText)")
    }
}

/// fish completes from the same table; where fish is installed, its own `complete -C` is asked.
@Suite struct FishCompletionTests {
    static func fishCandidates(_ line: String) throws -> [String]? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/fish") else { return nil }
        let binary = try CompletionScriptTests.scenarioBinary()
        let script = try ProcessRunner(binary, ["completion", "fish"]).run()
        let folder = TemporaryFolder()
        let file = try folder.file("scenario.fish", holding: script.stdout)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let outcome = try ProcessRunner(URL(fileURLWithPath: "/usr/bin/fish"), ["-c", "source \(file.path); complete -C '\(line)'"],
                                        environment: environment, workingDirectory: TranscriptRunner.packageRoot).run()
        #expect(outcome.status == 0, "\(outcome.stderrText)")
        return outcome.stdoutText.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }.sorted()
    }

    @Test func fishOffersWhatTheTableSays() throws {
        guard let formats = try Self.fishCandidates("scenario run --format ") else { return }  // fish is not installed here
        #expect(formats == ["csv", "json", "markdown", "table"])
        #expect(try Self.fishCandidates("scenario co") == ["compare", "completion"])
        #expect(try Self.fishCandidates("scenario compare \(CompletionScriptTests.options) --variant s") == ["secured_fees"])
        #expect(try Self.fishCandidates("scenario run Scenarios/nh") == ["Scenarios/nhse-pharmacists.scenario"])
    }
}

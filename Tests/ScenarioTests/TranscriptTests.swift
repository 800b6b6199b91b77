import Foundation
import Testing

/// One file the transcript test checks: a transcript, or a scenario that lacks one.
struct TranscriptCase: Hashable, Sendable, CustomTestStringConvertible {
    enum Kind: Hashable, Sendable {
        /// An `.expected` file whose commands are run and compared.
        case transcript
        /// A `.scenario` file with no `.expected` beside it.
        case missingTranscript
    }

    /// The file's path relative to the package root.
    let path: String
    let kind: Kind

    var testDescription: String { path }

    /// The `.expected` path for this case: the file itself, or the scenario's sibling.
    var transcriptPath: String {
        kind == .transcript ? path : String(path.dropLast(".scenario".count)) + ".expected"
    }
}

/// Finds transcript cases and checks them against what the commands print.
enum TranscriptCheck {
    /// The folders, relative to the package root, searched for transcripts and scenarios.
    static let folders = ["Scenarios", "Tests/Fixtures"]

    /// Every `.expected` file under `folders`, and every `.scenario` file without one, sorted.
    static func cases(in root: URL) -> [TranscriptCase] {
        var cases: [TranscriptCase] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            let files = Set(walker.compactMap { $0 as? String })
            for file in files {
                let path = folder + "/" + file
                if file.hasSuffix(".expected") {
                    cases.append(TranscriptCase(path: path, kind: .transcript))
                } else if file.hasSuffix(".scenario"), !files.contains(String(file.dropLast(9)) + ".expected") {
                    cases.append(TranscriptCase(path: path, kind: .missingTranscript))
                }
            }
        }
        return cases.sorted { $0.path < $1.path }
    }

    /// The default transcript for a scenario: run it, then check it, except that files under
    /// `Tests/Fixtures/errors/` are only run.
    static func defaultTranscript(forScenario path: String) -> Transcript {
        let file = ShellWords.quoted(path)
        let subcommands = path.hasPrefix("Tests/Fixtures/errors/") ? ["run"] : ["run", "check"]
        return Transcript(blocks: subcommands.map {
            Transcript.Block(command: "scenario \($0) \(file)", stdout: "", stderr: "", termination: .exit(0))
        })
    }

    /// Checks one case under `root` and returns the problems found, one message each; with
    /// `record`, writes what the commands printed instead of reporting a difference.
    static func check(_ testCase: TranscriptCase, in root: URL, runner: TranscriptRunner, record: Bool) -> [String] {
        let url = root.appendingPathComponent(testCase.transcriptPath)
        let expectedText: String
        let transcript: Transcript
        switch testCase.kind {
        case .missingTranscript:
            guard record else {
                return ["no transcript for \(testCase.path): run with RECORD=1 to create one"]
            }
            expectedText = ""
            transcript = defaultTranscript(forScenario: testCase.path)
        case .transcript:
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return ["cannot read \(testCase.path)"]
            }
            expectedText = String(decoding: data, as: UTF8.self)
            do {
                transcript = try Transcript(parsing: expectedText)
            } catch {
                return ["\(testCase.path):\(error.line): \(error.message)"]
            }
        }
        let actualText: String
        do {
            actualText = try runner.run(transcript).rendered
        } catch {
            return ["\(testCase.path): \(error)"]
        }
        if actualText == expectedText { return [] }
        if record {
            do {
                try Data(actualText.utf8).write(to: url)
                return []
            } catch {
                return ["cannot write \(testCase.transcriptPath): \(error)"]
            }
        }
        let diff = LineDiff.unified(from: expectedText, to: actualText, fromName: testCase.transcriptPath, toName: "actual")
        return ["\(testCase.transcriptPath): output differs from the transcript (RECORD=1 accepts it)\n\(diff)"]
    }
}

@Suite struct TranscriptTests {
    static let isRecording = ProcessInfo.processInfo.environment["RECORD"] == "1"

    /// Each file is its own test case, named by its path. With no files yet, Swift Testing
    /// reports the test as skipped ("No test cases found").
    static let cases = TranscriptCheck.cases(in: TranscriptRunner.packageRoot)

    @Test(arguments: cases)
    func commandsPrintExactlyTheirTranscript(_ testCase: TranscriptCase) throws {
        let runner = try TranscriptRunner.forPackage()
        let problems = TranscriptCheck.check(
            testCase, in: TranscriptRunner.packageRoot, runner: runner, record: Self.isRecording)
        for problem in problems {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func builtScenarioIsFoundNextToTheTests() {
        let (binary, searched) = TranscriptRunner.builtProduct(named: "scenario")
        #expect(binary != nil, "searched \(searched.map(\.path))")
    }
}

import Foundation
import Testing

/// The runner and the transcript check, driven by ordinary system programs in place of
/// `scenario`, in a temporary folder laid out like the package.
@Suite struct TranscriptRunnerTests {
    /// A system program by name, from the usual folders.
    static func tool(_ name: String) -> URL {
        let found = ["/bin", "/usr/bin"].map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found ?? URL(fileURLWithPath: "/bin").appendingPathComponent(name)
    }

    static let tools = ["echo", "sh", "cat", "printf"].reduce(into: [String: URL]()) { $0[$1] = tool($1) }

    /// A fresh folder, removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("transcript-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    static func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func read(_ path: String, in root: URL) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        ("echo 'a  b' \"c\"", "a  b c\n", "", Transcript.Termination.exit(0)),
        ("printf %s abc", "abc", "", .exit(0)),
        ("sh -c 'echo out; echo err >&2; exit 3'", "out\n", "err\n", .exit(3)),
        ("sh -c 'printf \"%s|%s|%s\" \"$NO_COLOR\" \"$TERM\" \"$COLUMNS\"'", "1|dumb|100", "", .exit(0)),
        ("sh -c 'test -d \"$HOME\" && ls -A \"$HOME\"'", "", "", .exit(0)),
        ("sh -c 'echo \"${LANG-unset}\"'", "unset\n", "", .exit(0)),
        ("cat", "", "", .exit(0)),
        ("cat < input.txt", "line 1\r\nline 2", "", .exit(0)),
        ("cat input.txt", "line 1\r\nline 2", "", .exit(0)),
        ("sh -c 'kill -9 $$'", "", "", .signal(9)),
    ] as [(String, String, String, Transcript.Termination)])
    func commandsRunInAFixedEnvironment(_ command: String, stdout: String, stderr: String, end: Transcript.Termination) throws {
        try Self.withTemporaryFolder { root in
            try Self.write("line 1\r\nline 2", to: "input.txt", in: root)
            let runner = TranscriptRunner(workingDirectory: root, executables: Self.tools)
            let block = try runner.run(command: command)
            #expect(block == Transcript.Block(command: command, stdout: stdout, stderr: stderr, termination: end))
        }
    }

    @Test func eachCommandGetsAFreshHome() throws {
        try Self.withTemporaryFolder { root in
            let runner = TranscriptRunner(workingDirectory: root, executables: Self.tools)
            let first = try runner.run(command: "sh -c 'touch \"$HOME/x\"; echo \"$HOME\"'").stdout
            let second = try runner.run(command: "sh -c 'ls -A \"$HOME\"; echo \"$HOME\"'").stdout
            #expect(first != second)
            #expect(!FileManager.default.fileExists(atPath: first.trimmingCharacters(in: .newlines)))
        }
    }

    @Test(arguments: [
        ("python3 -c 1", "'$ python3 -c 1' runs 'python3', but transcripts may only run 'cat', 'echo', 'printf', 'sh'"),
        ("cat < missing.txt", "'$ cat < missing.txt': cannot read 'missing.txt' for standard input"),
        ("echo 'a", "cannot split '$ echo 'a': unterminated single quote"),
    ])
    func commandsThatCannotRunFailClearly(_ command: String, message: String) throws {
        try Self.withTemporaryFolder { root in
            let runner = TranscriptRunner(workingDirectory: root, executables: Self.tools)
            let error = #expect(throws: TranscriptRunner.Failure.self) { try runner.run(command: command) }
            #expect(error?.message == message)
        }
    }

    @Test func slowCommandsAreKilledAtTheTimeout() throws {
        try Self.withTemporaryFolder { root in
            let runner = TranscriptRunner(workingDirectory: root, executables: Self.tools, timeoutSeconds: 1)
            let start = Date()
            let error = #expect(throws: TranscriptRunner.Failure.self) { try runner.run(command: "sh -c 'sleep 30'") }
            #expect(error?.message == "'$ sh -c 'sleep 30'' did not finish within 1 s and was killed")
            #expect(Date().timeIntervalSince(start) < 10)
        }
    }

    @Test func largeOutputDoesNotBlock() throws {
        try Self.withTemporaryFolder { root in
            let runner = TranscriptRunner(workingDirectory: root, executables: Self.tools)
            let block = try runner.run(command: "sh -c 'i=0; while [ $i -lt 20000 ]; do echo \"line $i\"; echo \"err $i\" >&2; i=$((i+1)); done'")
            #expect(block.stdout.utf8.count > 100_000 && block.stderr.utf8.count > 100_000)
        }
    }

    @Test func checkDiscoversRecordsAndComparesTranscripts() throws {
        try Self.withTemporaryFolder { root in
            // `scenario` is echo here, so a transcript shows the arguments it was given.
            let runner = TranscriptRunner(workingDirectory: root, executables: ["scenario": Self.tool("echo")])
            try Self.write("", to: "Scenarios/a.scenario", in: root)
            try Self.write("", to: "Tests/Fixtures/errors/bad name.scenario", in: root)
            try Self.write("$ scenario hi\nhi\n--- exit 0\n", to: "Tests/Fixtures/harness/ok.expected", in: root)
            try Self.write("$ scenario one\nuno\n--- exit 0\n", to: "Tests/Fixtures/harness/wrong.expected", in: root)
            try Self.write("", to: "Elsewhere/ignored.scenario", in: root)

            let cases = TranscriptCheck.cases(in: root)
            #expect(cases == [
                TranscriptCase(path: "Scenarios/a.scenario", kind: .missingTranscript),
                TranscriptCase(path: "Tests/Fixtures/errors/bad name.scenario", kind: .missingTranscript),
                TranscriptCase(path: "Tests/Fixtures/harness/ok.expected", kind: .transcript),
                TranscriptCase(path: "Tests/Fixtures/harness/wrong.expected", kind: .transcript),
            ])
            let problems = cases.map { TranscriptCheck.check($0, in: root, runner: runner, record: false) }
            #expect(problems[0] == ["no transcript for Scenarios/a.scenario: run with RECORD=1 to create one"])
            #expect(problems[2] == [])
            #expect(problems[3] == ["""
                Tests/Fixtures/harness/wrong.expected: output differs from the transcript (RECORD=1 accepts it)
                --- Tests/Fixtures/harness/wrong.expected
                +++ actual
                @@ -1,3 +1,3 @@
                 $ scenario one
                -uno
                +one
                 --- exit 0

                """])

            for testCase in cases {
                #expect(TranscriptCheck.check(testCase, in: root, runner: runner, record: true) == [])
            }
            #expect(Self.read("Scenarios/a.expected", in: root) == """
                $ scenario run Scenarios/a.scenario
                run Scenarios/a.scenario
                --- exit 0

                $ scenario check Scenarios/a.scenario
                check Scenarios/a.scenario
                --- exit 0

                """)
            #expect(Self.read("Tests/Fixtures/errors/bad name.expected", in: root) == """
                $ scenario run 'Tests/Fixtures/errors/bad name.scenario'
                run Tests/Fixtures/errors/bad name.scenario
                --- exit 0

                """)
            #expect(Self.read("Tests/Fixtures/harness/wrong.expected", in: root) == "$ scenario one\none\n--- exit 0\n")
            // Once recorded, every case passes without recording.
            for testCase in TranscriptCheck.cases(in: root) {
                #expect(TranscriptCheck.check(testCase, in: root, runner: runner, record: false) == [])
            }
        }
    }

    @Test func malformedTranscriptIsReportedWithItsLine() throws {
        try Self.withTemporaryFolder { root in
            let runner = TranscriptRunner(workingDirectory: root, executables: ["scenario": Self.tool("echo")])
            try Self.write("$ scenario a\n--- exit 0\nstray\n", to: "Tests/Fixtures/x.expected", in: root)
            let testCase = TranscriptCase(path: "Tests/Fixtures/x.expected", kind: .transcript)
            #expect(TranscriptCheck.check(testCase, in: root, runner: runner, record: true)
                    == ["Tests/Fixtures/x.expected:3: expected a blank line after '--- exit'"])
        }
    }
}

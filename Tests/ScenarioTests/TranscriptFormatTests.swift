import Testing

@Suite struct TranscriptFormatTests {
    typealias Block = Transcript.Block

    static func block(_ command: String, _ stdout: String = "", _ stderr: String = "", _ end: Transcript.Termination = .exit(0)) -> Block {
        Block(command: command, stdout: stdout, stderr: stderr, termination: end)
    }

    @Test func documentedExampleParses() throws {
        let text = """
            $ scenario run Scenarios/nhse-pharmacists.scenario --format csv
            year,total
            2025/26,120430
            --- stderr
            warning: 'rate' is unused
            --- exit 0

            $ scenario check Scenarios/nhse-pharmacists.scenario
            --- exit 1

            """
        let transcript = try Transcript(parsing: text)
        #expect(transcript.blocks == [
            Self.block("scenario run Scenarios/nhse-pharmacists.scenario --format csv",
                       "year,total\n2025/26,120430\n", "warning: 'rate' is unused\n"),
            Self.block("scenario check Scenarios/nhse-pharmacists.scenario", "", "", .exit(1)),
        ])
        #expect(transcript.rendered == text)
    }

    @Test(arguments: [
        (block("scenario --version", "0.1.0\n"), "$ scenario --version\n0.1.0\n--- exit 0\n"),
        (block("x", "", "", .exit(2)), "$ x\n--- exit 2\n"),
        (block("x", "abc"), "$ x\nabc\n--- no newline at end of stdout\n--- exit 0\n"),
        (block("x", "", "oops"), "$ x\n--- stderr\noops\n--- no newline at end of stderr\n--- exit 0\n"),
        (block("x", "a", "b", .exit(2)),
         "$ x\na\n--- no newline at end of stdout\n--- stderr\nb\n--- no newline at end of stderr\n--- exit 2\n"),
        (block("x", "\n\n"), "$ x\n\n\n--- exit 0\n"),
        (block("x", "a\r\nb\r\n"), "$ x\na\r\nb\r\n--- exit 0\n"),
        (block("x", "", "", .signal(9)), "$ x\n--- signal 9\n"),
        (block("x", "", "", .exit(-1)), "$ x\n--- exit -1\n"),
    ] as [(Block, String)])
    func blocksRenderAsDocumented(_ block: Block, text: String) throws {
        #expect(Transcript(blocks: [block]).rendered == text)
        #expect(try Transcript(parsing: text).blocks == [block])
    }

    @Test func parsingUndoesRenderingForAwkwardOutput() throws {
        // Exhaustive over outputs built from up to three awkward pieces. Only an output line
        // that reads exactly like a marker of its own section is left out: the format cannot
        // tell it apart (see `Transcript`).
        let pieces = ["", "a", "\n", "\r\n", "$ scenario run x\n", "--- no newline at end of stderr", "--- exit\n",
                      " ", "é🏥", "\r"]
        var outputs: [String] = []
        for a in pieces { for b in pieces { for c in pieces.prefix(4) { outputs.append(a + b + c) } } }
        for stdout in outputs {
            for stderr in ["", "x", "--- stderr\n", "--- no newline at end of stdout", "\r\n", "$ y"] {
                let transcript = Transcript(blocks: [Self.block("a", stdout, stderr), Self.block("b", "ok\n", "", .exit(3))])
                #expect(try Transcript(parsing: transcript.rendered) == transcript,
                        "stdout \(stdout.debugDescription) stderr \(stderr.debugDescription)")
            }
        }
    }

    @Test func emptyTextIsAnEmptyTranscript() throws {
        #expect(try Transcript(parsing: "").blocks.isEmpty)
        #expect(Transcript(blocks: []).rendered == "")
    }

    @Test(arguments: [
        ("hello\n", 1, "expected a command line starting with '$ '"),
        ("$ x\nout\n", 1, "block for 'x' has no '--- exit' line"),
        ("$ x\n--- exit 0\n$ y\n--- exit 0\n", 3, "expected a blank line after '--- exit'"),
        ("$ x\n--- exit 0\n\n", 3, "blank line at the end of the transcript"),
        ("$ x\n--- exit 0\n\n\n$ y\n--- exit 0\n", 4, "expected a command line starting with '$ '"),
        ("$ x\n--- exit zero\n", 1, "block for 'x' has no '--- exit' line"),
    ] as [(String, Int, String)])
    func malformedTranscriptsNameTheLine(_ text: String, line: Int, message: String) {
        #expect(throws: Transcript.ParseError(line: line, message: message)) {
            try Transcript(parsing: text)
        }
    }

    @Test func markerLikeOutputLinesAreOnlyAmbiguousForExitLines() throws {
        // A '--- no newline' line followed by more output is output, not a marker.
        let text = "$ x\n--- no newline at end of stdout\nmore\n--- exit 0\n"
        #expect(try Transcript(parsing: text).blocks == [Self.block("x", "--- no newline at end of stdout\nmore\n")])
        // An output line reading '--- exit 0' ends the block early; the rendered text is still exact.
        let block = Self.block("x", "--- exit 0\nafter\n")
        #expect(Transcript(blocks: [block]).rendered == "$ x\n--- exit 0\nafter\n--- exit 0\n")
    }
}

import Testing

@testable import scenario

private let clear = "\r\u{1B}[J"

@Suite struct LineRendererTests {
    @Test(arguments: [
        ("abc", 1, clear + "> abc\r\u{1B}[3C"),
        ("abc", 3, clear + "> abc"),  // the cursor is already at the end
        ("", 0, clear + "> "),
        // Exactly full: the pending wrap is settled on a fresh row, where the cursor waits.
        ("abcdefgh", 8, clear + "> abcdefgh\r\n"),
        // Two rows, cursor on the first.
        ("abcdefghij", 0, clear + "> abcdefghij\u{1B}[1A\r\u{1B}[2C"),
        ("abcdefghij", 9, clear + "> abcdefghij\r\u{1B}[1C"),
        // A wide character that does not fit in the last column starts the next row.
        ("abcdefg日", 7, clear + "> abcdefg日\r"),
        ("abcdefg日", 8, clear + "> abcdefg日"),
        ("日本", 1, clear + "> 日本\r\u{1B}[4C"),
        ("e\u{301}x", 1, clear + "> e\u{301}x\r\u{1B}[3C"),
        // Control characters are shown in caret notation, two columns each.
        ("a\u{1B}b", 3, clear + "> a^[b"),
    ])
    func aRenderDrawsTheLineAndPlacesTheCursor(_ text: String, _ cursor: Int, _ output: String) {
        var renderer = LineRenderer()
        #expect(renderer.render(prompt: "> ", text: Array(text), cursor: cursor, width: 10) == output)
    }

    @Test func theNextRenderStartsFromThePromptsFirstRow() {
        var renderer = LineRenderer()
        _ = renderer.render(prompt: "> ", text: Array("abcdefghijklmn"), cursor: 14, width: 10)
        #expect(renderer.cursorRow == 1)
        #expect(renderer.render(prompt: "> ", text: Array("ab"), cursor: 2, width: 10) == "\u{1B}[1A" + clear + "> ab")
        #expect(renderer.cursorRow == 0)
    }

    @Test(arguments: [
        ("abcdefghijklmn", 0, "\u{1B}[1B\r\n"),  // from the first row down past the second
        ("abcdefghijklmn", 14, "\r\n"),
        ("abcdefgh", 8, "\r"),  // already on a fresh row
        ("", 0, "\r\n"),
    ])
    func leavingMovesBelowTheLastRow(_ text: String, _ cursor: Int, _ output: String) {
        var renderer = LineRenderer()
        _ = renderer.render(prompt: "> ", text: Array(text), cursor: cursor, width: 10)
        #expect(renderer.leave() == output)
        #expect(renderer.cursorRow == 0)
        #expect(renderer.endRow == 0)
    }

    @Test func aPromptWiderThanTheTerminalWrapsLikeText() {
        var renderer = LineRenderer()
        #expect(renderer.render(prompt: "0123456789> ", text: Array("ab"), cursor: 0, width: 10) == clear + "0123456789> ab\r\u{1B}[2C")
        #expect(renderer.cursorRow == 1)
    }

    /// A width of zero or less (a terminal that reports none) and a cursor outside the text
    /// still draw every character once, leave the cursor on a row that was drawn, and end
    /// the line cleanly.
    @Test func anyCursorAndWidthDrawTheWholeLineAndLeaveCleanly() {
        for width in [-3, 0, 1, 2, 3] {
            for cursor in [-1, 0, 1, 5, 99] {
                let label = "width \(width), cursor \(cursor)"
                var renderer = LineRenderer()
                let output = renderer.render(prompt: "日> ", text: Array("日本a\u{1B}"), cursor: cursor, width: width)
                #expect(output.hasPrefix(clear), "\(label): \(output.debugDescription)")
                #expect(Self.withoutCursorMovement(output) == "日> 日本a^[", "\(label): \(output.debugDescription)")
                #expect((0...renderer.endRow).contains(renderer.cursorRow), "\(label): cursor row \(renderer.cursorRow) of \(renderer.endRow)")
                let leaving = renderer.leave()
                #expect(leaving.hasSuffix("\r\n") || leaving.hasSuffix("\r"), "\(label): \(leaving.debugDescription)")
                #expect(renderer.cursorRow == 0 && renderer.endRow == 0, "\(label)")
            }
        }
    }

    /// `output` without the cursor movements and line ends a render writes: the characters drawn.
    private static func withoutCursorMovement(_ output: String) -> String {
        output.replacing(/\u{1B}\[[0-9]*[A-DJ]/, with: "").filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" }
    }

    @Test func charactersAddedAtTheEndAreWrittenWithoutARedraw() {
        var renderer = LineRenderer()
        _ = renderer.render(prompt: "> ", text: Array("ab"), cursor: 2, width: 10, revision: 0)
        #expect(renderer.render(prompt: "> ", text: Array("abc"), cursor: 3, width: 10, revision: 0) == "c")
        #expect(renderer.render(prompt: "> ", text: Array("abc"), cursor: 3, width: 10, revision: 0) == "")
        #expect(renderer.render(prompt: "> ", text: Array("abcdefgh"), cursor: 8, width: 10, revision: 0) == "defgh\r\n")
        #expect(renderer.render(prompt: "> ", text: Array("abcdefghi"), cursor: 9, width: 10, revision: 0) == "i")
        #expect(renderer.cursorRow == 1)
        #expect(renderer.leave() == "\r\n")
    }

    @Test(arguments: [
        (Array("abd"), 3, 10, 1),  // a new revision: changed before the end
        (Array("abc"), 2, 10, 0),  // the cursor leaves the end
        (Array("abcd"), 4, 9, 0),  // the terminal was resized
        (Array("abcd"), 4, 10, nil),  // no revision: nothing is assumed
    ] as [([Character], Int, Int, Int?)])
    func anyOtherChangeRedrawsTheWholeLine(_ text: [Character], _ cursor: Int, _ width: Int, _ revision: Int?) {
        var renderer = LineRenderer()
        _ = renderer.render(prompt: "> ", text: Array("abc"), cursor: 3, width: 10, revision: 0)
        #expect(renderer.render(prompt: "> ", text: text, cursor: cursor, width: width, revision: revision).hasPrefix(clear))
    }

    @Test func drawingByAppendingEndsWhereARedrawWouldEnd() {
        // Exhaustive over texts of up to six characters, narrow and wide, on a 5-column terminal.
        let alphabet: [Character] = ["a", "日", "e\u{301}"]
        var texts: [[Character]] = [[]]
        for _ in 0..<6 { texts = texts.flatMap { text in alphabet.map { text + [$0] } } + texts.filter(\.isEmpty) }
        for text in texts {
            var incremental = LineRenderer()
            for length in 0...text.count {
                _ = incremental.render(prompt: "> ", text: Array(text.prefix(length)), cursor: length, width: 5, revision: 0)
            }
            var whole = LineRenderer()
            _ = whole.render(prompt: "> ", text: text, cursor: text.count, width: 5)
            #expect(incremental.cursorRow == whole.cursorRow, "\(String(text))")
            #expect(incremental.endRow == whole.endRow, "\(String(text))")
            #expect(incremental.leave() == whole.leave(), "\(String(text))")
        }
    }
}

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("日本語", 6), ("ｆｕｌｌ", 8), ("한국", 4), ("e\u{301}", 1), ("😀", 2),
        ("🇬🇧", 2), ("👍\u{1F3FD}", 4), ("a\u{200D}b", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("a\u{200B}b", 2), ("\u{1B}", 2), ("\u{7F}", 2), ("\u{85}", 1), ("", 0),
    ])
    func columnsAddUpPerScalarLikeTheTerminalExceptAfterAJoiner(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.columns(text) == columns)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a\u{1B}[Ab", "a^[[Ab"), ("\t\r\n", "^I^M^J"), ("\u{7F}", "^?"), ("\u{0}", "^@"), ("x\u{85}", "x\u{FFFD}"),
    ])
    func controlCharactersAreShownInCaretNotation(_ text: String, _ shown: String) {
        #expect(DisplayWidth.visible(text) == shown)
        #expect(DisplayWidth.columns(text) == DisplayWidth.columns(DisplayWidth.visible(text)))
    }
}

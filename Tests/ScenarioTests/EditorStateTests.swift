import Testing

@testable import scenario

/// A fixed word list, so these tests of the editor do not move with the REPL's commands.
private let testWords = ["help", "quit", "exit", "show", "set", "seek", "sensitivity", "explain", "variants"]

/// An editor state over `history`, completing from the REPL's command words.
private func editor(history: [String] = [], words: [String] = testWords) -> EditorState {
    var state = EditorState(history: History(entries: history)) { line, cursor in
        Completion.matching(words, line: line, cursor: cursor)
    }
    state.startLine()
    return state
}

/// Sends `keys`, returning the effect of the last.
@discardableResult
private func send(_ keys: [Key], to state: inout EditorState) -> EditorState.Effect {
    var effect = EditorState.Effect.redraw
    for key in keys { effect = state.handle(key) }
    return effect
}

private func typing(_ text: String) -> [Key] { text.map { .character($0) } }

@Suite struct EditorStateTests {
    @Test(arguments: [
        (typing("abc") + [.left, .control("B"), .character("x")], "axbc", 2),
        (typing("abc") + [.control("A"), .control("F"), .character("x")], "axbc", 2),
        (typing("abc") + [.home, .control("E"), .character("x")], "abcx", 4),
        (typing("abc") + [.home, .end, .backspace], "ab", 2),
        (typing("abc") + [.home, .delete], "bc", 0),
        (typing("set pay") + [.wordLeft, .control("K")], "set ", 4),
        (typing("set pay") + [.home, .wordRight, .control("U")], " pay", 0),
        (typing("set pay") + [.control("W"), .home, .control("Y")], "payset ", 3),
        (typing("ab") + [.paste("x\ty")], "abx\ty", 5),
        (typing("ab") + [.escape, .alt("x"), .control("G"), .control("Z")], "ab", 2),  // unbound keys do nothing
    ] as [([Key], String, Int)])
    func editingKeysChangeTheLineAsBound(_ keys: [Key], _ text: String, _ cursor: Int) {
        var state = editor()
        send(keys, to: &state)
        #expect(state.line.text == text)
        #expect(state.line.cursor == cursor)
    }

    @Test func enterAcceptsTheLine() {
        var state = editor()
        #expect(send(typing("show") + [.enter], to: &state) == .accept("show"))
    }

    @Test func ctrlCInterruptsAndTheNextLineStartsEmpty() {
        var state = editor()
        #expect(send(typing("half") + [.control("C")], to: &state) == .interrupt)
        state.startLine()
        #expect(state.line.isEmpty)
    }

    @Test func ctrlDEndsInputOnlyOnAnEmptyLine() {
        var state = editor()
        #expect(send([.control("D")], to: &state) == .endOfInput)
        #expect(send(typing("ab") + [.home, .control("D")], to: &state) == .redraw)
        #expect(state.line.text == "b")
    }

    @Test func ctrlLClearsTheScreen() {
        var state = editor()
        #expect(send([.control("L")], to: &state) == .clearScreen)
    }

    @Test(arguments: [
        ("sen", "sensitivity ", 12),  // one candidate: completed, with a space
        ("ex", "ex", 2),  // explain and exit share only "ex"
        ("exp", "explain ", 8),
        ("se", "se", 2),
        ("zz", "zz", 2),  // no candidate: nothing happens
        ("help sh", "help show ", 10),
    ])
    func tabCompletesTheWordBeforeTheCursor(_ typed: String, _ text: String, _ cursor: Int) {
        var state = editor()
        #expect(send(typing(typed) + [.tab], to: &state) == .redraw)
        #expect(state.line.text == text)
        #expect(state.line.cursor == cursor)
    }

    @Test func tabCompletesTheLongestCommonPrefixThenASecondTabLists() {
        var state = editor(words: ["variant", "variants", "value"])
        #expect(send(typing("var") + [.tab], to: &state) == .redraw)
        #expect(state.line.text == "variant")
        #expect(send([.tab], to: &state) == .list(["variant", "variants"]))
        #expect(send([.character("s"), .tab], to: &state) == .redraw)
        #expect(state.line.text == "variants ")
    }

    @Test func aTabAfterAnotherKeyDoesNotList() {
        var state = editor()
        #expect(send(typing("s") + [.tab, .left, .right, .tab], to: &state) == .redraw)
        #expect(send([.tab], to: &state) == .list(["show", "set", "seek", "sensitivity"]))
    }

    @Test func completingBeforeASpaceStepsOverIt() {
        var state = editor()
        send(typing("sen x") + [.left, .left], to: &state)
        send([.tab], to: &state)
        #expect(state.line.text == "sensitivity x")
        #expect(state.line.cursor == 12)
    }

    @Test func aCompleterOutOfRangeCannotBreakTheLine() {
        var state = EditorState(history: History()) { _, _ in Completion(start: 99, candidates: ["x", "x"]) }
        state.startLine()
        send(typing("ab") + [.tab], to: &state)
        #expect(state.line.text == "abx ")
        var negative = EditorState(history: History()) { _, _ in Completion(start: -5, candidates: ["zz"]) }
        negative.startLine()
        send(typing("ab") + [.tab], to: &negative)
        #expect(negative.line.text == "zz ")
    }

    @Test func upAndDownWalkTheHistoryAndKeepTheLineBeingEdited() {
        var state = editor(history: ["show", "set x = 1"])
        send(typing("dra") + [.up], to: &state)
        #expect(state.line.text == "set x = 1")
        send([.control("P")], to: &state)
        #expect(state.line.text == "show")
        send([.down, .control("N")], to: &state)
        #expect(state.line.text == "dra")
    }

    @Test func ctrlRShowsTheMatchAndEnterAcceptsIt() {
        var state = editor(history: ["show first", "set second", "explain third"])
        send(typing("dra") + [.control("R")] + typing("s"), to: &state)
        #expect(state.display(prompt: "> ").prompt == "(reverse-i-search)`s': ")
        #expect(String(state.display(prompt: "> ").text) == "set second")
        send([.control("R")], to: &state)
        #expect(String(state.display(prompt: "> ").text) == "show first")
        #expect(send([.enter], to: &state) == .accept("show first"))
    }

    @Test(arguments: [Key.control("G"), Key.escape])
    func cancellingTheSearchRestoresTheLine(_ cancel: Key) {
        var state = editor(history: ["show first"])
        send(typing("dra") + [.left, .control("R")] + typing("fir") + [cancel], to: &state)
        #expect(state.search == nil)
        #expect(state.line.text == "dra")
        #expect(state.line.cursor == 2)
        #expect(state.display(prompt: "> ").prompt == "> ")
    }

    @Test func anotherKeyEndsTheSearchKeepingTheMatchToEdit() {
        var state = editor(history: ["show first", "set second"])
        send([.control("R")] + typing("fir") + [.right, .character("X")], to: &state)
        #expect(state.search == nil)
        #expect(state.line.text == "show fXirst")
    }

    @Test func ctrlCDuringASearchInterrupts() {
        var state = editor(history: ["show first"])
        #expect(send([.control("R")] + typing("sh") + [.control("C")], to: &state) == .interrupt)
        #expect(state.search == nil)
    }

    @Test func anyKeySequenceKeepsTheLineWholeAndDrawable() {
        // Seeded, so a failure can be replayed: the seed is in the message.
        let seed: UInt64 = 0x5CE7_A810
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        let pool: [Key] = typing("s e日\u{301}🇬") + [
            .enter, .backspace, .delete, .tab, .escape, .left, .right, .up, .down, .home, .end, .wordLeft, .wordRight,
            .paste("a\r\u{1B}b"), .alt("x"),
        ] + "ABCDEFGKLNPRUWY@".map { .control($0) }
        for run in 0..<500 {
            var state = editor(history: ["show a", "set b", "seek c"])
            var renderer = LineRenderer()
            for _ in 0..<40 {
                let effect = state.handle(pool[next(pool.count)])
                if case .accept = effect { state.startLine() }
                if effect == .interrupt { state.startLine() }
                #expect(state.line.characters == Array(state.line.text), "seed \(seed), run \(run)")
                #expect((0...state.line.characters.count).contains(state.line.cursor), "seed \(seed), run \(run)")
                let display = state.display(prompt: "> ")
                _ = renderer.render(prompt: display.prompt, text: display.text, cursor: display.cursor, width: 7, revision: display.revision)
                var fresh = LineRenderer()  // drawing only what was added must end where a full redraw does
                _ = fresh.render(prompt: display.prompt, text: display.text, cursor: display.cursor, width: 7)
                #expect(renderer.cursorRow == fresh.cursorRow && renderer.endRow == fresh.endRow, "seed \(seed), run \(run)")
            }
        }
    }

    @Test func enterInASearchWithoutAMatchAcceptsTheLineAsItWas() {
        var state = editor(history: ["show first"])
        #expect(send(typing("typed") + [.control("R")] + typing("zzz") + [.enter], to: &state) == .accept("typed"))
    }
}

@Suite struct CompletionTests {
    @Test(arguments: [
        ("sen", 3, Completion(start: 0, candidates: ["sensitivity"])),
        ("help s", 6, Completion(start: 5, candidates: ["show", "set", "seek", "sensitivity"])),
        ("show x", 2, Completion(start: 0, candidates: ["show"])),
        ("", 0, Completion(start: 0, candidates: testWords)),
        ("日本 ex", 5, Completion(start: 3, candidates: ["exit", "explain"])),
        ("x", 99, Completion(start: 0, candidates: [])),
    ])
    func matchingOffersTheWordsThatStartWithTheWordBeforeTheCursor(_ line: String, _ cursor: Int, _ completion: Completion) {
        #expect(Completion.matching(testWords, line: line, cursor: cursor) == completion)
    }

    @Test(arguments: [
        (["seek", "set", "sensitivity"], "se"), (["show"], "show"), (["a", "b"], ""), ([], ""),
        (["e\u{301}a", "e\u{301}b", "e"], ""),  // whole characters: é does not start with e
    ] as [([String], String)])
    func theCommonPrefixIsSharedByEveryCandidate(_ words: [String], _ prefix: String) {
        #expect(Completion.commonPrefix(of: words) == prefix)
    }

    @Test(arguments: [
        (30, ["seek         set", "sensitivity  show"]),
        (100, ["seek         sensitivity  set          show"]),
        (5, ["seek", "sensitivity", "set", "show"]),
    ])
    func theListingFillsColumnsDownThenAcross(_ width: Int, _ rows: [String]) {
        #expect(Completion.listing(["show", "set", "seek", "sensitivity"], width: width) == rows)
    }
}

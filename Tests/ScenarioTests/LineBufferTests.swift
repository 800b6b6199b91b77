import Testing

@testable import scenario

/// One edit a test can apply to a `LineBuffer`.
enum LineEdit: Sendable, CustomStringConvertible {
    case insert(String)
    case deleteBackward, deleteForward
    case left, right, wordLeft, wordRight, home, end
    case killToEnd, killToStart, deleteWordBackward, yank
    case replace(Range<Int>, String)

    func apply(to line: inout LineBuffer) {
        switch self {
        case .insert(let text): line.insert(text)
        case .deleteBackward: line.deleteBackward()
        case .deleteForward: line.deleteForward()
        case .left: line.moveLeft()
        case .right: line.moveRight()
        case .wordLeft: line.moveWordLeft()
        case .wordRight: line.moveWordRight()
        case .home: line.moveHome()
        case .end: line.moveEnd()
        case .killToEnd: line.killToEnd()
        case .killToStart: line.killToStart()
        case .deleteWordBackward: line.deleteWordBackward()
        case .yank: line.yank()
        case .replace(let range, let text): line.replaceCharacters(in: range, with: text)
        }
    }

    var description: String {
        switch self {
        case .insert(let text): "insert(\(text.debugDescription))"
        case .replace(let range, let text): "replace(\(range), \(text.debugDescription))"
        case .deleteBackward: "deleteBackward"
        case .deleteForward: "deleteForward"
        case .left: "left"
        case .right: "right"
        case .wordLeft: "wordLeft"
        case .wordRight: "wordRight"
        case .home: "home"
        case .end: "end"
        case .killToEnd: "killToEnd"
        case .killToStart: "killToStart"
        case .deleteWordBackward: "deleteWordBackward"
        case .yank: "yank"
        }
    }
}

/// A line written with `|` for the cursor, such as `"ab|c"`.
struct MarkedLine: Sendable, CustomStringConvertible {
    let text: String
    let cursor: Int

    init(_ marked: String) {
        // Split on the scalar, not the Character: `|` followed by an accent is one Character.
        let scalars = marked.unicodeScalars
        let bar = scalars.firstIndex(of: "|") ?? scalars.endIndex
        let before = String(scalars[..<bar])
        text = before + String(scalars[bar...].dropFirst())
        cursor = before.count
    }

    var buffer: LineBuffer { LineBuffer(text, cursor: cursor) }
    var description: String { String(text.prefix(cursor)) + "|" + String(text.dropFirst(cursor)) }
}

struct EditCase: Sendable, CustomTestStringConvertible {
    let start: MarkedLine
    let edits: [LineEdit]
    let end: MarkedLine
    let kill: String?

    init(_ start: String, _ edits: [LineEdit], _ end: String, kill: String? = nil) {
        self.start = MarkedLine(start)
        self.edits = edits
        self.end = MarkedLine(end)
        self.kill = kill
    }

    var testDescription: String { "\(start) \(edits) → \(end)" }
}

@Suite struct LineBufferTests {
    @Test(arguments: [
        EditCase("|", [.insert("a")], "a|"),
        EditCase("ac|", [.left, .insert("b")], "ab|c"),
        EditCase("ab|", [.insert("日本")], "ab日本|"),
        EditCase("|x", [.insert("é")], "é|x"),
        EditCase("e|x", [.insert("\u{301}")], "e\u{301}|x"),  // the accent fuses with e: one character
        EditCase("|\u{301}x", [.insert("e")], "e\u{301}|x"),
        EditCase("🇬|", [.insert("🇧")], "🇬🇧|"),
        EditCase("|🇬🇧🇫🇷", [.insert("🇩")], "🇩🇬|🇧🇫🇷"),  // flags pair up from the start of the run
        EditCase("ab|", [.deleteBackward], "a|"),
        EditCase("|ab", [.deleteBackward], "|ab"),
        EditCase("日本|語", [.deleteBackward], "日|語"),
        EditCase("a🇬🇧|b", [.deleteBackward], "a|b"),
        EditCase("ae\u{301}|", [.deleteBackward], "a|"),
        EditCase("a|bc", [.deleteForward], "a|c"),
        EditCase("ab|", [.deleteForward], "ab|"),
        EditCase("|😀x", [.deleteForward], "|x"),
    ])
    func insertingAndDeletingLeavesTheCursorBesideTheChange(_ row: EditCase) {
        check(row)
    }

    @Test(arguments: [
        EditCase("ab|", [.left], "a|b"),
        EditCase("|ab", [.left], "|ab"),
        EditCase("a|b", [.right], "ab|"),
        EditCase("ab|", [.right], "ab|"),
        EditCase("日本|語", [.left], "日|本語"),
        EditCase("|🇬🇧🇫🇷", [.right], "🇬🇧|🇫🇷"),
        EditCase("e\u{301}|x", [.left], "|e\u{301}x"),
        EditCase("abc|", [.home], "|abc"),
        EditCase("|abc", [.end], "abc|"),
        EditCase("set pay_uplift = 3|", [.wordLeft], "set pay_uplift = |3"),
        EditCase("set pay_uplift = |3", [.wordLeft], "set |pay_uplift = 3"),
        EditCase("set| pay", [.wordLeft], "|set pay"),
        EditCase("|  x", [.wordLeft], "|  x"),
        EditCase("|set pay", [.wordRight], "set| pay"),
        EditCase("set| pay", [.wordRight], "set pay|"),
        EditCase("total|[2025/26]", [.wordRight], "total[2025|/26]"),
        EditCase("x|  ", [.wordRight], "x  |"),
        EditCase("|日本 語", [.wordRight], "日本| 語"),
    ])
    func movesLandOnTheRightCharacter(_ row: EditCase) {
        check(row)
    }

    @Test(arguments: [
        EditCase("ab|cd", [.killToEnd], "ab|", kill: "cd"),
        EditCase("ab|cd", [.killToStart], "|cd", kill: "ab"),
        EditCase("show total|", [.deleteWordBackward], "show |", kill: "total"),
        EditCase("show total  |", [.deleteWordBackward], "show |", kill: "total  "),
        EditCase("show total[2025/26]|", [.deleteWordBackward], "show |", kill: "total[2025/26]"),
        EditCase("show to|tal", [.deleteWordBackward], "show |tal", kill: "to"),
        EditCase("|show", [.deleteWordBackward], "|show", kill: ""),
        EditCase("日本 語|", [.deleteWordBackward], "日本 |", kill: "語"),
        EditCase("ab|cd", [.killToEnd, .home, .yank], "cd|ab", kill: "cd"),
        EditCase("ab|cd", [.killToEnd, .killToEnd], "ab|", kill: "cd"),  // an empty kill keeps the last
        EditCase("a b|", [.deleteWordBackward, .deleteWordBackward, .yank], "a |", kill: "a "),
        EditCase("x|", [.yank], "x|", kill: ""),
        EditCase("ab|cd", [.replace(0..<2, "xyz")], "xyz|cd"),
        EditCase("ab|", [.replace(-5..<99, "q")], "q|"),  // out-of-range replacements are clamped
        EditCase("ab|", [.replace(5..<9, "q")], "abq|"),
    ])
    func killsRemoveTextIntoTheKillBuffer(_ row: EditCase) {
        check(row)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var line = LineBuffer("set alpha beta")
        line.deleteWordBackward()
        #expect(line.text == "set alpha ")
        #expect(line.cursor == 10)
    }

    @Test func replacingTheLineKeepsTheKillBuffer() {
        var line = LineBuffer("keep this")
        line.deleteWordBackward()
        line.replaceAll(with: "next ")
        line.yank()
        #expect(line.text == "next this")
        #expect(line.cursor == 9)
    }

    @Test(arguments: [
        ([LineEdit.insert("x")], false),
        ([.insert("xyz"), .insert("日")], false),
        ([.left, .right, .home, .end, .wordLeft], false),
        ([.insert("\u{301}")], true),  // fuses with the last character, changing it
        ([.left, .insert("x")], true),
        ([.deleteBackward], true),
        ([.killToEnd], false),  // nothing after the cursor: nothing changes
        ([.home, .killToEnd], true),
        ([.replace(2..<2, "")], false),
    ])
    func theRevisionChangesForEveryEditButAddingAtTheEnd(_ edits: [LineEdit], _ changes: Bool) {
        var line = LineBuffer("se")
        let revision = line.revision
        for edit in edits { edit.apply(to: &line) }
        #expect((line.revision != revision) == changes)
    }

    @Test func charactersAlwaysMatchTheSegmentationOfTheText() {
        // Exhaustive over short sequences of edits drawn from pieces that fuse: accents, flags
        // (regional indicators pair up), emoji joined by ZWJ, CR LF.
        let pieces = ["e", "\u{301}", "🇬", "🇧", "👨", "\u{200D}", "日", " ", "\r", "\n"]
        let edits: [LineEdit] = pieces.map { .insert($0) } + [.left, .right, .deleteBackward, .deleteForward, .wordLeft, .deleteWordBackward, .yank]
        for first in edits {
            for second in edits {
                for third in edits {
                    for fourth in [LineEdit.left, .insert("🇫"), .insert("\u{200D}"), .deleteBackward] {
                        var line = LineBuffer("a\u{301}🇬🇧🇫b", cursor: 1)
                        for edit in [first, second, third, fourth] {
                            edit.apply(to: &line)
                            #expect(line.characters == Array(line.text), "after \([first, second, third, fourth])")
                            #expect((0...line.characters.count).contains(line.cursor))
                        }
                    }
                }
            }
        }
    }

    private func check(_ row: EditCase) {
        var line = row.start.buffer
        for edit in row.edits { edit.apply(to: &line) }
        #expect(line.text == row.end.text)
        #expect(line.cursor == row.end.cursor, "cursor: \(MarkedLine(String(line.characters.prefix(line.cursor)) + "|" + String(line.characters.dropFirst(line.cursor))))")
        if let kill = row.kill { #expect(line.killBuffer == kill) }
    }
}

/// What each key does to the line, history and search: the editor's bindings, without I/O.
///
/// `LineEditor` feeds it keys and carries out the `Effect` each returns (redraw, print a list,
/// end the line), so every binding can be tested by sending keys and looking at the line. The
/// bindings are readline's emacs set, the ones a shell user's fingers already know.
///
/// | Key | Does |
/// | --- | --- |
/// | Left, Ctrl-B / Right, Ctrl-F | move a character |
/// | Ctrl-Left, Alt-b / Ctrl-Right, Alt-f | move a word |
/// | Home, Ctrl-A / End, Ctrl-E | move to the start / end |
/// | Backspace / Delete | delete before / under the cursor |
/// | Ctrl-K / Ctrl-U / Ctrl-W | kill to the end / to the start / the word before |
/// | Ctrl-Y | yank the last kill |
/// | Up, Ctrl-P / Down, Ctrl-N | older / newer history entry |
/// | Ctrl-R | reverse search; Ctrl-R again for older, Enter runs, Ctrl-G or Escape cancels |
/// | Tab | complete; a second Tab lists the candidates |
/// | Ctrl-L | clear the screen |
/// | Ctrl-C | cancel the line |
/// | Ctrl-D | end of input on an empty line, else delete under the cursor |
struct EditorState {
    /// What the editor must do after a key.
    enum Effect: Equatable {
        /// Redraw the line (if anything changed).
        case redraw
        /// The line is finished: return it.
        case accept(String)
        /// Ctrl-C: show `^C` after the line and return `.interrupted`; the next line starts empty.
        case interrupt
        /// Ctrl-D on an empty line: return `.endOfInput`.
        case endOfInput
        /// Ctrl-L: clear the screen, then redraw.
        case clearScreen
        /// A second Tab: list these candidates under the line, then redraw.
        case list([String])
    }

    let history: History
    let completer: (_ line: String, _ cursor: Int) -> Completion
    private(set) var line = LineBuffer()
    /// The search in progress, if Ctrl-R was pressed.
    private(set) var search: HistorySearch?
    /// The line as it was when the search started, restored if the search is cancelled.
    private var lineBeforeSearch = LineBuffer()
    private var lastKeyWasTab = false

    init(history: History, completer: @escaping (_ line: String, _ cursor: Int) -> Completion) {
        self.history = history
        self.completer = completer
    }

    /// Starts a new, empty line; the kill buffer carries over.
    mutating func startLine() {
        line.replaceAll(with: "")
        search = nil
        lastKeyWasTab = false
        history.startNavigation()
    }

    /// What to draw: during a search, its prompt and match instead of `prompt` and the line.
    ///
    /// `revision` is the line's, for drawing only what was typed at its end; a search has none.
    func display(prompt: String) -> (prompt: String, text: [Character], cursor: Int, revision: Int?) {
        guard let search else { return (prompt, line.characters, line.cursor, line.revision) }
        guard let match = search.match else { return (search.prompt, lineBeforeSearch.characters, lineBeforeSearch.cursor, nil) }
        return (search.prompt, Array(match), search.matchOffset, nil)
    }

    /// Applies one key.
    mutating func handle(_ key: Key) -> Effect {
        defer { lastKeyWasTab = key == .tab }
        if search != nil, let effect = handleDuringSearch(key) { return effect }
        switch key {
        case .character(let character): line.insert(String(character))
        case .paste(let text): line.insert(text)
        case .enter: return .accept(line.text)
        case .backspace: line.deleteBackward()
        case .delete: line.deleteForward()
        case .left, .control("B"): line.moveLeft()
        case .right, .control("F"): line.moveRight()
        case .home, .control("A"): line.moveHome()
        case .end, .control("E"): line.moveEnd()
        case .wordLeft: line.moveWordLeft()
        case .wordRight: line.moveWordRight()
        case .control("K"): line.killToEnd()
        case .control("U"): line.killToStart()
        case .control("W"): line.deleteWordBackward()
        case .control("Y"): line.yank()
        case .up, .control("P"): if let older = history.older(than: line.text) { line.replaceAll(with: older) }
        case .down, .control("N"): if let newer = history.newer(than: line.text) { line.replaceAll(with: newer) }
        case .control("R"):
            lineBeforeSearch = line
            search = HistorySearch(entries: history.entries)
        case .control("L"): return .clearScreen
        case .control("C"): return .interrupt  // the line stays on screen, followed by ^C
        case .control("D"):
            guard !line.isEmpty else { return .endOfInput }
            line.deleteForward()
        case .tab: return complete()
        case .escape, .alt, .control: break  // unbound
        }
        return .redraw
    }

    /// A key during a search: nil when the key ends the search and is then handled as usual.
    private mutating func handleDuringSearch(_ key: Key) -> Effect? {
        guard var search else { return nil }
        switch key {
        case .character(let character): search.type(String(character))
        case .paste(let text): search.type(text)
        case .backspace: search.deleteBackward()
        case .control("R"): search.searchOlder()
        case .control("G"), .escape:
            endSearch(keeping: nil)
            return .redraw
        case .control("C"):
            endSearch(keeping: nil)
            return .interrupt
        case .enter:
            endSearch(keeping: search)
            return .accept(line.text)
        default:
            endSearch(keeping: search)  // any other key keeps the match to edit, then acts as usual
            return nil
        }
        self.search = search
        return .redraw
    }

    /// Ends the search with its match as the line, or with the line as before if nil.
    private mutating func endSearch(keeping search: HistorySearch?) {
        self.search = nil
        line = lineBeforeSearch  // keeps the kill buffer
        if let search, let match = search.match {
            line.replaceAll(with: match)
            line.moveTo(search.matchOffset)
        }
        history.startNavigation()
    }

    /// Tab: completes the word before the cursor, or on a second Tab lists the candidates.
    private mutating func complete() -> Effect {
        let completion = completer(line.text, line.cursor)
        let start = min(max(completion.start, 0), line.cursor)
        let word = line.characters[start..<line.cursor]
        var seen = Set<String>()
        let candidates = completion.candidates.filter { seen.insert($0).inserted }
        switch candidates.count {
        case 0:
            return .redraw
        case 1:
            let followedBySpace = line.cursor < line.characters.count && line.characters[line.cursor] == " "
            line.replaceCharacters(in: start..<line.cursor, with: candidates[0] + (followedBySpace ? "" : " "))
            if followedBySpace { line.moveRight() }
            return .redraw
        default:
            let prefix = Completion.commonPrefix(of: candidates)
            if prefix.count > word.count {
                line.replaceCharacters(in: start..<line.cursor, with: prefix)
                return .redraw
            }
            return lastKeyWasTab ? .list(candidates) : .redraw
        }
    }
}

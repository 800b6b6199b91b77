/// The line being edited: its characters, the cursor between them, and the last killed text.
///
/// A pure value with no terminal in sight, so every edit can be tested by its result. Positions
/// count `Character`s (grapheme clusters), the unit a user sees and the unit `Completion.start`
/// uses, so `é`, `日` and `🇬🇧` are one step each for the cursor whatever their byte length.
///
/// Invariant: `characters == Array(text)`, the segmentation `String` itself would give. Each
/// edit re-segments around the change, so a combining accent typed after `e` joins it into `é`
/// instead of standing as a separate character that the cursor could stop inside.
///
///     var line = LineBuffer("set pay 3%")
///     line.deleteWordBackward()   // "set pay |", kill buffer "3%"
///     line.moveHome()
///     line.yank()                 // "3%|set pay "
struct LineBuffer: Equatable, Sendable {
    private(set) var characters: [Character]
    /// Where the cursor is, in `0...characters.count`: before the character at that index.
    private(set) var cursor: Int
    /// The text most recently removed by a kill (Ctrl-K, Ctrl-U, Ctrl-W), for Ctrl-Y.
    ///
    /// It outlives the line: `replaceAll(with:)` keeps it, so a kill can be yanked into the next
    /// line, as in readline.
    private(set) var killBuffer: String
    /// Counts the edits that changed anything but the end: each one except adding at the end.
    ///
    /// While it stays the same, the line is what it was plus characters added at the end, so
    /// `LineRenderer` can write just those instead of comparing the whole line to what it drew.
    private(set) var revision = 0

    /// A line holding `text`, with the cursor at its end and an empty kill buffer.
    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
        killBuffer = ""
    }

    /// A line holding `text` with the cursor before character `cursor`, clamped into the line.
    init(_ text: String, cursor: Int) {
        self.init(text)
        self.cursor = min(max(cursor, 0), characters.count)
    }

    var text: String { String(characters) }

    /// Lines are equal when their text, cursor and kill buffer are; `revision` is bookkeeping.
    static func == (left: LineBuffer, right: LineBuffer) -> Bool {
        left.characters == right.characters && left.cursor == right.cursor && left.killBuffer == right.killBuffer
    }
    var isEmpty: Bool { characters.isEmpty }

    // MARK: Moving

    mutating func moveLeft() { cursor = max(cursor - 1, 0) }
    mutating func moveRight() { cursor = min(cursor + 1, characters.count) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = characters.count }
    /// Moves before character `index`, clamped into the line.
    mutating func moveTo(_ index: Int) { cursor = min(max(index, 0), characters.count) }

    /// Moves to the start of the word before the cursor, skipping the gap before it first.
    ///
    /// Words are letters, digits and `_`, as in readline's `backward-word`, so `pay_uplift[2025]`
    /// stops at `2025` and at `pay_uplift`.
    mutating func moveWordLeft() {
        var index = cursor
        while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        cursor = index
    }

    /// Moves past the end of the word after the cursor, skipping the gap before it first.
    mutating func moveWordRight() {
        var index = cursor
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        cursor = index
    }

    // MARK: Editing

    /// Inserts `text` at the cursor and moves the cursor past it.
    mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        replaceCharacters(in: cursor..<cursor, with: text)
    }

    /// Deletes the character before the cursor (Backspace); nothing at the start of the line.
    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        replaceCharacters(in: cursor - 1..<cursor, with: "")
    }

    /// Deletes the character under the cursor (Delete); nothing at the end of the line.
    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        replaceCharacters(in: cursor..<cursor + 1, with: "")
    }

    /// Kills from the cursor to the end of the line (Ctrl-K).
    mutating func killToEnd() { kill(cursor..<characters.count) }

    /// Kills from the start of the line to the cursor (Ctrl-U).
    mutating func killToStart() { kill(0..<cursor) }

    /// Kills the word before the cursor and the spaces after it (Ctrl-W).
    ///
    /// Words here are runs of non-spaces, as in readline's `unix-word-rubout`, so Ctrl-W after
    /// `show total[2025/26]` removes the whole reference, not just `26]`.
    mutating func deleteWordBackward() {
        var index = cursor
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        kill(index..<cursor)
    }

    /// Inserts the kill buffer at the cursor (Ctrl-Y).
    mutating func yank() { insert(killBuffer) }

    /// Replaces the whole line with `text`, cursor at the end, keeping the kill buffer.
    ///
    /// For history recall and for starting the next line.
    mutating func replaceAll(with text: String) {
        revision += 1
        characters = Array(text)
        cursor = characters.count
    }

    /// Replaces the characters in `range` (clamped into the line) and puts the cursor after `text`.
    ///
    /// Completion uses this to swap the word being typed for the completed one. The change and
    /// one character either side are re-segmented, which is enough for every rule but one:
    /// each character is already a whole cluster and only its edges can join new text. The
    /// exception is flags, where regional indicators pair up from the start of their run, so a
    /// change touching one re-segments the whole line. Re-segmenting only a window keeps typing
    /// at the end of a very long line (a paste without bracketed paste arrives one key at a
    /// time) from costing the whole line per key.
    mutating func replaceCharacters(in range: Range<Int>, with text: String) {
        let lower = min(max(range.lowerBound, 0), characters.count)
        let upper = min(max(range.upperBound, lower), characters.count)
        var window = max(lower - 1, 0)..<min(upper + 1, characters.count)
        if Self.hasRegionalIndicator(text) || characters[window].contains(where: Self.hasRegionalIndicator) {
            window = 0..<characters.count
        }
        let before = String(characters[window.lowerBound..<lower]) + text
        let piece = Array(before + String(characters[upper..<window.upperBound]))
        // Adding at the end is the one edit that keeps what was there, unless it fused with it.
        let kept = lower - window.lowerBound
        if lower < characters.count || piece.count < kept || !piece[..<kept].elementsEqual(characters[window.lowerBound..<lower]) {
            revision += 1
        }
        characters.replaceSubrange(window, with: piece)
        // The cursor goes after every character that starts before the end of the new text: if
        // the text fused with its neighbour (an accent after `e`), after the fused character.
        let boundary = before.unicodeScalars.count
        var scalars = 0
        var index = 0
        while index < piece.count, scalars < boundary {
            scalars += piece[index].unicodeScalars.count
            index += 1
        }
        cursor = window.lowerBound + index
    }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }  // killing nothing keeps the last kill for Ctrl-Y
        killBuffer = String(characters[range])
        replaceCharacters(in: range, with: "")
    }

    private static func hasRegionalIndicator(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { (0x1F1E6...0x1F1FF).contains($0.value) }
    }

    private static func hasRegionalIndicator(_ character: Character) -> Bool {
        hasRegionalIndicator(String(character))
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}

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
        characters = Array(text)
        cursor = characters.count
    }

    /// Replaces the characters in `range` (clamped into the line) and puts the cursor after `text`.
    ///
    /// Completion uses this to swap the word being typed for the completed one. The text around
    /// the change is re-segmented, so the result is the line `String` would make of it.
    mutating func replaceCharacters(in range: Range<Int>, with text: String) {
        let lower = min(max(range.lowerBound, 0), characters.count)
        let upper = min(max(range.upperBound, lower), characters.count)
        let before = String(characters[..<lower]) + text
        let boundary = before.unicodeScalars.count
        characters = Array(before + String(characters[upper...]))
        // The cursor goes after every character that starts before the boundary: if the new text
        // fused with its neighbour (an accent after `e`), the cursor goes after the fused one.
        var scalars = 0
        var index = 0
        while index < characters.count, scalars < boundary {
            scalars += characters[index].unicodeScalars.count
            index += 1
        }
        cursor = index
    }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }  // killing nothing keeps the last kill for Ctrl-Y
        killBuffer = String(characters[range])
        replaceCharacters(in: range, with: "")
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}

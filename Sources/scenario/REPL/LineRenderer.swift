/// Draws the prompt and the line, wrapped over as many rows as they need, and places the cursor.
///
/// Pure: it returns the bytes to write and remembers only what it last drew, so tests can
/// check the exact output for wide characters and long lines without a terminal. A render goes
/// back to the prompt's first row (`ESC[nA`, `\r`), clears to the end of the screen (`ESC[J`),
/// writes everything and moves the cursor back to its place (`ESC[nA`, `\r`, `ESC[nC`).
///
/// One case is drawn incrementally: characters added at the end with the cursor staying at the
/// end, which is what typing and a paste without bracketed paste do. Those characters are just
/// written. Redrawing a long line for every key would make typing it cost the square of its
/// length in output, enough to stall a terminal for a 20,000-character paste.
///
/// Wrapping follows the terminal's own: a row fills up to the last column; a wide character
/// that does not fit in the last column starts the next row, leaving a blank. When the text
/// ends exactly at the right margin the terminal's cursor waits in the last column ("pending
/// wrap"), where the next byte's effect varies between terminals, so the renderer writes
/// `\r\n` to settle it at the start of the next row.
///
///     var renderer = LineRenderer()
///     renderer.render(prompt: "> ", text: Array("abc"), cursor: 1, width: 80)
///     // "\r\u{1B}[J> abc\r\u{1B}[3C"
struct LineRenderer: Sendable {
    /// A row and a column, both from 0, relative to the start of the prompt.
    struct Position: Equatable, Sendable {
        var row: Int
        var column: Int
    }

    /// Rows from the prompt's first row down to the terminal cursor, as last left.
    private(set) var cursorRow = 0
    /// Rows from the prompt's first row down to the row where the text ends.
    private(set) var endRow = 0
    /// Where the next character after the text would be drawn, as last drawn.
    private var end = Position(row: 0, column: 0)
    /// True when the text filled its last row exactly, so `endRow` is a fresh, empty row.
    private var endsOnFreshRow = false
    /// What was last drawn, when the cursor was left at its end: text added to it can be
    /// written without redrawing the rest.
    private var drawnAtEnd: (prompt: String, count: Int, width: Int, revision: Int)?

    /// The bytes that redraw `prompt` and `text` with the cursor before `text[cursor]`.
    ///
    /// `revision` is the line's `LineBuffer.revision`: when it is the one last drawn, `text` is
    /// the text last drawn plus characters at its end, and with the cursor at the end only
    /// those are written. Without one (nil), the whole line is drawn.
    mutating func render(prompt: String, text: [Character], cursor: Int, width: Int, revision: Int? = nil) -> String {
        let width = max(width, 1)
        let cursor = min(max(cursor, 0), text.count)
        if cursor == text.count, let revision, let drawn = drawnAtEnd, drawn.revision == revision, drawn.prompt == prompt,
            drawn.width == width, text.count >= drawn.count
        {
            guard text.count > drawn.count else { return "" }  // nothing new to draw
            var output = ""
            var position = end
            layOut(text[drawn.count...], from: &position, width: width, into: &output)
            return output + settle(at: position, cursor: position, count: text.count, prompt: prompt, width: width, revision: revision)
        }

        var output = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        output += "\r\u{1B}[J"
        // The prompt and the text wrap alike; only the text's characters can hold the cursor.
        var position = Position(row: 0, column: 0)
        layOut(Array(prompt)[...], from: &position, width: width, into: &output)
        let before = text[..<cursor]
        layOut(before, from: &position, width: width, into: &output)
        var cursorPosition = position
        if let next = text[cursor...].first, position.column + DisplayWidth.columns(next) > width {
            cursorPosition = Position(row: position.row + 1, column: 0)  // the next character starts a row
        }
        layOut(text[cursor...], from: &position, width: width, into: &output)
        if cursor == text.count { cursorPosition = position }
        return output + settle(at: position, cursor: cursorPosition, count: text.count, prompt: prompt, width: width, revision: revision)
    }

    /// The bytes that move the cursor to the start of the row below the text, ending this line.
    ///
    /// What is written next (a command's output, a list of completions) starts there, and
    /// the next render starts a new prompt on that row.
    mutating func leave() -> String {
        defer { forget() }
        let down = endRow - cursorRow
        return (down > 0 ? "\u{1B}[\(down)B" : "") + (endsOnFreshRow ? "\r" : "\r\n")
    }

    /// Forgets the last render, for when the screen was cleared and the cursor is at its start.
    mutating func forget() {
        cursorRow = 0
        endRow = 0
        end = Position(row: 0, column: 0)
        endsOnFreshRow = false
        drawnAtEnd = nil
    }

    /// Writes `characters` from `position`, wrapping as the terminal will, and advances it.
    private func layOut(_ characters: ArraySlice<Character>, from position: inout Position, width: Int, into output: inout String) {
        for character in characters {
            let columns = DisplayWidth.columns(character)
            if position.column + columns > width, columns > 0 {
                position = Position(row: position.row + 1, column: 0)
            }
            output += DisplayWidth.visible(character)
            position.column += columns
        }
    }

    /// Settles a pending wrap at the margin, moves the cursor from the end to `cursor`, and
    /// records what was drawn.
    private mutating func settle(
        at textEnd: Position, cursor: Position, count: Int, prompt: String, width: Int, revision: Int?
    ) -> String {
        var output = ""
        var position = textEnd
        var cursor = cursor
        endsOnFreshRow = position.column >= width
        if endsOnFreshRow {
            output += "\r\n"
            position = Position(row: position.row + 1, column: 0)
            if cursor == textEnd { cursor = position }
        }
        if position.row > cursor.row { output += "\u{1B}[\(position.row - cursor.row)A" }
        if cursor != position {
            output += "\r"
            if cursor.column > 0 { output += "\u{1B}[\(cursor.column)C" }
        }
        cursorRow = cursor.row
        endRow = position.row
        end = position
        drawnAtEnd = cursor == position ? revision.map { (prompt, count, width, $0) } : nil
        return output
    }
}

/// Draws the prompt and the line, wrapped over as many rows as they need, and places the cursor.
///
/// Pure: it returns the bytes to write and remembers only where it left the cursor, so tests
/// can check the exact output for wide characters and long lines without a terminal. Each
/// render goes back to the prompt's first row (`ESC[nA`, `\r`), clears to the end of the screen
/// (`ESC[J`), writes everything and moves the cursor back to its place (`ESC[nA`, `\r`,
/// `ESC[nC`). Redrawing the whole line is simple and, for lines a person types, fast enough.
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
    /// Rows from the prompt's first row down to the terminal cursor, as last left.
    private(set) var cursorRow = 0
    /// Rows from the prompt's first row down to the row where the text ends.
    private(set) var endRow = 0
    /// True when the text filled its last row exactly, so `endRow` is a fresh, empty row.
    private var endsOnFreshRow = false

    /// A row and a column, both from 0, relative to the start of the prompt.
    struct Position: Equatable, Sendable {
        var row: Int
        var column: Int
    }

    /// The bytes that redraw `prompt` and `text` with the cursor before `text[cursor]`.
    mutating func render(prompt: String, text: [Character], cursor: Int, width: Int) -> String {
        let width = max(width, 1)
        var output = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        output += "\r\u{1B}[J"
        let cursor = min(max(cursor, 0), text.count)

        // The prompt and the text wrap alike; only the text's characters can hold the cursor.
        let cells = Array(prompt) + text
        let cursorCell = prompt.count + cursor
        var position = Position(row: 0, column: 0)
        var cursorPosition = position
        for (index, character) in cells.enumerated() {
            let columns = DisplayWidth.columns(character)
            // A character that does not fit goes to the next row, as the terminal will put it.
            if position.column + columns > width, columns > 0 {
                position = Position(row: position.row + 1, column: 0)
            }
            if index == cursorCell { cursorPosition = position }
            output += DisplayWidth.visible(character)
            position.column += columns
        }
        endsOnFreshRow = position.column >= width
        if endsOnFreshRow {
            output += "\r\n"  // settle the pending wrap at the margin
            position = Position(row: position.row + 1, column: 0)
        }
        if cursorCell == cells.count { cursorPosition = position }
        if position.row > cursorPosition.row { output += "\u{1B}[\(position.row - cursorPosition.row)A" }
        output += "\r"
        if cursorPosition.column > 0 { output += "\u{1B}[\(cursorPosition.column)C" }
        cursorRow = cursorPosition.row
        endRow = position.row
        return output
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
        endsOnFreshRow = false
    }
}

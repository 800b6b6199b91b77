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

/// How many terminal columns text takes, and how to show characters a terminal would obey.
///
/// The editor moves the cursor by counting columns, so its count must match the terminal's.
/// Terminals add up a width per Unicode scalar, much as the C library's `wcwidth` does: 2 for
/// East Asian wide and fullwidth characters and for emoji shown as emoji, 0 for combining
/// marks and format characters such as the zero-width joiner, 1 for the rest. Most (tmux,
/// kitty, iTerm2, recent VTE) also draw an emoji joined by a zero-width joiner into the one
/// before it, so a scalar after a joiner adds nothing: the family 👨‍👩‍👧 is 2 columns, as tmux
/// draws it. This does the same, from Unicode properties and a short table of the wide blocks,
/// because `wcwidth` itself answers -1 for every non-ASCII character unless the process has
/// set a UTF-8 locale, and its tables vary between systems.
///
/// Control characters never reach the terminal raw: a pasted ESC could otherwise start an
/// escape sequence and move the cursor out from under the editor. They are shown in caret
/// notation, `^[` for ESC and `^?` for DEL, two columns each, as readline does.
///
///     DisplayWidth.columns("日本")      // 4
///     DisplayWidth.columns("e\u{301}")  // 1
///     DisplayWidth.visible("a\u{1B}b")  // "a^[b"
enum DisplayWidth {
    /// Blocks of East Asian wide (W) and fullwidth (F) characters outside the emoji.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth ASCII
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,  // Tangut, Khitan, Kana supplements
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B onwards
    ]

    /// The columns `text` takes once shown with `visible(_:)`.
    static func columns(_ text: String) -> Int {
        text.reduce(0) { $0 + columns($1) }
    }

    /// The columns `character` takes once shown with `visible(_:)`.
    static func columns(_ character: Character) -> Int {
        var total = 0
        var afterJoiner = false
        for scalar in character.unicodeScalars {
            if !afterJoiner { total += columns(scalar) }
            afterJoiner = scalar == "\u{200D}"
        }
        return total
    }

    /// The columns one scalar takes: 2 for a control character, which is shown as `^X`.
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || value == 0x7F { return 2 }
        if value < 0x7F { return 1 }
        if (0x80...0x9F).contains(value) { return 1 }  // shown as U+FFFD
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul vowels and finals join the syllable
        if (0x1F1E6...0x1F1FF).contains(value) { return 1 }  // regional indicators: a flag is two
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// `text` as it may be written to the terminal: control characters in caret notation.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20: result.append(contentsOf: ["^", Unicode.Scalar(UInt8(scalar.value) + 0x40)])
            case 0x7F: result.append(contentsOf: ["^", "?"])
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `character` as it may be written to the terminal.
    static func visible(_ character: Character) -> String {
        visible(String(character))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

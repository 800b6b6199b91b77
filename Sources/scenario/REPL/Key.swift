/// One key press (or one bracketed paste) decoded from the terminal's byte stream.
///
/// The decoder names keys by what the terminal sent, not by what the editor will do with them:
/// Ctrl-B and Left are different keys here, and the editor decides that both move left. That
/// keeps the decoder a pure table of byte sequences and lets the editor's bindings change
/// without touching it.
///
///     KeyDecoder().decode(Array("a\u{1B}[D\r".utf8))   // [.character("a"), .left, .enter]
enum Key: Equatable, Sendable {
    /// A printable character, already decoded from UTF-8; invalid bytes arrive as U+FFFD.
    case character(Character)
    /// CR or LF.
    case enter
    /// DEL (0x7F) or BS (0x08): erase the character before the cursor.
    case backspace
    /// `ESC [ 3 ~`: erase the character under the cursor.
    case delete
    /// HT (0x09).
    case tab
    /// A lone ESC, reported once no sequence followed it in time (see `KeyDecoder.timeOut()`).
    case escape

    case left, right, up, down, home, end

    /// Ctrl-Left, `ESC [ 1 ; 5 D`, or Alt-b: move to the start of the previous word.
    case wordLeft
    /// Ctrl-Right, `ESC [ 1 ; 5 C`, or Alt-f: move past the end of the next word.
    case wordRight

    /// A control character other than Tab, Enter and Backspace, named by its caret letter.
    ///
    /// Ctrl-A is `.control("A")` and Ctrl-Space (NUL) is `.control("@")`: the letter is the byte
    /// plus 0x40, which is how terminals print control characters (`^A`, `^@`).
    case control(Character)

    /// Alt (Meta) with a printable ASCII character, sent as ESC followed by that character.
    ///
    /// Alt-b and Alt-f are decoded as `.wordLeft` and `.wordRight` instead.
    case alt(Character)

    /// Text pasted between `ESC [ 200 ~` and `ESC [ 201 ~`, to be inserted as it is.
    ///
    /// Nothing inside a paste is a key: a pasted CR, Tab or ESC is text, so pasting can never
    /// run a command or trigger completion by accident.
    case paste(String)
}

extension Key {
    /// The key for a control byte (0x00–0x1F), with Tab, Enter and Backspace given their names.
    ///
    ///     Key.forControlByte(0x17)   // .control("W")
    ///     Key.forControlByte(0x0D)   // .enter
    static func forControlByte(_ byte: UInt8) -> Key {
        switch byte {
        case 0x08: return .backspace
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        default: return .control(Character(Unicode.Scalar(byte & 0x1F | 0x40)))
        }
    }
}

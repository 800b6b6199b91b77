/// Turns the bytes a terminal sends into key events, one byte at a time and without I/O.
///
/// Reads from a terminal arrive in arbitrary chunks: an arrow's `ESC [ A` or a three-byte
/// character can be split across two reads, so the decoder keeps the unfinished sequence and
/// completes it with the next chunk. It never fails: an invalid UTF-8 byte becomes U+FFFD, an
/// unknown escape sequence is consumed whole and dropped, and a malformed one ends at the first
/// byte that cannot belong to it, which is then decoded afresh.
///
/// A lone ESC cannot be told from the start of a sequence by looking at bytes alone, so the
/// editor asks `isAwaitingEscapeSequence` after each chunk and calls `timeOut()` when nothing
/// more arrives shortly; that is when ESC becomes `.escape`.
///
///     var decoder = KeyDecoder()
///     decoder.decode([0x61, 0x1B, 0x5B])   // [.character("a")]
///     decoder.decode([0x44])               // [.left]
struct KeyDecoder: Sendable {
    private enum State: Sendable {
        case ground, escape, csi, ss3, utf8, paste
    }

    /// The longest CSI parameter string kept; longer ones are still consumed, then dropped.
    static let sequenceLimit = 32
    /// The most bytes of one paste kept; the rest of the paste is consumed and dropped.
    static let pasteLimit = 1 << 20
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    private var state = State.ground
    /// The unfinished CSI parameters, or the unfinished UTF-8 character, so far.
    private var pending: [UInt8] = []
    private var pendingOverflowed = false
    private var utf8Remaining = 0
    private var pasted: [UInt8] = []
    /// How many bytes of `ESC [ 201 ~` the paste has matched so far.
    private var pasteEndMatched = 0

    /// True while the bytes so far are ESC or an unfinished escape sequence.
    ///
    /// The editor then waits briefly for more bytes before calling `timeOut()`.
    var isAwaitingEscapeSequence: Bool {
        state == .escape || state == .csi || state == .ss3
    }

    /// Decodes the next chunk of bytes, keeping any unfinished sequence for the next call.
    mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        for byte in bytes { feed(byte, into: &keys) }
        return keys
    }

    /// Settles an unfinished escape sequence after a pause: ESC alone is the Escape key.
    ///
    /// An ESC followed only by `[` or `O` was Alt with that character. A paste or a character
    /// in the middle of its UTF-8 bytes is left to wait, since it will certainly go on.
    mutating func timeOut() -> [Key] {
        defer { if isAwaitingEscapeSequence { reset() } }
        switch state {
        case .escape: return [.escape]
        case .csi: return pending.isEmpty && !pendingOverflowed ? [.alt("[")] : []
        case .ss3: return [.alt("O")]
        case .ground, .utf8, .paste: return []
        }
    }

    /// Settles everything at end of input: a cut-off character is U+FFFD, a cut-off paste is kept.
    mutating func finish() -> [Key] {
        switch state {
        case .utf8:
            reset()
            return [.character("\u{FFFD}")]
        case .paste:
            pasted += Self.pasteEnd.prefix(pasteEndMatched)
            let text = String(decoding: pasted, as: UTF8.self)
            reset()
            return text.isEmpty ? [] : [.paste(text)]
        default:
            return timeOut()
        }
    }

    private mutating func reset() {
        state = .ground
        pending = []
        pendingOverflowed = false
        utf8Remaining = 0
        pasted = []
        pasteEndMatched = 0
    }

    private mutating func feed(_ byte: UInt8, into keys: inout [Key]) {
        switch state {
        case .ground: ground(byte, into: &keys)
        case .escape: escape(byte, into: &keys)
        case .csi: csi(byte, into: &keys)
        case .ss3: ss3(byte, into: &keys)
        case .utf8: utf8(byte, into: &keys)
        case .paste: paste(byte, into: &keys)
        }
    }

    private mutating func ground(_ byte: UInt8, into keys: inout [Key]) {
        switch byte {
        case 0x1B: state = .escape
        case 0x00...0x1F: keys.append(.forControlByte(byte))
        case 0x7F: keys.append(.backspace)
        case 0x20...0x7E: keys.append(.character(Character(Unicode.Scalar(byte))))
        case 0xC2...0xF4:
            state = .utf8
            pending = [byte]
            utf8Remaining = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
        default:
            keys.append(.character("\u{FFFD}"))  // a stray continuation byte or an invalid lead
        }
    }

    private mutating func escape(_ byte: UInt8, into keys: inout [Key]) {
        state = .ground
        switch byte {
        case UInt8(ascii: "["): state = .csi
        case UInt8(ascii: "O"): state = .ss3
        case UInt8(ascii: "b"): keys.append(.wordLeft)
        case UInt8(ascii: "f"): keys.append(.wordRight)
        case 0x20...0x7E: keys.append(.alt(Character(Unicode.Scalar(byte))))
        default:
            keys.append(.escape)  // ESC then a key that Alt cannot combine with: both count
            feed(byte, into: &keys)
        }
    }

    private mutating func csi(_ byte: UInt8, into keys: inout [Key]) {
        switch byte {
        case 0x20...0x3F:  // parameter and intermediate bytes
            if pending.count < Self.sequenceLimit { pending.append(byte) } else { pendingOverflowed = true }
        case 0x40...0x7E:  // the final byte ends the sequence, known or not
            let parameters = String(decoding: pending, as: UTF8.self)
            let overflowed = pendingOverflowed
            reset()
            guard !overflowed else { return }
            if byte == UInt8(ascii: "~"), parameters == "200" {
                state = .paste
            } else if let key = Self.csiKey(parameters: parameters, final: byte) {
                keys.append(key)
            }
        default:  // not part of any CSI sequence: drop the sequence, decode the byte afresh
            reset()
            feed(byte, into: &keys)
        }
    }

    private mutating func ss3(_ byte: UInt8, into keys: inout [Key]) {
        state = .ground
        switch byte {
        case 0x40...0x7E:
            if let key = Self.csiKey(parameters: "", final: byte) { keys.append(key) }
        default:
            feed(byte, into: &keys)
        }
    }

    private mutating func utf8(_ byte: UInt8, into keys: inout [Key]) {
        // Shortest form only: the second byte's range excludes overlong forms and surrogates.
        let allowed: ClosedRange<UInt8> =
            switch (pending.count, pending[0]) {
            case (1, 0xE0): 0xA0...0xBF
            case (1, 0xED): 0x80...0x9F
            case (1, 0xF0): 0x90...0xBF
            case (1, 0xF4): 0x80...0x8F
            default: 0x80...0xBF
            }
        guard allowed.contains(byte) else {
            reset()
            keys.append(.character("\u{FFFD}"))
            feed(byte, into: &keys)
            return
        }
        pending.append(byte)
        utf8Remaining -= 1
        guard utf8Remaining == 0 else { return }
        let scalars = String(decoding: pending, as: UTF8.self).unicodeScalars
        reset()
        // C1 controls (U+0080–U+009F) are not printable and no key sends them: drop them.
        if let scalar = scalars.first, !(0x80...0x9F).contains(scalar.value) {
            keys.append(.character(Character(scalar)))
        }
    }

    private mutating func paste(_ byte: UInt8, into keys: inout [Key]) {
        if byte == Self.pasteEnd[pasteEndMatched] {
            pasteEndMatched += 1
            guard pasteEndMatched == Self.pasteEnd.count else { return }
            let text = String(decoding: pasted, as: UTF8.self)
            reset()
            if !text.isEmpty { keys.append(.paste(text)) }
            return
        }
        // The end marker starts with its only ESC, so a mismatch can restart only on an ESC.
        keepPasted(Self.pasteEnd.prefix(pasteEndMatched))
        pasteEndMatched = byte == Self.pasteEnd[0] ? 1 : 0
        if pasteEndMatched == 0 { keepPasted(CollectionOfOne(byte)) }
    }

    private mutating func keepPasted(_ bytes: some Collection<UInt8>) {
        let room = Self.pasteLimit - pasted.count
        if room > 0 { pasted += bytes.prefix(room) }
    }

    /// The key a CSI or SS3 sequence names, or nil for one the editor does not use.
    private static func csiKey(parameters: String, final: UInt8) -> Key? {
        switch (parameters, Unicode.Scalar(final)) {
        case ("", "A"), ("1", "A"): return .up
        case ("", "B"), ("1", "B"): return .down
        case ("", "C"), ("1", "C"): return .right
        case ("", "D"), ("1", "D"): return .left
        case ("", "H"), ("1", "H"), ("1", "~"), ("7", "~"): return .home
        case ("", "F"), ("1", "F"), ("4", "~"), ("8", "~"): return .end
        case ("3", "~"): return .delete
        case ("1;5", "C"), ("1;3", "C"): return .wordRight  // Ctrl-Right, Alt-Right
        case ("1;5", "D"), ("1;3", "D"): return .wordLeft
        default: return nil
        }
    }
}

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

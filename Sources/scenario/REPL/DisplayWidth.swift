/// How many terminal columns text takes, and how to show characters a terminal would obey.
///
/// The editor moves the cursor by counting columns, so its count must match the terminal's.
/// Terminals (xterm, tmux, VTE, the macOS Terminal) add up a width per Unicode scalar, as the
/// C library's `wcwidth` does: 2 for East Asian wide and fullwidth characters and for emoji
/// shown as emoji, 0 for combining marks and format characters such as the zero-width joiner,
/// 1 for the rest. This does the same, from Unicode properties and a short table of the wide
/// blocks, because `wcwidth` itself answers -1 for every non-ASCII character unless the
/// process has set a UTF-8 locale, and its tables vary between systems.
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
        text.unicodeScalars.reduce(0) { $0 + columns($1) }
    }

    /// The columns `character` takes once shown with `visible(_:)`.
    static func columns(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + columns($1) }
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

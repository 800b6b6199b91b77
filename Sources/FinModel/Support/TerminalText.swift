/// Text from a scenario or a CSV file made safe to print on a terminal: every character that a
/// terminal would act on rather than show is written as visible characters instead.
///
/// A scenario file arrives by email, and its titles, labels, notes, member names and source
/// lines are printed in tables and messages. A label holding `ESC [ 1 A` would move the cursor
/// up and overwrite a figure already printed; a right-to-left override would show `£01` where
/// the file says `£10`. So every piece of such text printed as text (the terminal table, the
/// diagnostics, the session's output, `explain`) goes through `visible(_:)` first, before it is
/// laid out (so widths count what is shown) and before any colour is added.
///
/// | character                                   | shown as       |
/// |---------------------------------------------|----------------|
/// | line feed U+000A                            | `⏎`            |
/// | escape U+001B                               | `^[`           |
/// | other C0 controls U+0000–U+001F (tab too)   | `^@` … `^_`    |
/// | delete U+007F                               | `^?`           |
/// | C1 controls U+0080–U+009F                   | `\u{9B}`       |
/// | bidi embeddings and overrides U+202A–U+202E | `\u{202E}`     |
/// | bidi isolates U+2066–U+2069                 | `\u{2066}`     |
/// | line and paragraph separators U+2028, U+2029| `\u{2028}`     |
///
///     TerminalText.visible("Reserve\u{1B}[1A")       // "Reserve^[[1A"
///     TerminalText.visible("Enderby\nSurgery")       // "Enderby⏎Surgery"
///     TerminalText.visible("\u{202E}01£")            // "\\u{202E}01£": the override named, not obeyed
///
/// Everything else, `£` and accented names included, is left as it is.
public enum TerminalText {
    /// `text` with every control, bidi control and line separator written visibly.
    public static func visible(_ text: String) -> String {
        // Most text needs nothing: return it without building a copy.
        guard text.unicodeScalars.contains(where: needsShowing) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsShowing(scalar) else {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: shown(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// Lines of text, each made visible, the line breaks between them kept: for a block a
    /// program wrote line by line around names that came from a file.
    public static func visibleLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\n")
    }

    /// Whether a terminal would act on `scalar` (or reorder the text around it) instead of showing it.
    public static func needsShowing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The visible form of one character that needs showing.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: "⏎"
        // Caret notation, as terminals and `cat -v` write controls: ^[ for escape, ^? for delete.
        case 0x00...0x1F: "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: "^?"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}

/// Escaping for HTML, inline SVG and the workbook's XML: every name, label, note and title from
/// a scenario goes through here before it is written into a report, so a line called
/// `<script>alert(1)</script>` is shown as text and never run.
///
/// One function serves text and attribute values alike: it escapes the five characters that
/// can end a text run or a quoted attribute (`&`, `<`, `>`, `"`, `'`). Inline SVG is parsed by the
/// HTML parser, so the same escaping holds inside `<svg>`.
///
/// Characters that XML 1.0 does not allow, or that HTML counts as errors, are replaced by
/// U+FFFD: a workbook holding one is not well-formed and Excel refuses to open it.
///
/// | character                                          | written as   |
/// |----------------------------------------------------|--------------|
/// | C0 controls but tab, line feed, carriage return    | U+FFFD       |
/// | delete U+007F, C1 controls U+0080–U+009F           | U+FFFD       |
/// | noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF, U+1FFFE … | U+FFFD   |
///
///     HTMLText.escape("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
///     HTMLText.escape("Enderby \"East\" & Co")        // "Enderby &quot;East&quot; &amp; Co"
///     HTMLText.escape("label \u{FFFE}")              // "label \u{FFFD}"
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case let scalar where !isAllowed(scalar): out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether XML 1.0 allows `scalar` in text and HTML does not count it an error: tab, line
    /// breaks and every other character but the controls and the noncharacters.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: false
        case let value: value & 0xFFFE != 0xFFFE
        }
    }

    /// A string safe to use as an element `id` (and in a `#fragment`): letters, digits and `-`,
    /// prefixed so that it never starts with a digit and never clashes with the report's own ids.
    static func identifier(_ text: String, prefix: String) -> String {
        var out = prefix
        var lastWasDash = prefix.hasSuffix("-")
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                out += "-"
                lastWasDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

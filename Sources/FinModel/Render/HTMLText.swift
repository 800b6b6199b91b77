/// Escaping for HTML and inline SVG: every name, label, note and title from a scenario goes
/// through here before it is written into a report, so a line called
/// `<script>alert(1)</script>` is shown as text and never run.
///
/// One function serves text and attribute values alike: it escapes the five characters that
/// can end a text run or a quoted attribute (`&`, `<`, `>`, `"`, `'`). Inline SVG is parsed by the
/// HTML parser, so the same escaping holds inside `<svg>`.
///
///     HTMLText.escape("<script>alert(1)</script>")   // "&lt;script&gt;alert(1)&lt;/script&gt;"
///     HTMLText.escape("Enderby \"East\" & Co")        // "Enderby &quot;East&quot; &amp; Co"
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and line breaks are not allowed in HTML text.
            case let c where c.unicodeScalars.allSatisfy({ $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }):
                out += "\u{FFFD}"
            default: out.append(character)
            }
        }
        return out
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

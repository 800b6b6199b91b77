/// Text broken into lines at spaces so that each fits a width, as the REPL's help is printed.
///
/// Widths count terminal columns (`DisplayWidth`), so `£` and `日本` are measured as shown.
/// A word is never split: one wider than the room left gets a line of its own and overflows,
/// which a terminal wraps as it likes, rather than being cut where a reader would not look.
///
///     WordWrap.lines("find the input value that reaches a target", width: 20)
///     // ["find the input value", "that reaches a", "target"]
enum WordWrap {
    /// `text`'s words, joined by one space, in lines of at most `width` columns (but a word is
    /// never split); the first line has `firstWidth` columns, when something is printed before it.
    static func lines(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var room = firstWidth ?? width
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let columns = DisplayWidth.columns(String(word))
            if line.isEmpty {
                line = String(word)
                used = columns
            } else if used + 1 + columns <= room {
                line += " " + word
                used += 1 + columns
            } else {
                lines.append(line)
                room = width
                line = String(word)
                used = columns
            }
        }
        lines.append(line)
        return lines
    }

    /// `text` wrapped to end by column `width`: its first line goes after `first` columns
    /// already printed, the others are indented by `indent` spaces; each line ends in a line feed.
    ///
    ///     WordWrap.hanging("a data table of a figure against inputs", first: 10, indent: 10, width: 30)
    ///     // "a data table of a\n          figure against inputs\n"
    static func hanging(_ text: String, first: Int, indent: Int, width: Int) -> String {
        let wrapped = lines(text, width: max(width - indent, 1), firstWidth: max(width - first, 1))
        return wrapped.enumerated().map { index, line in
            (index == 0 ? "" : String(repeating: " ", count: indent)) + line + "\n"
        }.joined()
    }
}

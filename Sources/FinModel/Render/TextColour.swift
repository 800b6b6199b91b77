/// Colour on a terminal: the escape sequences the text writer puts around a figure or a verdict
/// whose status matters, after the text is laid out (so colour never changes a width) and after
/// text from the scenario is made visible (so only these sequences reach the terminal).
///
/// | status                         | colour              |
/// |--------------------------------|---------------------|
/// | a failed check                 | red `ESC[31m`       |
/// | a pass within tolerance        | amber `ESC[33m`     |
/// | a figure changed since shown   | cyan `ESC[36m`      |
/// | an input set for this run, or a figure it moved | magenta `ESC[35m` |
/// | a clean pass, anything else    | none                |
///
///     TextColour.painted("FAIL", .fail)   // "\u{1B}[31mFAIL\u{1B}[0m"
enum TextColour {
    static let reset = "\u{1B}[0m"

    /// The sequence that starts the status's colour, or nil for a status shown plain.
    static func code(_ status: OutputStatus?) -> String? {
        switch status {
        case .fail?: "\u{1B}[31m"
        case .withinTolerance?: "\u{1B}[33m"
        case .changed?: "\u{1B}[36m"
        case .overridden?, .moved?: "\u{1B}[35m"
        case .pass?, nil: nil
        }
    }

    /// `text` in the status's colour; the spaces that pad it stay outside the colour, so a line
    /// still ends without blanks once its trailing spaces are trimmed.
    static func painted(_ text: String, _ status: OutputStatus?) -> String {
        guard let code = code(status) else { return text }
        let leading = text.prefix { $0 == " " }, trailing = text.reversed().prefix { $0 == " " }
        guard leading.count < text.count else { return text }
        let body = text.dropFirst(leading.count).dropLast(trailing.count)
        return leading + code + body + reset + String(trailing)
    }
}

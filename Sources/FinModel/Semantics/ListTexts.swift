/// The texts of a list's text attributes (`locality text`), each held as a number so that text
/// travels through the evaluator's cells like any figure: the first locality met is 0, the next
/// new one 1, and so on, per attribute.
///
/// A comparison with a text (`locality = "Melton"`) becomes a comparison of numbers, and the
/// report turns a number back into its text. Flags (`opted_in yes/no`) are 1 for yes and 0 for
/// no, as conditions are.
///
///     var texts = ListTexts()
///     texts.code("Melton", attribute: "locality")     // 0
///     texts.code("Rutland", attribute: "locality")    // 1
///     texts.code("Melton", attribute: "locality")     // 0
struct ListTexts: Sendable {
    /// attribute name -> its distinct texts, in the order first met.
    private(set) var texts: [String: [String]] = [:]
    private var codes: [String: [String: Int]] = [:]

    /// The number that stands for `text` in the attribute `attribute`.
    mutating func code(_ text: String, attribute: String) -> Exact {
        if let known = codes[attribute]?[text] { return Exact(Int64(known)) }
        let code = texts[attribute, default: []].count
        texts[attribute, default: []].append(text)
        codes[attribute, default: [:]][text] = code
        return Exact(Int64(code))
    }

    /// Yes or no as a list writes it inline (`yes`, `no`) or a CSV file does (`Y`, `N`, `yes`,
    /// `no`, `true`, `false`, in any case); nil for anything else.
    static func flag(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: nil
        }
    }
}

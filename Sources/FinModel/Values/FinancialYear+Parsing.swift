/// Reading financial years as the sources write them.
extension FinancialYear {
    /// Reads a financial year: "16/17", "2016/17", "2016/2017", "FY2016/17", "FY16/17",
    /// "2016-17", "2016–17" or "FY 2016/17".
    ///
    /// Two-digit years are in the 2000s. The second year must be the one after the first.
    /// Surrounding spaces are ignored and "FY" may be in any case.
    ///
    /// | text        | result                                                       |
    /// |-------------|--------------------------------------------------------------|
    /// | `16/17`     | 2016/17                                                      |
    /// | `FY 99/00`  | 2099/00                                                      |
    /// | `16/18`     | `.notConsecutive`: 2018 does not follow 2016                 |
    /// | `2016/2018` | `.notConsecutive`                                            |
    /// | `13/12`     | `.notConsecutive`                                            |
    /// | `2016/18`   | `.notConsecutive`                                            |
    /// | `20161/17`  | `.malformed`: a year has two or four digits                  |
    /// | `FY`, empty | `.malformed`                                                 |
    public init(parsing text: Substring) throws(FinancialYearError) {
        let trimmed = FinancialYear.trimmed(text)
        var rest = trimmed[...]
        if rest.prefix(2).lowercased() == "fy" {
            rest = rest.dropFirst(2).drop { $0 == " " }
        }
        guard let separator = rest.firstIndex(where: { "/-–".contains($0) }),
            let first = FinancialYear.year(rest[..<separator]),
            let second = FinancialYear.year(rest[rest.index(after: separator)...])
        else { throw FinancialYearError(trimmed, .malformed) }

        let start = first.digits == 2 ? 2000 + first.value : first.value
        let follows = second.digits == 2 ? second.value == (start + 1) % 100 : second.value == start + 1
        guard follows else { throw FinancialYearError(trimmed, .notConsecutive) }
        guard FinancialYear.validStartYears.contains(start) else { throw FinancialYearError(trimmed, .outOfRange) }
        self.init(startYear: start)
    }

    /// Reads a financial year from a `String`; see `init(parsing:)` taking a `Substring`.
    public init(parsing text: String) throws(FinancialYearError) {
        try self.init(parsing: text[...])
    }

    /// A year of exactly two or four ASCII digits, with how many it had.
    static func year(_ text: Substring) -> (value: Int, digits: Int)? {
        guard text.count == 2 || text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text).map { ($0, text.count) }
    }

    /// The text without surrounding whitespace, as a string for messages.
    static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// Consecutive financial years, first through last inclusive: the columns of a forecast.
///
/// A range is a random-access collection of its years, indexed from 0.
///
///     let years = try FinancialYearRange(parsing: "2016/17 to 2019/20")
///     years.count                                        // 4
///     years.map(\.shortLabel)                            // ["16/17", "17/18", "18/19", "19/20"]
///     years.index(of: FinancialYear(startYear: 2018))    // 2
public struct FinancialYearRange: Sendable, Hashable {
    /// The earliest year.
    public let first: FinancialYear
    /// The latest year, never before `first`.
    public let last: FinancialYear

    /// The years from `first` through `last`.
    ///
    /// - Throws: `.outOfRange` when `last` comes before `first`.
    public init(_ first: FinancialYear, through last: FinancialYear) throws(FinancialYearError) {
        guard first <= last else { throw FinancialYearError("\(first) to \(last)", .outOfRange, .range) }
        self.first = first
        self.last = last
    }

    /// Reads "2016/17 to 2018/19", "2016/17..2018/19", "16/17-18/19", "2016/17 – 2018/19" or one
    /// year alone ("2016/17").
    ///
    /// Each end is read by `FinancialYear(parsing:)`. A hyphen or en dash separates two years
    /// only when both ends are written with '/', as "16/17-18/19"; "2016-17-2018-19" is
    /// ambiguous and rejected.
    ///
    /// | text                  | result                       |
    /// |-----------------------|------------------------------|
    /// | `2016/17 to 2018/19`  | 3 years                      |
    /// | `16/17-18/19`         | 3 years                      |
    /// | `2016/17`             | 1 year                       |
    /// | `2018/19 to 2016/17`  | `.outOfRange`: runs backwards |
    /// | `2016-17-2018-19`     | `.malformed`                 |
    public init(parsing text: Substring) throws(FinancialYearError) {
        let trimmed = FinancialYear.trimmed(text)
        guard let ends = FinancialYearRange.ends(of: trimmed) else { throw FinancialYearError(trimmed, .malformed, .range) }
        let first = try FinancialYear(parsing: ends.first)
        let last = try ends.last.map { text throws(FinancialYearError) in try FinancialYear(parsing: text) } ?? first
        guard first <= last else { throw FinancialYearError(trimmed, .outOfRange, .range) }
        self.first = first
        self.last = last
    }

    /// Reads a range from a `String`; see `init(parsing:)` taking a `Substring`.
    public init(parsing text: String) throws(FinancialYearError) {
        try self.init(parsing: text[...])
    }

    /// The two ends of a range's text, or one end alone, or nil when the separator is ambiguous.
    private static func ends(of text: String) -> (first: Substring, last: Substring?)? {
        for index in text.indices {
            let rest = text[index...]
            for separator in [" to ", ".."] where rest.prefix(separator.count).lowercased() == separator {
                return (text[..<index], rest.dropFirst(separator.count))
            }
        }
        let dashes = text.indices.filter { "-–".contains(text[$0]) }
        let slashes = text.filter { $0 == "/" }.count
        switch (dashes.count, slashes) {
        case (0, _), (1, 0): return (text[...], nil)  // one year, perhaps written "2016-17"
        case (1, 2): return (text[..<dashes[0]], text[text.index(after: dashes[0])...])
        default: return nil
        }
    }

    /// The position of `year` in the range, from 0, or nil when it lies outside.
    public func index(of year: FinancialYear) -> Int? {
        year >= first && year <= last ? first.distance(to: year) : nil
    }

    /// "2016/17 to 2018/19", or "2016/17" for a single year.
    public var description: String {
        first == last ? "\(first)" : "\(first) to \(last)"
    }
}

extension FinancialYearRange: RandomAccessCollection, CustomStringConvertible {
    /// Positions count years from `first`, starting at 0.
    public var startIndex: Int { 0 }

    /// One past the last year's position: the number of years.
    public var endIndex: Int { first.distance(to: last) + 1 }

    /// The year at `position`, counting from `first` as 0.
    public subscript(position: Int) -> FinancialYear {
        precondition(indices.contains(position), "year position \(position) is outside \(self)")
        return first.advanced(by: position)
    }
}

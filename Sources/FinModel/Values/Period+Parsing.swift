/// Reading a period back from its label, as a CSV file of figures by month or quarter writes it.
///
/// A list attribute `by month` reads a month from each row (`2019-07`) or each column heading;
/// one `by quarter` reads a quarter (`2019/20 Q2`); one `by year` a financial year (`2019/20`).
/// Only the kind asked for is read, so a month heading is not taken for a year's, nor a
/// member's other columns for periods:
///
/// | text          | as       | result                   |
/// |---------------|----------|--------------------------|
/// | `2019-07`     | month    | July 2019, in 2019/20    |
/// | `Jul 2019`    | month    | July 2019, in 2019/20    |
/// | `2019/20 Q2`  | quarter  | July to September 2019   |
/// | `2019/20 q4`  | quarter  | January to March 2020    |
/// | `2019/20`     | year     | 2019/20                  |
/// | `2019/20`     | month    | nil                      |
/// | `2019/20 Q5`  | quarter  | nil                      |
extension Period {
    /// The period `text` names, read as a `granularity`; nil when it names none.
    ///
    ///     Period(parsing: "2019/20 Q2", as: .quarter)?.label   // "2019/20 Q2"
    ///     Period(parsing: "2019-13", as: .month)              // nil
    public init?(parsing text: String, as granularity: PeriodAxis.Granularity) {
        switch granularity {
        case .year:
            guard let year = try? FinancialYear(parsing: text) else { return nil }
            self = .year(year)
        case .month:
            guard let month = try? FinancialMonth(parsing: text) else { return nil }
            self = .month(month)
        case .quarter:
            // The year, then `Q1` to `Q4` (in either case) after the last space.
            let trimmed = text.split(separator: " ", omittingEmptySubsequences: true)
            guard trimmed.count == 2, let year = try? FinancialYear(parsing: trimmed[0]) else { return nil }
            let word = trimmed[1].uppercased()
            guard word.count == 2, word.hasPrefix("Q"), let number = Int(word.dropFirst()), (1...4).contains(number) else { return nil }
            self = .quarter(FinancialQuarter(year: year, number: number))
        }
    }
}

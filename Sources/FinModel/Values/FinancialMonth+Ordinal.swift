/// A month counted as one whole number, so that a figure can hold it (`input cutoff = 2018-09`),
/// and the month after a month.
///
///     let september = try FinancialMonth(parsing: "2018-09")
///     FinancialMonth(ordinal: september.ordinal) == september   // true
///     september.next                                            // Oct 2018
extension FinancialMonth {
    /// The month after this one: March is followed by April of the next financial year.
    var next: FinancialMonth {
        index == 12 ? FinancialMonth(year: FinancialYear(startYear: year.startYear + 1), index: 1) : FinancialMonth(year: year, index: index + 1)
    }

    /// A month as one figure, so that an input can hold it: twelve a year, April of year 0 first.
    var ordinal: Int { year.startYear * 12 + index - 1 }

    /// The month an `ordinal` stands for.
    init(ordinal: Int) {
        let startYear = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        self.init(year: FinancialYear(startYear: startYear), index: ordinal - startYear * 12 + 1)
    }
}

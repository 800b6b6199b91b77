/// Shares of a financial year for costs that start or stop part-way through it.
///
/// A scheme that starts in July runs for 9 of 12 months, so it costs 3/4 of a full year. These
/// shares are exact; the money they scale is rounded once, afterwards.
///
///     let july = try FinancialMonth(parsing: "Jul 2016"), march = try FinancialMonth(parsing: "Mar 2017")
///     try ProRata.months(from: july, through: march)    // 3/4
///
/// - Important: Months and days give different shares for the same span: July–March is 9/12 by
///   months but 274/365 by days. Pick the rule the funding letter uses and name it.
public enum ProRata {
    /// The share of a year covered by months `from` through `through` inclusive: the count of
    /// months over 12.
    ///
    /// The months may lie in different financial years; 18 months is 3/2.
    ///
    /// | from     | through  | share |
    /// |----------|----------|-------|
    /// | Apr 2016 | Mar 2017 | 1     |
    /// | Jul 2016 | Mar 2017 | 3/4   |
    /// | Jun 2016 | Jun 2016 | 1/12  |
    /// | Oct 2016 | Mar 2018 | 3/2   |
    ///
    /// - Throws: `.outOfRange` when `from` comes after `through`.
    public static func months(from: FinancialMonth, through: FinancialMonth) throws(FinancialYearError) -> Exact {
        guard from <= through else { throw FinancialYearError("\(from) to \(through)", .outOfRange, .range) }
        let count = from.year.distance(to: through.year) * 12 + through.index - from.index + 1
        return Exact(Int128(count), over: 12)
    }

    /// The share of a year covered by calendar dates `from` through `through` inclusive, within
    /// one financial year: the days covered over the year's 365 or 366 days.
    ///
    /// | from        | through     | share    |
    /// |-------------|-------------|----------|
    /// | 1 Apr 2016  | 31 Mar 2017 | 1        |
    /// | 1 Jul 2016  | 31 Mar 2017 | 274/365  |
    /// | 1 Oct 2019  | 31 Mar 2020 | 61/122 (183/366, 2019/20 holds 29 February) |
    ///
    /// - Throws: `.invalidDate` for a date that does not exist; `.outOfRange` when the dates lie
    ///   in different financial years or `from` comes after `through`.
    public static func days(
        fromYear: Int, month fromMonth: Int, day fromDay: Int,
        throughYear: Int, month throughMonth: Int, day throughDay: Int
    ) throws(FinancialYearError) -> Exact {
        let year = try FinancialYear(containingYear: fromYear, month: fromMonth, day: fromDay)
        let endYear = try FinancialYear(containingYear: throughYear, month: throughMonth, day: throughDay)
        let span = FinancialYear.dateText(fromYear, fromMonth, fromDay) + " to "
            + FinancialYear.dateText(throughYear, throughMonth, throughDay)
        guard year == endYear else { throw FinancialYearError(span, .outOfRange, .span) }
        let days = year.dayOfYear(month: throughMonth, day: throughDay) - year.dayOfYear(month: fromMonth, day: fromDay) + 1
        guard days > 0 else { throw FinancialYearError(span, .outOfRange, .range) }
        return Exact(Int128(days), over: Int128(year.dayCount))
    }
}

/// An NHS financial year: 1 April to 31 March, written `2016/17`.
///
/// Budgets, uplifts and allocations are set per financial year; 2016/17 runs from 1 April 2016
/// to 31 March 2017. Years step like integers, so `FinancialYear(startYear: 2016)...` ranges,
/// `advanced(by:)` and `distance(to:)` work.
///
///     let year = try FinancialYear(parsing: "FY16/17")
///     year.description          // "2016/17"
///     year.next.shortLabel      // "17/18"
///     year.dayCount             // 365 (2019/20 has 366: it holds 29 February 2020)
public struct FinancialYear: Sendable, Hashable {
    /// The calendar year the financial year starts in: 2016 for 2016/17.
    public let startYear: Int

    /// The financial year starting on 1 April of `startYear`.
    ///
    /// - Precondition: `startYear` is in 1000...9998, so both years have four digits.
    public init(startYear: Int) {
        precondition(FinancialYear.validStartYears.contains(startYear), "financial year \(startYear) is out of range")
        self.startYear = startYear
    }

    /// The start years that are representable: 1000/01 through 9998/99.
    static let validStartYears = 1000...9998

    /// The financial year that holds a calendar date: 31 March 2017 is in 2016/17, 1 April in 2017/18.
    ///
    /// - Throws: `.invalidDate` for a date that does not exist; `.outOfRange` for a year beyond
    ///   the representable ones.
    public init(containingYear year: Int, month: Int, day: Int) throws(FinancialYearError) {
        try FinancialYear.validate(year: year, month: month, day: day)
        let start = month >= 4 ? year : year - 1
        guard FinancialYear.validStartYears.contains(start) else {
            throw FinancialYearError(FinancialYear.dateText(year, month, day), .outOfRange, .date)
        }
        self.init(startYear: start)
    }

    /// The year written in full: "2016/17".
    public var description: String {
        "\(startYear)/\(FinancialYear.twoDigits(startYear + 1))"
    }

    /// The year written short: "16/17".
    public var shortLabel: String {
        "\(FinancialYear.twoDigits(startYear))/\(FinancialYear.twoDigits(startYear + 1))"
    }

    /// The year after: 2017/18 after 2016/17.
    ///
    /// - Precondition: `self` is not 9998/99.
    public var next: FinancialYear { advanced(by: 1) }

    /// The year before: 2015/16 before 2016/17.
    ///
    /// - Precondition: `self` is not 1000/01.
    public var previous: FinancialYear { advanced(by: -1) }

    /// The number of days from 1 April to 31 March: 366 when the year holds 29 February.
    ///
    ///     FinancialYear(startYear: 2019).dayCount   // 366 (29 February 2020)
    ///     FinancialYear(startYear: 2016).dayCount   // 365 (29 February 2016 falls in 2015/16)
    public var dayCount: Int {
        FinancialYear.isLeap(startYear + 1) ? 366 : 365
    }

    /// The twelve months, April first.
    public var months: [FinancialMonth] {
        (1...12).map { FinancialMonth(year: self, index: $0) }
    }

    /// The four quarters: Q1 is April to June.
    public var quarters: [FinancialQuarter] {
        (1...4).map { FinancialQuarter(year: self, number: $0) }
    }

    /// The day of the year for a date inside it: 1 April is day 1, 31 March is `dayCount`.
    func dayOfYear(month: Int, day: Int) -> Int {
        let year = month >= 4 ? startYear : startYear + 1
        return FinancialYear.dayNumber(year, month, day) - FinancialYear.dayNumber(startYear, 4, 1) + 1
    }

    // MARK: Calendar arithmetic (proleptic Gregorian)

    /// Whether a calendar year has 29 February.
    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The days in a calendar month.
    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Throws `.invalidDate` unless year-month-day is a real date.
    static func validate(year: Int, month: Int, day: Int) throws(FinancialYearError) {
        guard (1...12).contains(month), (1...daysIn(year, month)).contains(day) else {
            throw FinancialYearError(dateText(year, month, day), .invalidDate, .date)
        }
    }

    /// Days since 1 March of year 0, so consecutive dates differ by one (Hinnant's days_from_civil).
    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    /// A date as `yyyy-mm-dd` for messages.
    static func dateText(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// The last two digits of a year, or a month or day, zero-padded: 2007 → "07", 4 → "04".
    static func twoDigits(_ value: Int) -> String {
        let digits = abs(value) % 100
        return digits < 10 ? "0\(digits)" : "\(digits)"
    }
}

extension FinancialYear: Comparable, Strideable, CustomStringConvertible {
    /// Earlier years first.
    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool {
        lhs.startYear < rhs.startYear
    }

    /// Whole years from `self` to `other`: 2016/17 to 2019/20 is 3.
    public func distance(to other: FinancialYear) -> Int {
        other.startYear - startYear
    }

    /// The year `n` years later (earlier when negative).
    ///
    /// - Precondition: the result is within 1000/01...9998/99.
    public func advanced(by n: Int) -> FinancialYear {
        let (start, overflow) = startYear.addingReportingOverflow(n)
        precondition(!overflow, "financial year out of range")
        return FinancialYear(startYear: start)
    }
}

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

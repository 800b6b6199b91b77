/// One month of a financial year: index 1 is April, index 12 is March.
///
///     let july = FinancialMonth(year: FinancialYear(startYear: 2016), index: 4)
///     july.description        // "Jul 2016"
///     july.quarter            // 2016/17 Q2
///     try FinancialMonth(parsing: "2017-03").index   // 12 (March 2017 ends 2016/17)
public struct FinancialMonth: Sendable, Hashable {
    /// The financial year the month belongs to.
    public let year: FinancialYear
    /// The month's place in the financial year: 1 = April ... 9 = December, 10 = January ... 12 = March.
    public let index: Int

    /// The `index`th month of `year`.
    ///
    /// - Precondition: `index` is in 1...12.
    public init(year: FinancialYear, index: Int) {
        precondition((1...12).contains(index), "a financial month index runs from 1 (April) to 12 (March)")
        self.year = year
        self.index = index
    }

    /// The month holding a calendar year and month (1 = January).
    init(calendarYear: Int, calendarMonth: Int) throws(FinancialYearError) {
        let year = try FinancialYear(containingYear: calendarYear, month: calendarMonth, day: 1)
        self.init(year: year, index: (calendarMonth + 8) % 12 + 1)
    }

    /// The calendar year the month falls in: 2017 for January of 2016/17.
    public var calendarYear: Int { index <= 9 ? year.startYear : year.startYear + 1 }

    /// The calendar month, 1 = January: 4 for index 1 (April).
    public var calendarMonth: Int { (index + 2) % 12 + 1 }

    /// The quarter holding the month: April–June is Q1.
    public var quarter: FinancialQuarter { FinancialQuarter(year: year, number: (index - 1) / 3 + 1) }

    /// The month as people write it: "Apr 2016".
    public var description: String {
        "\(FinancialMonth.names[calendarMonth - 1]) \(calendarYear)"
    }

    /// The number of days in the month.
    var dayCount: Int { FinancialYear.daysIn(calendarYear, calendarMonth) }

    /// English month names in lower case, January first, for reading.
    private static let fullNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Three-letter English month names, January first.
    static let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Reads a month: "Apr 2016", "april 2016", "2016-04".
    ///
    /// | text       | result                                   |
    /// |------------|------------------------------------------|
    /// | `Apr 2016` | index 1 of 2016/17                       |
    /// | `Mar 2017` | index 12 of 2016/17                      |
    /// | `2017-01`  | index 10 of 2016/17                      |
    /// | `2016-13`  | `.invalidDate`                           |
    /// | `Apr 16`   | `.malformed`: the year has four digits   |
    public init(parsing text: Substring) throws(FinancialYearError) {
        let trimmed = FinancialYear.trimmed(text)
        let parts: (year: Substring, month: Substring)
        if let dash = trimmed.firstIndex(of: "-") {
            parts = (trimmed[..<dash], trimmed[trimmed.index(after: dash)...])
        } else if let space = trimmed.firstIndex(of: " ") {
            parts = (trimmed[trimmed.index(after: space)...].drop { $0 == " " }, trimmed[..<space])
        } else {
            throw FinancialYearError(trimmed, .malformed, .month)
        }
        guard let year = FinancialYear.year(parts.year), year.digits == 4,
            let month = FinancialMonth.month(parts.month)
        else { throw FinancialYearError(trimmed, .malformed, .month) }
        guard (1...12).contains(month) else { throw FinancialYearError(trimmed, .invalidDate, .month) }
        do {
            try self.init(calendarYear: year.value, calendarMonth: month)
        } catch {
            throw FinancialYearError(trimmed, error.reason, .month)
        }
    }

    /// Reads a month from a `String`; see `init(parsing:)` taking a `Substring`.
    public init(parsing text: String) throws(FinancialYearError) {
        try self.init(parsing: text[...])
    }

    /// A month as two digits ("04") or an English name, full or three letters, in any case.
    private static func month(_ text: Substring) -> Int? {
        if text.count == 2, text.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(text) }
        let lower = text.lowercased()
        return fullNames.firstIndex { $0 == lower || $0.prefix(3) == lower || (lower == "sept" && $0 == "september") }
            .map { $0 + 1 }
    }
}

extension FinancialMonth: Comparable, CustomStringConvertible {
    /// Earlier months first, across years.
    public static func < (lhs: FinancialMonth, rhs: FinancialMonth) -> Bool {
        (lhs.year, lhs.index) < (rhs.year, rhs.index)
    }
}

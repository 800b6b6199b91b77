/// One quarter of a financial year: Q1 is April–June, Q4 is January–March.
///
///     let q1 = FinancialQuarter(year: FinancialYear(startYear: 2016), number: 1)
///     q1.description                      // "2016/17 Q1"
///     q1.months.map(\.description)        // ["Apr 2016", "May 2016", "Jun 2016"]
public struct FinancialQuarter: Sendable, Hashable {
    /// The financial year the quarter belongs to.
    public let year: FinancialYear
    /// The quarter number, 1...4.
    public let number: Int

    /// Quarter `number` of `year`.
    ///
    /// - Precondition: `number` is in 1...4.
    public init(year: FinancialYear, number: Int) {
        precondition((1...4).contains(number), "a quarter number runs from 1 to 4")
        self.year = year
        self.number = number
    }

    /// The quarter's three months, in order.
    public var months: [FinancialMonth] {
        (1...3).map { FinancialMonth(year: year, index: (number - 1) * 3 + $0) }
    }

    /// The quarter written as "2016/17 Q1".
    public var description: String {
        "\(year) Q\(number)"
    }
}

extension FinancialQuarter: Comparable, CustomStringConvertible {
    /// Earlier quarters first, across years.
    public static func < (lhs: FinancialQuarter, rhs: FinancialQuarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}

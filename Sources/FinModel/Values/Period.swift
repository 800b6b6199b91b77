/// One column of a model: a financial year, a quarter or a month.
///
/// A scenario declares the periods it counts in (`years 2019/20 to 2021/22`, `quarters 2019/20 Q1
/// to 2020/21 Q4`, `months 2019-07 to 2021-03`), and every line holds one figure per period.
/// Each kind has one label that machine outputs use and that reads back unambiguously: a month is
/// `2019-07` (calendar year and month), a quarter `2019/20 Q2`, a year `2019/20`.
///
///     Period.month(try FinancialMonth(parsing: "2019-07")).label                            // "2019-07"
///     Period.quarter(FinancialQuarter(year: FinancialYear(startYear: 2019), number: 2)).label // "2019/20 Q2"
///     Period.year(FinancialYear(startYear: 2019)).label                                      // "2019/20"
public enum Period: Sendable, Hashable {
    /// A whole financial year, April to March: `2019/20`.
    case year(FinancialYear)
    /// Three months of a financial year: `2019/20 Q2` is July to September 2019.
    case quarter(FinancialQuarter)
    /// One calendar month, labelled by its calendar year: `2020-01` lies in 2019/20.
    case month(FinancialMonth)

    /// The financial year the period lies in.
    public var financialYear: FinancialYear {
        switch self {
        case .year(let year): year
        case .quarter(let quarter): quarter.year
        case .month(let month): month.year
        }
    }

    /// The label machine outputs and the language use: `2019-07`, `2019/20 Q2` or `2019/20`.
    public var label: String {
        switch self {
        case .year(let year): year.description
        case .quarter(let quarter): quarter.description
        case .month(let month): "\(month.calendarYear)-\(FinancialYear.twoDigits(month.calendarMonth))"
        }
    }

    /// The months the period covers, in order: twelve for a year, three for a quarter.
    public var months: [FinancialMonth] {
        switch self {
        case .year(let year): year.months
        case .quarter(let quarter): quarter.months
        case .month(let month): [month]
        }
    }

    /// The positions (1 = April … 12 = March) of the period's months in their financial year.
    var monthIndices: ClosedRange<Int> {
        switch self {
        case .year: 1...12
        case .quarter(let quarter): (quarter.number - 1) * 3 + 1...quarter.number * 3
        case .month(let month): month.index...month.index
        }
    }

    /// Whether the period lies within `other` (a month within its quarter or year), or is it.
    func lies(within other: Period) -> Bool {
        financialYear == other.financialYear && other.monthIndices.contains(monthIndices.lowerBound)
            && other.monthIndices.contains(monthIndices.upperBound)
    }
}

extension Period: Comparable, CustomStringConvertible {
    /// Earlier periods first; a period that starts earlier (a year before its first month) first.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.financialYear, lhs.monthIndices.lowerBound, -lhs.monthIndices.count)
            < (rhs.financialYear, rhs.monthIndices.lowerBound, -rhs.monthIndices.count)
    }

    /// The label: `2019-07`, `2019/20 Q2` or `2019/20`.
    public var description: String { label }
}

/// The periods a scenario counts in, first through last: its columns, each a year, a quarter
/// or a month, all of one kind.
///
/// A yearly axis is today's `years 2016/17 to 2018/19`. A monthly or quarterly axis may start
/// and end mid-year (`months 2019-07 to 2021-03`); its periods still belong to financial years,
/// which its tables total by and which uplifts by year count in.
///
///     let axis = PeriodAxis(months: try FinancialMonth(parsing: "2019-07"), through: try FinancialMonth(parsing: "2020-06"))
///     axis.count                         // 12
///     axis.periods.first?.label          // "2019-07"
///     axis.years.map(\.description)      // ["2019/20", "2020/21"]
public struct PeriodAxis: Sendable, Hashable, CustomStringConvertible {
    /// How long each period is.
    public enum Granularity: String, Sendable, Hashable {
        /// One period a financial year: the axis of every scenario written with `years`.
        case year
        /// Four periods a year, Q1 being April to June.
        case quarter
        /// Twelve periods a year, April first.
        case month

        /// How many periods make a financial year: 1, 4 or 12.
        public var periodsPerYear: Int {
            switch self {
            case .year: 1
            case .quarter: 4
            case .month: 12
            }
        }

        /// The plural that names the periods in messages and in the declaration: `months`.
        public var plural: String { "\(rawValue)s" }
    }

    /// How long each period is.
    public let granularity: Granularity
    /// The periods, earliest first, consecutive.
    public let periods: [Period]

    /// The financial years `first` through `last`, one period each.
    public init(years first: FinancialYear, through last: FinancialYear) {
        granularity = .year
        periods = first <= last ? (0...first.distance(to: last)).map { .year(first.advanced(by: $0)) } : []
    }

    /// The quarters `first` through `last`.
    public init(quarters first: FinancialQuarter, through last: FinancialQuarter) {
        granularity = .quarter
        var periods: [Period] = []
        var year = first.year, number = first.number
        while (year, number) <= (last.year, last.number) {
            periods.append(.quarter(FinancialQuarter(year: year, number: number)))
            if number == 4 { (year, number) = (year.next, 1) } else { number += 1 }
        }
        self.periods = periods
    }

    /// The months `first` through `last`.
    public init(months first: FinancialMonth, through last: FinancialMonth) {
        granularity = .month
        var periods: [Period] = []
        var year = first.year, index = first.index
        while (year, index) <= (last.year, last.index) {
            periods.append(.month(FinancialMonth(year: year, index: index)))
            if index == 12 { (year, index) = (year.next, 1) } else { index += 1 }
        }
        self.periods = periods
    }

    /// How many periods there are.
    public var count: Int { periods.count }

    /// Whether each period is a whole financial year: the axis every scenario had before quarters
    /// and months, evaluated exactly as before.
    public var isYearly: Bool { granularity == .year }

    /// The financial year of each period, in column order (a year repeats for each of its months).
    public var columnYears: [FinancialYear] { periods.map(\.financialYear) }

    /// The financial years the periods touch, each once, in order.
    public var years: [FinancialYear] {
        var years: [FinancialYear] = []
        for period in periods where years.last != period.financialYear { years.append(period.financialYear) }
        return years
    }

    /// The positions of the periods that lie in each financial year, in order: the columns a year
    /// total adds up.
    public var columnsByYear: [(year: FinancialYear, columns: Range<Int>)] {
        var groups: [(year: FinancialYear, columns: Range<Int>)] = []
        for (position, period) in periods.enumerated() {
            if let last = groups.last, last.year == period.financialYear {
                groups[groups.count - 1].columns = last.columns.lowerBound..<(position + 1)
            } else {
                groups.append((period.financialYear, position..<(position + 1)))
            }
        }
        return groups
    }

    /// The position of `period`, or nil when the axis does not hold it.
    public func position(of period: Period) -> Int? {
        guard let first = periods.first, let last = periods.last, period >= first, period <= last else { return nil }
        return periods.firstIndex(of: period)
    }

    /// The position of the period that holds `month` (the month itself, or its quarter), or nil
    /// when the axis holds no such period: where a line's `from` or `until` falls.
    public func position(holding month: FinancialMonth) -> Int? {
        periods.firstIndex { $0.months.contains(month) }
    }

    /// The positions of the periods that lie within `period` (the months of a quarter or year, or
    /// a month itself); empty when none does.
    public func positions(within period: Period) -> Range<Int> {
        let inside = periods.indices.filter { periods[$0].lies(within: period) }
        guard let first = inside.first, let last = inside.last else { return 0..<0 }
        return first..<(last + 1)
    }

    /// "2019-07 to 2021-03", as the declaration writes it after its keyword.
    public var description: String {
        guard let first = periods.first, let last = periods.last else { return "" }
        return "\(first.label) to \(last.label)"
    }
}

/// The periods a list attribute by year, quarter or month has figures for, and which of them
/// each of the model's periods lies within.
///
/// An attribute's figures are held spread over the model's periods (a figure by year is held
/// in each month of its year), so naming one of the attribute's own periods, as `--set` and
/// `explain` do (`list_size["Croft", 2020/21]`), means every model period within it:
///
///     months 2020-01 to 2020-06, list_size by year
///     attributePeriods(.year)           -> 2019/20, 2020/21
///     columns(within: .year(2020/21))   -> 3, 4, 5 (April to June)
extension Model {
    /// The periods an attribute by `granularity` has a figure for, in order: the financial
    /// years the model touches, the quarters its months or quarters fall in, or its months.
    func attributePeriods(_ granularity: PeriodAxis.Granularity) -> [Period] {
        switch granularity {
        case .year:
            return financialYears.map(Period.year)
        case .quarter, .month:
            guard let axis else { return [] }
            if axis.granularity == granularity { return axis.periods }
            var quarters: [Period] = []
            for month in axis.periods.flatMap(\.months) {
                let quarter = Period.quarter(FinancialQuarter(year: month.year, number: (month.index - 1) / 3 + 1))
                if quarters.last != quarter { quarters.append(quarter) }
            }
            return granularity == .quarter ? quarters : []
        }
    }

    /// The model's periods (columns) that lie within `period`, in order: one year's months in a
    /// model of months, the year itself in a model of years.
    func columns(within period: Period) -> [Int] {
        guard let axis else {
            guard case .year(let year) = period, let index = years.firstIndex(of: year) else { return [] }
            return [index]
        }
        return axis.periods.indices.filter { axis.periods[$0].lies(within: period) }
    }

    /// The period of an attribute by `granularity` that the model's period `column` lies
    /// within: for `list_size by year` in a model of months, the year of the month.
    func attributePeriod(_ granularity: PeriodAxis.Granularity, column: Int) -> Period? {
        attributePeriods(granularity).first { columns(within: $0).contains(column) }
    }
}

extension Period {
    /// Whether the period is a year, a quarter or a month.
    var granularity: PeriodAxis.Granularity {
        switch self {
        case .year: .year
        case .quarter: .quarter
        case .month: .month
        }
    }
}

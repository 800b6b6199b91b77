/// The financial years a model of months or quarters falls in, and figures given one for each
/// of them: a list size by year, a pay award by year.
///
/// A finance reviewer writes some figures once a year even when the model counts in months: a
/// practice's list size in 2019/20, the pay award of 2020/21. Such a figure holds in every
/// period of its year. A model of months from 2019-10 to 2020-09 touches two financial years,
/// so it takes two such figures, the first for October to March, the second for April to
/// September (a part first or last year counts as one):
///
///     months 2019-10 to 2020-09, award = 2% | 3%
///     -> 2% in each of 2019-10 … 2020-03, 3% in each of 2020-04 … 2020-09
///
/// The list attributes by year (`ModelBuilder+PeriodAttributes.swift`), a line of figures
/// (`a | b | c`, checked by the `Checker`, spread by the `Evaluator`) and the workbook's formulas
/// all spread the same way, through these helpers.
extension Model {
    /// The financial years the model's periods fall in, each once, in order: the model's years
    /// in a model by years.
    var financialYears: [FinancialYear] {
        var distinct: [FinancialYear] = []
        for year in years where distinct.last != year { distinct.append(year) }
        return distinct
    }

    /// For each period, the position of its financial year among `financialYears`: in a model
    /// by years, each period's own position.
    var financialYearPositions: [Int] {
        var positions: [Int] = []
        positions.reserveCapacity(years.count)
        var position = -1
        for (index, year) in years.enumerated() {
            if index == 0 || years[index - 1] != year { position += 1 }
            positions.append(position)
        }
        return positions
    }

    /// Whether `count` figures are one for each financial year of a model of months or
    /// quarters, rather than one for each period.
    ///
    /// - Important: when there are as many financial years as periods (two months, 2019-03 and
    ///   2019-04), each period is alone in its year, so either reading gives the same figures;
    ///   this answers false there and the figures are taken one per period.
    func isOnePerFinancialYear(_ count: Int) -> Bool {
        guard axis != nil, count != years.count else { return false }
        return count == financialYears.count
    }

    /// One item per financial year, spread to one per period: each period takes its year's.
    /// Anything else (one per period, or a model by years) is returned as it is.
    ///
    ///     months 2019-04 to 2020-06: [a, b] -> 12 × a, then 3 × b
    func spreadOverPeriods<Item>(_ items: [Item]) -> [Item] {
        guard isOnePerFinancialYear(items.count) else { return items }
        return financialYearPositions.map { items[$0] }
    }

    /// "3: 2019/20 to 2021/22" or "1: 2019/20": how many financial years the periods fall in,
    /// and which, for the messages that say how many figures a line may give.
    var financialYearsDescription: String {
        let distinct = financialYears
        guard let first = distinct.first, let last = distinct.last else { return "0" }
        return first == last ? "1: \(first)" : "\(distinct.count): \(first) to \(last)"
    }
}

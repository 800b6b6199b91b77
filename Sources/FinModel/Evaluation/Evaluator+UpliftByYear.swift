/// `uplift(base, by: pay_award, from: 2018/19, …)` with a rate for each year: a pay award of 3%,
/// then 1.7%, then 1.67%, in a model by years, months or quarters.
///
/// Each financial year after the base year is the year before uplifted by that year's rate
/// (`Uplift.compound(base:rates:)`), under either policy; the rate of the base year itself and of
/// the years before it is not used. In a model of months or quarters the years are worked out
/// exactly as in a model by years of the same financial years, and each period takes its year's
/// figure, as an uplift by one rate gives it: the result keeps the base's unit, so a yearly
/// amount is still a yearly amount, to phase.
///
///     months 2019-04 to 2021-03, by: 0% | 3%, from: 2019/20, base £30,000 per year
///     -> £30,000 per year in each month of 2019/20, £30,900 per year in each month of 2020/21
///
/// A rate for each year there has a figure for each period (a line given one value for each
/// financial year is spread so). A rate that changes inside a year used by the uplift is refused:
/// which of its figures is the year's rate would be a guess. Exact figures only: there is no
/// fixed-point path for this case.
extension Evaluator {
    func uplift(_ base: Value, byYear rates: Value, ratesAt rateSpan: SourceSpan, from: FinancialYear,
                policy: CompoundingPolicy, step: Exact, span: SourceSpan) throws(Failure) -> Value {
        let years = model.financialYears
        guard let start = years.firstIndex(of: from) else { throw .dependencyFailed }
        let perYear = try yearRates(rates, usedAfter: start, at: rateSpan)
        let yearRates = perYear[(start + 1)...].map { Percentage(fraction: $0) }
        let positions = model.financialYearPositions
        var cells: [Exact] = []
        cells.reserveCapacity(base.figures.count * positions.count)
        for (member, baseCell) in base.figures.exactCells.enumerated() {
            let series: [Exact]
            do {
                series = try Uplift.compound(base: baseCell, rates: Array(yearRates), policy: policy, step: step)
            } catch {
                throw fail(at: span, error.message + place(of: member, in: base.shape), help: "check the base and the rates")
            }
            // Nothing before the base year; each period its financial year's figure.
            for position in positions { cells.append(position < start ? .zero : series[position - start]) }
        }
        return Value(kind: base.kind, shape: Value.Shape(list: base.shape.list, hasYears: true), cells: cells)
    }

    /// One rate for each financial year, from a rate with a figure for each period: in a model
    /// by years, the figures themselves. Every period of a year after the base year (at
    /// `start` among the financial years) must hold the same rate.
    ///
    /// - Throws: a diagnostic at `span` naming the year and its two periods whose rates differ.
    func yearRates(_ rates: Value, usedAfter start: Int, at span: SourceSpan) throws(Failure) -> [Exact] {
        let figures = rates.figures.exactCells
        guard let axis = model.axis else { return figures }
        let positions = model.financialYearPositions
        var perYear: [Exact] = []
        var firstPeriod: [Int] = []
        for (period, position) in positions.enumerated() {
            guard position < perYear.count else {
                perYear.append(figures[period])
                firstPeriod.append(period)
                continue
            }
            guard position > start, figures[period] != perYear[position] else { continue }
            let year = model.years[period], noun = axis.granularity.rawValue
            let first = axis.periods[firstPeriod[position]].label, differing = axis.periods[period].label
            throw fail(at: span, "an uplift takes one rate a year, but this rate changes inside \(year): \(Percentage(fraction: perYear[position])) in \(first) but \(Percentage(fraction: figures[period])) in \(differing)",
                       label: "a rate for each \(noun)",
                       help: "give one rate for each financial year, as in by: 0% | 3% | 1.7%, so that every \(noun) of \(year) has the same rate")
        }
        return perYear
    }
}

/// A list attribute by year, by quarter or by month: a figure for each such period, which holds
/// for every period of the model that lies within it.
///
/// A list size, a population or a weight is a stock: the practice's list size in 2019/20 is its
/// list size in each month of 2019/20. So a member gives one figure per period of the
/// attribute's kind that the model touches, inline or in a CSV file, and the list holds it for
/// each of the model's periods, where every formula over the periods reads it:
///
///     months 2019-04 to 2020-03, list_size by year: "Enderby" 6,254
///     -> 12 cells of 6,254, one for each month of 2019/20
///     months 2019-04 to 2019-09, list_size by quarter: "Enderby" 6,254 | 6,300
///     -> 3 cells of 6,254 (April to June), then 3 of 6,300
///     months 2019-04 to 2019-06, list_size by month: "Enderby" 6,254 | 6,260 | 6,300
///     -> the three figures as they are
///
/// A model of months from 2019-10 to 2020-09 touches 2019/20 and 2020/21: two figures by year,
/// the first for October to March, the second for April to September. An attribute's periods
/// are never shorter than the model's: a figure by month in a model of quarters would have to
/// be summed or averaged into its quarter, which for a level is a guess, so it is refused.
extension ModelBuilder {
    /// The mistake of an attribute whose periods are shorter than the model's (`by month` in a
    /// model of quarters or years, `by quarter` in a model of years), at the period's word; nil
    /// when the model can hold the attribute's figures.
    func periodMismatch(_ attribute: AttributeSyntax) -> Diagnostic? {
        guard let period = attribute.period, period != .year else { return nil }
        let counted = model.axis?.granularity ?? .year
        if counted == period || (period == .quarter && counted == .month) { return nil }
        let longer: [PeriodAxis.Granularity] = counted == .quarter ? [.quarter, .year] : [.year]
        let instead = longer.map { "'by \($0.rawValue)' for a figure for each \($0.rawValue)" }.joined(separator: ", or ")
        return Diagnostic(
            at: attribute.periodSpan ?? attribute.nameSpan,
            "'\(attribute.name)' has a figure for each \(period.rawValue), but this scenario counts in \(counted.plural)",
            label: "a figure by \(period.rawValue) needs a model of \(period.plural)\(period == .quarter ? " or months" : "")",
            help: "write \(instead), or count the scenario in \(period.plural)")
    }

    /// One figure per period of the attribute's kind, spread to one per period of the model:
    /// each of the model's periods takes the figure of the period it lies within. In a model by
    /// years, the figures as they are.
    func spreadOverPeriods<Cell>(_ cells: [Cell], by granularity: PeriodAxis.Granularity) -> [Cell] {
        guard let axis = model.axis else { return cells }
        let periods = model.attributePeriods(granularity)
        guard cells.count == periods.count else { return cells }
        return axis.periods.map { period in cells[periods.firstIndex { period.lies(within: $0) } ?? 0] }
    }
}

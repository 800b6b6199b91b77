/// A list attribute `by year` in a model of months or quarters: a figure for each financial
/// year, which holds for every period of that year.
///
/// A list size, a population or a weight is a stock: the practice's list size in 2019/20 is its
/// list size in each month of 2019/20. So a member gives one figure per financial year the
/// model touches, inline or in a CSV file, as in a model by years, and the list holds it for
/// each period, where every formula over the periods reads it:
///
///     months 2019-04 to 2020-03, list_size by year: "Enderby" 6,254
///     -> 12 cells of 6,254, one for each month of 2019/20
///
/// A model of months from 2019-10 to 2020-09 touches 2019/20 and 2020/21: two figures, the
/// first for October to March, the second for April to September.
///
/// The spreading itself is the model's (`Model+FinancialYears.swift`), shared with a line of
/// figures given one for each financial year.
extension ModelBuilder {
    /// The financial years the model's periods fall in, each once, in order: the model's years
    /// in a model by years.
    var financialYears: [FinancialYear] { model.financialYears }

    /// One figure per financial year, spread to one per period: each period takes its year's.
    /// In a model by years, the figures as they are.
    func spreadOverPeriods(_ cells: [Exact]) -> [Exact] { model.spreadOverPeriods(cells) }
}

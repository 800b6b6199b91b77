/// `shown to £1 half_up` after a table title: how its figures are displayed (never stored).
///
/// A table may state several roundings, one per unit, then brackets for negatives:
/// `shown in £000 half_up, to 0.25 hours half_up with negatives in brackets`.
struct DisplaySyntax: Sendable, Hashable {
    /// One rounding the table states.
    enum Rounding: Sendable, Hashable {
        /// `to £1 half_up`, `to 0.25 hours half_up`: a step in a line's unit.
        case step(Expression, RoundingRule)
        /// `in £000 half_up` (`millions` false, `places` 0) or `in £m to 1 place half_up`.
        case scale(millions: Bool, places: Int, rule: RoundingRule, span: SourceSpan)
    }

    let roundings: [Rounding]
    /// `with negatives in brackets`: `(£2,083)` rather than `-£2,083`.
    let negativesInBrackets: Bool
    let span: SourceSpan
    /// `with year to date`: in a table of months or quarters, each period's total so far in its year.
    var yearToDate = false
    /// `shown by quarter`, `shown by year`: the months (or quarters) summed into longer periods.
    var shownBy: PeriodAxis.Granularity? = nil
}

/// `in % to 2 places half_up` after a line's expression: a percentage's decimals.
struct PercentPlacesSyntax: Sendable, Hashable {
    let places: Int
    let rule: RoundingRule
    let span: SourceSpan
}

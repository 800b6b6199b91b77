/// What a line writes after `total:`: how a table totals it.
enum TotalSyntax: Sendable, Hashable {
    /// `total: none`: no total.
    case none(SourceSpan)
    /// `total: average`, `total: opening`, `total: closing`: a level's periods.
    case rollUp(PeriodRollUp, SourceSpan)
    /// `total: expression`: the total stated.
    case expression(Expression)
}

extension Definition {
    /// How the line's periods add up: `total: average` for a level, else a sum.
    var rollUp: PeriodRollUp {
        if case .rollUp(let rule, _)? = total { return rule }
        return .sum
    }
}

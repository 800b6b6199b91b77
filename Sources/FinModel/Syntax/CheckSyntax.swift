/// `check computed >= stated within 0.5% "label" expected "note"`, as written.
struct CheckSyntax: Sendable {
    let computed: Expression
    /// `=` unless the check states a floor or a ceiling (`>=`, `<=`, `>`, `<`).
    let comparison: CheckComparison
    let stated: Expression
    /// `within £1` (in the figures' unit) or `within 0.5%` (a share of the stated figure).
    let tolerance: Expression?
    let message: String?
    /// `expected "note"`: the source is known to be wrong here, and the note shows in place of a
    /// failure until it goes away.
    let expected: ExpectedSyntax?
    /// The whole statement, from `check` to its end: where a failing check's report points.
    let span: SourceSpan
}

/// `expected "the paper's total is £1 low"` after a check: a discrepancy documented, not a failure.
struct ExpectedSyntax: Sendable, Hashable {
    let note: String
    let span: SourceSpan
}

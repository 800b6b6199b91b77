/// A line's `total:` after its formula: how its figures add up in a table.
extension Parser {
    /// `total: none`, `total: average` (or `opening`, `closing`) for a level, or
    /// `total: expression`; nil when the line says nothing, and the default applies.
    ///
    /// `average`, `opening` and `closing` are a rule only when they end the definition, so a
    /// line named `closing` is still a total when written `total: (closing)`, and
    /// `total: average(x)` still calls the function.
    mutating func parseTotal() throws(Abandon) -> TotalSyntax? {
        guard current.isKeyword(.total), peek().kind == .colon else { return nil }
        advance()
        advance()
        if let none = acceptKeyword(.none) { return .none(span(none)) }
        if current.isName, let rule = PeriodRollUp.levelWords[text(current)], endsDefinition(peek()) {
            return .rollUp(rule, span(advance()))
        }
        return .expression(try parseExpression())
    }

    /// Whether `token` ends a definition's formula: the end of the line, its note, or `from`.
    private func endsDefinition(_ token: Token) -> Bool {
        token.kind == .newline || token.kind == .end || token.kind == .string || token.isKeyword(.from)
    }
}

/// How a check's tolerance is read, which depends on the unit of the figures it compares: a
/// question for the checker and the report, not for the parser.
extension CheckSyntax {
    /// Whether the tolerance is a share of the stated figure rather than an allowance in the
    /// figures' unit: a percentage (`within 0.5%`) on figures that are not themselves plain
    /// numbers or percentages (on those, `within 0.5%` is half a percentage point).
    func toleranceIsRelative(figuresIn unit: Unit) -> Bool {
        guard let tolerance, !unit.isNone else { return false }
        switch tolerance.kind {
        case .percent: return true
        case .negate(let inner): if case .percent = inner.kind { return true } else { return false }
        default: return false
        }
    }
}

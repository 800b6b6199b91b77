/// How a check compares the computed figure with the stated one: equal to it, at least, at most,
/// above or below it, and how far a tolerance may stretch that.
///
/// A source states a figure either as a fact (`= £151,570`) or as a floor or a ceiling (every
/// CCG spends *at least* its target share). A tolerance (an allowance in the figures' unit)
/// moves the line the computed figure must reach towards it, so a check passes *within
/// tolerance* when it holds only thanks to the allowance:
///
/// | comparison | holds exactly when       | holds within an allowance `a` when |
/// |------------|--------------------------|------------------------------------|
/// | `=`        | computed = stated        | abs(computed − stated) ≤ a         |
/// | `>=`       | computed ≥ stated        | computed ≥ stated − a              |
/// | `<=`       | computed ≤ stated        | computed ≤ stated + a              |
/// | `>`        | computed > stated        | computed > stated − a              |
/// | `<`        | computed < stated        | computed < stated + a              |
///
///     CheckComparison.atLeast.verdict(difference: Exact(-1), allowance: Exact(2))   // .withinTolerance
public enum CheckComparison: String, Sendable, Hashable, CaseIterable {
    /// `=`: the source states the figure.
    case equal = "="
    /// `>=`: the source states a floor the figure must reach.
    case atLeast = ">="
    /// `<=`: the source states a ceiling the figure must not pass.
    case atMost = "<="
    /// `>`: the figure must be above the stated one.
    case above = ">"
    /// `<`: the figure must be below the stated one.
    case below = "<"

    /// Whether the figures satisfy a comparison, and whether only thanks to the tolerance.
    public enum Verdict: Sendable, Hashable {
        /// The comparison holds without the allowance (for `=`: the figures are equal).
        case holds
        /// It holds only because of the allowance.
        case withinTolerance
        /// It fails even with the allowance.
        case fails
    }

    /// The words before the stated figure in a sentence: `stated £10`, `at least 10.1%`.
    public var word: String {
        switch self {
        case .equal: "stated"
        case .atLeast: "at least"
        case .atMost: "at most"
        case .above: "above"
        case .below: "below"
        }
    }

    /// The verdict for `difference` (computed − stated) and a non-negative `allowance`.
    public func verdict(difference: Exact, allowance: Exact) -> Verdict {
        let negatedAllowance = (try? allowance.negated()) ?? allowance
        func holds(_ difference: Exact, within allowance: Exact, negated: Exact) -> Bool {
            switch self {
            case .equal: difference <= allowance && difference >= negated
            case .atLeast: difference >= negated
            case .atMost: difference <= allowance
            case .above: difference > negated
            case .below: difference < allowance
            }
        }
        if holds(difference, within: .zero, negated: .zero) { return .holds }
        return holds(difference, within: allowance, negated: negatedAllowance) ? .withinTolerance : .fails
    }
}

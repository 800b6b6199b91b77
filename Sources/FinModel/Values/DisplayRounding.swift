/// A display rounding stated by the scenario: step in pounds and rule.
public struct DisplayRounding: Sendable, Hashable {
    public let step: Exact
    public let rule: RoundingRule
}

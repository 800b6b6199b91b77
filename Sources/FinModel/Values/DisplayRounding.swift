/// A display rounding stated by the scenario, as in `shown to £1 half_up`: the step in pounds
/// and the rule that rounds to it.
///
/// Display rounding changes only how money is written; the figure kept, added up and exported
/// stays exact.
///
/// | figure      | `£0.01 half_up` (the default) | `£1 half_up` | `£1 half_even` | `£1 down` |
/// |-------------|-------------------------------|--------------|----------------|-----------|
/// | £187,964.50 | £187,964.50                   | £187,965     | £187,964       | £187,964  |
/// | -£2,083.50  | -£2,083.50                    | -£2,084      | -£2,084        | -£2,084   |
///
/// For example, a board paper that states figures to the pound is reproduced with
/// `shown to £1 half_up`, because spreadsheets round ties away from zero.
public struct DisplayRounding: Sendable, Hashable {
    /// The step figures are shown to, in pounds: £1, £0.01.
    public let step: Exact
    /// How a figure between two steps is rounded for display.
    public let rule: RoundingRule

    /// A display rounding to `step` by `rule`, as `shown to £1 half_up` states it.
    public init(step: Exact, rule: RoundingRule) {
        self.step = step
        self.rule = rule
    }

    /// The default for money: to the penny, half up.
    public static let pence = DisplayRounding(step: try! Exact(numerator: 1, denominator: 100), rule: .halfUp)
    /// Whole pounds, half up.
    public static let pounds = DisplayRounding(step: .one, rule: .halfUp)

    /// The step as a table's footnote names it: `£1`, `£0.50`, `£1,000`, `£0.0025`.
    ///
    /// Whole pounds without pence; anything finer with every decimal it has, so a step below a
    /// penny is not named as `£0`.
    ///
    ///     DisplayRounding.pounds.stepText   // "£1"
    public var stepText: String {
        let places = step.isInteger ? 0 : max(2, step.decimalPlaces ?? 2)
        return step.formattedAsPounds(MoneyFormat(scale: .fixed(places: places)))
    }
}

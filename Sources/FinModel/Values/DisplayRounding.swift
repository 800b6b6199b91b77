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
///
/// A table may also show money in thousands or millions of pounds (`shown in £000 half_up` is
/// the step £1,000 written `179` for £179,000), and round other units to a step of their own
/// (`shown to 0.25 hours half_up`): then `unit` names the unit the step is in.
///
/// | figure       | `in £000 half_up` | `in £m to 1 place half_up` | `to 0.25 hours half_up` |
/// |--------------|-------------------|----------------------------|-------------------------|
/// | £179,377.20  | 179               | 0.2                        |                         |
/// | -£2,083      | -2                | 0.0                        |                         |
/// | 243.8 hours  |                   |                            | 243.75                  |
public struct DisplayRounding: Sendable, Hashable {
    /// How money is written: pounds, or thousands or millions of pounds without the `£`.
    public enum Scale: Sendable, Hashable {
        /// `£179,377`: the step is in pounds and figures carry `£`.
        case pounds
        /// `179` for £179,377 in a table headed £000.
        case thousands
        /// `0.18` for £179,377 in a table headed £m, with the places the step gives.
        case millions
    }

    /// The step figures are shown to, in pounds (£1, £0.01, £1,000 for £000), or in `unit`.
    public let step: Exact
    /// How a figure between two steps is rounded for display.
    public let rule: RoundingRule
    /// How money is written; `.pounds` for every other unit.
    public let scale: Scale
    /// The unit the step is in, as a line shows it (`hours`), or nil for money and percentages.
    public let unit: String?

    /// A display rounding to `step` by `rule`, as `shown to £1 half_up` states it.
    public init(step: Exact, rule: RoundingRule, scale: Scale = .pounds, unit: String? = nil) {
        self.step = step
        self.rule = rule
        self.scale = scale
        self.unit = unit
    }

    /// Money in £000 (`places` 0) or £m to `places` decimals, rounded by `rule`.
    public static func scaled(millions: Bool, places: Int, rule: RoundingRule) -> DisplayRounding {
        var step = Exact(Int64(millions ? 1_000_000 : 1_000))
        for _ in 0..<max(places, 0) { step = (try? step.divided(by: Exact(Int64(10)))) ?? step }
        return DisplayRounding(step: step, rule: rule, scale: millions ? .millions : .thousands)
    }

    /// The decimals a figure under this rounding is written with: those of the step, in the
    /// scale's unit (£0.1m has one).
    public var places: Int {
        let shift = switch scale {
        case .pounds: 0
        case .thousands: 3
        case .millions: 6
        }
        var scaled = step
        for _ in 0..<shift { scaled = (try? scaled.divided(by: Exact(Int64(10)))) ?? scaled }
        return scaled.decimalPlaces ?? 2
    }

    /// The figure as shown, as an exact value in the step's unit: £187,964.50 to £1 half up is
    /// £187,965; used to tell whether the shown figures add up to a shown total.
    public func shownValue(_ value: Exact) -> Exact {
        (try? value.rounded(rule, toMultipleOf: step)) ?? value
    }

    /// The heading a money line gets in a scaled table, `£000` or `£m`; nil in pounds.
    public var scaleText: String? {
        switch scale {
        case .pounds: nil
        case .thousands: "£000"
        case .millions: "£m"
        }
    }

    /// The phrase a table's footnote uses: `money shown to £1, half_up`,
    /// `money in £000, rounded half_up to £1,000`, `hours shown to 0.25, half_up`.
    public var footnoteText: String {
        if let unit { return "\(unit) shown to \(FigureText.number(step, maximumPlaces: 6)), \(rule.scenarioName)" }
        if let scaleText { return "money in \(scaleText), rounded \(rule.scenarioName) to \(stepText)" }
        return "money shown to \(stepText), \(rule.scenarioName)"
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
        if scale == .millions {
            // £0.1m rather than £100,000: the step as the table's figures write it.
            let millions = (try? step.divided(by: Exact(Int64(1_000_000)))) ?? step
            return "£" + FigureText.number(millions, maximumPlaces: 6) + "m"
        }
        let places = step.isInteger ? 0 : max(2, step.decimalPlaces ?? 2)
        return step.formattedAsPounds(MoneyFormat(scale: .fixed(places: places)))
    }
}

import Testing
@testable import FinModel

/// A chart's tick labels: round numbers, money written by `MoneyFormat` in pounds, thousands or
/// millions as the scale's size suggests.
@Suite struct ChartScaleTests {
    /// (largest figure, tick, label): the largest figure sets the step, which decides whether
    /// thousands between £1,000 and £10,000 are written in full.
    @Test(arguments: [
        (600_000.0, 150_000.0, "£150k"), (6_000_000, 1_500_000, "£1.5m"), (600_000, -50_000, "-£50k"), (600_000, 0, "£0"),
        (2_500, 2_500, "£2500"), (6_000, 3_000, "£3k"), (2.5, 0.5, "£0.5"), (60_000, 12_500, "£12.5k"),
    ])
    func moneyTicksReadAsRoundSums(_ largest: Double, _ tick: Double, _ label: String) {
        #expect(ChartScale(values: [largest], format: .money).label(tick) == label)
    }
}

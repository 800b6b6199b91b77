/// A bridge drawn as a waterfall: a bar for the figure under the first option, a floating bar per
/// input the options set differently, and a bar for the figure under the second option.
///
/// Every bar says where it starts and where it ends, as exact figures, so a renderer only places
/// them: a step starts where the one before it ended, and the last step ends at the end bar's
/// figure, because the steps are the bridge's shown changes, which add up to the change shown.
/// The start and end bars stand on zero.
///
///     OutputWaterfall(bridge: bridge)
///     // start secured_fees 0 → -9,468.69; potential_contracts -9,468.69 → 17,531.31 (+27,000.00);
///     // …; end all_streams 0 → -8,718.69
public struct OutputWaterfall: Sendable {
    /// What a bar stands for.
    public enum Role: String, Sendable, Hashable {
        /// The figure under the option the bridge starts from, standing on zero.
        case start
        /// One input's share of the change, floating from the running figure before it.
        case step
        /// The figure under the option the bridge ends at, standing on zero.
        case end
    }

    /// One bar of the waterfall.
    public struct Bar: Sendable {
        /// Start, step or end.
        public let role: Role
        /// The option's name for the start and end bars; the input's name for a step.
        public let name: String
        /// The figure a start or end bar shows, or a step's signed change, as the table shows it.
        public let value: Exact
        /// Where the bar begins on the figure's scale: zero for the start and end bars.
        public let from: Exact
        /// Where the bar ends on the figure's scale: the running figure after it.
        public let to: Exact
    }

    /// The chart's caption: `total(surplus) from secured_fees to all_streams`.
    public let title: String
    /// How the figures are shown: money, a count with its unit, a percentage.
    public let format: ValueFormat
    /// Decimal places of a count or percentage, as the bridge's table shows them; nil for money.
    public let places: Int?
    /// The start bar, a bar per step in the table's order, and the end bar.
    public let bars: [Bar]

    /// The waterfall of `bridge`, whose steps are its shown changes (to the penny for money).
    public init(bridge: Scenario.Bridge) {
        title = "\(bridge.figure) from \(bridge.from) to \(bridge.to)"
        format = bridge.format
        places = bridge.format == .money ? nil : bridge.step.decimalPlaces
        var bars = [Bar(role: .start, name: bridge.from, value: bridge.start, from: .zero, to: bridge.start)]
        var running = bridge.start
        for step in bridge.steps {
            // The shown changes add up to end − start, so the running figure ends at `end`.
            let next = (try? running.adding(step.shown)) ?? running
            bars.append(Bar(role: .step, name: step.input, value: step.shown, from: running, to: next))
            running = next
        }
        bars.append(Bar(role: .end, name: bridge.to, value: bridge.end, from: .zero, to: bridge.end))
        self.bars = bars
    }
}

/// One chart drawn once per option, side by side on one scale, so equal bars mean equal figures.
public struct OutputChartPanels: Sendable {
    /// One option's chart.
    public struct Panel: Sendable {
        /// The option's name: `base`, `all_streams`.
        public let name: String
        /// The chart with this option's figures.
        public let chart: OutputChart
    }

    /// The base's chart, whose title and unit head the panels.
    public let chart: OutputChart
    /// The base first, then each option, all on one scale.
    public let panels: [Panel]
}

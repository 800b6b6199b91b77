/// One chart drawn once per option, side by side on one scale, so equal bars mean equal figures.
public struct OutputChartPanels: Sendable {
    public struct Panel: Sendable {
        /// The option's name: `base`, `all_streams`.
        public let name: String
        public let chart: OutputChart
    }

    /// The base's chart, whose title and unit head the panels.
    public let chart: OutputChart
    public let panels: [Panel]
}

/// A chart a scenario asks for, resolved to exact figures: the output's chart section, which the
/// HTML writer draws as SVG.
///
/// A chart runs either over the model's years (bars grouped by year, and lines through them) or
/// over the members of one list (one horizontal bar per member). Every series has one figure per
/// category, in the unit of the chart's one scale, so a renderer never has to check shapes.
///
///     chart "Income against expenditure" bars income, expenses line surplus
///     // categories ["2016/17", "2017/18", "2018/19"], three series of three figures each
public struct OutputChart: Sendable {
    /// How a series is drawn.
    public enum Style: String, Sendable, Hashable {
        /// Vertical bars by year, or horizontal bars by list member.
        case bars
        /// A line through one point per year.
        case line
    }

    /// One named line of the scenario, drawn as bars or as a line.
    public struct Series: Sendable {
        /// As written in the chart statement: `surplus`, `contribution_as_stated[2018/19]`.
        public let name: String
        /// The line's label, with the index where one was written: `Contribution [2018/19]`.
        public let label: String
        /// Bars or a line.
        public let style: Style
        /// One figure per category, already divided by the line's display unit.
        public let values: [Exact]
    }

    /// The chart's title, as the statement gives it.
    public let title: String
    /// The list whose members are the categories, or nil for a chart by year.
    public let list: String?
    /// The years (`2016/17`) or the list's members (`Enderby`), in order.
    public let categories: [String]
    /// How the figures on the scale are shown: money, a quantity with its unit, a percentage.
    public let format: ValueFormat
    /// The lines drawn, in the order the statement names them.
    public let series: [Series]
    /// Where the chart statement is, for tracing it back to the file.
    public let line: Int
}

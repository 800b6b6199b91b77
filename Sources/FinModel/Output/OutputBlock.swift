/// One piece of a section: a grid, checks, a chart, or a few words.
///
/// The set is closed, so every writer handles every block: a writer that cannot show one
/// (a chart in CSV) leaves it out rather than failing.
public enum OutputBlock: Sendable {
    /// A table of figures.
    case grid(OutputGrid)
    /// Checks of stated figures against computed ones.
    case checks(OutputChecks)
    /// A chart for the HTML report.
    case chart(OutputChart)
    /// One chart per option, on one scale.
    case chartPanels(OutputChartPanels)
    /// A bridge drawn as a waterfall, for the HTML report; the bridge's grid carries its figures.
    case waterfall(OutputWaterfall)
    /// The options compared, each with its description.
    case options([OutputOption])
    /// What a goal seek found.
    case solution(OutputSolution)
    /// A figure's audit trail.
    case trace(OutputTrace)
    /// A sentence, such as a note on how to read what precedes it.
    case paragraph(String)
    /// Items, one per line.
    case list([String])
    /// The documents the figures are taken from, each with what cites it.
    case sources([OutputSource])

    /// Whether the block shows nothing: a grid without rows, or checks without results.
    public var isEmpty: Bool {
        switch self {
        case .grid(let grid): grid.rows.isEmpty
        case .checks(let checks): checks.results.isEmpty
        case .options(let options): options.isEmpty
        case .list(let items): items.isEmpty
        case .sources(let sources): sources.isEmpty
        default: false
        }
    }
}

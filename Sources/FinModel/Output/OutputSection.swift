/// A part of a document with one role: the assumptions, the tables, the charts, the options
/// compared, the checks, or an analysis.
///
/// Writers choose by role what their format shows: the terminal and Markdown show tables and
/// checks but not the inputs behind them; JSON and the HTML report show the inputs too; a
/// workbook has a sheet for the inputs and one per table.
public struct OutputSection: Sendable {
    public enum Role: String, Sendable, Hashable {
        /// The inputs, with their figures and sources.
        case assumptions
        case tables
        case charts
        /// The base and its variants side by side.
        case options
        case checks
        /// A goal seek, a data table, or a figure's audit trail.
        case analysis
    }

    public var role: Role
    /// The heading where a format shows one: `Assumptions`, `Options compared`.
    public var title: String
    public var blocks: [OutputBlock]

    public init(_ role: Role, title: String, blocks: [OutputBlock]) {
        self.role = role
        self.title = title
        self.blocks = blocks
    }

    /// Whether every block of the section is empty.
    public var isEmpty: Bool { blocks.allSatisfy(\.isEmpty) }
}

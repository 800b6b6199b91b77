/// A part of a document with one role: the assumptions, the tables, the charts, the options
/// compared, the checks, or an analysis.
///
/// Writers choose by role what their format shows: the terminal and Markdown show tables and
/// checks but not the inputs behind them; JSON and the HTML report show the inputs too; a
/// workbook has a sheet for the inputs and one per table.
public struct OutputSection: Sendable {
    /// What a section holds, by which a writer chooses what its format shows.
    public enum Role: String, Sendable, Hashable {
        /// The inputs, with their figures and sources.
        case assumptions
        /// The scenario's tables.
        case tables
        /// The charts the scenario asks for.
        case charts
        /// The base and its variants side by side.
        case options
        /// The checks of stated figures.
        case checks
        /// A goal seek, a data table, or a figure's audit trail.
        case analysis
        /// The documents the figures are taken from: the report's sources list.
        case sources
    }

    /// What the section holds.
    public var role: Role
    /// The heading where a format shows one: `Assumptions`, `Options compared`.
    public var title: String
    /// The section's grids, checks, charts and words, in order.
    public var blocks: [OutputBlock]

    /// A section with its role, heading and blocks.
    public init(_ role: Role, title: String, blocks: [OutputBlock]) {
        self.role = role
        self.title = title
        self.blocks = blocks
    }

    /// Whether every block of the section is empty.
    public var isEmpty: Bool { blocks.allSatisfy(\.isEmpty) }
}

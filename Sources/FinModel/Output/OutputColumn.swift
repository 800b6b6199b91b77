/// One column of a grid: its heading, and what its cells are.
public struct OutputColumn: Sendable, Equatable {
    /// What the column's cells hold.
    public enum Role: Sendable, Equatable {
        /// Figures for a year, a member or an input value.
        case figure
        /// Totals.
        case total
        /// Each option's change from the base.
        case change
        /// Words, such as where an input comes from: read left to right, so aligned to the left.
        case words
    }

    /// A year, `Total`, a line's label, or a data table's input value.
    public var heading: OutputCell
    /// The label over a group of columns: the line whose years they are (tables by list).
    public var group: OutputLabel?
    /// The line whose figures the column holds, when the column is a line's.
    public var line: OutputLine?
    /// Whether the cells are figures, totals or changes, which writers style and spreadsheets write as formulas.
    public var role: Role
    /// `.changed` when the column's line moved since it was last shown.
    public var status: OutputStatus?

    /// A column with its heading; a column of figures by default.
    public init(heading: OutputCell, group: OutputLabel? = nil, line: OutputLine? = nil, role: Role = .figure, status: OutputStatus? = nil) {
        self.heading = heading
        self.group = group
        self.line = line
        self.role = role
        self.status = status
    }
}

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

    /// What a total column of a table of months or quarters sums, so that a machine output can
    /// key it by a label that says so: a period's year to date, or a financial year.
    public enum PeriodSummary: Sendable, Equatable {
        /// The total so far in its financial year of the period labelled `2019-07` or `2019/20 Q2`.
        case yearToDate(period: String)
        /// The total of the periods the table has of the financial year labelled `2019/20`.
        case yearTotal(year: String)
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
    /// Set on a year-to-date or year-total column of a table of months or quarters.
    public var periodSummary: PeriodSummary?

    /// A column with its heading; a column of figures by default.
    public init(heading: OutputCell, group: OutputLabel? = nil, line: OutputLine? = nil, role: Role = .figure, status: OutputStatus? = nil,
                periodSummary: PeriodSummary? = nil) {
        self.periodSummary = periodSummary
        self.heading = heading
        self.group = group
        self.line = line
        self.role = role
        self.status = status
    }
}

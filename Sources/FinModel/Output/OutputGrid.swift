/// A table of cells: row headers down the left, a column per year, member or input value, and
/// the rows of figures.
///
/// Every tabular result is one: a report table by year or by list, the options compared, a
/// data table of a figure against inputs, the inputs themselves. Writers lay a grid out by its
/// cells; the arrangement says what the rows and columns stand for, which formats that keep
/// the structure (JSON, a workbook) need.
///
///     Income and expenditure   2019/20   2020/21     Total     <- title, column headings
///     Total income             £10,000   £10,000   £20,000     <- a row: header, then cells
public struct OutputGrid: Sendable, Equatable {
    /// What the rows and columns stand for.
    public enum Arrangement: Sendable, Equatable {
        /// A row per line; a column per year, then the total.
        case byYear
        /// A row per member of the named list, then a total row; each line's columns (a year
        /// each and a total, or one) grouped under the line's label.
        case byList(String)
        /// A row per line and option (the base first); a column per year or member, the total,
        /// and the change of the total from the base.
        case comparison
        /// A row per value of one input; a column per value of the other, or one column.
        case dataTable(rowInput: String, columnInput: String?)
        /// A row per input; a column per year, then the total (one figure goes under the total).
        case inputs
    }

    /// The table's title: a report table's, or the figure a data table shows.
    public var title: String
    public var arrangement: Arrangement
    /// Headings of the row-header columns: one (`line`), or two (`Line`, `Variant`).
    public var headers: [OutputLabel]
    public var columns: [OutputColumn]
    public var rows: [OutputRow]
    /// The table's stated display rounding, which writers note under it.
    public var rounding: DisplayRounding?

    public init(
        title: String, arrangement: Arrangement, headers: [OutputLabel], columns: [OutputColumn], rows: [OutputRow],
        rounding: DisplayRounding? = nil
    ) {
        self.title = title
        self.arrangement = arrangement
        self.headers = headers
        self.columns = columns
        self.rows = rows
        self.rounding = rounding
    }
}

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
    }

    /// A year, `Total`, a line's label, or a data table's input value.
    public var heading: OutputCell
    /// The label over a group of columns: the line whose years they are (tables by list).
    public var group: OutputLabel?
    /// The line whose figures the column holds, when the column is a line's.
    public var line: OutputLine?
    public var role: Role
    /// `.changed` when the column's line moved since it was last shown.
    public var status: OutputStatus?

    public init(heading: OutputCell, group: OutputLabel? = nil, line: OutputLine? = nil, role: Role = .figure, status: OutputStatus? = nil) {
        self.heading = heading
        self.group = group
        self.line = line
        self.role = role
        self.status = status
    }
}

/// One row of a grid: its headers (a label, a member, a line and an option, or an input value)
/// and a cell per column.
public struct OutputRow: Sendable, Equatable {
    /// One cell per header column of the grid.
    public var headers: [OutputCell]
    /// One cell per column; a row may stop short, leaving the rest empty.
    public var cells: [OutputCell]
    /// The line the row shows, when it is one line's.
    public var line: OutputLine?
    /// Whether the row totals the rows above it.
    public var isTotal: Bool
    /// `.changed` when the row's line moved since it was last shown.
    public var status: OutputStatus?

    public init(headers: [OutputCell], cells: [OutputCell], line: OutputLine? = nil, isTotal: Bool = false, status: OutputStatus? = nil) {
        self.headers = headers
        self.cells = cells
        self.line = line
        self.isTotal = isTotal
        self.status = status
    }
}

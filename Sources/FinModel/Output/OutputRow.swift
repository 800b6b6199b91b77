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
    /// Whether the row adds up the members of one group above it, since the previous subtotal
    /// (`grouped by locality`).
    public var isSubtotal = false
    /// `.changed` when the row's line moved since it was last shown.
    public var status: OutputStatus?

    /// A row of `headers` and `cells`; a plain row by default.
    public init(headers: [OutputCell], cells: [OutputCell], line: OutputLine? = nil, isTotal: Bool = false, status: OutputStatus? = nil) {
        self.headers = headers
        self.cells = cells
        self.line = line
        self.isTotal = isTotal
        self.status = status
    }
}

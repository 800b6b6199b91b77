/// One cell of a grid: an exact figure with everything a writer needs to show it, or a piece of
/// text, or nothing.
///
/// A cell never holds display text for its figure. Each writer makes its own from the exact
/// value: the terminal `-£2,083` under the table's rounding, CSV and JSON `-2083.00`, a workbook
/// the number itself with a £ format. So every format shows the same figure, rounded only where
/// the scenario says so.
///
///     OutputCell.figure(Exact(-2083), format: .money, rounding: .pounds)
///     // terminal "-£2,083", CSV "-2083.00"
public struct OutputCell: Sendable, Equatable {
    /// What the cell holds.
    public enum Content: Sendable, Equatable {
        /// Nothing: a year a line has no figure for.
        case empty
        /// Text: a heading, a member's name, a label.
        case text(OutputLabel)
        /// An exact figure, shown by each writer in its own way.
        case figure(Exact)
    }

    /// Which figures a total adds up, so a spreadsheet can write it as a formula.
    public enum Total: Sendable, Equatable {
        /// The figures to its left in its row that belong to the same line: a total over years.
        case ofRow
        /// The figures above it in its column: a total over a list's members (in a grouped
        /// table, the members' rows, not the subtotals).
        case ofColumn
        /// The figures above it in its column up to the previous subtotal: a subtotal over the
        /// members of one group.
        case ofGroup
    }

    /// What the cell holds.
    public var content: Content
    /// How the figure is shown: money, a count with its unit, a percentage, a year, yes/no.
    public var format: ValueFormat
    /// How the figure is rounded for display: money by the table's rule (nil: to the penny,
    /// half up), a count by the table's step in its unit, a percentage to the line's places
    /// (a step of 0.0001 is two places of a percentage); nil for a count or percentage as it is.
    public var rounding: DisplayRounding?
    /// Whether a negative figure is written in brackets, `(£2,083)`, as the table asks.
    public var negativesInBrackets = false
    /// Decimals for counts and rates in a table: every figure of a line gets as many as its most
    /// precise one, so a column reads 1.0, 1.8, 2.6. Nil means the figure's own decimals.
    public var places: Int?
    /// Whether a positive figure is written with `+`, as a change or a difference is.
    public var showsSign: Bool
    /// Words written after the figure for people, as in `£0.40 per patient`; not for machines.
    public var suffix: String?
    /// How the figure stands: a check's result, or changed or overridden in a session.
    public var status: OutputStatus?
    /// Where the figure comes from, when the scenario says.
    public var note: String?
    /// Set when the cell totals other cells of its grid.
    public var total: Total?

    /// A cell holding `content`, with how to show it; a plain cell by default.
    public init(
        _ content: Content, format: ValueFormat = .plain, rounding: DisplayRounding? = nil, places: Int? = nil,
        showsSign: Bool = false, suffix: String? = nil, status: OutputStatus? = nil, note: String? = nil, total: Total? = nil
    ) {
        self.content = content
        self.format = format
        self.rounding = rounding
        self.places = places
        self.showsSign = showsSign
        self.suffix = suffix
        self.status = status
        self.note = note
        self.total = total
    }

    /// A cell with nothing in it.
    public static let empty = OutputCell(.empty)

    /// Text that reads the same for people and machines: a member's name, a year.
    public static func text(_ text: String) -> OutputCell { OutputCell(.text(OutputLabel(text))) }

    /// Text with a plainer form for machines: `Total` and `total`.
    public static func text(_ text: String, plain: String) -> OutputCell { OutputCell(.text(OutputLabel(text, plain: plain))) }

    /// A figure, or an empty cell when there is none (a total that does not add up).
    public static func figure(
        _ value: Exact?, format: ValueFormat, rounding: DisplayRounding? = nil, places: Int? = nil,
        showsSign: Bool = false, total: Total? = nil
    ) -> OutputCell {
        guard let value else { return .empty }
        return OutputCell(.figure(value), format: format, rounding: rounding, places: places, showsSign: showsSign, total: total)
    }

    /// The exact figure, if the cell holds one.
    public var value: Exact? {
        if case .figure(let value) = content { return value }
        return nil
    }

    /// Whether the cell holds nothing.
    public var isEmpty: Bool { content == .empty }
}

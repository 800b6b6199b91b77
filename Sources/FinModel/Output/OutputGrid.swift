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
        /// A figure's bridge from one option to another: the start, a row per input that
        /// differs (its value under each option, its share of the change, the running figure),
        /// then the end.
        case bridge(figure: String, from: String, to: String)
        /// A row per input; a column per option, its value there, marked where it differs from
        /// the option named; then the input's source.
        case optionInputs(against: String)
    }

    /// The table's title: a report table's, or the figure a data table shows.
    public var title: String
    /// What the rows and columns stand for.
    public var arrangement: Arrangement
    /// Headings of the row-header columns: one (`line`), or two (`Line`, `Variant`).
    public var headers: [OutputLabel]
    /// The columns of cells after the row headers.
    public var columns: [OutputColumn]
    /// The rows, a total row last where there is one.
    public var rows: [OutputRow]
    /// The table's stated display rounding for money, which writers note under it.
    public var rounding: DisplayRounding?
    /// The documents the table's figures are taken from, which the HTML report notes under it.
    public var citations: [OutputCitation] = []
    /// The table's steps for other units (`shown to 0.25 hours half_up`), noted with it.
    public var unitRoundings: [DisplayRounding] = []
    /// Whether the table writes negatives in brackets, noted with its roundings.
    public var negativesInBrackets = false
    /// `grouped by locality`: in a table by list, the text attribute that groups the members.
    /// Each row then has two headers (the group's text, then the member's name), and each group
    /// ends with a subtotal row.
    public var groupedBy: String? = nil

    /// A grid of `rows` under `columns`, as one of the builders lays it out.
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

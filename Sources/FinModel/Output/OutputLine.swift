/// A line of the scenario (a named figure: an input, or `surplus = income - expenses`) as a row
/// or a column of a grid shows it.
///
/// Writers that keep the scenario's structure use it: JSON writes each line as an object with
/// its name, unit and source line, and the workbook's inputs sheet names each input.
public struct OutputLine: Sendable, Equatable {
    /// The name in the file: `surplus`.
    public var name: String
    /// The label people read: `Surplus / deficit`.
    public var label: String
    /// The unit as written: `£`, `£ per patient`, `%`.
    public var unit: String
    /// How the line's figures are shown.
    public var format: ValueFormat
    /// Whether the line has a figure for each year; if not, it has one figure (per member).
    public var hasYears: Bool
    /// The list the line has a figure for each member of, if it has.
    public var list: String?
    /// Where the line is defined, for tracing a figure to its formula.
    public var sourceLine: Int
    /// The note the scenario gives for the figure: what it is.
    public var note: String?
    /// The documents the figure is taken from, and where in them.
    public var citations: [OutputCitation]
    /// How its periods make its totals: summed, or a level's average, opening or closing figure.
    public var rollUp: PeriodRollUp = .sum

    /// A line as the report describes it.
    public init(
        name: String, label: String, unit: String, format: ValueFormat, hasYears: Bool, list: String? = nil, sourceLine: Int, note: String?,
        citations: [OutputCitation] = []
    ) {
        self.name = name
        self.label = label
        self.unit = unit
        self.format = format
        self.hasYears = hasYears
        self.list = list
        self.sourceLine = sourceLine
        self.note = note
        self.citations = citations
    }
}

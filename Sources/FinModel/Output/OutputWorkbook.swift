/// A workbook that is a live model of the scenario: the inputs as named cells, every line a
/// formula over them and over other lines, the checks as formulas, and each cell's exact value
/// cached beside its formula.
///
/// Built from a checked scenario (`Scenario.workbook`) in the output stage, where expressions
/// are still known, and written by `XLSXWriter`, which names only this model. The layout is
/// decided here, because a formula names the cells it reads: `=ROUND(B2*(1+pay_uplift),2)`
/// refers to the row above it and to the input's named cell.
///
///     Inputs      the inputs, one a row, each a named cell (or a named row of years)
///     Lists       each list's members and attributes, each attribute a named column
///     <tables>    one sheet per table, laid out as `scenario run --format csv` lays it out
///     Workings    apportionments written out step by step, and lines no table shows
///     Checks      stated, computed and difference, each a formula
///     Option …    with --options, each variant's inputs and tables, live over the base's
public struct OutputWorkbook: Sendable {
    /// A name for a cell or a range, as a spreadsheet's Name Box shows it: `pay_uplift` for
    /// `Inputs!$E$4`.
    public struct Name: Sendable, Equatable {
        /// The name formulas use: a scenario's input or attribute name.
        public var name: String
        /// The sheet the cells are on.
        public var sheet: String
        /// The cells, absolute: `$E$4` or `$B$2:$B$12`.
        public var range: String
        /// The sheet the name belongs to, where formulas on it read the name rather than the
        /// workbook's: an option's own inputs; nil for a name of the whole workbook.
        public var scope: String?

        /// A name for `range` on `sheet`, for the whole workbook or only on `scope`.
        public init(name: String, sheet: String, range: String, scope: String? = nil) {
            self.name = name
            self.sheet = sheet
            self.range = range
            self.scope = scope
        }
    }

    /// The scenario's title, for the file's properties.
    public var title: String
    /// Where the figures come from: the file and the variant, for the file's properties.
    public var description: String
    /// The program and version that made the workbook.
    public var generator: String
    /// The sheets, in order.
    public var sheets: [OutputSheet]
    /// The named cells and ranges, in the order they were made.
    public var names: [Name]

    /// A workbook of `sheets` with `names`, made by this version of the library.
    public init(title: String, description: String, sheets: [OutputSheet], names: [Name]) {
        self.title = title
        self.description = description
        self.generator = "scenario \(FinModel.version)"
        self.sheets = sheets
        self.names = names
    }

    /// The sheet called `name`, if there is one.
    public func sheet(named name: String) -> OutputSheet? {
        sheets.first { $0.name == name }
    }
}

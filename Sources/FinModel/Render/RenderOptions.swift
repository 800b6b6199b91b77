/// The choices a command line makes about how a document is written, beyond its format: a byte
/// order mark and the formula guard for CSV, colour and a width for the terminal.
///
/// The defaults are what a file or a pipe should get: no mark, every text cell of a CSV file
/// guarded, no colour, and no width limit.
///
///     var options = RenderOptions()
///     options.colour = true        // failed checks in red, as on a terminal
///     options.width = 80           // tables split into blocks of columns that fit 80 columns
///     OutputFormat.text.text(of: document, options: options)
public struct RenderOptions: Sendable, Equatable {
    /// CSV starts with U+FEFF, which tells Excel the file is UTF-8.
    public var byteOrderMark: Bool
    /// CSV text cells are written as they are, without the guard against formulas: for a
    /// program that reads the file, never for a spreadsheet.
    public var csvRawText: Bool
    /// The terminal table marks failed checks, passes within tolerance and changed or
    /// overridden figures with colour.
    public var colour: Bool
    /// The columns a terminal line may take; a wider table is split into blocks of columns.
    /// Nil for no limit.
    public var width: Int?

    /// Options as given; each default is what a file or a pipe should get.
    public init(byteOrderMark: Bool = false, csvRawText: Bool = false, colour: Bool = false, width: Int? = nil) {
        self.byteOrderMark = byteOrderMark
        self.csvRawText = csvRawText
        self.colour = colour
        self.width = width
    }
}

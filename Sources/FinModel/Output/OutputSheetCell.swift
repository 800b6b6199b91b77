/// One cell of a workbook sheet: text, or an exact figure, with the formula that computes it
/// when it is computed, and a comment when the reader should be told something about it.
///
/// A formula cell keeps its exact figure as the cached value, so a reader that does not
/// calculate sees the scenario's own figure, and a spreadsheet that recalculates can be
/// compared with it. A figure that has no faithful formula is written as the figure alone, with
/// a comment that says why.
///
///     OutputSheetCell.figure(OutputCell.figure(Exact(179_377), format: .money), formula: "ROUND(B2*(1+pay_uplift),2)")
public struct OutputSheetCell: Sendable, Equatable {
    /// What the cell shows, or caches when it has a formula.
    public enum Content: Sendable, Equatable {
        /// Words: a heading, a label, a member's name, `yes`.
        case text(String)
        /// An exact figure with its format, places and display rounding.
        case figure(OutputCell)
    }

    /// What the cell shows.
    public var content: Content
    /// The formula without its leading `=`, in the spreadsheet's own (English) function names;
    /// nil for a cell that holds what it shows.
    public var formula: String?
    /// Whether the cell is a heading or a total, shown in bold.
    public var isHeading: Bool
    /// A note for the reader, such as why a figure has no formula.
    public var comment: String?
    /// `overridden` for an input set for this run (by `--set` or a variant), `moved` for a
    /// figure that set moved; nil for a figure as the file has it. A workbook shows it as a fill.
    public var status: OutputStatus?

    /// A cell with `content`, its formula if any, emphasis, comment and status.
    public init(_ content: Content, formula: String? = nil, isHeading: Bool = false, comment: String? = nil, status: OutputStatus? = nil) {
        self.content = content
        self.formula = formula
        self.isHeading = isHeading
        self.comment = comment
        self.status = status
    }

    /// Words, plain or as a heading.
    public static func text(_ text: String, heading: Bool = false) -> OutputSheetCell {
        OutputSheetCell(.text(text), isHeading: heading)
    }

    /// A figure, with the formula that computes it when there is one.
    public static func figure(_ cell: OutputCell, formula: String? = nil, heading: Bool = false, comment: String? = nil) -> OutputSheetCell {
        OutputSheetCell(.figure(cell), formula: formula, isHeading: heading, comment: comment)
    }

    /// The exact figure, if the cell holds one.
    public var value: Exact? {
        if case .figure(let cell) = content { return cell.value }
        return nil
    }
}

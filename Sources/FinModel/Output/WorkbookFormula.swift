/// A piece of a spreadsheet formula, with what is needed to combine it with others: how tightly
/// it binds (to know when it needs brackets), and whether it is one cell (so that cells side by
/// side can be summed as a range) or a plain number (so a constant is written as a figure).
///
/// The text is in the spreadsheet's English function names and separators, as a workbook file
/// stores it: `ROUND(B2*(1+pay_uplift),2)`, never with a leading `=`.
struct WorkbookFormula: Sendable {
    /// How tightly a formula binds, loosest first, as Excel and LibreOffice parse them.
    enum Precedence: Int, Comparable, Sendable {
        case comparison = 1, additive, multiplicative, power, negation, atom

        static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var text: String
    var precedence: Precedence
    /// The one cell the formula is, when it is a plain reference.
    var reference: WorkbookCellReference?
    /// Whether the formula gives TRUE or FALSE rather than a number.
    var isLogical = false
    /// The number the formula is, when it is a plain number.
    var constant: Exact?
    /// The cells the formula is the plain sum of: its one cell for a reference, every cell of
    /// the range for `SUM(B2:E2)`; so sums of sums of one block merge into one range.
    var summed: [WorkbookCellReference]?

    init(_ text: String, _ precedence: Precedence, isLogical: Bool = false) {
        self.text = text
        self.precedence = precedence
        self.isLogical = isLogical
    }

    /// A number as a formula writes it: its exact decimals (`0.02`, `175860`), or a fraction in
    /// brackets where the decimals never end (`(1/60)`), so no figure is cut short.
    static func number(_ value: Exact) -> WorkbookFormula {
        var formula: WorkbookFormula
        if value.decimalPlaces != nil {
            let text = value.decimalText(places: value.decimalPlaces!, rule: .halfUp, grouping: false)
            formula = WorkbookFormula(text, value.signum < 0 ? .negation : .atom)
        } else {
            formula = WorkbookFormula("(\(value.numerator)/\(value.denominator))", .atom)
        }
        formula.constant = value
        return formula
    }

    /// A reference to `cell`, written without its sheet when the formula is on that sheet.
    static func reference(_ cell: WorkbookCellReference, from sheet: String) -> WorkbookFormula {
        var formula = WorkbookFormula(prefix(cell.sheet, from: sheet) + OutputSheet.reference(row: cell.row, column: cell.column), .atom)
        formula.reference = cell
        formula.summed = [cell]
        return formula
    }

    /// A call: `ROUND(x,2)`.
    static func call(_ function: String, _ arguments: [String], isLogical: Bool = false) -> WorkbookFormula {
        WorkbookFormula("\(function)(\(arguments.joined(separator: ",")))", .atom, isLogical: isLogical)
    }

    /// `Inputs!` or `'Income and expenditure'!` before a reference to another sheet; nothing
    /// for the sheet the formula is on.
    static func prefix(_ target: String, from sheet: String) -> String {
        target == sheet ? "" : quotedSheet(target) + "!"
    }

    static func quotedSheet(_ name: String) -> String { OutputSheet.quoted(name) }

    /// The formula as an operand of an operator of `precedence`: in brackets when it binds less
    /// tightly, or as tightly on the right of `-` or `/` (where `a-(b-c)` is not `a-b-c`), or
    /// when it starts with a minus sign after another operator.
    func operand(of precedence: Precedence, right: Bool = false, strict: Bool = false) -> String {
        let needs = self.precedence < precedence
            || (self.precedence == precedence && (precedence == .comparison || (right && strict)))
            || (right && self.precedence == .negation)
        return needs ? "(\(text))" : text
    }

    /// `a+b`, `a*b`, `a>=b`: an operator between two formulas, each bracketed as it needs.
    static func binary(_ symbol: String, _ left: WorkbookFormula, _ right: WorkbookFormula, _ precedence: Precedence,
                       isLogical: Bool = false) -> WorkbookFormula {
        let strict = symbol == "-" || symbol == "/"
        return WorkbookFormula(left.operand(of: precedence) + symbol + right.operand(of: precedence, right: true, strict: strict),
                               precedence, isLogical: isLogical)
    }
}

/// Names a workbook gives its inputs and attributes, made safe for a spreadsheet.
enum WorkbookNames {
    static func looksLikeReference(_ name: String) -> Bool { OutputSheet.looksLikeReference(name) }

    /// `pay_uplift` as it is, or a name changed so a spreadsheet accepts it: `_tax2019` for a
    /// name that reads as a cell, cut to 248 characters, and `_2` after a name taken ignoring case.
    static func spreadsheetName(_ name: String, taken: Set<String>) -> String {
        var candidate = name
        if looksLikeReference(candidate) || candidate.first?.isNumber == true { candidate = "_" + candidate }
        // A spreadsheet's names run to 255 characters; a number may follow.
        if candidate.count > 248 { candidate = String(candidate.prefix(248)) }
        var number = 2
        let base = candidate
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)_\(number)"
            number += 1
        }
        return candidate
    }
}

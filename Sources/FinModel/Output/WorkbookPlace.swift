/// One cell of a workbook, by sheet, row and column (rows and columns from 0).
struct WorkbookCellReference: Sendable, Hashable {
    let sheet: String
    let row: Int
    let column: Int
}

/// Where a named figure's cells are in the workbook: the sheet, the cell of its first member's
/// first year, and which way members and years run.
///
/// Every figure of a scenario is a block of cells laid out the same way: members down the rows
/// (one row each), years across the columns (one column each). So the cell of any member and
/// year is found from the first, which is what a formula that reads the figure needs.
///
///     // 'contribution' in "Practice contributions with the 2% uplift": B2 is Enderby 2018/19
///     WorkbookPlace(sheet: "Practice contributions with…", row: 1, column: 1, list: "practices", hasYears: true)
///         .cell(member: 1, year: 2)   // D3: Northfield 2020/21
struct WorkbookPlace: Sendable {
    let sheet: String
    let row: Int
    let column: Int
    /// The list whose members run down the rows; nil for a figure that is not by list.
    let list: String?
    /// Whether the years run across the columns; if not, the figure has one column.
    let hasYears: Bool
    /// Shown = stored ÷ factor, for a line shown in another unit (`in minutes`); nil when the
    /// cells hold the figure as it is computed.
    var factor: Exact?
    /// Whether the cells hold `yes` or `no`, so a formula reading them compares with "yes".
    var isCondition = false
    /// The name of the one cell, which formulas use rather than its reference: `pay_uplift`.
    var name: String?

    /// The cell of `member` and `year` (each from 0); either is ignored where the figure does not
    /// vary by it, as a single figure is used for every year.
    func cell(member: Int, year: Int) -> WorkbookCellReference {
        WorkbookCellReference(sheet: sheet, row: row + (list == nil ? 0 : member), column: column + (hasYears ? year : 0))
    }
}

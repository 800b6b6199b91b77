/// The figures spent so far, read from the CSV file an `actuals from "…"` statement names: for
/// each line, its actual amount in each month the file gives, and where in the file it is.
///
/// The forecast functions (`forecast`, `year_to_date`, `outturn`, `variance`) read a line's
/// actuals up to a cut-off month and its forecast after it. The months a file gives are checked
/// when it is read (a month outside the model, a month given twice, text where an amount
/// belongs, a line the scenario does not define); that no month is missing before the cut-off
/// is checked against the cut-off a call names, since `--set` may move it.
struct ActualFigures: Sendable {
    /// One line's actual amount in one month, and the row it was read from.
    struct Entry: Sendable {
        let amount: Exact
        /// The month's field: where a mistake about this month points.
        let span: SourceSpan
    }

    /// The statement's file name, where a mistake about the file as a whole points.
    let statementSpan: SourceSpan
    /// The CSV file as read, for spans inside it.
    let file: SourceFile
    /// line name -> month -> its actual amount.
    var entries: [String: [FinancialMonth: Entry]] = [:]
    /// Where each line's name is first written in the file, in the order the file gives them.
    var lineSpans: [(name: String, span: SourceSpan)] = []

    /// The actual amounts of `line` by month, or nil when the file gives none.
    func months(of line: String) -> [FinancialMonth: Entry]? { entries[line] }

    /// The first month before or at `cutoff`, from `first`, for which `line` has no actual amount.
    ///
    ///     // actuals for April, May and July of "staff"
    ///     actuals.firstGap(in: "staff", from: april, through: september)   // June
    func firstGap(in line: String, from first: FinancialMonth, through cutoff: FinancialMonth) -> FinancialMonth? {
        let given = entries[line] ?? [:]
        var month = first
        while month <= cutoff {
            if given[month] == nil { return month }
            month = month.next
        }
        return nil
    }

    /// Where a missing month is reported, and what the caret's label says: the first month the
    /// line does give after the gap, or else its last month.
    func placeOfGap(in line: String, gap: FinancialMonth) -> (span: SourceSpan, label: String) {
        let given = (entries[line] ?? [:]).sorted { $0.key < $1.key }
        if let after = given.first(where: { $0.key > gap }) {
            return (after.value.span, "\(Period.month(after.key)) follows a gap")
        }
        guard let last = given.last else { return (statementSpan, "no month is given") }
        return (last.value.span, "the last month given, \(Period.month(last.key))")
    }
}

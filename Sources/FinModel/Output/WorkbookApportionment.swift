/// An `apportion(amount, by: weights, step: s)` written out on the workings, one block per year,
/// so that the largest-remainder rule is a chain of formulas a reviewer can follow and a
/// spreadsheet recomputes when an input or a list size changes:
///
///     Days a week: apportion(pharmacist_days, by: list_size, step: 0.1 days)
///     Amount                          15                    =Inputs!H7
///     Step                            0.1
///     Steps to share                  150                   =ROUND(ABS(B2)/B3,6)
///     Total weight                    93,492                =SUM(B9:B19)
///     Steps left after whole steps    5                     =B4-SUM(D9:D19)
///     Member    Weight  Share in steps  Whole steps  Remainder  Order  Part
///     Enderby   6,254   10.0340         10           0.0340     11     1.0
///
/// - Share in steps is steps × weight ÷ total weight; Whole steps is its whole part.
/// - Remainder is `MOD(steps × weight, total weight) ÷ total weight`: for whole steps and whole
///   weights the MOD is exact integer arithmetic, so two members whose exact remainders are
///   equal get equal remainders here too, and the ties below are broken as the scenario breaks them.
/// - Order ranks the members for the steps left over: the larger remainder first, then the larger
///   weight, then the member higher in the list: `1+SUMPRODUCT((E$9:E$19>E9)+(E$9:E$19=E9)*((B$9:B$19>B9)+(B$9:B$19=B9)*(ROW(B$9:B$19)<ROW(B9))))`.
/// - Part is the whole steps, one more step for each member whose order is within the whole
///   steps left, and the part of a step left (when the amount is not a whole number of steps) for
///   the next in order; times the step, with the amount's sign.
struct WorkbookApportionment: Sendable {
    /// The exact figures, cached beside the formulas.
    struct Figures: Sendable {
        let amount: Value
        let weights: Value
        let parts: Value
        let step: Exact
    }

    let title: String
    let amount: WorkbookTerm
    let weights: WorkbookTerm
    let step: WorkbookStep
    let members: [String]
    let hasYears: Bool
    let amountFormat: ValueFormat
    let weightFormat: ValueFormat
    let figures: Figures
    /// Where the first block starts, once laid out on the workings.
    var sheet = ""
    var row = -1

    /// Title, amount, step, steps, total weight, steps left, headings.
    static let headerRows = 7
    /// One year's block and the blank row after it.
    var blockHeight: Int { members.count + Self.headerRows + 1 }

    func height(yearCount: Int) -> Int { blockHeight * (hasYears ? yearCount : 1) }

    /// The cell holding `member`'s part in `year`.
    func partCell(member: Int, year: Int) -> WorkbookCellReference? {
        guard row >= 0, member < members.count else { return nil }
        return WorkbookCellReference(sheet: sheet, row: row + (hasYears ? year : 0) * blockHeight + Self.headerRows + member, column: 6)
    }

    /// Writes every year's block onto `sheet`.
    func write(into sheet: inout OutputSheet, emitter: WorkbookEmitter, years: [FinancialYear]) {
        for year in 0..<(hasYears ? max(years.count, 1) : 1) {
            writeBlock(year: year, at: row + year * blockHeight, into: &sheet, emitter: emitter, years: years)
        }
    }

    private func writeBlock(year: Int, at top: Int, into sheet: inout OutputSheet, emitter: WorkbookEmitter, years: [FinancialYear]) {
        let first = top + Self.headerRows, last = first + members.count - 1
        func ref(_ row: Int, _ column: Int, absolute: Bool = false) -> String { OutputSheet.reference(row: row, column: column, absolute: absolute) }
        let (amountCell, stepCell, stepsCell, weightCell, leftCell) = (ref(top + 1, 1, absolute: true), ref(top + 2, 1, absolute: true),
                                                                      ref(top + 3, 1, absolute: true), ref(top + 4, 1, absolute: true),
                                                                      ref(top + 5, 1, absolute: true))
        let figures = exactFigures(year: year, yearCount: years.count)
        let yearText = hasYears && year < years.count ? " (\(years[year]))" : ""
        sheet.set(row: top, column: 0, .text(title + yearText, heading: true))
        sheet.set(row: top + 1, column: 0, .text("Amount"))
        sheet.set(row: top + 1, column: 1, emitter.cell(cached: figure(figures?.amount, amountFormat)) { () throws(WorkbookUnsupported) in
            try emitter.formula(amount, member: 0, year: year)
        })
        sheet.set(row: top + 2, column: 0, .text("Step"))
        sheet.set(row: top + 2, column: 1, emitter.cell(cached: figure(figures?.step, amountFormat)) { () throws(WorkbookUnsupported) in
            switch step {
            case .constant(let value): return .number(value)
            case .term(let term): return try emitter.formula(term, member: 0, year: year)
            }
        })
        let rows: [(String, String, Exact?)] = [
            ("Steps to share", "ROUND(ABS(\(amountCell))/\(stepCell),6)", figures?.steps),
            ("Total weight", "SUM(\(ref(first, 1)):\(ref(last, 1)))", figures?.totalWeight),
            ("Steps left after whole steps", "\(stepsCell)-SUM(\(ref(first, 3)):\(ref(last, 3)))", figures?.left),
        ]
        for (offset, (label, formula, value)) in rows.enumerated() {
            sheet.set(row: top + 3 + offset, column: 0, .text(label))
            let format = offset == 1 ? weightFormat : .plain
            sheet.set(row: top + 3 + offset, column: 1, .figure(figure(value, format, places: offset == 1 ? nil : 4), formula: formula))
        }
        for (column, heading) in ["Member", "Weight", "Share in steps", "Whole steps", "Remainder", "Order", "Part"].enumerated() {
            sheet.set(row: top + 6, column: column, .text(heading, heading: true))
        }
        let weightRange = "$B$\(first + 1):$B$\(last + 1)", remainders = "$E$\(first + 1):$E$\(last + 1)"
        for (member, name) in members.enumerated() {
            let r = first + member
            let b = ref(r, 1), c = ref(r, 2), d = ref(r, 3), e = ref(r, 4), f = ref(r, 5)
            let each = figures?.members[member]
            sheet.set(row: r, column: 0, .text(name))
            sheet.set(row: r, column: 1, emitter.cell(cached: figure(each?.weight, weightFormat)) { () throws(WorkbookUnsupported) in
                try emitter.formula(self.weights, member: member, year: year)
            })
            sheet.set(row: r, column: 2, .figure(figure(each?.share, .plain, places: 4), formula: "\(stepsCell)*\(b)/\(weightCell)"))
            sheet.set(row: r, column: 3, .figure(figure(each?.whole, .plain, places: 0), formula: "INT(\(c))"))
            sheet.set(row: r, column: 4, .figure(figure(each?.remainder, .plain, places: 4), formula: "MOD(\(stepsCell)*\(b),\(weightCell))/\(weightCell)"))
            sheet.set(row: r, column: 5, .figure(figure(each?.order, .plain, places: 0),
                                                 formula: "1+SUMPRODUCT((\(remainders)>\(e))+(\(remainders)=\(e))*((\(weightRange)>\(b))+(\(weightRange)=\(b))*(ROW(\(weightRange))<ROW(\(b)))))"))
            let extra = "IF(\(f)<=INT(\(leftCell)),1,IF(\(f)=INT(\(leftCell))+1,\(leftCell)-INT(\(leftCell)),0))"
            sheet.set(row: r, column: 6, .figure(figure(each?.part, amountFormat), formula: "SIGN(\(amountCell))*\(stepCell)*(\(d)+\(extra))"))
        }
    }

    private func figure(_ value: Exact?, _ format: ValueFormat, places: Int? = nil) -> OutputCell {
        guard let value else { return .empty }
        let shown = places ?? (format == .money ? nil : min(value.decimalPlaces ?? 4, 4))
        return OutputCell.figure(value, format: format, places: shown)
    }

    /// One member's exact figures in one year's block.
    struct MemberFigures {
        let weight: Exact, share: Exact, whole: Exact, remainder: Exact, order: Exact, part: Exact
    }

    /// One year's exact figures, worked as the formulas work them; nil if any is out of reach.
    struct BlockFigures {
        let amount: Exact, step: Exact, steps: Exact, totalWeight: Exact, left: Exact
        let members: [MemberFigures]
    }

    func exactFigures(year: Int, yearCount: Int) -> BlockFigures? {
        do throws(ArithmeticError) {
            guard let amountIndex = WorkbookEmitter.index(in: figures.amount, member: 0, year: year, yearCount: yearCount) else { return nil }
            let amount = figures.amount.cells[amountIndex]
            let steps = try (amount.signum < 0 ? try amount.negated() : amount).divided(by: figures.step)
            var weights: [Exact] = [], parts: [Exact] = []
            for member in members.indices {
                guard let w = WorkbookEmitter.index(in: figures.weights, member: member, year: year, yearCount: yearCount),
                      let p = WorkbookEmitter.index(in: figures.parts, member: member, year: year, yearCount: yearCount) else { return nil }
                weights.append(figures.weights.cells[w])
                parts.append(figures.parts.cells[p])
            }
            var total = Exact.zero
            for weight in weights { total = try total.adding(weight) }
            guard total.signum > 0 else { return nil }
            var shares: [Exact] = [], wholes: [Exact] = [], remainders: [Exact] = []
            var allotted = Exact.zero
            for weight in weights {
                let share = try steps.multiplied(by: weight).divided(by: total)
                let whole = Exact(share.roundedToInteger(.down))
                shares.append(share)
                wholes.append(whole)
                remainders.append(try share.subtracting(whole))
                allotted = try allotted.adding(whole)
            }
            let order = weights.indices.sorted { a, b in
                if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
                if weights[a] != weights[b] { return weights[a] > weights[b] }
                return a < b
            }
            var rank = [Int](repeating: 0, count: weights.count)
            for (position, index) in order.enumerated() { rank[index] = position + 1 }
            let members = weights.indices.map { i in
                MemberFigures(weight: weights[i], share: shares[i], whole: wholes[i], remainder: remainders[i],
                              order: Exact(Int64(rank[i])), part: parts[i])
            }
            return BlockFigures(amount: amount, step: figures.step, steps: steps, totalWeight: total,
                                left: try steps.subtracting(allotted), members: members)
        } catch {
            return nil
        }
    }
}

/// The checks as a sheet of formulas: for each check (and each year or member of a check by
/// year or by list), the stated figure, the computed one, their difference, the tolerance, and
/// the result, each a formula over the inputs and lines, so a changed input re-checks them.
///
///     Check             Place    Stated     Computed    Difference  Tolerance  Result                 Line
///     Grand total cost  2019/20  184377     =Costs!C4   =D3-C3      0.5        pass within tolerance  56
///
/// Result is `IF(ABS(ROUND(E3,6))<=F3,IF(ROUND(E3,6)=0,"pass","pass within tolerance"),"FAIL")`:
/// the difference is rounded to six decimals before it is compared, so binary noise in a
/// spreadsheet's sums (431,042.00000000006) cannot fail a check whose exact difference is within
/// its tolerance, or pass one whose exact difference is zero as only "within tolerance". A floor
/// or a ceiling (`>=`, `<=`, `>`, `<`) compares the difference one way (`resultFormula`); a
/// relative tolerance is written as `ABS(stated)*share`; and a check marked `expected` reads
/// `expected discrepancy` while its figures differ and `FAIL` once they agree, with its note in
/// an `Expected discrepancy` column.
extension WorkbookModelWriter {
    static let checkHeadings = ["Check", "Place", "Stated", "Computed", "Difference", "Tolerance", "Result", "Line"]

    /// The heading of the column written only when a check has an expected discrepancy.
    static let noteHeading = "Expected discrepancy"

    func writeChecks(into sheet: inout OutputSheet) {
        for (column, heading) in Self.checkHeadings.enumerated() { sheet.set(row: 0, column: column, .text(heading, heading: true)) }
        var compiler = WorkbookCompiler(checked: checked, evaluator: evaluator)
        let emitter = emitter(on: sheet.name)
        var results = report.checks.makeIterator()
        var row = 1
        for check in model.checks {
            guard let computed = try? evaluator.evaluate(check.computed) else { continue }
            var computedTerm = compiler.compile(check.computed), statedTerm = compiler.compile(check.stated)
            var toleranceTerm = check.tolerance.map { compiler.compile($0) }
            if !compiler.apportionments.isEmpty || !compiler.forecasts.isEmpty {
                // Workings are written for lines; an apportionment or a forecast inside a check has none.
                let reason = WorkbookTerm.unsupported("an apportionment or a forecast inside a check has no workings; define it as a line")
                (computedTerm, statedTerm, toleranceTerm) = (reason, reason, toleranceTerm.map { _ in reason })
                compiler = WorkbookCompiler(checked: checked, evaluator: evaluator)
            }
            for index in computed.cells.indices {
                guard let result = results.next() else { return }
                let member = computed.shape.hasYears ? index / max(yearCount, 1) : index
                let year = computed.shape.hasYears ? index % max(yearCount, 1) : 0
                let r = OutputSheet.reference
                func figure(_ value: Exact) -> OutputCell { OutputCell.figure(value, format: result.format, places: Self.places(result.format, value)) }
                sheet.set(row: row, column: 0, .text(result.label))
                sheet.set(row: row, column: 1, .text(result.place))
                sheet.set(row: row, column: 2, emitter.cell(cached: figure(result.stated)) { () throws(WorkbookUnsupported) in
                    try emitter.formula(statedTerm, member: member, year: year)
                })
                sheet.set(row: row, column: 3, emitter.cell(cached: figure(result.computed)) { () throws(WorkbookUnsupported) in
                    try emitter.formula(computedTerm, member: member, year: year)
                })
                sheet.set(row: row, column: 4, .figure(figure(result.difference), formula: "\(r(row, 3, false))-\(r(row, 2, false))"))
                if result.toleranceIsRelative {
                    // A share of the stated figure: the allowance is that share of its size.
                    let allowance = (try? result.tolerance.multiplied(by: result.stated < .zero ? result.stated.negated() : result.stated)) ?? .zero
                    let share = result.tolerance.decimalText(places: result.tolerance.decimalPlaces ?? 10, rule: .halfUp, grouping: false)
                    sheet.set(row: row, column: 5, .figure(figure(allowance), formula: "ABS(\(r(row, 2, false)))*\(share)"))
                } else {
                    sheet.set(row: row, column: 5, emitter.cell(cached: figure(result.tolerance)) { () throws(WorkbookUnsupported) in
                        guard let toleranceTerm else { return .number(.zero) }
                        return try emitter.formula(toleranceTerm, member: member, year: year)
                    })
                }
                let difference = r(row, 4, false), tolerance = r(row, 5, false)
                let verdict = switch result.verdict {
                case .holds: "pass"
                case .withinTolerance: "pass within tolerance"
                case .fails: "FAIL"
                }
                var status = verdict, formula = Self.resultFormula(result.comparison, difference: difference, tolerance: tolerance)
                if result.expected != nil {
                    // A known discrepancy is no failure; figures that agree are one.
                    status = result.verdict == .fails ? "expected discrepancy" : "FAIL"
                    formula = "IF(\(formula)=\"FAIL\",\"expected discrepancy\",\"FAIL\")"
                }
                sheet.set(row: row, column: 6, OutputSheetCell(.text(status), formula: formula))
                sheet.set(row: row, column: 7, .figure(OutputCell.figure(Exact(Int64(result.line)), format: .plain, places: 0)))
                if let note = result.expected {
                    sheet.set(row: 0, column: 8, .text(Self.noteHeading, heading: true))
                    sheet.set(row: row, column: 8, .text(note))
                }
                row += 1
            }
        }
    }

    /// The Result column's formula for a comparison, over the difference (computed − stated,
    /// rounded to six decimals against binary noise) and the allowance.
    static func resultFormula(_ comparison: CheckComparison, difference: String, tolerance: String) -> String {
        let d = "ROUND(\(difference),6)"
        return switch comparison {
        case .equal: "IF(ABS(\(d))<=\(tolerance),IF(\(d)=0,\"pass\",\"pass within tolerance\"),\"FAIL\")"
        case .atLeast: "IF(\(d)>=0,\"pass\",IF(\(d)>=-\(tolerance),\"pass within tolerance\",\"FAIL\"))"
        case .atMost: "IF(\(d)<=0,\"pass\",IF(\(d)<=\(tolerance),\"pass within tolerance\",\"FAIL\"))"
        case .above: "IF(\(d)>0,\"pass\",IF(\(d)>-\(tolerance),\"pass within tolerance\",\"FAIL\"))"
        case .below: "IF(\(d)<0,\"pass\",IF(\(d)<\(tolerance),\"pass within tolerance\",\"FAIL\"))"
        }
    }

    /// Decimals for a count or rate in a check: its own, up to four.
    static func places(_ format: ValueFormat, _ value: Exact) -> Int? {
        switch format {
        case .plain, .quantity: min(value.decimalPlaces ?? 4, 4)
        default: nil
        }
    }
}

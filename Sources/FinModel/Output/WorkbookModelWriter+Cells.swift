/// The cells of one model: the inputs, each table laid out as `scenario run --format csv` lays
/// it out, the blocks of lines no table shows, and the apportionments written out.
extension WorkbookModelWriter {
    /// Writes every part of the model onto `sheets` (by name), which already exist.
    func write(into sheets: inout [String: OutputSheet]) {
        writeInputs(into: &sheets[inputsOrigin.sheet]!)
        for (index, table) in report.tables.enumerated() {
            writeTable(table, at: tableOrigins[index], into: &sheets[tableOrigins[index].sheet]!)
        }
        let lines = Dictionary((report.inputs + blockLines).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for block in blocks {
            guard let line = lines[block.name] else { continue }
            writeBlock(line, row: block.row, into: &sheets[block.sheet]!)
        }
        for apportionment in apportionments {
            apportionment.write(into: &sheets[apportionment.sheet]!, emitter: emitter(on: apportionment.sheet), years: report.years)
        }
        for forecast in forecasts {
            forecast.write(into: &sheets[forecast.sheet]!, emitter: emitter(on: forecast.sheet))
        }
    }

    /// The report lines of the lines that have a block of their own.
    private var blockLines: [ReportLine] {
        let builder = ReportBuilder(model: model, evaluator: evaluator)
        return blocks.compactMap { block in model.values[block.name]?.isInput == true ? nil : try? builder.reportLine(block.name) }
    }

    /// Whether an input is written as it is typed: numbers, amounts, percentages and rows of them.
    static func isLiteral(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .number, .money, .percent, .month: true
        case .negate(let inner): isLiteral(inner)
        case .row(let items): items.allSatisfy(isLiteral)
        default: false
        }
    }

    /// The cell of `name` for `member` and `year`, written at `target`: an input typed in, an
    /// option's input read from the base, a line's formula in its first table, or elsewhere a
    /// reference to that cell; each with its exact figure.
    func figureCell(_ name: String, member: Int, year: Int, cached: OutputCell, at target: WorkbookCellReference, heading: Bool = false) -> OutputSheetCell {
        marked(unmarkedCell(name, member: member, year: year, cached: cached, at: target, heading: heading), name)
    }

    /// The cell as above, before this run's overrides are marked on it.
    private func unmarkedCell(_ name: String, member: Int, year: Int, cached: OutputCell, at target: WorkbookCellReference, heading: Bool) -> OutputSheetCell {
        let sheet = target.sheet
        if inheritedInputs.contains(name), let base = shared[name] {
            return .figure(cached, formula: WorkbookFormula.reference(base.cell(member: member, year: year), from: sheet).text, heading: heading)
        }
        guard let named = model.values[name] else { return .figure(cached, heading: heading) }
        var cell: OutputSheetCell
        if let home = places[name]?.cell(member: member, year: year), home != target {
            cell = .figure(cached, formula: WorkbookFormula.reference(home, from: sheet).text, heading: heading)
        } else if named.isInput, Self.isLiteral(named.definition.expression) {
            cell = .figure(cached, heading: heading)
        } else {
            cell = computedCell(name, member: member, year: year, cached: cached, on: sheet, heading: heading)
        }
        // An input this run set says so in its mark; one set only for the workbook says it here.
        if named.isInput, flags[name] == nil, let original = named.original, places[name]?.cell(member: member, year: year) == target {
            let text = original.expression.span.file.text(of: original.expression.span)
            cell.comment = [cell.comment, "Set for this workbook; the scenario file has \(text)."].compactMap { $0 }.joined(separator: " ")
        }
        return cell
    }

    /// A line's own formula: yes/no lines give "yes" or "no", a line shown in another unit is
    /// divided into it, a year has no formula.
    func computedCell(_ name: String, member: Int, year: Int, cached: OutputCell, on sheet: String, heading: Bool = false) -> OutputSheetCell {
        guard let term = terms[name] else { return .figure(cached, heading: heading, comment: WorkbookEmitter.note("'\(name)' has no formula")) }
        return cell(term, for: name, member: member, year: year, cached: cached, on: sheet, heading: heading)
    }

    /// The cell of `term`, a figure of line `name` (its own expression or its total).
    func cell(_ term: WorkbookTerm, for name: String, member: Int, year: Int, cached: OutputCell, on sheet: String, heading: Bool = false) -> OutputSheetCell {
        let emitter = emitter(on: sheet)
        switch checked.types[name]?.kind {
        case .boolean?:
            do {
                let test = try emitter.condition(term, member: member, year: year)
                return .figure(cached, formula: "IF(\(test.text),\"yes\",\"no\")", heading: heading)
            } catch {
                return .figure(cached, heading: heading, comment: WorkbookEmitter.note(error.reason))
            }
        case .year?:
            return .figure(cached, heading: heading, comment: WorkbookEmitter.note("a financial year is written as text, such as 2019/20, which no formula here makes"))
        case .month?:
            return .figure(cached, heading: heading, comment: WorkbookEmitter.note("a month is written as text, such as 2018-09, which no formula here makes"))
        default:
            let factor = self.factor(name)
            return emitter.cell(cached: cached, heading: heading) { () throws(WorkbookUnsupported) in
                let value = try emitter.formula(term, member: member, year: year)
                guard let factor else { return value }
                if let inverse = try? Exact.one.divided(by: factor), inverse.isInteger {
                    return .binary("*", value, .number(inverse), .multiplicative)
                }
                return .binary("/", value, .number(factor), .multiplicative)
            }
        }
    }

    /// One row a input: its label, name, unit, figures (a year each, or one under Value) and source.
    private func writeInputs(into sheet: inout OutputSheet) {
        let top = inputsOrigin.row
        let headings = ["Input", "Name", "Unit"] + (report.periodLabels ?? report.years.map(\.description)) + ["Value", "Source"]
        for (column, heading) in headings.enumerated() { sheet.set(row: top, column: column, .text(heading, heading: true)) }
        for (index, input) in report.inputs.enumerated() {
            let row = top + 1 + index
            sheet.set(row: row, column: 0, .text(input.label))
            sheet.set(row: row, column: 1, .text(input.name))
            sheet.set(row: row, column: 2, .text(input.format == .percent ? "%" : input.unit))
            if let source = input.sourceText { sheet.set(row: row, column: 4 + yearCount, .text(source)) }
            let places = OutputGrid.places(input)
            if let list = input.list {
                var cell = OutputSheetCell.text("")
                cell.comment = "A figure for each of the \(list): in the block of that name below."
                sheet.set(row: row, column: 3 + yearCount, cell)
                continue
            }
            for (year, value) in input.values.enumerated() {
                let cached = OutputCell.figure(value, format: input.format, places: places)
                let column = input.hasYears ? 3 + year : 3 + yearCount
                sheet.set(row: row, column: column, figureCell(input.name, member: 0, year: year, cached: cached,
                                                               at: WorkbookCellReference(sheet: sheet.name, row: row, column: column)))
            }
        }
    }

    /// A line with no table of its own (or an input over a list): its label and headings, then
    /// a row per member, or one row.
    private func writeBlock(_ line: ReportLine, row top: Int, into sheet: inout OutputSheet) {
        let title = line.label + (line.unit.isEmpty || line.format == .money || line.format == .percent ? "" : " (\(line.unit))")
        sheet.set(row: top, column: 0, .text(title, heading: true))
        let headings = line.hasYears ? (report.periodLabels ?? report.years.map(\.description)) : ["Value"]
        for (column, heading) in headings.enumerated() { sheet.set(row: top, column: 1 + column, .text(heading, heading: true)) }
        let members = line.list.flatMap { model.lists[$0]?.members } ?? [line.name]
        let years = line.hasYears ? yearCount : 1
        let places = OutputGrid.places(line)
        for (member, name) in members.enumerated() {
            sheet.set(row: top + 1 + member, column: 0, .text(name))
            for year in 0..<years where member * years + year < line.values.count {
                let cached = OutputCell.figure(line.values[member * years + year], format: line.format, places: places)
                let target = WorkbookCellReference(sheet: sheet.name, row: top + 1 + member, column: 1 + year)
                sheet.set(row: target.row, column: target.column, figureCell(line.name, member: member, year: year, cached: cached, at: target))
            }
        }
    }
}

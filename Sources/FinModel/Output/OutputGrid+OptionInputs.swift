/// The options' own inputs side by side: what each option assumes, before what it computes.
extension OutputGrid {
    /// A row per input, a column per option (the base first), then where the input comes from.
    /// A cell that differs from the option at `against` (0, the base, unless chosen) is marked
    /// changed, so a reader sees at a glance what each option sets differently.
    ///
    ///     Each option's inputs   base               contribution_only    all_streams          Source
    ///     Secured contracts      £200,000.00        £0.00 *              £200,000.00          seed 000 table 1: …
    ///     Practice contribution  £0.00 per patient  £0.55 per patient *  £0.33 per patient *  what each practice pays …
    /// With `changedOnly`, inputs every option sets alike are left out.
    static func optionInputs(_ comparison: Scenario.Comparison, against: Int = 0, changedOnly: Bool = false) -> OutputGrid {
        let reports = comparison.reports
        let base = reports[0]
        let rows = base.inputs.enumerated().compactMap { inputIndex, baseInput -> OutputRow? in
            let inputs = reports.map { $0.inputs[inputIndex] }
            if changedOnly, inputs.allSatisfy({ $0.values == baseInput.values }) { return nil }
            let cells: [OutputCell] = inputs.enumerated().map { optionIndex, input in
                var cell = Self.optionInputCell(input)
                if optionIndex != against, input.values != inputs[against].values { cell.status = .changed }
                return cell
            }
            return OutputRow(
                headers: [OutputCell(.text(OutputLabel(baseInput.label, plain: baseInput.name)))],
                cells: cells + [.text(baseInput.sourceText ?? "")], line: Self.facts(baseInput))
        }
        let names = comparison.names
        let figureRows = listFigureRows(comparison, against: against, changedOnly: changedOnly)
        return OutputGrid(
            title: "Each option's inputs", arrangement: .optionInputs(against: names[against]),
            headers: [OutputLabel("Input", plain: "input")],
            columns: names.map { OutputColumn(heading: .text($0)) } + [OutputColumn(heading: .text("Source", plain: "source"), role: .words)],
            rows: rows + figureRows)
    }

    /// A row for each list figure an option sets (`list_size["Croft", 2020-04]`), after the
    /// inputs: the option's figure, or the list's under an option that keeps it, marked changed
    /// where it differs from the option at `against`; the source names the list.
    static func listFigureRows(_ comparison: Scenario.Comparison, against: Int, changedOnly: Bool) -> [OutputRow] {
        var seen: [String: ReportListFigure] = [:]
        var order: [String] = []
        for figure in comparison.reports.flatMap(\.listFigures) where seen[figure.reference] == nil {
            seen[figure.reference] = figure
            order.append(figure.reference)
        }
        return order.compactMap { reference -> OutputRow? in
            let first = seen[reference]!
            let values = comparison.reports.map { report in report.listFigures.first { $0.reference == reference }?.value ?? first.fileValue }
            if changedOnly, values.allSatisfy({ $0 == values[0] }) { return nil }
            let cells: [OutputCell] = values.enumerated().map { index, value in
                var cell = switch first.format {
                case .quantity(let unit): OutputCell(.figure(value), format: first.format, suffix: unit)
                default: OutputCell(.figure(value), format: first.format)
                }
                if index != against, value != values[against] { cell.status = .changed }
                return cell
            }
            return OutputRow(headers: [OutputCell(.text(OutputLabel(reference)))], cells: cells + [.text("a figure of the list '\(first.list)'")])
        }
    }

    /// One figure, with its unit for people (`£0.55` and `per patient`); figures by year, as
    /// written in the file (`£87,000 | £60,000 | £33,000 | £0`); an input over a list, its total.
    static func optionInputCell(_ input: ReportLine) -> OutputCell {
        let unit = input.unit
        func figure(_ value: Exact) -> OutputCell {
            if unit.hasPrefix("£") { return OutputCell(.figure(value), format: .money, suffix: unit.count > 1 ? String(unit.dropFirst(2)) : nil) }
            return OutputCell(.figure(value), format: input.format, suffix: input.format == .percent || unit.isEmpty ? nil : unit)
        }
        if input.list != nil, let total = input.grandTotal ?? input.memberTotals?.first { return figure(total) }
        guard input.values.count > 1 else { return input.values.first.map(figure) ?? .empty }
        let text = input.values.map { FigureText.withUnit($0, format: unit.hasPrefix("£") && unit.count == 1 ? .money : input.format) }.joined(separator: " | ")
        return .text(text)
    }
}

/// `compare`: the base and its variants side by side, each line's figures per option with the
/// change of its total from the base.
extension OutputDocument {
    /// Each option's inputs, then a grid per table of the base; with `changedOnly`, only the
    /// lines some variant changes. Changes are measured from the option named `against` (the
    /// base when nil), which must be one of `comparison.names`.
    public init(comparison: Scenario.Comparison, changedOnly: Bool, against: String? = nil) {
        let against = against.flatMap { comparison.names.firstIndex(of: $0) } ?? 0
        let grids = OutputGrid.comparisons(comparison, changedOnly: changedOnly, against: against)
        self.init(
            title: comparison.reports[0].title, comparedVariants: comparison.names, source: comparison.reports[0].path,
            sections: [
                OutputSection(.options, title: "Inputs", blocks: [
                    .grid(OutputGrid.optionInputs(comparison, against: against, changedOnly: changedOnly)),
                    .paragraph("(* set differently from \(comparison.names[against]))"),
                ]),
                OutputSection(.tables, title: "Tables", blocks: grids.map(OutputBlock.grid)),
            ])
    }
}

extension OutputGrid {
    /// One grid per table of the base report: for each line, a row per option (the base
    /// first), a column per year (or per member, each member's total over the years), the
    /// total, and the change of the total from the option at `against` (the base unless chosen).
    ///
    ///     Income and expenditure                  2019/20      2020/21        Total  Change from base
    ///     Surplus / deficit   base          -£168,561.20 ...
    ///                         all_streams ...                                             +£507,750
    static func comparisons(_ comparison: Scenario.Comparison, changedOnly: Bool, against: Int = 0) -> [OutputGrid] {
        let base = comparison.reports[0]
        let againstName = comparison.names[against]
        return base.tables.enumerated().map { tableIndex, table in
            let headings = table.list == nil ? (base.periodLabels ?? base.years.map(\.description)) : table.members
            let columns =
                headings.map { OutputColumn(heading: .text($0)) }
                + [OutputColumn(heading: .text("Total", plain: "total"), role: .total),
                   OutputColumn(heading: .text("Change from \(againstName)", plain: "change"), role: .change)]
            var rows: [OutputRow] = []
            for (lineIndex, baseLine) in table.lines.enumerated() {
                let lines = comparison.reports.map { $0.tables[tableIndex].lines[lineIndex] }
                let changed = lines.contains { $0.values != baseLine.values }
                if changedOnly, !changed { continue }
                func cell(_ value: Exact?, showsSign: Bool = false, total: OutputCell.Total? = nil) -> OutputCell {
                    // A comparison has no footnote to name a £000 or £m heading or another unit's step: its money
                    // stays in pounds and its counts as they are; a percentage keeps the places its line states.
                    .figure(value, format: baseLine.format,
                            rounding: baseLine.format == .money ? (table.display?.scale == .pounds ? table.display : nil)
                                : baseLine.format == .percent ? baseLine.rounding : nil,
                            showsSign: showsSign, total: total)
                }
                for (variantIndex, line) in lines.enumerated() {
                    var cells: [OutputCell]
                    if table.list == nil {
                        // A one-figure line has no year: its figure is shown once, as its total.
                        cells = line.hasYears ? line.values.map { cell($0) } : Array(repeating: .empty, count: base.years.count)
                    } else {
                        // One figure per member: the member's total over years where the line has years.
                        cells = line.hasYears ? (line.totals ?? []).map { cell($0) } : line.values.map { cell($0) }
                    }
                    let total = Self.total(line)
                    cells.append(cell(total, total: .ofRow))
                    var change: Exact?
                    if variantIndex != against, let total, let reference = Self.total(lines[against]) { change = try? total.subtracting(reference) }
                    cells.append(cell(change, showsSign: true))
                    rows.append(OutputRow(headers: [.text(baseLine.label), .text(comparison.names[variantIndex])], cells: cells))
                }
            }
            return OutputGrid(
                title: table.title, arrangement: .comparison, headers: [OutputLabel("Line", plain: "line"), OutputLabel("Variant", plain: "variant")],
                columns: columns, rows: rows)
        }
    }

    /// The figure a line adds up to: over years, over members, or both.
    static func total(_ line: ReportLine) -> Exact? {
        if let grand = line.grandTotal { return grand }
        if line.list != nil { return line.hasYears ? nil : line.memberTotals?.first }
        return line.hasYears ? line.totals?.first : line.values.first
    }
}

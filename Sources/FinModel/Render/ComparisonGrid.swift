/// A comparison laid out as tables: for each line, a row per variant, with a column per year,
/// the total, and the difference of the total from the base.
///
///     Income and expenditure                  2019/20      2020/21        Total  Change from base
///     Surplus / deficit   base          -£168,561.20 ...
///                         contribution_only ...
public struct ComparisonGrid: Sendable {
    public struct Row: Sendable {
        public let line: String
        public let variant: String
        public let cells: [String]
        public let changed: Bool
    }

    public let title: String
    public let headings: [String]
    public let rows: [Row]

    /// One grid per table of the base report; `plain` gives machine-readable figures.
    public static func grids(_ comparison: Scenario.Comparison, plain: Bool, changedOnly: Bool) -> [ComparisonGrid] {
        let base = comparison.reports[0]
        return base.tables.enumerated().map { tableIndex, table in
            var headings: [String] = []
            if table.list == nil {
                headings = base.years.map(\.description) + [plain ? "total" : "Total", plain ? "change" : "Change from base"]
            } else {
                headings = table.members + [plain ? "total" : "Total", plain ? "change" : "Change from base"]
            }
            var rows: [Row] = []
            for (lineIndex, baseLine) in table.lines.enumerated() {
                let lines = comparison.reports.map { $0.tables[tableIndex].lines[lineIndex] }
                let changed = lines.contains { $0.values != baseLine.values }
                if changedOnly, !changed { continue }
                let display = table.display
                func text(_ value: Exact?) -> String {
                    guard let value else { return "" }
                    return plain ? FigureText.plain(value, format: baseLine.format)
                        : FigureText.text(value, format: baseLine.format, display: baseLine.format == .money ? display : nil)
                }
                for (variantIndex, line) in lines.enumerated() {
                    let total = Self.total(line)
                    var cells: [String]
                    if table.list == nil {
                        cells = line.hasYears ? line.values.map(text) : Array(repeating: "", count: base.years.count - 1) + [text(line.values.first)]
                    } else {
                        // One figure per member: the member's total over years where the line has years.
                        cells = line.hasYears ? (line.totals ?? []).map(text) : line.values.map(text)
                    }
                    cells.append(text(total))
                    var change = ""
                    if variantIndex > 0, let total, let baseTotal = Self.total(baseLine), let difference = try? total.subtracting(baseTotal) {
                        change = (difference > .zero ? "+" : "") + text(difference)
                    }
                    cells.append(change)
                    rows.append(Row(line: baseLine.label, variant: comparison.names[variantIndex], cells: cells, changed: changed))
                }
            }
            return ComparisonGrid(title: table.title, headings: headings, rows: rows)
        }
    }

    /// The figure a line adds up to: over years, over members, or both.
    static func total(_ line: ReportLine) -> Exact? {
        if let grand = line.grandTotal { return grand }
        if line.list != nil { return line.hasYears ? nil : line.memberTotals?.first }
        return line.hasYears ? line.totals?.first : line.values.first
    }
}

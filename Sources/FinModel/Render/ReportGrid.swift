/// A report table laid out as rows and columns of text, shared by the terminal, CSV and
/// Markdown renderers so that they agree cell for cell.
public struct ReportGrid: Sendable {
    public struct Column: Sendable {
        /// The line's label over a group of columns (by-list tables), or empty.
        public let group: String
        public let heading: String
    }

    public let title: String
    public let corner: String
    public let columns: [Column]
    public let rows: [(label: String, cells: [String])]
    /// Index of the totals row at the end, when the table has one.
    public let hasTotalRow: Bool

    /// Lays out a table: by year (a row per line, a column per year and a total), or by list
    /// (a row per member and a total row; columns per line, per year where the line has years).
    public init(_ table: ReportTable, years: [FinancialYear], plain: Bool, marked: Set<String> = []) {
        title = table.title
        let display = table.display
        func cell(_ value: Exact?, _ format: ValueFormat, places: Int? = nil) -> String {
            guard let value else { return "" }
            if let places, !plain, format != .money, format != .percent {
                return value.decimalText(places: places, rule: .halfUp, grouping: true)
            }
            return plain ? FigureText.plain(value, format: format)
                : FigureText.text(value, format: format, display: format == .money ? display : nil)
        }
        if table.list == nil {
            corner = plain ? "line" : ""
            columns = years.map { Column(group: "", heading: $0.description) } + [Column(group: "", heading: plain ? "total" : "Total")]
            rows = table.lines.map { line in
                var cells: [String] = []
                if line.hasYears {
                    cells = line.values.map { cell($0, line.format, places: Self.places(line)) }
                    cells.append(cell(line.totals?.first, line.format, places: Self.places(line)))
                } else {
                    cells = Array(repeating: "", count: years.count) + [cell(line.values.first, line.format, places: Self.places(line))]
                }
                return (Self.label(line, plain: plain) + (marked.contains(line.name) ? " *" : ""), cells)
            }
            hasTotalRow = false
            return
        }
        corner = plain ? "name" : ""
        var columns: [Column] = []
        for line in table.lines {
            let label = Self.label(line, plain: plain) + (marked.contains(line.name) ? " *" : "")
            if line.hasYears {
                columns += years.map { Column(group: label, heading: $0.description) }
                if line.totals != nil { columns.append(Column(group: label, heading: plain ? "total" : "Total")) }
            } else {
                columns.append(Column(group: "", heading: label))
            }
        }
        self.columns = columns
        let yearCount = years.count
        var rows: [(String, [String])] = []
        for (member, name) in table.members.enumerated() {
            var cells: [String] = []
            for line in table.lines {
                if line.hasYears {
                    cells += (0..<yearCount).map { cell(line.values[member * yearCount + $0], line.format, places: Self.places(line)) }
                    if let totals = line.totals { cells.append(cell(totals[member], line.format, places: Self.places(line))) }
                } else {
                    cells.append(cell(line.values[member], line.format, places: Self.places(line)))
                }
            }
            rows.append((name, cells))
        }
        var totals: [String] = []
        for line in table.lines {
            if line.hasYears {
                totals += (0..<yearCount).map { cell(line.memberTotals?[$0], line.format, places: Self.places(line)) }
                if line.totals != nil { totals.append(cell(line.grandTotal, line.format, places: Self.places(line))) }
            } else {
                totals.append(cell(line.memberTotals?.first, line.format, places: Self.places(line)))
            }
        }
        rows.append((plain ? "total" : "Total", totals))
        self.rows = rows
        hasTotalRow = true
    }

    /// Every figure of a line gets as many decimals as the most precise one (at most four), so
    /// a column of days reads 1.0, 1.8, 2.6 rather than 1, 1.8, 2.6.
    static func places(_ line: ReportLine) -> Int {
        let all = line.values + (line.totals ?? []) + (line.memberTotals ?? []) + (line.grandTotal.map { [$0] } ?? [])
        return all.map { min($0.decimalPlaces ?? 4, 4) }.max() ?? 0
    }

    /// "Days per week (days)": the unit is named where the figures do not carry it.
    static func label(_ line: ReportLine, plain: Bool) -> String {
        if plain { return line.label }
        switch line.format {
        case .quantity(let unit) where !unit.isEmpty && !line.label.contains(unit): return "\(line.label) (\(unit))"
        default: return line.label
        }
    }
}

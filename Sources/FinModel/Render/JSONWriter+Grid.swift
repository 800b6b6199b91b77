/// Grids in JSON, each in the shape that keeps its meaning: a report table as its lines (each
/// with its figures by year, or by member and year, and its totals), the options compared as
/// rows of figures, a data table as its two axes and its cells.
extension JSONWriter {
    static func grid(_ grid: OutputGrid) -> JSONValue {
        switch grid.arrangement {
        case .byYear, .byList, .inputs: return table(grid)
        case .comparison:
            return .object([
                ("title", .string(grid.title)),
                ("columns", .array(grid.columns.map { .string(CellText.plain($0.heading)) })),
                ("rows", .array(grid.rows.map { row in
                    .object(zip(["line", "variant"], row.headers).map { ($0, .string(CellText.plain($1))) }
                        + [("values", .array(row.cells.map(figure))), ("shown", .array(row.cells.map(shown)))])
                })),
            ])
        case .optionInputs(let against):
            // Each input's exact value under each option, as shown, and whether it differs.
            let options = grid.columns.dropLast().map { CellText.plain($0.heading) }
            return .object([
                ("title", .string(grid.title)), ("against", .string(against)),
                ("options", .array(options.map(JSONValue.string))),
                ("inputs", .array(grid.rows.map { row in
                    .object([
                        ("name", .string(CellText.plain(row.headers[0]))),
                        ("values", .array(row.cells.dropLast().map { cell in
                            .object([("value", .string(CellText.plain(cell))), ("shown", .string(CellText.prose(cell))),
                                     ("changed", .bool(cell.status == .changed))])
                        })),
                        ("source", row.cells.last.map { CellText.plain($0).isEmpty ? .null : .string(CellText.plain($0)) } ?? .null),
                    ])
                })),
            ])
        case .bridge(let figure, let from, let to):
            // The start and end rows carry the option's name; each step its input and values.
            return .object([
                ("figure", .string(figure)), ("from", .string(from)), ("to", .string(to)),
                ("columns", .array(grid.columns.map { .string(CellText.plain($0.heading)) })),
                ("rows", .array(grid.rows.map { row in
                    .object([("step", .string(CellText.plain(row.headers[0]))),
                             ("values", .array(row.cells.map { $0.isEmpty ? .null : .string(CellText.plain($0)) }))])
                })),
            ])
        case .dataTable(let rowInput, let columnInput):
            return .object([
                ("target", .string(grid.title)),
                ("rows", .object([("input", .string(rowInput)), ("values", .array(grid.rows.map { .string(CellText.plain($0.headers[0])) }))])),
                ("columns", columnInput.map { name in
                    .object([("input", .string(name)), ("values", .array(grid.columns.map { .string(CellText.plain($0.heading)) }))])
                } ?? .null),
                ("cells", .array(grid.rows.map { .array($0.cells.map(figure)) })),
                ("shown", .array(grid.rows.map { .array($0.cells.map(shown)) })),
            ])
        }
    }

    /// A report table: its title, its list and members, its display rounding, and its lines.
    static func table(_ grid: OutputGrid) -> JSONValue {
        var object: [(String, JSONValue)] = [("title", .string(grid.title))]
        if case .byList(let list) = grid.arrangement {
            object.append(("by", .string(list)))
            object.append(("members", .array(grid.rows.filter { !$0.isTotal && !$0.isSubtotal }.map { .string(memberName($0)) })))
            // Members a figure of which is set for this run (`list_size["Croft"]`), as a set input is `overridden`.
            let set = grid.rows.filter { $0.status == .overridden }.map { JSONValue.string(memberName($0)) }
            if !set.isEmpty { object.append(("overridden_members", .array(set))) }
            if let attribute = grid.groupedBy {
                // `grouped by locality`: each group's text and its members, in the table's order.
                var groups: [(text: String, members: [JSONValue])] = []
                for row in grid.rows where !row.isTotal && !row.isSubtotal {
                    let text = CellText.plain(row.headers[0])
                    if groups.last?.text == text { groups[groups.count - 1].members.append(.string(memberName(row))) } else { groups.append((text, [.string(memberName(row))])) }
                }
                object.append(("grouped_by", .string(attribute)))
                object.append(("groups", .array(groups.map { .object([("name", .string($0.text)), ("members", .array($0.members))]) })))
            }
        } else {
            object.append(("by", .null))
        }
        // Money's step and rule as before; a scale, other units' steps and brackets only where the table states them.
        var display: [(String, JSONValue)] = []
        if let rounding = grid.rounding {
            display += [("step", .string(FigureText.number(rounding.step, grouping: false))), ("rule", .string(rounding.rule.scenarioName))]
            if let scale = rounding.scaleText { display.append(("scale", .string(scale))) }
        }
        if !grid.unitRoundings.isEmpty {
            display.append(("units", .array(grid.unitRoundings.map { rounding in
                .object([("unit", .string(rounding.unit ?? "")), ("step", .string(FigureText.number(rounding.step, maximumPlaces: 6, grouping: false))),
                         ("rule", .string(rounding.rule.scenarioName))])
            })))
        }
        if grid.negativesInBrackets { display.append(("negatives", .string("brackets"))) }
        if !display.isEmpty { object.append(("display", .object(display))) }
        if !grid.citations.isEmpty { object.append(("sources", citations(grid.citations))) }
        object.append(("lines", .array(lines(of: .grid(grid)))))
        return .object(object)
    }

    /// Each line of a grid of lines as an object: by year from its row, by list from its columns.
    static func lines(of block: OutputBlock) -> [JSONValue] {
        guard case .grid(let grid) = block else { return [] }
        let years = grid.columns.filter { $0.role == .figure }.map { CellText.plain($0.heading) }
        switch grid.arrangement {
        case .byList:
            var groups: [[Int]] = []
            for (index, column) in grid.columns.enumerated() {
                if let last = groups.last?.last, grid.columns[last].line?.name == column.line?.name { groups[groups.count - 1].append(index) } else { groups.append([index]) }
            }
            return groups.compactMap { columns in lineByList(grid, columns: columns) }
        case .byYear, .inputs:
            // Inputs are shown in sentences, with their units: `£1.50 per patient`.
            let shown = grid.arrangement == .inputs ? shownInProse : self.shown
            return grid.rows.compactMap { row in row.line.map { lineByYear($0, row: row, years: years, columns: grid.columns, shown: shown) } }
        case .comparison, .dataTable, .bridge, .optionInputs:
            return []
        }
    }

    /// What every line object starts with: its name, label, unit, format and where it is defined.
    static func heading(_ line: OutputLine) -> [(String, JSONValue)] {
        var object: [(String, JSONValue)] = [
            ("name", .string(line.name)), ("label", .string(line.label)), ("unit", .string(line.unit)),
            ("format", .string(formatName(line.format))), ("source_line", .integer(line.sourceLine)),
        ]
        if let note = line.note { object.append(("note", .string(note))) }
        // A level's `total`, year totals and quarters are its average, opening or closing figure.
        if line.rollUp != .sum { object.append(("total_of_periods", .string(line.rollUp.rawValue))) }
        if !line.citations.isEmpty { object.append(("sources", citations(line.citations))) }
        return object
    }

    /// A line by year: `values` by year and its `total` (null when it does not add up), or its
    /// one `value`; then the same figures as the table shows them, under `shown`.
    static func lineByYear(_ line: OutputLine, row: OutputRow, years: [String], columns: [OutputColumn] = [], shown: (OutputCell) -> JSONValue) -> JSONValue {
        .object(heading(line) + flags(row.status) + lineByYearFigures(line, row: row, years: years, columns: columns, figure: figure)
            + [("shown", .object(lineByYearFigures(line, row: row, years: years, columns: columns, figure: shown)))])
    }

    /// `"overridden": true` for an input set for this run, `"moved": true` for a line whose
    /// figures it moved; nothing for a figure as the file has it.
    static func flags(_ status: OutputStatus?) -> [(String, JSONValue)] {
        switch status {
        case .overridden?: [("overridden", .bool(true))]
        case .moved?: [("moved", .bool(true))]
        default: []
        }
    }

    static func lineByYearFigures(_ line: OutputLine, row: OutputRow, years: [String], columns: [OutputColumn] = [],
                                  figure: (OutputCell) -> JSONValue) -> [(String, JSONValue)] {
        var object: [(String, JSONValue)] = []
        if line.list != nil {
            // An input over a list: its totals over members (and years), after an empty `values`.
            object.append(("values", .object([])))
            if line.hasYears, row.cells.contains(where: { $0.total == .ofRow }) { object.append(("member_totals_over_years", .object([]))) }
            let totals = row.cells.filter { $0.total == .ofColumn }
            if line.hasYears, !totals.isEmpty {
                var byYear = zip(years, totals).map { ($0, figure($1)) }
                if totals.count > years.count { byYear.append(("total", figure(totals[years.count]))) }
                object.append(("totals", .object(byYear)))
            } else if let total = totals.first {
                object.append(("total", figure(total)))
            }
        } else if line.hasYears {
            object.append(("values", .object(zip(years, row.cells).map { ($0, figure($1)) })))
            object.append(("total", row.cells.count > years.count ? figure(row.cells[years.count]) : .null))
            object += periodSummaries(row: row, columns: columns, figure: figure)
        } else {
            // Under the Total, which year totals and years to date may follow.
            object.append(("value", figure(row.cells.count > years.count ? row.cells[years.count] : row.cells.last ?? .empty)))
        }
        return object
    }

    /// A line by list, from its columns: `values` by member (and year), each member's total over
    /// the years, and the `totals` over members (per year, and in all) or the one `total`; then
    /// the same figures as the table shows them, under `shown`.
    static func lineByList(_ grid: OutputGrid, columns: [Int]) -> JSONValue? {
        guard let line = grid.columns[columns[0]].line else { return nil }
        let status = grid.rows.lazy.compactMap { row in columns.lazy.compactMap { $0 < row.cells.count ? row.cells[$0].status : nil }.first }.first
        return .object(heading(line) + flags(status) + lineByListFigures(grid, line: line, columns: columns, figure: figure)
            + [("shown", .object(lineByListFigures(grid, line: line, columns: columns, figure: shown)))])
    }

    /// A member's name in a table by list: its row's last header (the first names the group in a
    /// grouped table).
    static func memberName(_ row: OutputRow) -> String { row.headers.last.map(CellText.plain) ?? "" }

    static func lineByListFigures(_ grid: OutputGrid, line: OutputLine, columns: [Int], figure: (OutputCell) -> JSONValue) -> [(String, JSONValue)] {
        let members = grid.rows.filter { !$0.isTotal && !$0.isSubtotal }
        let figures = columns.filter { grid.columns[$0].role == .figure }
        let totalColumn = columns.first { grid.columns[$0].role == .total }
        let years = figures.map { CellText.plain(grid.columns[$0].heading) }
        func cell(_ row: OutputRow, _ column: Int) -> OutputCell { column < row.cells.count ? row.cells[column] : .empty }
        var object: [(String, JSONValue)] = []
        object.append(("values", .object(members.map { row in
            let name = memberName(row)
            return (name, line.hasYears ? .object(zip(years, figures).map { ($0, figure(cell(row, $1))) }) : figure(cell(row, figures[0])))
        })))
        if let totalColumn, line.hasYears {
            object.append(("member_totals_over_years", .object(members.map { (memberName($0), figure(cell($0, totalColumn))) })))
        }
        // A grouped table's subtotals, by group, shaped as the totals are; none where the line does not add up.
        let subtotals = grid.rows.filter { $0.isSubtotal && !cell($0, figures[0]).isEmpty }
        if grid.groupedBy != nil, !subtotals.isEmpty {
            object.append(("subtotals", .object(subtotals.map { row in
                let name = CellText.plain(row.headers[0])
                guard line.hasYears else { return (name, figure(cell(row, figures[0]))) }
                var byYear = zip(years, figures).map { ($0, figure(cell(row, $1))) }
                if let totalColumn, !cell(row, totalColumn).isEmpty { byYear.append(("total", figure(cell(row, totalColumn)))) }
                return (name, .object(byYear))
            })))
        }
        if let totalRow = grid.rows.last(where: \.isTotal), !cell(totalRow, figures[0]).isEmpty {
            if line.hasYears {
                var totals = zip(years, figures).map { ($0, figure(cell(totalRow, $1))) }
                if let totalColumn, !cell(totalRow, totalColumn).isEmpty { totals.append(("total", figure(cell(totalRow, totalColumn)))) }
                object.append(("totals", .object(totals)))
            } else {
                object.append(("total", figure(cell(totalRow, figures[0]))))
            }
        }
        return object
    }

    static func formatName(_ format: ValueFormat) -> String {
        switch format {
        case .money: "money"
        case .quantity: "quantity"
        case .percent: "percent"
        case .plain: "number"
        case .year: "year"
        case .month: "month"
        case .boolean: "boolean"
        }
    }

    /// A line of a table of months or quarters: `year_to_date` keyed by period (`2019-07`) and
    /// `year_totals` keyed by financial year (`2019/20`), each only when the table shows them, so
    /// no key can be read as another (a year total is never a period, nor a YTD a month).
    static func periodSummaries(row: OutputRow, columns: [OutputColumn], figure: (OutputCell) -> JSONValue) -> [(String, JSONValue)] {
        var toDate: [(String, JSONValue)] = [], byYear: [(String, JSONValue)] = []
        for (column, cell) in zip(columns, row.cells) {
            switch column.periodSummary {
            case .yearToDate(let period)?: toDate.append((period, figure(cell)))
            case .yearTotal(let year)?: byYear.append((year, figure(cell)))
            case nil: continue
            }
        }
        var object: [(String, JSONValue)] = []
        if !toDate.isEmpty { object.append(("year_to_date", .object(toDate))) }
        if !byYear.isEmpty { object.append(("year_totals", .object(byYear))) }
        return object
    }
}

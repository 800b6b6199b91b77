/// Grids and checks as HTML tables: the same cells as the terminal, figures right-aligned,
/// negatives as `-£2,083` and marked for colour, and the checks' differences highlighted.
extension HTMLWriter {
    /// A table under its title, with its display rounding noted.
    static func table(_ grid: OutputGrid, number: Int) -> String {
        var out = "<h3 id=\"\(HTMLText.identifier(grid.title, prefix: "table-\(number)-"))\">\(HTMLText.escape(grid.title))</h3>\n"
        out += figures(grid)
        if let note = grid.displayNote {
            out += "<p class=\"note\">\(HTMLText.escape(note.prefix(1).uppercased() + note.dropFirst())).</p>\n"
        }
        if !grid.citations.isEmpty { out += "<p class=\"note\">Source: \(citationLinks(grid.citations)).</p>\n" }
        return out
    }

    /// One grid as a table: a header row (two when a line's years are grouped under its label),
    /// a row per line or member, and the total row in the table's foot.
    static func figures(_ grid: OutputGrid) -> String {
        let corner = grid.headers.first?.text ?? ""
        let headings = grid.columns.map { CellText.figure($0.heading) }
        var out = "<div class=\"scroll\"><table class=\"figures\">\n<thead>"
        if grid.columns.contains(where: { $0.group != nil }) {
            out += "<tr><th scope=\"col\" rowspan=\"2\">\(HTMLText.escape(corner))</th>"
            var index = 0
            while index < grid.columns.count {
                guard let group = grid.columns[index].group?.text else {
                    out += "<th scope=\"col\" rowspan=\"2\" class=\"num\">\(HTMLText.escape(headings[index]))</th>"
                    index += 1
                    continue
                }
                var span = 1
                while index + span < grid.columns.count, grid.columns[index + span].group?.text == group { span += 1 }
                out += "<th scope=\"colgroup\" colspan=\"\(span)\" class=\"group\">\(HTMLText.escape(group))</th>"
                index += span
            }
            out += "</tr>\n<tr>"
            for (column, heading) in zip(grid.columns, headings) where column.group != nil {
                out += "<th scope=\"col\" class=\"num\">\(HTMLText.escape(heading))</th>"
            }
            out += "</tr>"
        } else {
            out += "<tr><th scope=\"col\">\(HTMLText.escape(corner))</th>"
            out += headings.map { "<th scope=\"col\" class=\"num\">\(HTMLText.escape($0))</th>" }.joined()
            out += "</tr>"
        }
        out += "</thead>\n<tbody>\n"
        var group: String?
        for row in grid.rows {
            if row.isTotal { out += "</tbody>\n<tfoot>\n" }
            // A line moved by the inputs set for this run says so, beside its label.
            let moved = row.status == .moved ? " <span class=\"moved\" title=\"moved by the inputs set for this run\">*</span>"
                : row.status == .overridden ? " <span class=\"overridden\" title=\"a figure of this member is set for this run\">*</span>" : ""
            var label = HTMLText.escape(row.headers.map(CellText.figure).joined(separator: " "))
            if grid.groupedBy != nil, !row.isTotal, let first = row.headers.first {
                // A grouped table: the group's text heads its rows once; its subtotal names it.
                let text = CellText.figure(first)
                if text != group {
                    out += "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(row.cells.count + 1)\">\(HTMLText.escape(text))</th></tr>\n"
                    group = text
                }
                label = HTMLText.escape(row.isSubtotal ? "Subtotal \(text)" : row.headers.last.map(CellText.figure) ?? "")
            } else if grid.groupedBy != nil, row.isTotal {
                label = HTMLText.escape(row.headers.first.map(CellText.figure) ?? "")
            }
            let kind = row.isTotal ? " class=\"total\"" : row.isSubtotal ? " class=\"subtotal\"" : row.status == .moved ? " class=\"moved\""
                : row.status == .overridden ? " class=\"overridden\"" : ""
            out += "<tr\(kind)><th scope=\"row\">\(label)\(moved)</th>"
            out += row.cells.map(cell).joined()
            out += "</tr>\n"
            if row.isTotal { out += "</tfoot>\n" }
        }
        if !(grid.rows.last?.isTotal ?? false) { out += "</tbody>\n" }
        return out + "</table></div>\n"
    }

    /// A figure cell: right-aligned; a negative figure is also marked, for colour.
    static func cell(_ cell: OutputCell) -> String {
        let text = CellText.figure(cell)
        return "<td class=\"num\(text.hasPrefix("-") ? " neg" : "")\">\(HTMLText.escape(text))</td>"
    }

    /// Each input with its figures, units and source note: what the model assumes, and why.
    static func assumptions(_ grid: OutputGrid) -> String {
        let years = grid.columns.filter { $0.role == .figure }.map { CellText.figure($0.heading) }
        var out = "<div class=\"scroll\"><table class=\"inputs\">\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
        for row in grid.rows {
            guard let input = row.line else { continue }
            // An input set for this run is marked, and its cell says it is not the file's figure.
            let overridden = row.status == .overridden
            out += "<tr id=\"\(inputAnchor(input.name))\"\(overridden ? " class=\"overridden\"" : "")><th scope=\"row\">\(HTMLText.escape(input.label))<br><code>\(HTMLText.escape(input.name))</code>"
            out += "\(overridden ? " <span class=\"moved\" title=\"set for this run\">set for this run</span>" : "")</th><td class=\"num\">"
            if input.list != nil {
                out += row.cells.filter { $0.total == nil }.map { HTMLText.escape(CellText.prose($0)) }.joined(separator: "<br>")
            } else if input.hasYears {
                out += zip(years, row.cells).map { year, value in
                    "<span class=\"year\">\(HTMLText.escape(year))</span> \(HTMLText.escape(CellText.prose(value)))"
                }.joined(separator: "<br>")
            } else {
                out += HTMLText.escape(CellText.prose(row.cells.last ?? .empty))
            }
            let cited = input.citations.isEmpty ? "" : "<span class=\"cited\">\(citationLinks(input.citations))</span>"
            out += "</td><td class=\"note\">\([HTMLText.escape(input.note ?? ""), cited].filter { !$0.isEmpty }.joined(separator: "<br>"))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// Each option's inputs: a row per input, its value under each option (marked where the
    /// option sets it differently), and its source.
    static func optionInputs(_ grid: OutputGrid) -> String {
        var out = "<h3>\(HTMLText.escape(grid.title))</h3>\n<div class=\"scroll\"><table class=\"figures options-inputs\">\n<thead><tr><th scope=\"col\">Input</th>"
        out += grid.columns.dropLast().map { "<th scope=\"col\" class=\"num\"><code>\(HTMLText.escape(CellText.figure($0.heading)))</code></th>" }.joined()
        out += "<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n"
        for row in grid.rows {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(row.headers.first.map(CellText.figure) ?? ""))</th>"
            for cell in row.cells.dropLast() {
                let text = HTMLText.escape(CellText.prose(cell))
                out += cell.status == .changed ? "<td class=\"num changed\"><mark>\(text)</mark></td>" : "<td class=\"num\">\(text)</td>"
            }
            out += "<td class=\"note\">\(optionInputSource(row))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// An option input's source: its note, then each document it cites by its short name, linked
    /// to the sources list where the full title is. The assumptions above give the titles in
    /// full; repeating them in a column beside four options' figures would make every row tall.
    static func optionInputSource(_ row: OutputRow) -> String {
        guard let input = row.line else { return HTMLText.escape(row.cells.last.map(CellText.plain) ?? "") }
        let cited = input.citations.map { citation in
            "<a href=\"#\(sourceAnchor(citation.source))\" title=\"\(HTMLText.escape(citation.text))\"><code>\(HTMLText.escape(citation.source))</code></a>"
                + (citation.place.map { ", " + HTMLText.escape($0) } ?? "")
        }.joined(separator: "; ")
        let parts = [HTMLText.escape(input.note ?? ""), cited.isEmpty ? "" : "<span class=\"cited\">\(cited)</span>"]
        return parts.filter { !$0.isEmpty }.joined(separator: "<br>")
    }

    /// The options compared: a row per line and option, the option's figures, its total and
    /// the change of the total from the base.
    static func comparison(_ grid: OutputGrid) -> String {
        var out = "<h3>\(HTMLText.escape(grid.title))</h3>\n<div class=\"scroll\"><table class=\"figures comparison\">\n<thead><tr>"
        out += "<th scope=\"col\">Line</th><th scope=\"col\">Option</th>"
        out += grid.columns.map { "<th scope=\"col\" class=\"num\">\(HTMLText.escape(CellText.figure($0.heading)))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        var previous: String?
        for row in grid.rows {
            let line = row.headers.first.map(CellText.figure) ?? "", option = row.headers.dropFirst().first.map(CellText.figure) ?? ""
            let first = line != previous
            out += "<tr\(first ? " class=\"first\"" : "")><th scope=\"row\">\(first ? HTMLText.escape(line) : "")</th>"
            out += "<td><code>\(HTMLText.escape(option))</code></td>" + row.cells.map(cell).joined() + "</tr>\n"
            previous = line
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// A summary, then one row per check with stated, computed and difference. A failure is
    /// shown in red; a pass within tolerance is marked, with its difference, so a reviewer sees
    /// every pound a source rounded away.
    static func checks(_ checks: OutputChecks) -> String {
        let results = checks.results
        let failed = results.filter { $0.status == .fail }.count
        var out = "<p class=\"summary \(failed > 0 ? "fail" : "pass")\">\(HTMLText.escape(CheckText.summary(results)))</p>\n"
        guard checks.layout != .summary else { return out }
        out += "<div class=\"scroll\"><table class=\"checks\">\n<thead><tr><th scope=\"col\">Check</th><th scope=\"col\" class=\"num\">Stated</th>"
        out += "<th scope=\"col\" class=\"num\">Computed</th><th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\">Result</th><th scope=\"col\" class=\"num\">Line</th></tr></thead>\n<tbody>\n"
        for row in CheckText.rows(results) {
            let (verdict, status) = CheckText.verdict(row)
            let kind = switch status {
            case .fail: "fail"
            case .withinTolerance: "within"
            case .expected: "expected"
            default: "pass"
            }
            out += "<tr class=\"\(kind)\"><th scope=\"row\">\(HTMLText.escape(CheckText.name(row)))</th>"
            switch row {
            case .check(let check):
                let difference = CheckText.difference(check)
                let figures = CheckText.figures(check)
                out += "<td class=\"num\">\(HTMLText.escape(CheckText.stated(check, figures.stated)))</td>"
                out += "<td class=\"num\">\(HTMLText.escape(figures.computed))</td>"
                out += "<td class=\"num difference\">\(difference.isEmpty ? "" : "<mark>\(HTMLText.escape(difference))</mark>")</td>"
                let note = CheckText.note(check).map { "<br><small class=\"note\">\(HTMLText.escape($0))</small>" } ?? ""
                out += "<td class=\"verdict\">\(HTMLText.escape(verdict))\(note)</td><td class=\"num\">\(check.line)</td></tr>\n"
            case .more(let first, let hidden, let hiddenStatus, let passed, let within, let total):
                let counted = CheckText.more(hidden: hidden, hiddenStatus: hiddenStatus, passed: passed, within: within, total: total)
                out += "<td class=\"num\"></td><td class=\"num\"></td><td class=\"num difference\"></td>"
                out += "<td class=\"verdict\">\(HTMLText.escape(verdict)): \(HTMLText.escape(counted))</td><td class=\"num\">\(first.line)</td></tr>\n"
            }
        }
        return out + "</tbody>\n</table></div>\n"
    }
}

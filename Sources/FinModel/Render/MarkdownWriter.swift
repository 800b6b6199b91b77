import Foundation

/// Markdown for a board paper: the title as a heading, each grid under its own heading as a
/// pipe table with figures right-aligned, the display rounding noted beneath, and the checks
/// as a table with any result other than a clean pass in bold.
///
///     ## Income and expenditure
///
///     |  | 2019/20 | 2020/21 | Total |
///     |:---|---:|---:|---:|
///     | Total income | £10,000 | £10,000 | £20,000 |
public enum MarkdownWriter {
    /// The document as Markdown, for pasting into a board paper.
    public static func write(_ document: OutputDocument) -> String {
        // Printed to a terminal as often as saved: controls in the scenario's text are shown.
        let document = document.mappingText(TerminalText.visible)
        var out = document.heading.map { "# \(escape($0))\n" } ?? ""
        for section in document.sections where section.role != .assumptions {
            for block in section.blocks {
                switch block {
                case .grid(let grid): out += (out.isEmpty ? "" : "\n") + self.grid(grid)
                case .checks(let checks): out += self.checks(checks)
                case .chart, .chartPanels, .waterfall: break
                case .options(let options):
                    out += "\n" + options.map { "- `\($0.name)`" + ($0.description.isEmpty ? "" : ": " + escape($0.description)) + "\n" }.joined()
                case .solution(let solution): out += (out.isEmpty ? "" : "\n") + "```\n" + TextWriter.solution(solution) + "```\n"
                case .trace(let trace): out += (out.isEmpty ? "" : "\n") + "```\n" + TextWriter.trace(trace, indent: 0) + "```\n"
                case .paragraph(let text): out += "\n" + escape(text) + "\n"
                case .list(let items): out += items.map { "- \(escape($0))\n" }.joined()
                case .sources(let sources): out += (out.isEmpty ? "" : "\n") + self.sources(sources)
                }
            }
        }
        return out
    }

    /// A heading (except for a data table, whose corner names its inputs), the pipe table, and
    /// the display rounding; labels left-aligned unless they are figures, the total row in bold.
    static func grid(_ grid: OutputGrid) -> String {
        let isDataTable = if case .dataTable = grid.arrangement { true } else { false }
        var out = isDataTable ? "" : "## \(escape(grid.title))\n\n"
        let headings = grid.headers.map(\.text) + grid.columns.map { column in
            column.group.map { "\($0.text) \(CellText.figure(column.heading))" } ?? CellText.figure(column.heading)
        }
        out += "| " + headings.map(escape).joined(separator: " | ") + " |\n"
        let alignments = grid.headers.map { _ in isDataTable ? "---:" : ":---" } + grid.columns.map { $0.role == .words ? ":---" : "---:" }
        out += "|" + alignments.joined(separator: "|") + "|\n"
        for row in grid.rows {
            var labels = row.headers.map { header in
                let text = escape(CellText.figure(header))
                return (row.isTotal || row.isSubtotal) && !text.isEmpty ? "**\(text)**" : text
            }
            // A line moved by the inputs set for this run, or changed since the last show, is marked as in the terminal.
            if !labels.isEmpty, row.status == .moved || row.status == .changed { labels[0] += " \\*" }
            if !labels.isEmpty, row.status == .overridden { labels[labels.count - 1] += " \\*" }
            out += "| " + (labels + row.cells.map { escape(CellText.figure($0)) }).joined(separator: " | ") + " |\n"
        }
        if let note = grid.displayNote {
            out += "\n\(note.prefix(1).uppercased() + note.dropFirst()).\n"
        }
        return out
    }

    /// As in the terminal: differences signed and shown only where there is one, and a result
    /// other than a clean pass in bold, so a board paper's reader cannot miss it.
    static func checks(_ checks: OutputChecks) -> String {
        let results = checks.results
        switch checks.layout {
        case .table:
            guard !results.isEmpty else { return "" }
            var out = "\n## Checks\n\n| Check | Stated | Computed | Difference | Result |\n|:---|---:|---:|---:|:---|\n"
            for row in CheckText.rows(results) {
                let (verdict, status) = CheckText.verdict(row)
                var result = status == .pass ? verdict : "**\(escape(verdict))**"
                switch row {
                case .check(let check):
                    if let note = CheckText.note(check) { result += ": " + escape(note) }
                    let figures = CheckText.figures(check)
                    out += "| \(escape(check.name)) | \(escape(CheckText.stated(check, figures.stated))) | \(escape(figures.computed)) "
                    out += "| \(escape(CheckText.difference(check))) | \(result) |\n"
                case .more(_, let hidden, let hiddenStatus, let passed, let within, let total):
                    let counted = CheckText.more(hidden: hidden, hiddenStatus: hiddenStatus, passed: passed, within: within, total: total)
                    out += "| \(escape(CheckText.name(row))) |  |  |  | \(result): \(escape(counted)) |\n"
                }
            }
            return out + "\n" + CheckText.summary(results) + "\n"
        case .listing:
            return results.map { check in
                "- \(escape(check.name)): \(escape(CheckText.verdict(check)))" + (CheckText.note(check).map { ": " + escape($0) } ?? "") + "\n"
            }.joined()
        case .summary:
            return "\n" + CheckText.summary(results) + "\n"
        }
    }

    /// Escapes the characters Markdown gives meaning to inside a table cell or heading.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(character)"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

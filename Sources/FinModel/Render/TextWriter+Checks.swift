/// Checks in the terminal: a table in a report, a line each for `scenario check`, the count,
/// and each failure in the diagnostic layout for standard error.
extension TextWriter {
    /// The checks as their layout says, or nil for a report's table of no checks; with
    /// `colour`, a failure's verdict in red, and a pass within tolerance or an expected
    /// discrepancy in amber. A check over a list shows only its members that need attention
    /// (the first few), then counts the rest.
    static func checks(_ checks: OutputChecks, colour: Bool = false) -> String? {
        func verdict(_ text: String, _ status: OutputStatus, width: Int) -> String {
            let text = text.padding(width)
            return colour ? TextColour.painted(text, status) : text
        }
        let results = checks.results
        let rows = CheckText.rows(results)
        switch checks.layout {
        case .table:
            guard !results.isEmpty else { return nil }
            let names = rows.map(CheckText.name)
            let width = names.map(\.count).max() ?? 0
            let verdicts = rows.map(CheckText.verdict)
            let verdictWidth = verdicts.map(\.text.count).max() ?? 4
            var out = "Checks\n"
            for (index, row) in rows.enumerated() {
                var text = "  \(verdict(verdicts[index].text, verdicts[index].status, width: verdictWidth))  \(names[index].padding(width))"
                text += "  " + Self.figures(row, separator: "  ", wordsAfterName: false)
                out += text + "\n"
            }
            return out + CheckText.summary(results) + "\n"
        case .listing:
            return rows.map { row in
                let first = if case .check(let check) = row { check } else if case .more(let check, _, _, _, _, _) = row { check } else { results[0] }
                let (text, status) = CheckText.verdict(row)
                return "\(first.path):\(first.line): \(verdict(text, status, width: 4))  \(CheckText.name(row)): "
                    + Self.figures(row, separator: ", ", wordsAfterName: true) + "\n"
            }.joined()
        case .summary:
            return CheckText.summary(results) + "\n"
        }
    }

    /// `stated £10.00  computed £9.00  difference -£1.00  note: …`, with `separator` between
    /// the parts; for a list's other members, how many there are.
    private static func figures(_ row: CheckText.Row, separator: String, wordsAfterName: Bool) -> String {
        switch row {
        case .check(let check):
            let figures = CheckText.figures(check)
            var parts = ["\(check.comparison.word) \(figures.stated)", "computed \(figures.computed)"]
            let difference = CheckText.difference(check)
            if !difference.isEmpty { parts.append("difference \(difference)") }
            if let note = CheckText.note(check) { parts.append("note: \(note)") }
            return parts.joined(separator: separator)
        case .more(_, let hidden, let status, let passed, let within, let total):
            return CheckText.more(hidden: hidden, hiddenStatus: status, passed: passed, within: within, total: total)
        }
    }

    /// Each failed check in the diagnostic layout: location, message, then the three figures
    /// aligned, and the tolerance allowed; failures separated by a blank line.
    ///
    ///     federation.scenario:30:1: error: check 'Total 2025/26' failed
    ///       stated:     £1,204,330.00
    ///       computed:   £1,204,329.99
    ///       difference: -£0.01
    public static func failures(_ checks: OutputChecks) -> String {
        CheckText.rows(checks.results).compactMap(failure(in:)).joined(separator: "\n")
    }

    /// ` (allowed: £1.00)` after a failed check's difference, or nothing for an exact check.
    /// Kept out of line: inlined into `failure(in:)`, reading the tolerance crashed Swift 6.3.1's
    /// optimizer in release builds (copy propagation).
    @inline(never)
    private static func allowance(_ tolerance: OutputCell) -> String {
        tolerance.value != .zero ? " (allowed: \(CellText.prose(tolerance)))" : ""
    }

    /// The error of one failed row, or nil for a row that passed.
    private static func failure(in row: CheckText.Row) -> String? {
        switch row {
        case .check(let written):
            guard written.status == .fail else { return nil }
            let check = written.mappingText(TerminalText.visible)
            let figures = CheckText.figures(check)
            let allowed = allowance(check.tolerance)
            let message = check.discrepancyGone ? "check '\(check.name)' expected a discrepancy, but the figures now agree" : "check '\(check.name)' failed"
            var text = """
            \(check.path):\(check.line):\(check.column): error: \(message)
              \((check.comparison.word + ":").padding(11)) \(figures.stated)
              computed:   \(figures.computed)
              difference: \(figures.difference)\(allowed)

            """
            if check.discrepancyGone { text += "  help: remove 'expected' and its note: the source and the model now agree\n" }
            return text
        case .more(let firstWritten, let hidden, let status, _, _, _):
            guard hidden > 0 && status == .fail else { return nil }
            let first = firstWritten.mappingText(TerminalText.visible)
            return "\(first.path):\(first.line):\(first.column): error: check '\(first.label)' failed for \(hidden) more of the \(first.list ?? "members")\n"
        }
    }
}

/// Checks in the terminal: a table in a report, a line each for `scenario check`, the count,
/// and each failure in the diagnostic layout for standard error.
extension TextWriter {
    /// The checks as their layout says, or nil for a report's table of no checks; with
    /// `colour`, a failure's verdict in red and a pass within tolerance in amber.
    static func checks(_ checks: OutputChecks, colour: Bool = false) -> String? {
        func verdict(_ check: OutputCheck, width: Int) -> String {
            let text = CheckText.verdict(check).padding(width)
            return colour ? TextColour.painted(text, check.status) : text
        }
        let results = checks.results
        switch checks.layout {
        case .table:
            guard !results.isEmpty else { return nil }
            let names = results.map(\.name)
            let width = names.map(\.count).max() ?? 0
            let verdicts = results.map(CheckText.verdict)
            let verdictWidth = verdicts.map(\.count).max() ?? 4
            var out = "Checks\n"
            for (index, check) in results.enumerated() {
                let figures = CheckText.figures(check)
                var text = "  \(verdict(check, width: verdictWidth))  \(names[index].padding(width))"
                text += "  stated \(figures.stated)  computed \(figures.computed)"
                let difference = CheckText.difference(check)
                if !difference.isEmpty { text += "  difference \(difference)" }
                out += text + "\n"
            }
            return out + CheckText.summary(results) + "\n"
        case .listing:
            return results.map { check in
                let figures = CheckText.figures(check)
                var text = "\(check.path):\(check.line): \(verdict(check, width: 4))  \(check.name): "
                text += "stated \(figures.stated), computed \(figures.computed)"
                let difference = CheckText.difference(check)
                if !difference.isEmpty { text += ", difference \(difference)" }
                return text + "\n"
            }.joined()
        case .summary:
            return CheckText.summary(results) + "\n"
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
        checks.results.filter { $0.status == .fail }.map { $0.mappingText(TerminalText.visible) }.map { check in
            let figures = CheckText.figures(check)
            return """
            \(check.path):\(check.line):\(check.column): error: check '\(check.name)' failed
              stated:     \(figures.stated)
              computed:   \(figures.computed)
              difference: \(figures.difference)\(check.tolerance.value != .zero ? " (allowed: \(CellText.prose(check.tolerance)))" : "")

            """
        }.joined(separator: "\n")
    }
}

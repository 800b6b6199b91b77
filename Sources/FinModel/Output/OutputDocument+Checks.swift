extension OutputCheck {
    /// A check's result with its figures as cells, in the check's format.
    public init(_ result: CheckResult) {
        let status: OutputStatus = switch (result.verdict, result.expected != nil) {
        case (.fails, true): .expected
        case (_, true), (.fails, false): .fail
        case (.withinTolerance, false): .withinTolerance
        case (.holds, false): .pass
        }
        func cell(_ value: Exact, showsSign: Bool = false) -> OutputCell {
            .figure(value, format: result.format, showsSign: showsSign)
        }
        // The computed figure carries the verdict.
        var computed = cell(result.computed)
        computed.status = status
        let tolerance: OutputCell = result.toleranceIsRelative ? .figure(result.tolerance, format: .percent) : cell(result.tolerance)
        self.init(
            label: result.label, place: result.place, stated: cell(result.stated), computed: computed,
            difference: cell(result.difference, showsSign: true), tolerance: tolerance, status: status,
            path: result.path, line: result.line, column: result.column, comparison: result.comparison,
            toleranceIsRelative: result.toleranceIsRelative, expected: result.expected, list: result.list)
    }
}

extension OutputChecks {
    /// Check results laid out as `layout` says.
    public init(_ results: [CheckResult], layout: Layout) {
        self.init(results.map(OutputCheck.init), layout: layout)
    }
}

extension OutputDocument {
    /// Checks alone, as `scenario check` and the session's `checks` print them: each on a line
    /// with its file and line, then (with `summary`) the count passed and failed.
    public init(checks results: [CheckResult], listing: Bool = true, summary: Bool = true) {
        var blocks: [OutputBlock] = []
        if listing { blocks.append(.checks(OutputChecks(results, layout: .listing))) }
        if summary { blocks.append(.checks(OutputChecks(results, layout: .summary))) }
        self.init(sections: [OutputSection(.checks, title: "Checks", blocks: blocks)])
    }
}

extension OutputCheck {
    /// A check's result with its figures as cells, in the check's format.
    public init(_ result: CheckResult) {
        let status: OutputStatus = !result.passed ? .fail : result.difference != .zero ? .withinTolerance : .pass
        func cell(_ value: Exact, showsSign: Bool = false) -> OutputCell {
            .figure(value, format: result.format, showsSign: showsSign)
        }
        // The computed figure carries the verdict.
        var computed = cell(result.computed)
        computed.status = status
        self.init(
            label: result.label, place: result.place, stated: cell(result.stated), computed: computed,
            difference: cell(result.difference, showsSign: true), tolerance: cell(result.tolerance), status: status,
            path: result.path, line: result.line, column: result.column)
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

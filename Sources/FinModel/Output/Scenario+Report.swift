/// A scenario's figures as a `Report`: the tables with their totals, the inputs, the checks and
/// the charts, for a whole run or for a what-if session as things stand.
extension Scenario {
    /// Evaluates every line, table and check; nil with diagnostics when anything is wrong, so a
    /// caller never shows a partial table.
    public func evaluate(overrides: [Override] = [], variant: String? = nil) -> (Report?, [Diagnostic]) {
        let (prepared, diagnostics) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, diagnostics) }
        let (values, problems) = prepared.values()
        guard let values else { return (nil, diagnostics + problems) }
        let (report, reportProblems) = ReportBuilder(model: prepared.model, evaluator: values).build(variant: variant)
        let all = diagnostics + reportProblems
        return all.contains(where: \.isError) ? (nil, all) : (report, all)
    }
}

extension ScenarioSession {
    /// The report as things stand.
    public func report() -> (Report?, [Diagnostic]) {
        let (report, problems) = ReportBuilder(model: prepared.model, evaluator: evaluator).build(variant: variant)
        return problems.contains(where: \.isError) ? (nil, problems) : (report, problems)
    }
}

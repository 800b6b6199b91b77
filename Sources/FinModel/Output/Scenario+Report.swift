/// A scenario's figures as a `Report`: the tables with their totals, the inputs, the checks and
/// the charts, for a whole run or for a what-if session as things stand.
extension Scenario {
    /// Evaluates every line, table and check; nil with diagnostics when anything is wrong, so a
    /// caller never shows a partial table.
    ///
    /// With overrides or a variant, the file as written is evaluated too, to flag the figures
    /// they move.
    public func evaluate(overrides: [Override] = [], variant: String? = nil) -> (Report?, [Diagnostic]) {
        evaluate(overrides: overrides, variant: variant, flaggingOverrides: true)
    }

    /// As above; without `flaggingOverrides`, for callers that show every option side by side
    /// and so never the flags, the file is not evaluated a second time.
    func evaluate(overrides: [Override], variant: String?, flaggingOverrides: Bool) -> (Report?, [Diagnostic]) {
        let (prepared, diagnostics) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, diagnostics) }
        let (values, problems) = prepared.values()
        guard let values else { return (nil, diagnostics + problems) }
        var (report, reportProblems) = ReportBuilder(model: prepared.model, evaluator: values).build(variant: variant)
        let all = diagnostics + reportProblems
        if all.contains(where: \.isError) { return (nil, all) }
        report.listFigures = prepared.model.reportListFigures
        if flaggingOverrides, !overrides.isEmpty || variant != nil {
            flagOverrides(in: &report, overrides: overrides, variant: variant, values: values, file: prepareOne().0?.values().0)
        }
        return (report, all)
    }

    /// The checks alone, with the diagnostics `evaluate` gives: what `scenario check` prints.
    ///
    /// Every line is evaluated and every table's figures totalled and converted as `evaluate`
    /// does, since any of them can fail; the tables' lines, the inputs and the sources are not
    /// made, and the figures that overrides move are not flagged (a check shows none of them).
    /// On a national scenario of 10,000 lines, the lines not made were a sixth of `check`.
    public func evaluateChecks(overrides: [Override] = [], variant: String? = nil) -> ([CheckResult]?, [Diagnostic]) {
        var evaluation: Any?
        return evaluateChecks(overrides: overrides, variant: variant, keeping: &evaluation)
    }

    /// The checks alone, as above, handing over in `evaluation` what they were worked out from
    /// (every line's figures, types and uses) rather than freeing it: a process that exits
    /// straight after can leave it to the exit, which frees it all at once. Freed value by value,
    /// a 4 MB scenario's evaluation was a thirtieth of checking it.
    public func evaluateChecks(overrides: [Override] = [], variant: String? = nil, keeping evaluation: inout Any?) -> ([CheckResult]?, [Diagnostic]) {
        let (prepared, diagnostics) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, diagnostics) }
        let (values, problems) = prepared.values()
        guard let values else { return (nil, diagnostics + problems) }
        var builder = ReportBuilder(model: prepared.model, evaluator: values)
        builder.buildsLines = false
        let (report, reportProblems) = builder.build(variant: variant)
        evaluation = (prepared, builder)
        let all = diagnostics + reportProblems
        if all.contains(where: \.isError) { return (nil, all) }
        return (report.checks, all)
    }

    /// Names the inputs in force that the file does not have, and every line whose figures they
    /// move, by comparing with the file's own figures: so every format can flag them.
    func flagOverrides(in report: inout Report, overrides: [Override], variant: String?, values: Evaluator, file: Evaluator?) {
        var origins: [String: (value: String, origin: String)] = [:]
        if let variant, let chosen = model.variants[variant] {
            for definition in chosen.overrides {
                origins[definition.name] = (definition.expression.span.file.text(of: definition.expression.span), "variant \(variant)")
            }
        }
        // Named by what set it: `--set` on the command line, or the REPL's `set` (origin `set NAME`).
        for override in overrides {
            origins[override.name] = (override.value, override.origin.hasPrefix("set ") ? "set in this session" : "--set")
        }
        report.overrides = model.names.compactMap { name in
            origins[name].map { ReportOverride(name: name, value: $0.value, fileValue: inputText(name) ?? "", origin: $0.origin) }
        }
        report.overrides += values.model.replacedListFigures.map { replaced in
            let setIn = replaced.definition.nameSpan.file.path
            let origin = setIn == self.file.path ? "variant \(variant ?? "")" : setIn.hasPrefix("set ") ? "set in this session" : "--set"
            let expression = replaced.definition.expression
            let unit = values.model.attributeUnits[replaced.figure.attribute] ?? .none
            let fileValue = FigureText.withUnit(replaced.fileValue, format: Value.Kind.number(unit).format(display: nil))
            return ReportOverride(name: replaced.figure.reference, value: expression.span.file.text(of: expression.span),
                                  fileValue: fileValue, origin: origin)
        }
        for replaced in values.model.replacedListFigures { report.setMembers[replaced.figure.list, default: []].insert(replaced.figure.member) }
        guard let file else { return }
        report.moved = Set(model.names.filter { !values.sameFigures(of: $0, as: file) })
    }
}

extension ScenarioSession {
    /// The report as things stand.
    ///
    /// Inputs set in the session and the figures they moved are flagged, as `run --set` flags them.
    public func report() -> (Report?, [Diagnostic]) {
        var (report, problems) = ReportBuilder(model: prepared.model, evaluator: evaluator).build(variant: variant)
        if problems.contains(where: \.isError) { return (nil, problems) }
        if !overrides.isEmpty || variant != nil {
            if fileFigures == nil { fileFigures = scenario.prepareOne().0?.values().0 }
            scenario.flagOverrides(in: &report, overrides: overrideList, variant: variant, values: evaluator, file: fileFigures)
        }
        return (report, problems)
    }
}

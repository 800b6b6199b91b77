/// `scenario export`: the scenario as a workbook that is a live model (`OutputWorkbook`).
extension Scenario {
    /// The workbook of the scenario with `variant` and `overrides` in place and, with
    /// `options`, a sheet for each of the file's variants (with the same overrides) beside it;
    /// with the report of the model exported, for what the command says afterwards. Nil with
    /// diagnostics when anything is wrong, as for `evaluate`.
    ///
    /// Inputs set by `overrides` or a variant, and the figures they move, are marked in the
    /// workbook as `run` marks them (`flagOverrides`): against the file as written, once
    /// evaluated for all the sheets.
    public func workbook(overrides: [Override] = [], variant: String? = nil, options: Bool = false) -> (OutputWorkbook?, Report?, [Diagnostic]) {
        let marksOptions = options && !model.variantOrder.isEmpty
        let file = !overrides.isEmpty || variant != nil || marksOptions ? prepareOne().0?.values().0 : nil
        let (base, diagnostics) = evaluated(overrides: overrides, variant: variant, file: file)
        guard let base else { return (nil, nil, diagnostics) }
        var all = diagnostics
        var chosen: [WorkbookBuilder.Option] = []
        if options {
            for name in model.variantOrder {
                let (option, problems) = evaluated(overrides: overrides, variant: name, file: file)
                all += problems
                guard let option else { return (nil, nil, all) }
                chosen.append(WorkbookBuilder.Option(name: name, description: model.variants[name]?.description, model: option))
            }
        }
        var builder = WorkbookBuilder(base: base, options: chosen)
        return (builder.build(), base.report, all)
    }

    /// One model checked, evaluated and reported, kept together for the workbook; with the
    /// figures of the `file` as written, its overrides and the figures they move are flagged.
    private func evaluated(overrides: [Override], variant: String?, file: Evaluator?) -> (WorkbookBuilder.Evaluated?, [Diagnostic]) {
        let (prepared, diagnostics) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, diagnostics) }
        let (values, problems) = prepared.values()
        guard let values else { return (nil, diagnostics + problems) }
        var (report, reportProblems) = ReportBuilder(model: prepared.model, evaluator: values).build(variant: variant)
        let all = diagnostics + problems + reportProblems
        if all.contains(where: \.isError) { return (nil, all) }
        if !overrides.isEmpty || variant != nil {
            flagOverrides(in: &report, overrides: overrides, variant: variant, values: values, file: file)
        }
        return (WorkbookBuilder.Evaluated(checked: prepared, evaluator: values, report: report), all)
    }
}

/// `compare`: the base model and its variants side by side, with each variant's difference.
extension Scenario {
    /// The base model and its variants, each evaluated with the same overrides.
    public struct Comparison: Sendable {
        /// "base" first, then each variant, in the order asked.
        public let names: [String]
        /// Each one's report, in the order of `names`.
        public let reports: [Report]
    }

    /// Evaluates the base and each variant (all of them when none are named).
    public func compare(variants: [String], overrides: [Override] = []) -> (Comparison?, [Diagnostic]) {
        let chosen = variants.isEmpty ? model.variantOrder : variants
        guard !chosen.isEmpty else {
            return (nil, [Diagnostic(at: nil, "this scenario has no variants to compare",
                                     help: "declare options with 'variant NAME \"description\":' and indented input overrides", path: file.path)])
        }
        var reports: [Report] = []
        var diagnostics: [Diagnostic] = []
        for variant in [nil] + chosen.map(Optional.some) {
            let (report, problems) = evaluate(overrides: overrides, variant: variant, flaggingOverrides: false)
            diagnostics += problems
            if let report { reports.append(report) }
        }
        guard reports.count == chosen.count + 1, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        return (Comparison(names: ["base"] + chosen, reports: reports), diagnostics)
    }
}

/// Checking every variant when a scenario is prepared, not only the one that is run.
extension Scenario {
    /// The mistakes in the variants other than `selected`: an override of a name that is not an
    /// input, a value in the wrong unit or shape, a name that does not exist, a cycle. Each is
    /// reported at the variant's line, as `--variant NAME` would report it.
    ///
    /// A variant is only checked, never evaluated. Most overrides are a plain value
    /// (`practice_contribution = £0.50 per patient`): the type of each is compared with the
    /// input's in `prepared`, as a what-if change is, at the cost of one expression. Only a
    /// variant whose override names other lines, or that fails that comparison, is put in place
    /// and checked whole, with the file's values, which states its mistake.
    ///
    /// Without this a variant with an unknown input or a unit error passed `run`, `check`,
    /// `report` and `export` with exit 0, and failed only when someone chose it.
    func variantProblems(checkedAgainst prepared: Prepared, except selected: String?) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in model.variantOrder where name != selected {
            guard let variant = model.variants[name] else { continue }
            if variant.overrides.allSatisfy({ prepared.replacingInput(with: $0) != nil }) { continue }
            let (checked, diagnostics) = prepareOne(variant: name)
            if checked != nil { continue }
            for diagnostic in diagnostics where diagnostic.isError && !problems.contains(diagnostic) {
                problems.append(diagnostic)
            }
        }
        return problems
    }
}

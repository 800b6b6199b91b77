/// Finds every name that means nothing, in every line, check and total, before evaluation.
///
/// Evaluation stops at a line's first problem and stays quiet about lines that depend on a failed
/// one; this pass makes sure every misspelt name in the file is still reported in one run.
struct NameResolver {
    let model: Model

    /// Every unknown name in the lines, totals and checks, in source order. The lines' and
    /// totals' names are those `graph` met that are not definitions: walking every expression
    /// again to look up each name was a twentieth of checking a 4 MB scenario.
    func unknownNames(graph: DependencyGraph) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<Int> = []
        for reference in graph.otherReferences {
            if let problem = problem(reference.name, at: reference.span, seen: &seen) { problems.append(problem) }
        }
        var expressions: [Expression] = []
        for check in model.checks {
            expressions += [check.computed, check.stated] + (check.tolerance.map { [$0] } ?? [])
        }
        return problems + unknownNames(in: expressions, seen: &seen)
    }

    func unknownNames(in expression: Expression) -> [Diagnostic] { unknownNames(in: [expression]) }

    func unknownNames(in expressions: [Expression]) -> [Diagnostic] {
        var seen: Set<Int> = []
        return unknownNames(in: expressions, seen: &seen)
    }

    /// The unknown names in `expressions`; `seen` holds the offsets already reported.
    private func unknownNames(in expressions: [Expression], seen: inout Set<Int>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for expression in expressions {
            expression.forEachReference { name, span in
                if model.values[name] == nil, let problem = problem(name, at: span, seen: &seen) { problems.append(problem) }
            }
        }
        return problems
    }

    /// The diagnostic for `name`, which is not a definition, written at `span`: none when it is
    /// a list attribute, `year`, a list (reported where it is used) or an option word, or when
    /// this place was reported already.
    private func problem(_ name: String, at span: SourceSpan, seen: inout Set<Int>) -> Diagnostic? {
        guard model.attributes[name] == nil, name != "year", model.lists[name] == nil,
              !BuiltinFunction.optionWords.contains(name), seen.insert(span.start).inserted
        else { return nil }
        return .unknown("name", name, at: span, among: model.knownNames,
                        help: "names are defined by 'input', by a line 'name = ...', or by a list's attributes")
    }
}

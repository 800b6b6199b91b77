/// Finds every name that means nothing, in every line, check and total, before evaluation.
///
/// Evaluation stops at a line's first problem and stays quiet about lines that depend on a failed
/// one; this pass makes sure every misspelt name in the file is still reported in one run.
struct NameResolver {
    let model: Model

    func unknownNames() -> [Diagnostic] {
        var expressions: [Expression] = []
        for name in model.names {
            let definition = model.values[name]!.definition
            expressions.append(definition.expression)
            if case .expression(let total)? = definition.total { expressions.append(total) }
        }
        for check in model.checks {
            expressions += [check.computed, check.stated] + (check.tolerance.map { [$0] } ?? [])
        }
        return unknownNames(in: expressions)
    }

    func unknownNames(in expression: Expression) -> [Diagnostic] { unknownNames(in: [expression]) }

    func unknownNames(in expressions: [Expression]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<Int> = []
        for expression in expressions {
            expression.forEachReference { name, span in
                if model.values[name] == nil, model.attributes[name] == nil, name != "year", model.lists[name] == nil,
                   !BuiltinFunction.optionWords.contains(name),
                   seen.insert(span.start).inserted
                {
                    problems.append(.unknown("name", name, at: span, among: model.knownNames,
                                             help: "names are defined by 'input', by a line 'name = ...', or by a list's attributes"))
                }
            }
        }
        return problems
    }
}

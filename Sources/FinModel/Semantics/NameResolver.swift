/// Finds every name that means nothing, in every line, check and total, before evaluation.
///
/// Evaluation stops at a line's first problem and stays quiet about lines that depend on a failed
/// one; this pass makes sure every misspelt name in the file is still reported in one run.
struct NameResolver {
    let model: Model

    /// Argument positions that hold words rather than values: rounding rules, policies, axes.
    static let wordArguments: [String: (positions: Set<Int>, labels: Set<String>)] = [
        "round": ([1], ["rule"]),
        "uplift": ([3, 4], ["policy", "rule"]),
        "total": ([1], ["over"]),
        "average": ([1], ["over"]),
    ]

    /// Words that only ever stand for an option (a rule, a policy, an axis), never a value.
    static let words: Set<String> = Set(RoundingRule.allCases.map(\.scenarioName) + ["each_year", "once", "years"])

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
        func visit(_ expression: Expression) {
            switch expression.kind {
            case .name(let name):
                if model.values[name] == nil, model.attributes[name] == nil, name != "year", model.lists[name] == nil,
                   !Self.words.contains(name),
                   seen.insert(expression.span.start).inserted
                {
                    problems.append(.unknown("name", name, at: expression.span, among: model.knownNames,
                                             help: "names are defined by 'input', by a line 'name = ...', or by a list's attributes"))
                }
            case .number, .money, .percent, .year, .yearRange, .text:
                break
            case .row(let items):
                items.forEach(visit)
            case .negate(let inner), .not(let inner), .convert(let inner, _):
                visit(inner)
            case .binary(_, let left, let right):
                visit(left)
                visit(right)
            case .call(let function, let arguments):
                let words = Self.wordArguments[function]
                for (position, argument) in arguments.enumerated() {
                    let isWord = argument.label.map { words?.labels.contains($0) ?? false }
                        ?? (words?.positions.contains(position) ?? false)
                    if !isWord { visit(argument.value) }
                }
            case .index(let base, let indices):
                visit(base)
                indices.forEach(visit)
            case .conditional(let condition, let then, let otherwise):
                visit(condition)
                visit(then)
                visit(otherwise)
            }
        }
        expressions.forEach(visit)
        return problems
    }
}

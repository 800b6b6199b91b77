/// Orders definitions so each is evaluated after everything it uses, and finds cycles.
///
/// A scenario is declarative: a line may use a line written below it. A cycle (`a` uses `b`
/// uses `a`) has no value, and the error names the whole cycle so the user can break it.
enum DependencyOrder {
    /// Names an expression refers to that are definitions of the model.
    static func references(in expression: Expression, model: Model, into names: inout [String]) {
        expression.forEachReference { name, _ in
            if model.values[name] != nil { names.append(name) }
        }
    }

    /// What `name` uses; its own name as the value of `prev(name, first: …)` is left out, and
    /// `usesPrevious` says whether it was there (a `Recurrence`).
    static func dependencies(of name: String, in model: Model, usesPrevious: inout Bool) -> [String] {
        guard let value = model.values[name] else { return [] }
        var names: [String] = []
        Recurrence.references(in: value.definition.expression, except: name, model: model, into: &names, usesPrevious: &usesPrevious)
        if case .expression(let total)? = value.definition.total {
            references(in: total, model: model, into: &names)
        }
        return names
    }

    /// Definitions in an order that evaluates dependencies first; cycles are reported and left out.
    static func order(_ model: Model, graph: DependencyGraph) -> (order: [String], diagnostics: [Diagnostic]) {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var order: [String] = []
        var diagnostics: [Diagnostic] = []
        var inCycle: Set<String> = []

        func visit(_ name: String, path: inout [String]) {
            if marks[name] == .done { return }
            if marks[name] == .visiting {
                let start = path.firstIndex(of: name)!
                let cycle = Array(path[start...]) + [name]
                if inCycle.isDisjoint(with: cycle) {
                    inCycle.formUnion(cycle)
                    diagnostics.append(cycleDiagnostic(cycle, model: model))
                }
                return
            }
            marks[name] = .visiting
            path.append(name)
            for dependency in graph.uses[name] ?? [] { visit(dependency, path: &path) }
            path.removeLast()
            marks[name] = .done
            order.append(name)
        }
        for name in model.names {
            var path: [String] = []
            visit(name, path: &path)
        }
        return (order.filter { !inCycle.contains($0) }, diagnostics)
    }

    private static func cycleDiagnostic(_ cycle: [String], model: Model) -> Diagnostic {
        let first = model.values[cycle[0]]!.definition
        let chain = cycle.map { "'\($0)'" }.joined(separator: " uses ")
        let notes = cycle.dropFirst().dropLast().map { name in
            Diagnostic.Note(span: model.values[name]!.definition.nameSpan, message: "'\(name)' is defined here")
        }
        return Diagnostic(
            at: first.nameSpan, "'\(cycle[0])' depends on itself: \(chain)",
            help: "a line cannot use its own value, even through other lines; a running balance may read its own last year, as in prev(balance, first: £0)",
            notes: Array(notes))
    }
}

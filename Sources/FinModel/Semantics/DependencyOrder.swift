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

    /// The numbers of the definitions `definition` (of `name`) uses, appended to `found`
    /// (`DependencyGraph` numbers them); its own name as the value of `prev(name, first: …)` is
    /// left out, and `usesPrevious` says whether it was there (a `Recurrence`). The names that are
    /// not definitions go to `others`.
    static func dependencies(of name: String, _ definition: Definition, numbers: [String: Int], into found: inout [Int],
                             others: inout [DependencyGraph.Reference], usesPrevious: inout Bool) {
        Recurrence.references(in: definition.expression, except: name, numbers: numbers, into: &found, others: &others,
                              usesPrevious: &usesPrevious)
        if case .expression(let total)? = definition.total {
            total.forEachReference { name, span in
                if let number = numbers[name] { found.append(number) } else { others.append(DependencyGraph.Reference(name: name, span: span)) }
            }
        }
    }

    /// The numbers of the definitions (`graph.names`) in an order that evaluates dependencies
    /// first; cycles are reported and left out.
    ///
    /// The walk marks, follows and orders the graph's numbers: marking by name hashed each name
    /// four or five times, a twentieth of checking a 4 MB scenario.
    static func order(_ model: Model, graph: DependencyGraph) -> (order: [Int], diagnostics: [Diagnostic]) {
        let names = graph.names
        let uses = graph.usesByNumber
        enum Mark { case unvisited, visiting, done }
        var marks = [Mark](repeating: .unvisited, count: names.count)
        var order: [Int] = []
        order.reserveCapacity(names.count)
        var diagnostics: [Diagnostic] = []
        var inCycle: Set<String> = []
        var cycleNumbers: Set<Int> = []
        var path: [Int] = []

        func visit(_ index: Int) {
            switch marks[index] {
            case .done: return
            case .visiting:
                let start = path.firstIndex(of: index)!
                let cycle = (path[start...] + [index]).map { names[$0] }
                if inCycle.isDisjoint(with: cycle) {
                    inCycle.formUnion(cycle)
                    cycleNumbers.formUnion(path[start...])
                    diagnostics.append(cycleDiagnostic(cycle, model: model))
                }
                return
            case .unvisited: break
            }
            marks[index] = .visiting
            path.append(index)
            for dependency in uses[index] { visit(dependency) }
            path.removeLast()
            marks[index] = .done
            order.append(index)
        }
        for index in names.indices {
            path.removeAll(keepingCapacity: true)
            visit(index)
        }
        return (inCycle.isEmpty ? order : order.filter { !cycleNumbers.contains($0) }, diagnostics)
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

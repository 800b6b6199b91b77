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
    ///
    /// The walk numbers the definitions once and then marks, follows and orders numbers: marking
    /// by name hashed each name four or five times, a twentieth of checking a 4 MB scenario.
    static func order(_ model: Model, graph: DependencyGraph) -> (order: [String], diagnostics: [Diagnostic]) {
        let names = model.names
        var number: [String: Int] = [:]
        number.reserveCapacity(names.count)
        for (index, name) in names.enumerated() { number[name] = index }
        // Each name is claimed once (`ModelBuilder`); were one listed twice, walk by name as before.
        if number.count != names.count { return orderByName(model, graph: graph) }
        var uses: [[Int]] = []
        uses.reserveCapacity(names.count)
        for name in names {
            var numbers: [Int] = []
            for dependency in graph.uses[name] ?? [] {
                // Every definition a line uses is one of the model's names; if one were not,
                // the walk by name below orders it as before.
                guard let found = number[dependency] else { return orderByName(model, graph: graph) }
                numbers.append(found)
            }
            uses.append(numbers)
        }

        enum Mark { case unvisited, visiting, done }
        var marks = [Mark](repeating: .unvisited, count: names.count)
        var order: [Int] = []
        order.reserveCapacity(names.count)
        var diagnostics: [Diagnostic] = []
        var inCycle: Set<String> = []
        var path: [Int] = []

        func visit(_ index: Int) {
            switch marks[index] {
            case .done: return
            case .visiting:
                let start = path.firstIndex(of: index)!
                let cycle = (path[start...] + [index]).map { names[$0] }
                if inCycle.isDisjoint(with: cycle) {
                    inCycle.formUnion(cycle)
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
        let ordered = order.map { names[$0] }
        return (inCycle.isEmpty ? ordered : ordered.filter { !inCycle.contains($0) }, diagnostics)
    }

    /// The same walk by name: for a graph whose edges name something that is not a definition.
    private static func orderByName(_ model: Model, graph: DependencyGraph) -> (order: [String], diagnostics: [Diagnostic]) {
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

/// Which lines each line uses, and which lines use it: built once when a scenario is checked, so
/// a what-if change finds the lines to evaluate again by walking the reverse edges.
struct DependencyGraph: Sendable {
    /// name → the definitions its expression and total use, in the order written, once each.
    let uses: [String: [String]]
    /// name → the definitions that use it directly.
    let usedBy: [String: [String]]
    /// The lines that use their own previous year through `prev(name, first: …)`: worked out
    /// year by year (`Recurrence`).
    let recurrences: Set<String>

    init(_ model: Model) {
        var uses: [String: [String]] = [:]
        var usedBy: [String: [String]] = [:]
        uses.reserveCapacity(model.names.count)
        usedBy.reserveCapacity(model.names.count)
        var recurrences: Set<String> = []
        for name in model.names {
            var usesPrevious = false
            let direct = Self.onceEach(DependencyOrder.dependencies(of: name, in: model, usesPrevious: &usesPrevious))
            if usesPrevious { recurrences.insert(name) }
            uses[name] = direct
            for dependency in direct { usedBy[dependency, default: []].append(name) }
        }
        self.uses = uses
        self.usedBy = usedBy
        self.recurrences = recurrences
    }

    /// `names` in the order written, each once: a short list by comparing with what is kept (most
    /// lines use a handful of names, and a set of them costs an allocation and a hash each),
    /// a long one through a set.
    static func onceEach(_ names: [String]) -> [String] {
        if names.count <= 16 {
            var kept: [String] = []
            kept.reserveCapacity(names.count)
            for name in names where !kept.contains(name) { kept.append(name) }
            return kept
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// `names` and every definition that uses one of them, directly or through others.
    func dependents(of names: Set<String>) -> Set<String> {
        var found = names
        var pending = Array(names)
        while let name = pending.popLast() {
            for user in usedBy[name] ?? [] where found.insert(user).inserted { pending.append(user) }
        }
        return found
    }
}

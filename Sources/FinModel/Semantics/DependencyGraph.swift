/// Which lines each line uses, and which lines use it: built once when a scenario is checked, so
/// a what-if change finds the lines to evaluate again by walking the reverse edges.
struct DependencyGraph: Sendable {
    /// name → the definitions its expression and total use, in the order written, once each.
    let uses: [String: [String]]
    /// name → the definitions that use it directly.
    let usedBy: [String: [String]]

    init(_ model: Model) {
        var uses: [String: [String]] = [:]
        var usedBy: [String: [String]] = [:]
        uses.reserveCapacity(model.names.count)
        usedBy.reserveCapacity(model.names.count)
        for name in model.names {
            var seen: Set<String> = []
            let direct = DependencyOrder.dependencies(of: name, in: model).filter { seen.insert($0).inserted }
            uses[name] = direct
            for dependency in direct { usedBy[dependency, default: []].append(name) }
        }
        self.uses = uses
        self.usedBy = usedBy
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

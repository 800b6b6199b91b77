/// Which lines each line uses, and which lines use it: built once when a scenario is checked, so
/// a what-if change finds the lines to evaluate again by walking the reverse edges.
///
/// The definitions are numbered once, in source order, and the edges hold numbers: building and
/// walking the graph by name hashed every name at each step, a tenth of checking a 4 MB scenario.
struct DependencyGraph: Sendable {
    /// The definitions by number: the model's names, in source order.
    let names: [String]
    /// name → its number in `names`.
    let numbers: [String: Int]
    /// number → the numbers of the definitions its expression and total use, in the order
    /// written, once each.
    let usesByNumber: [[Int]]
    /// number → the numbers of the definitions that use it directly, in source order.
    let usedByNumber: [[Int]]
    /// number → its definition, looked up in the model once here: the checker types each line
    /// by number rather than look the name up again. Nil only for a name with no definition.
    let definitions: [Definition?]
    /// The lines that use their own previous year through `prev(name, first: …)`: worked out
    /// year by year (`Recurrence`).
    let recurrences: Set<String>
    /// number → whether it is one of `recurrences`, so the checker asks without hashing its name.
    let isRecurrence: [Bool]
    /// The names the lines and totals use that are not definitions (list attributes, `year`,
    /// words, mistakes), with where each is written, in source order: `NameResolver` looks up
    /// only these rather than walk every expression again.
    let otherReferences: [Reference]

    /// A name as written in an expression.
    struct Reference: Sendable {
        let name: String
        let span: SourceSpan
    }

    /// - Precondition: each of the model's names is listed once (`ModelBuilder` claims each name
    ///   once), and every definition of the model is one of its names.
    init(_ model: Model) {
        let names = model.names
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(names.count)
        for (index, name) in names.enumerated() { numbers[name] = index }
        var definitions: [Definition?] = []
        definitions.reserveCapacity(names.count)
        var uses: [[Int]] = []
        uses.reserveCapacity(names.count)
        var recurrences: Set<String> = []
        var isRecurrence = [Bool](repeating: false, count: names.count)
        var others: [Reference] = []
        // One buffer for every line's uses, kept between lines: each line's list is then made
        // once at its final size, not grown append by append.
        var found: [Int] = []
        for (index, name) in names.enumerated() {
            let definition = model.values[name]?.definition
            definitions.append(definition)
            var usesPrevious = false
            found.removeAll(keepingCapacity: true)
            if let definition {
                DependencyOrder.dependencies(of: name, definition, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious)
            }
            if usesPrevious {
                recurrences.insert(name)
                isRecurrence[index] = true
            }
            uses.append(Self.onceEach(found))
        }
        // Each line's users counted first, so each list is made once at its final size.
        var userCounts = [Int](repeating: 0, count: names.count)
        for direct in uses { for dependency in direct { userCounts[dependency] += 1 } }
        var usedBy = [[Int]](repeating: [], count: names.count)
        for (number, count) in userCounts.enumerated() where count > 0 { usedBy[number].reserveCapacity(count) }
        for (index, direct) in uses.enumerated() { for dependency in direct { usedBy[dependency].append(index) } }
        self.names = names
        self.numbers = numbers
        self.definitions = definitions
        self.usesByNumber = uses
        self.usedByNumber = usedBy
        self.recurrences = recurrences
        self.isRecurrence = isRecurrence
        self.otherReferences = others
    }

    /// The definitions `name` uses, in the order written, once each; none for a name that is
    /// not a definition.
    func uses(of name: String) -> [String] {
        guard let number = numbers[name] else { return [] }
        return usesByNumber[number].map { names[$0] }
    }

    /// `numbers` in the order written, each once: a short list by comparing with what is kept
    /// (most lines use a handful of names, and a set of them costs an allocation and a hash
    /// each), a long one through a set.
    static func onceEach(_ numbers: [Int]) -> [Int] {
        // An input uses nothing, and many lines one name: nothing to compare, nothing to allocate.
        if numbers.count < 2 { return numbers.isEmpty ? [] : [numbers[0]] }
        if numbers.count <= 16 {
            var kept: [Int] = []
            kept.reserveCapacity(numbers.count)
            for number in numbers where !kept.contains(number) { kept.append(number) }
            return kept
        }
        var seen: Set<Int> = []
        return numbers.filter { seen.insert($0).inserted }
    }

    /// `names` and every definition that uses one of them, directly or through others.
    func dependents(of names: Set<String>) -> Set<String> {
        var found = names
        var pending = names.compactMap { numbers[$0] }
        while let number = pending.popLast() {
            for user in usedByNumber[number] where found.insert(self.names[user]).inserted { pending.append(user) }
        }
        return found
    }
}

/// The type of a line that uses its own last year (`Recurrence`): the opening value says what
/// the line is, and the formula must agree.
///
///     reserves = prev(reserves, first: £10,000) + surplus   // £, a figure for each year
extension Checker {
    /// Checks a recurrence's formula with the line assumed to be what its opening value is (in
    /// each year, and over the opening's list, or the list the formula turns out to vary over),
    /// then insists that the formula gives that kind.
    mutating func recurrenceType(of name: String, _ expression: Expression) throws(Failure) -> ValueType {
        if let misplaced = Recurrence.misplacedPrevious(of: name, in: expression) {
            throw fail(at: misplaced.span, "'\(name)' reads its own last year inside a figure over several years",
                       label: "a year's figure could read a year of '\(name)' not yet worked out",
                       help: "use prev(\(name), first: …) only in arithmetic, if, round, min, max, sum or abs, not inside total, cumulative, an index or a row")
        }
        let call = Recurrence.previousCalls(of: name, in: expression)[0]
        let others = Recurrence.otherArguments(call)
        guard let first = others.first(where: { $0.label == "first" }) ?? others.first(where: { $0.label == nil }) else {
            throw fail(at: call.span, "prev(\(name)) has no value for \(model.firstPeriodLabel), the first \(model.periodNoun)",
                       help: "give the opening value, the figure before the first \(model.periodNoun): prev(\(name), first: £0)")
        }
        let opening = try type(of: first.value)
        guard case .number = opening.kind, !opening.shape.hasYears else {
            throw fail(at: first.value.span, "the opening value of '\(name)' must be one figure, but this is \(opening.kind.description) (\(model.describe(opening.shape)))",
                       help: "write, for example, first: £0")
        }
        var assumed = ValueType(kind: opening.kind, shape: ValueShape(list: opening.shape.list, hasYears: true))
        var found = assumed
        for _ in 0..<2 {
            assume(name, is: assumed)
            found = try type(of: expression)
            // A balance kept for each practice from one opening figure: assume the list, check again.
            guard assumed.shape.list == nil, let list = found.shape.list else { break }
            assumed.shape = ValueShape(list: list, hasYears: true)
        }
        guard found.kind == assumed.kind else {
            throw fail(at: expression.span, "'\(name)' is \(found.kind.description), but its opening value is \(assumed.kind.description)",
                       help: "a line that reads its own last year keeps one unit: give first: in the line's unit")
        }
        guard found.shape == assumed.shape else {
            throw fail(at: expression.span, "'\(name)' has \(model.describe(found.shape)), but reads its own last year as \(model.describe(assumed.shape))",
                       help: "give the line a figure for each year, and the opening value the line's list, if any")
        }
        return found
    }
}

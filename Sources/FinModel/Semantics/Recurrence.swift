/// A line that uses its own previous year: `reserves = prev(reserves, first: £10,000) + surplus`.
///
/// A running balance is the commonest figure in a financial plan, and `cumulative(...)` only
/// covers the balance that is a plain sum. A recurrence is worked out year by year: the first
/// year reads `first:` (the opening balance), each later year reads the year before it. That is
/// well defined only when a year's figure depends on the line's earlier years and nothing else
/// of its own, so the rule is narrow and checked:
///
/// - the line names itself only as the value of `prev(name, first: …)`, written directly;
/// - every step from the line's formula down to that `prev` works cell by cell (arithmetic,
///   comparisons, `if`, `round`, `min`, `max`, `sum`, `abs`, `pro_rata`, `yearly`, `in`), so
///   a year's figure never reads a later year of the line.
///
/// Any other use of itself, directly or through other lines, is still a cycle, and is reported
/// with the cycle named (`DependencyOrder`).
///
///     reserves = prev(reserves, first: £10,000) + surplus    // surplus £752 | -£12,954
///     // £10,752.00 | -£2,202.00
enum Recurrence {
    /// Whether `node` is `prev(name, …)` with `name` written directly as its value.
    static func isPrevious(of name: String, _ node: Expression) -> Bool {
        guard case .call(let function, let arguments) = node.kind, function == BuiltinFunction.Name.prev.rawValue,
              let value = valueArgument(arguments), case .name(name) = arguments[value].value.kind else { return false }
        return true
    }

    /// The position of prev's `value` argument: labelled `value:`, or the first without a label.
    static func valueArgument(_ arguments: [Argument]) -> Int? {
        arguments.firstIndex { $0.label == "value" } ?? arguments.firstIndex { $0.label == nil }
    }

    /// prev's arguments other than its value (the opening value).
    static func otherArguments(_ expression: Expression) -> [Argument] {
        guard case .call(_, let arguments) = expression.kind, let value = valueArgument(arguments) else { return [] }
        return arguments.enumerated().filter { $0.offset != value }.map(\.element)
    }

    /// The calls `prev(name, …)` in `expression`, in the order written.
    static func previousCalls(of name: String, in expression: Expression) -> [Expression] {
        var calls: [Expression] = []
        expression.forEachValueNode { node in
            if isPrevious(of: name, node) { calls.append(node) }
        }
        return calls
    }

    /// The numbers of the definitions `expression` uses (`numbers`, as `DependencyGraph` numbers
    /// them), leaving out `name` where it is the value of `prev(name, …)`: the one self-reference
    /// a line may make. `usesPrevious` is set when that self-reference is met; the names that are
    /// not definitions go to `others`, with where they are written.
    ///
    /// Each call's function is looked up once, and `prev` recognised from it: every line of a
    /// scenario is walked here, so a second look-up of the function's name cost a hash a call.
    static func references(in expression: Expression, except name: String, numbers: [String: Int], into found: inout [Int],
                           others: inout [DependencyGraph.Reference], usesPrevious: inout Bool) {
        switch expression.kind {
        case .name(let used):
            if let number = numbers[used] { found.append(number) } else { others.append(DependencyGraph.Reference(name: used, span: expression.span)) }
            return
        case .binary(_, let left, let right):
            references(in: left, except: name, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious)
            references(in: right, except: name, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious)
            return
        case .call(let function, let arguments):
            guard let builtin = BuiltinFunction.named(function) else { break }
            if builtin.name == .prev, let value = valueArgument(arguments), case .name(name) = arguments[value].value.kind {
                usesPrevious = true
                for (position, argument) in arguments.enumerated() where position != value {
                    references(in: argument.value, except: name, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious)
                }
                return
            }
            for (position, argument) in arguments.enumerated() where !builtin.isNotAValue(label: argument.label, position: position) {
                references(in: argument.value, except: name, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious)
            }
            return
        default:
            break
        }
        expression.forEachChild { child in references(in: child, except: name, numbers: numbers, into: &found, others: &others, usesPrevious: &usesPrevious) }
    }

    /// The first `prev(name, …)` in `expression` that is reached through something that is not
    /// cell by cell (`total`, `cumulative`, an index, a row), or nil when every one is reached
    /// cell by cell: such a use could read a year of the line not yet worked out.
    static func misplacedPrevious(of name: String, in expression: Expression, reachedCellByCell: Bool = true) -> Expression? {
        if isPrevious(of: name, expression) {
            if !reachedCellByCell { return expression }
            // `first:` is one figure; a prev of the line inside it is out of place.
            for argument in otherArguments(expression) {
                if let found = misplacedPrevious(of: name, in: argument.value, reachedCellByCell: false) { return found }
            }
            return nil
        }
        let cellByCell: Bool
        switch expression.kind {
        case .binary, .negate, .not, .conditional, .convert:
            cellByCell = reachedCellByCell
        case .call(let function, let arguments):
            cellByCell = reachedCellByCell && (BuiltinFunction.named(function).map { BuiltinFunction.cellByCellNames.contains($0.name) } ?? false)
                && !BuiltinFunction.isAggregateExtreme(function, argumentCount: arguments.count)
        default:
            cellByCell = false
        }
        var found: Expression?
        expression.forEachChild { child in
            if found == nil { found = misplacedPrevious(of: name, in: child, reachedCellByCell: cellByCell) }
        }
        return found
    }
}

extension BuiltinFunction {
    /// The functions whose every cell comes from the same cell of their arguments: a failed cell
    /// spoils only itself, and a recurrence may read its previous year through them.
    static let cellByCellNames: Set<BuiltinFunction.Name> = [.abs, .max, .min, .proRata, .round, .sum, .yearly]
}

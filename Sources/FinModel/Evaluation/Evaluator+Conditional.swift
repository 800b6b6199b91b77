/// `if condition then a else b`, cell by cell: each cell takes its figure from the branch its
/// condition chooses, and a branch's failure in a cell it is not chosen for is no error.
///
/// The help for a division by zero says to guard it with `if`, so a guard must work:
///
///     per_patient = if patients = 0 patients then £0 per patient else cost / patients
///     // patients 0 | 100, cost £500: £0.00 per patient | £5.00 per patient
///
/// Each branch is evaluated for every cell, as every expression is, by an evaluator that keeps
/// failures (`keepsFailures`): a cell whose arithmetic fails (a division by zero, an overflow) is
/// kept as that cell's error, and so is every cell computed from it, through arithmetic,
/// comparisons, `not`, indexing, rows and the functions that work cell by cell
/// (`worksCellByCell`). The `if` takes each cell from the branch chosen; a failed cell chosen
/// is reported, with the message and place it would have had without the `if`. `and` and `or`
/// treat their right side as `if` treats a branch: it matters only where the left side does not
/// decide.
///
/// A function over the years or the list (`total`, `prev`, `uplift`, …) reads cells other than
/// its own, so inside a branch it runs strictly; if it fails, the whole branch fails, and that is
/// an error only if the branch is chosen for some cell.
extension Evaluator {
    /// The functions whose every cell comes from the same cell of their arguments, so a failed
    /// cell spoils only itself.
    static let cellByCellFunctions: Set<BuiltinFunction.Name> = BuiltinFunction.cellByCellNames

    static func worksCellByCell(_ name: String) -> Bool {
        BuiltinFunction.named(name).map { cellByCellFunctions.contains($0.name) } ?? false
    }

    func conditional(_ conditionSyntax: Expression, _ thenSyntax: Expression, _ otherwiseSyntax: Expression, span: SourceSpan) throws(Failure) -> Value {
        let condition = try compute(conditionSyntax).withExactFigures
        let then = try branch(thenSyntax).withExactFigures
        let otherwise = try branch(otherwiseSyntax).withExactFigures
        let shape = broadcast([condition.shape, then.shape, otherwise.shape])
        let count = axes.count(shape)
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var failures: [Int: Diagnostic] = [:]
        for index in 0..<count {
            // A failed condition (inside an outer branch) fails the cell; else the branch chosen decides.
            let conditionIndex = axes.sourceIndex(condition, at: index, of: shape)
            let chosen = condition.failures[conditionIndex] != nil ? condition
                : condition.figures[conditionIndex] != .zero ? then : otherwise
            let source = axes.sourceIndex(chosen, at: index, of: shape)
            if let failure = chosen.failures[source] {
                failures[index] = failure
                cells.append(.zero)
            } else {
                cells.append(chosen.figures[source])
            }
        }
        // A strict evaluator reports the first chosen failure (`evaluate`); inside a branch it stays.
        return Value(kind: then.kind, shape: shape, cells: cells, failures: failures)
    }

    /// `a and b`, `a or b`, cell by cell: where `a` decides (false for `and`, true for `or`), a
    /// failure of `b` is no error, so `patients > 0 patients and cost / patients > £1` guards
    /// its division as an `if` does.
    func logical(_ op: BinaryOperator, _ left: Value, _ rightSyntax: Expression, span: SourceSpan) throws(Failure) -> Value {
        let left = left.withExactFigures
        let right = try branch(rightSyntax).withExactFigures
        let shape = broadcast(left.shape, right.shape)
        let count = axes.count(shape)
        let decisive: Exact = op == .and ? .zero : .one
        var cells: [Exact] = []
        cells.reserveCapacity(count)
        var failures: [Int: Diagnostic] = [:]
        for index in 0..<count {
            let leftIndex = axes.sourceIndex(left, at: index, of: shape)
            let rightIndex = axes.sourceIndex(right, at: index, of: shape)
            if let failure = left.failures[leftIndex] {
                failures[index] = failure
                cells.append(.zero)
            } else if (left.figures[leftIndex] != .zero ? Exact.one : .zero) == decisive {
                cells.append(decisive)
            } else if let failure = right.failures[rightIndex] {
                failures[index] = failure
                cells.append(.zero)
            } else {
                cells.append(right.figures[rightIndex] != .zero ? .one : .zero)
            }
        }
        return Value(kind: .boolean, shape: shape, cells: cells, failures: failures)
    }

    /// A branch of `if`, with its failed cells kept; a branch that fails as a whole (a function
    /// over the years or the list failed) is a value whose every cell has that failure.
    func branch(_ syntax: Expression) throws(Failure) -> Value {
        var keeping = self
        keeping.keepsFailures = true
        do {
            return try keeping.compute(syntax)
        } catch {
            guard case .reported(let failure) = error else { throw error }
            let typed = Checker(model: model, known: types.mapValues { Optional($0) })
            guard let type = try? typed.type(of: syntax) else { throw error }
            let count = axes.count(type.shape)
            return Value(kind: type.kind, shape: type.shape, cells: [Exact](repeating: .zero, count: count),
                         failures: Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, failure) }))
        }
    }

    /// The figure `compute` gives for cell `index`, or zero with its failure kept in `failures`
    /// when this evaluator keeps failures; a strict one reports it.
    @inline(__always)
    func keepingFailure(at index: Int, in failures: inout [Int: Diagnostic], _ compute: () throws(Failure) -> Exact) throws(Failure) -> Exact {
        do {
            return try compute()
        } catch {
            guard keepsFailures, case .reported(let failure) = error else { throw error }
            failures[index] = failure
            return .zero
        }
    }
}

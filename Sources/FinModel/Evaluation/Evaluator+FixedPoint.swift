/// The fast path: figures computed as 64-bit counts of a step (`FixedColumn`) wherever every
/// operand and every result is a whole number of a step the column can hold.
///
/// Each function here returns nil whenever it cannot give the result in fixed point: an operand
/// that is no whole number of a step within the bounds, a count or a denominator past
/// `FixedColumn.limit`, a division by a figure that varies, a failed cell, or an evaluator inside
/// a branch of `if` (which keeps failed cells). The caller then computes the same result in
/// `Exact`, cell by cell, as it always did, and reports any error there. So the fast path never
/// reports anything itself: overflow, division by zero and every other message come from the
/// exact path, at the same place, with the same words; and since the exact path cannot overflow
/// on operands within the bounds (`FixedColumn`), a figure the fast path gives is the figure the
/// exact path would give.
///
///     // £1.23 per patient × 6,254 patients: counts 123 of 1/100 and 6,254 of 1 make 769,242 of 1/100
///     // uplift(…, rule: half_even, step: £0.01): each year k ← round(k × 10,150 ÷ 10,000)
extension Evaluator {
    /// Whether this evaluator computes in fixed point: not when asked not to, nor inside a branch.
    var triesFixedPoint: Bool { usesFixedPoint && !keepsFailures }

    /// The value's figures as a fixed-point column, when the fast path may use them.
    func column(_ value: Value) -> FixedColumn? {
        guard triesFixedPoint, value.failures.isEmpty else { return nil }
        return value.figures.fixed
    }

    /// A column's counts laid out for a value of `shape`: a single figure repeated, or each cell
    /// taken from the one it lines up with (`Axes.sourceIndex`). A column already of the shape's
    /// size lines up cell for cell (the axes it lacks have one position).
    func spread(_ column: FixedColumn, of value: Value, to shape: Value.Shape, count: Int) -> [Int64] {
        if column.count == count { return column.units }
        if column.count == 1 { return [Int64](repeating: column.units[0], count: count) }
        return (0..<count).map { column.units[axes.sourceIndex(value, at: $0, of: shape)] }
    }

    /// Each count mapped by `f` (nil: not in fixed point), over the same denominator, or over
    /// `denominator` with `kind` when given (a condition's 0 and 1).
    func fixedMap(_ value: Value, kind: Value.Kind? = nil, denominator: Int64? = nil, _ f: (Int64) -> Int64?) -> Value? {
        guard let column = column(value),
              let units = FixedColumn.units(count: column.count, { index in f(column.units[index]).flatMap { FixedColumn.within($0) ? $0 : nil } })
        else { return nil }
        return Value(kind: kind ?? value.kind, shape: value.shape,
                     column: FixedColumn(denominator: denominator ?? column.denominator, units: units))
    }

    /// `a + b`, `a - b`, `a * b`, `a / b` (by one figure) and comparisons, in fixed point.
    func fixedBinary(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value? {
        guard let a = column(left), let b = column(right) else { return nil }
        let shape = broadcast(left.shape, right.shape)
        let count = axes.count(shape)
        switch op {
        case .add, .subtract, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            guard let denominator = FixedColumn.commonDenominator(a.denominator, b.denominator) else { return nil }
            let (x, y) = (spread(a, of: left, to: shape, count: count), spread(b, of: right, to: shape, count: count))
            let (scaleX, scaleY) = (denominator / a.denominator, denominator / b.denominator)
            // Both counts over the common denominator.
            func pair(_ index: Int) -> (Int64, Int64)? {
                guard let p = FixedColumn.product(x[index], scaleX), let q = FixedColumn.product(y[index], scaleY) else { return nil }
                return (p, q)
            }
            if op == .add || op == .subtract {
                let sign: Int64 = op == .add ? 1 : -1
                let units: [Int64]?
                if scaleX == 1 && scaleY == 1 {
                    units = FixedColumn.units(count: count) { index in FixedColumn.sum(x[index], sign * y[index]) }
                } else {
                    units = FixedColumn.units(count: count) { index in pair(index).flatMap { FixedColumn.sum($0, sign * $1) } }
                }
                return units.map { Value(kind: left.kind, shape: shape, column: FixedColumn(denominator: denominator, units: $0)) }
            }
            let units = FixedColumn.units(count: count) { index -> Int64? in
                guard let (p, q) = pair(index) else { return nil }
                let truth = switch op {
                case .equal: p == q
                case .notEqual: p != q
                case .less: p < q
                case .lessEqual: p <= q
                case .greater: p > q
                default: p >= q
                }
                return truth ? 1 : 0
            }
            return units.map { Value(kind: .boolean, shape: shape, column: FixedColumn(denominator: 1, units: $0)) }
        case .multiply:
            guard let denominator = FixedColumn.product(a.denominator, b.denominator) else { return nil }
            let kind = Value.Kind.number((left.unit ?? .none).multiplied(by: right.unit ?? .none))
            // A column times one figure, either way round, with no copy of the figure.
            if b.count == 1 || a.count == 1 {
                let (factor, column, value) = b.count == 1 ? (b.units[0], a, left) : (a.units[0], b, right)
                let x = spread(column, of: value, to: shape, count: count)
                return FixedColumn.units(count: count) { FixedColumn.product(x[$0], factor) }
                    .map { Value(kind: kind, shape: shape, column: FixedColumn(denominator: denominator, units: $0)) }
            }
            let (x, y) = (spread(a, of: left, to: shape, count: count), spread(b, of: right, to: shape, count: count))
            return FixedColumn.units(count: count) { FixedColumn.product(x[$0], y[$0]) }
                .map { Value(kind: kind, shape: shape, column: FixedColumn(denominator: denominator, units: $0)) }
        case .divide:
            // (x / d) ÷ (p / e) = (x × e) / (d × p): one figure divides; a column would make each
            // cell's denominator its own, so it is left to the exact path.
            guard b.count == 1, b.units[0] != 0, let denominator = FixedColumn.product(a.denominator, abs(b.units[0])) else { return nil }
            let factor = b.units[0] < 0 ? -b.denominator : b.denominator
            let kind = Value.Kind.number((left.unit ?? .none).divided(by: right.unit ?? .none))
            let x = spread(a, of: left, to: shape, count: count)
            return FixedColumn.units(count: count) { FixedColumn.product(x[$0], factor) }
                .map { Value(kind: kind, shape: shape, column: FixedColumn(denominator: denominator, units: $0)) }
        case .and, .or:
            return nil
        }
    }

    /// Every figure times one exact figure (`pro_rata`'s share of the year).
    func fixedProduct(_ value: Value, _ factor: Exact) -> Value? {
        guard let column = column(value), let (units, denominator) = FixedColumn.fraction(factor),
              let newDenominator = FixedColumn.product(column.denominator, denominator) else { return nil }
        return FixedColumn.units(count: column.count) { FixedColumn.product(column.units[$0], units) }
            .map { Value(kind: value.kind, shape: value.shape, column: FixedColumn(denominator: newDenominator, units: $0)) }
    }

    /// `round(value, rule, step)` in fixed point: x/d is k steps of s/e when k = rule(x·e ÷ d·s).
    func fixedRounded(_ value: Value, rule: RoundingRule, step: Exact) -> Value? {
        guard let column = column(value), let (stepUnits, stepDenominator) = FixedColumn.fraction(step), stepUnits > 0 else { return nil }
        let d = column.denominator
        let units: [Int64]?
        if stepUnits == 1 && stepDenominator % d == 0 {
            // Already whole multiples of the step: the figures are unchanged.
            return Value(kind: value.kind, shape: value.shape, column: column)
        } else if stepUnits == 1 && d % stepDenominator == 0, let divisor = PreparedDivisor(UInt64(d / stepDenominator)) {
            units = column.units.map { rule.divide($0, by: divisor) }
        } else {
            let divisor = Int128(d) * Int128(stepUnits)
            units = FixedColumn.units(count: column.count) { index in
                let steps = rule.divide(Int128(column.units[index]) * Int128(stepDenominator), by: divisor)
                return Int64(exactly: steps).flatMap { FixedColumn.product($0, stepUnits) }
            }
        }
        return units.map { Value(kind: value.kind, shape: value.shape, column: FixedColumn(denominator: stepDenominator, units: $0)) }
    }

    /// `sum`, `min` and `max` of several values, cell by cell, over a common denominator.
    func fixedVariadic(_ function: BuiltinFunction.Name, _ values: [Value]) -> Value? {
        var columns: [FixedColumn] = []
        var denominator: Int64 = 1
        for value in values {
            guard let column = column(value), let common = FixedColumn.commonDenominator(denominator, column.denominator) else { return nil }
            columns.append(column)
            denominator = common
        }
        let shape = broadcast(values.map(\.shape))
        let count = axes.count(shape)
        var result: [Int64] = []
        for (index, (value, column)) in Swift.zip(values, columns).enumerated() {
            guard let scaled = column.rescaled(to: denominator) else { return nil }
            let units = spread(scaled, of: value, to: shape, count: count)
            if index == 0 {
                result = units
                continue
            }
            for cell in 0..<count {
                switch function {
                case .min: result[cell] = Swift.min(result[cell], units[cell])
                case .max: result[cell] = Swift.max(result[cell], units[cell])
                default:
                    guard let sum = FixedColumn.sum(result[cell], units[cell]) else { return nil }
                    result[cell] = sum
                }
            }
        }
        return Value(kind: values[0].kind, shape: shape, column: FixedColumn(denominator: denominator, units: result))
    }
}

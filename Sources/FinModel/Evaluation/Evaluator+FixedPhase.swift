/// The fast path of `phase(amount per year, flat)`: each month's share computed from the year's
/// count of pence with one division, instead of a largest-remainder split in `Exact` for every
/// cell (which spread the same year twelve times over, once for each of its months).
///
/// Flat phasing splits a year's amount into twelve equal shares; every share loses the same part
/// of a penny in rounding down, so the pennies left over go to the earliest months
/// (`Phasing`, ties to the earlier month): an amount of `a` pence gives each month `a ÷ 12`
/// and the first `a mod 12` months one penny more. A quarter is the sum of its three months.
/// That is the exact path's figure whenever the amount is a whole number of pence and not below
/// zero; any other amount (a part of a penny, a negative amount), a failed cell, a count past
/// `FixedColumn.limit` or a phasing by days or a profile returns nil, and the caller computes the
/// result in `Exact` as before, so every error and every figure is the exact path's.
///
///     // £100,000.00 a year, 10,000,000 pence: 833,334 pence April to July, 833,333 after
extension Evaluator {
    /// `value` (yearly amounts, a fixed-point column) phased flat over `periods`, in pence; nil
    /// when the fast path cannot give the exact path's figures.
    func fixedFlatPhase(_ value: Value, periods: [Period]) -> Value? {
        guard let column = column(value), column.denominator <= 100, 100 % column.denominator == 0 else { return nil }
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        let count = axes.count(shape)
        let periodCount = axes.yearCount
        guard periodCount == periods.count, periodCount > 0, count % periodCount == 0 else { return nil }
        // Each period's first month within its financial year (0 for April) and its month count.
        let firsts = periods.map { UInt64($0.monthIndices.lowerBound - 1) }
        let counts = periods.map { UInt64($0.monthIndices.count) }
        let toPence = 100 / column.denominator
        let annual = spread(column, of: value, to: shape, count: count)
        // Every amount must be zero or more and within the bound. The loop writes every share
        // with no exit and no sign to handle, noting any amount out of range as it goes; one
        // such amount sends the whole line to the exact path.
        let highest = UInt64((FixedColumn.limit - 1) / toPence), scale = UInt64(toPence)
        var outOfRange = false
        let units = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            annual.withUnsafeBufferPointer { annual in
                var index = 0
                while index < count {
                    // One member's periods at a time: the period is the position within them.
                    for period in 0..<periodCount {
                        // A negative amount is a count above `highest` here.
                        let amount = UInt64(bitPattern: annual[index])
                        outOfRange = outOfRange || amount > highest
                        buffer[index] = Int64(bitPattern: Self.flatShare(of: amount &* scale, first: firsts[period], count: counts[period]))
                        index += 1
                    }
                }
            }
            initialized = count
        }
        guard !outOfRange else { return nil }
        return Value(kind: .number(.money), shape: shape, column: FixedColumn(denominator: 100, units: units))
    }

    /// The `count` months from `first` (0 for April) of `pence` phased flat: `pence ÷ 12` each,
    /// and a penny more for each of them among the first `pence mod 12` months of the year.
    @inline(__always)
    static func flatShare(of pence: UInt64, first: UInt64, count: UInt64) -> UInt64 {
        let each = pence / 12, left = pence &- each &* 12
        // Of the months first..<first + count, those before month `left` take the extra penny.
        let extra = left > first ? Swift.min(left &- first, count) : 0
        return each &* count &+ extra
    }
}

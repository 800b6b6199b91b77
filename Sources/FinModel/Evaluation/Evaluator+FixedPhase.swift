/// The fast path of `phase(amount per year, flat)`: each month's share computed from the year's
/// count of pence with one division, instead of a largest-remainder split in `Exact` for every
/// cell (which spread the same year twelve times over, once for each of its months).
///
/// Flat phasing splits a year's amount into twelve equal shares; every share loses the same part
/// of a penny in rounding down, so the pennies left over go to the earliest months
/// (`Phasing`, ties to the earlier month): an amount of `a` pence gives each month `a ÷ 12`
/// and the first `a mod 12` months one penny more. A quarter is the sum of its three months.
/// That is the exact path's figure whenever the amount is a whole number of pence and not below
/// zero; for any other amount (a part of a penny, a negative amount), a failed cell, a count past
/// `FixedColumn.limit` or a phasing by days or a profile, `phasesFlatInFixedPoint` says no and the
/// caller computes the result in `Exact` as before, so every error and every figure is the exact
/// path's.
///
///     // £100,000.00 a year, 10,000,000 pence: 833,334 pence April to July, 833,333 after
extension Evaluator {
    /// Whether `value` (yearly amounts) phases flat over `periods` on the fast path: a
    /// fixed-point column of whole pence, each amount zero or more and within the bound. A read
    /// of the column, so that the phasing itself can then write its shares over it.
    func phasesFlatInFixedPoint(_ value: Value, periods: [Period]) -> Bool {
        guard let column = column(value), column.denominator <= 100, 100 % column.denominator == 0,
              axes.yearCount == periods.count, periods.count > 0 else { return false }
        let count = axes.count(Value.Shape(list: value.shape.list, hasYears: true))
        guard count % periods.count == 0 else { return false }
        // A negative amount is a count above `highest` here.
        let highest = UInt64((FixedColumn.limit - 1) / (100 / column.denominator))
        // The largest as unsigned, with no branch in the loop, so that it runs in vector registers.
        return column.units.withUnsafeBufferPointer { units in
            var largest: UInt64 = 0
            for amount in units { largest = Swift.max(largest, UInt64(bitPattern: amount)) }
            return largest <= highest
        }
    }

    /// `value` phased flat over `periods`, in pence, where `phasesFlatInFixedPoint` says the fast
    /// path gives the exact path's figures.
    ///
    /// The value is consumed: when it is the only holder of its column (an `uplift` phased
    /// straight away, as a monthly model's streams are), the shares are written over the
    /// yearly amounts in place, each month's share from its own cell's amount, and no second
    /// column of the same size is allocated and faulted in.
    func fixedFlatPhase(_ value: consuming Value, periods: [Period]) -> Value {
        let shape = Value.Shape(list: value.shape.list, hasYears: true)
        let count = axes.count(shape)
        let periodCount = periods.count
        // Each period's first month within its financial year (0 for April) and its month count.
        let firsts = periods.map { UInt64($0.monthIndices.lowerBound - 1) }
        let counts = periods.map { UInt64($0.monthIndices.count) }
        let fixed = column(value)!
        let scale = UInt64(100 / fixed.denominator)
        var units = spread(fixed, of: value, to: shape, count: count)
        _ = consume fixed
        _ = consume value
        if counts.allSatisfy({ $0 == 1 }) {
            // A model of months: each period is one month, whose share is the year's twelfth and
            // a penny when it is among the first `pence mod 12` months.
            units.withUnsafeMutableBufferPointer { units in
                firsts.withUnsafeBufferPointer { firsts in
                    var index = 0
                    while index < count {
                        for period in 0..<periodCount {
                            let pence = UInt64(bitPattern: units[index]) &* scale
                            let each = pence / 12, left = pence &- each &* 12
                            units[index] = Int64(bitPattern: each &+ (left > firsts[period] ? 1 : 0))
                            index &+= 1
                        }
                    }
                }
            }
        } else {
            units.withUnsafeMutableBufferPointer { units in
                var index = 0
                while index < count {
                    // One member's periods at a time: the period is the position within them.
                    for period in 0..<periodCount {
                        let amount = UInt64(bitPattern: units[index])
                        units[index] = Int64(bitPattern: Self.flatShare(of: amount &* scale, first: firsts[period], count: counts[period]))
                        index += 1
                    }
                }
            }
        }
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

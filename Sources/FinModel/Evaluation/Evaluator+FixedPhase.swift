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
        guard periodCount == periods.count, periodCount > 0 else { return nil }
        // Each period's months within its financial year, 0 for April.
        let months = periods.map { ($0.monthIndices.lowerBound - 1, $0.monthIndices.upperBound - 1) }
        let toPence = 100 / column.denominator
        let annual = spread(column, of: value, to: shape, count: count)
        var complete = true
        let units = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let (pence, overflow) = annual[index].multipliedReportingOverflow(by: toPence)
                guard !overflow, pence >= 0, pence < FixedColumn.limit else {
                    complete = false
                    break
                }
                buffer[index] = Self.flatShare(of: pence, months: months[index % periodCount])
                initialized = index + 1
            }
        }
        guard complete else { return nil }
        return Value(kind: .number(.money), shape: shape, column: FixedColumn(denominator: 100, units: units))
    }

    /// The months `first...last` (0 for April) of `pence` phased flat: `pence ÷ 12` each, and a
    /// penny more for each of them among the first `pence mod 12` months of the year.
    @inline(__always)
    static func flatShare(of pence: Int64, months: (first: Int, last: Int)) -> Int64 {
        let (each, left) = pence.quotientAndRemainder(dividingBy: 12)
        let monthCount = Int64(months.last - months.first + 1)
        // Of the months first...last, those before month `left` take the extra penny.
        let extra = Int64(max(0, min(months.last + 1, Int(left)) - months.first))
        return each * monthCount + extra
    }
}

/// A column of figures that are each a whole number of one small step, held as 64-bit counts of
/// that step: the evaluator's fast representation of money, list sizes and rates.
///
/// Nearly every figure a funding model computes is a whole number of pence, of patients, or of a
/// small fraction such as a twentieth (95% of a penny amount): `£1,234.56` is 123,456 counts of
/// 1/100, and a column of them is one `[Int64]` and one denominator, eight bytes a cell instead of
/// an `Exact`'s thirty-two, added and multiplied with one instruction and an overflow test.
///
///     let pence = FixedColumn(denominator: 100, units: [123_456, -5])   // £1,234.56, -£0.05
///     pence.exact(at: 0)                                                // 30864/25
///
/// - Important: A column is the same figures as its `Exact` cells, never an approximation. It
///   holds only what it can hold exactly; an operation whose result it cannot hold (a count or a
///   denominator past `limit`, a quotient that is no whole number of any step it may use)
///   returns nil, and the evaluator computes that result in `Exact` instead.
/// - Important: Both the counts and the denominator stay within ±2^62 (`limit`). Then every
///   `Exact` operation on the cells' values (sums, products, quotients, rounding to a step held
///   within the same bound) has intermediates within 2^126, so it cannot overflow: whenever the
///   fast path gives a figure, the exact path gives the same figure, and never an overflow.
struct FixedColumn: Sendable, Equatable {
    /// The step is 1/denominator: 100 for pence, 1 for whole numbers. At least 1, at most `limit`.
    let denominator: Int64
    /// Each cell's figure in steps: the cell is units[i] / denominator.
    var units: [Int64]

    /// The bound on counts and denominators, 2^62.
    static let limit: Int64 = 1 << 62

    init(denominator: Int64, units: [Int64]) {
        precondition(denominator >= 1 && denominator <= Self.limit, "FixedColumn: denominator out of range")
        self.denominator = denominator
        self.units = units
    }

    var count: Int { units.count }

    /// Cell `index` as an exact fraction, in lowest terms.
    @inline(__always)
    func exact(at index: Int) -> Exact {
        if denominator == 1 { return Exact(Int128(units[index])) }
        return Exact(Int128(units[index]), over: Int128(denominator))
    }

    /// The cells as exact fractions.
    var exactCells: [Exact] { units.indices.map(exact(at:)) }

    /// Exact figures held as a column, when they fit: their denominators have a common multiple
    /// within the limit, and each figure's count of it is within the limit too.
    ///
    ///     FixedColumn(exactly: [Exact(3), try Exact(numerator: 1, denominator: 4)])
    ///     // denominator 4, units [12, 1]
    init?(exactly cells: some Collection<Exact>) {
        // Whole numbers, as list sizes and counts are, need no common denominator.
        if cells.allSatisfy({ $0.denominator == 1 }) {
            var units: [Int64] = []
            units.reserveCapacity(cells.count)
            for cell in cells {
                guard let count = Int64(exactly: cell.numerator), Self.within(count) else { return nil }
                units.append(count)
            }
            self.init(denominator: 1, units: units)
            return
        }
        var denominator: Int64 = 1
        for cell in cells where cell.denominator != 1 {
            guard let d = Int64(exactly: cell.denominator), let common = Self.commonDenominator(denominator, d) else { return nil }
            denominator = common
        }
        var units: [Int64] = []
        units.reserveCapacity(cells.count)
        for cell in cells {
            // The denominator divides the common one exactly.
            guard let numerator = Int64(exactly: cell.numerator),
                  let count = Self.product(numerator, denominator / Int64(cell.denominator)) else { return nil }
            units.append(count)
        }
        self.init(denominator: denominator, units: units)
    }

    /// One figure as a count of 1/denominator, when both fit.
    static func fraction(_ value: Exact) -> (units: Int64, denominator: Int64)? {
        guard let numerator = Int64(exactly: value.numerator), let denominator = Int64(exactly: value.denominator),
              within(numerator), denominator <= limit else { return nil }
        return (numerator, denominator)
    }

    /// True when `value` is strictly within ±limit, so that two such counts add without wrapping.
    @inline(__always)
    static func within(_ value: Int64) -> Bool { value > -limit && value < limit }

    /// a × b when it is within the limit.
    @inline(__always)
    static func product(_ a: Int64, _ b: Int64) -> Int64? {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        return !overflow && within(result) ? result : nil
    }

    /// a + b when it is within the limit (a and b are, so the sum cannot wrap).
    @inline(__always)
    static func sum(_ a: Int64, _ b: Int64) -> Int64? {
        let result = a &+ b
        return within(result) ? result : nil
    }

    /// The least common multiple of two denominators, when it is within the limit.
    static func commonDenominator(_ a: Int64, _ b: Int64) -> Int64? {
        guard a >= 1, b >= 1, a <= limit, b <= limit else { return nil }
        if a == b || b == 1 { return a }
        if a == 1 { return b }
        let divisor = Int64(truncatingIfNeeded: Exact.gcd(UInt128(a), UInt128(b)))
        return product(a / divisor, b)
    }

    /// `count` counts made by `cell`, or nil as soon as one is nil (a result the column cannot
    /// hold); written straight into the new array, with no zero-filling first.
    @inline(__always)
    static func units(count: Int, _ cell: (Int) -> Int64?) -> [Int64]? {
        var complete = true
        let units = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                guard let unit = cell(index) else {
                    complete = false
                    return
                }
                buffer[index] = unit
                initialized = index + 1
            }
        }
        return complete ? units : nil
    }

    /// The same figures over `denominator`, a multiple of this column's; nil when a count leaves
    /// the limit.
    func rescaled(to denominator: Int64) -> FixedColumn? {
        if denominator == self.denominator { return self }
        let factor = denominator / self.denominator
        var units = [Int64](repeating: 0, count: self.units.count)
        for index in units.indices {
            guard let count = Self.product(self.units[index], factor) else { return nil }
            units[index] = count
        }
        return FixedColumn(denominator: denominator, units: units)
    }
}

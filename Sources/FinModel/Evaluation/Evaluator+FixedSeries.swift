/// The fast path for the functions over the year and list axes: totals and averages, running
/// sums, last year's value, and uplift rounded each year, in fixed point.
///
/// As everywhere on the fast path (`Evaluator+FixedPoint.swift`), each returns nil when it
/// cannot give the result in fixed point, and the caller computes it exactly.
extension Evaluator {
    /// `total(...)` and `average(...)` over the years or over a list, counted in 128 bits and
    /// kept when the total is within the column's bound; an average is the total over the count
    /// times the denominator, so it needs no division.
    func fixedTotal(_ value: Value, over axis: AggregationAxis, members: Int, years: Int, average: Bool, shape: Value.Shape) -> Value? {
        guard let column = column(value), column.count == members * years else { return nil }
        let units = column.units
        var totals: [Int128]
        let count: Int
        switch axis {
        case .years(let range):
            count = range.count
            totals = (0..<members).map { member in
                var total: Int128 = 0
                for year in range { total += Int128(units[member * years + year]) }
                return total
            }
        case .list:
            count = members
            // Member by member, the way the cells lie in memory; each count is within ±2^62, so
            // 64-bit partial totals cannot wrap over 2 members, and are carried into 128 bits.
            totals = [Int128](repeating: 0, count: years)
            totals.withUnsafeMutableBufferPointer { totals in
                units.withUnsafeBufferPointer { units in
                    var index = 0
                    var member = 0
                    while member + 1 < members {
                        for year in 0..<years {
                            totals[year] &+= Int128(units[index] &+ units[index &+ years])
                            index &+= 1
                        }
                        index &+= years
                        member &+= 2
                    }
                    if member < members {
                        for year in 0..<years { totals[year] &+= Int128(units[index &+ year]) }
                    }
                }
            }
        }
        // An average of nothing divides by zero: the exact path says so.
        guard count > 0, let denominator = average ? FixedColumn.product(column.denominator, Int64(count)) : column.denominator,
              let result = FixedColumn.units(count: totals.count, { index in
                  Int64(exactly: totals[index]).flatMap { FixedColumn.within($0) ? $0 : nil }
              })
        else { return nil }
        return Value(kind: value.kind, shape: shape, column: FixedColumn(denominator: denominator, units: result))
    }

    /// `cumulative(x)`: the running sum over each member's years.
    func fixedCumulative(_ value: Value) -> Value? {
        guard var column = column(value) else { return nil }
        let years = axes.yearCount
        for memberStart in stride(from: 0, to: column.count, by: years) {
            for index in (memberStart + 1)..<Swift.min(memberStart + years, column.count) {
                guard let sum = FixedColumn.sum(column.units[index - 1], column.units[index]) else { return nil }
                column.units[index] = sum
            }
        }
        return Value(kind: value.kind, shape: value.shape, column: column)
    }

    /// `prev(x, first: …)`: each member's figures moved on a year, `first` in the first year.
    func fixedPrevious(_ value: Value, first: Value) -> Value? {
        guard let column = column(value), let firstColumn = self.column(first),
              let denominator = FixedColumn.commonDenominator(column.denominator, firstColumn.denominator),
              let scaled = column.rescaled(to: denominator), let firsts = firstColumn.rescaled(to: denominator) else { return nil }
        let years = axes.yearCount
        let memberShape = Value.Shape(list: value.shape.list, hasYears: false)
        var units = scaled.units
        for memberStart in stride(from: 0, to: units.count, by: years) {
            for year in stride(from: years - 1, to: 0, by: -1) { units[memberStart + year] = scaled.units[memberStart + year - 1] }
            units[memberStart] = firsts.units[axes.sourceIndex(first, at: memberStart / years, of: memberShape)]
        }
        return Value(kind: value.kind, shape: value.shape, column: FixedColumn(denominator: denominator, units: units))
    }

    /// `uplift(base, by: rate, …, policy: each_year, rule: …, step: …)` in fixed point.
    ///
    /// The exact path (`Uplift.compound`) rounds the base to the step, then, while the counts fit
    /// 64 bits, takes each year's count of steps as k ← rule(k × n ÷ d) for the growth factor n/d
    /// (`Uplift.roundEachYearInSteps`). This is that loop, with the divisor prepared once for the
    /// whole column rather than once a member, writing each year's count straight into the
    /// column; a count that leaves 64 bits, or a factor that does not fit them, sends the whole
    /// line to the exact path, which carries on exactly from there.
    func fixedUplift(_ base: Value, rate: Exact, offsets: [Int], rule: RoundingRule, step: Exact) -> Value? {
        guard let column = column(base), let (stepUnits, stepDenominator) = FixedColumn.fraction(step), stepUnits > 0,
              let factor = try? Percentage(fraction: rate).checkedGrowthFactor(),
              let multiplier = Int64(exactly: factor.numerator), let narrow = UInt64(exactly: factor.denominator),
              let divisor = PreparedDivisor(narrow) else { return nil }
        // The model's years follow one another, so the offsets from `from` do too; a model of
        // months or quarters repeats each year's offset for each of its periods, and each period
        // takes its year's figure, so the years are compounded once and then spread to periods.
        guard let firstOffset = offsets.first, let lastOffset = offsets.last, lastOffset >= firstOffset,
              Swift.zip(offsets, offsets.dropFirst()).allSatisfy({ $1 == $0 || $1 == $0 + 1 }) else { return nil }
        let yearCount = lastOffset - firstOffset + 1
        let d = column.denominator
        // The base in steps: k0 = rule(x·e ÷ d·s), as `Exact.rounded(_:toMultipleOf:)` gives it.
        var starts = column.units
        if stepUnits == 1 && stepDenominator % d == 0 {
            // Already whole steps (£1.20 is 6/5, six steps of 1/5, 120 of 1/100): no rounding.
            guard let scaled = column.rescaled(to: stepDenominator) else { return nil }
            starts = scaled.units
        } else {
            let baseDivisor = Int128(d) * Int128(stepUnits)
            for member in starts.indices {
                guard let steps = Int64(exactly: rule.divide(Int128(starts[member]) * Int128(stepDenominator), by: baseDivisor))
                else { return nil }
                starts[member] = steps
            }
        }
        guard var units = FixedColumn.upliftedEachYear(
            starts, multiplier: multiplier, divisor: divisor, rule: rule, firstOffset: firstOffset, yearCount: yearCount)
        else { return nil }
        // Counts of the step are counts of 1/e times s.
        if stepUnits != 1 {
            for index in units.indices {
                guard let count = FixedColumn.product(units[index], stepUnits) else { return nil }
                units[index] = count
            }
        }
        if yearCount != offsets.count { units = Self.spreadYears(units, yearCount: yearCount, toPeriodsAt: offsets.map { $0 - firstOffset }) }
        return Value(kind: base.kind, shape: Value.Shape(list: base.shape.list, hasYears: true),
                     column: FixedColumn(denominator: stepDenominator, units: units))
    }

    /// Each member's `yearCount` yearly counts laid out by period: period `p` takes the count of
    /// year `years[p]` (0 for the first), as the exact path gives each month its year's figure.
    static func spreadYears(_ yearly: [Int64], yearCount: Int, toPeriodsAt years: [Int]) -> [Int64] {
        let members = yearly.count / yearCount, periods = years.count
        return [Int64](unsafeUninitializedCapacity: members * periods) { buffer, initialized in
            for member in 0..<members {
                let from = member * yearCount, to = member * periods
                for period in 0..<periods { buffer[to + period] = yearly[from + years[period]] }
            }
            initialized = members * periods
        }
    }
}

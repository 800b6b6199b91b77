/// Uplifting a whole column of counts each year, rounding to the step every year: the evaluator's
/// fast path for `uplift(…, policy: each_year)` over a list of practices.
///
/// Each member's count follows k ← rule(k × n ÷ d) year after year, which is what
/// `Uplift.roundEachYearInSteps` does for one base. A member's years depend on each other, one
/// multiplication and one rounded division after another, but different members do not: the
/// column is walked four members at a time, so that the processor works on four independent
/// chains at once, and the rounding decision is made without a branch (`divideWithoutSign`), since
/// whether a quotient rounds up is as good as random and a mispredicted branch costs more than
/// the arithmetic.
extension FixedColumn {
    /// The counts of `starts` (each member's count of steps in year 0) uplifted year by year by the
    /// factor `multiplier / divisor` under `rule`, laid out member by member for `yearCount`
    /// years starting `firstOffset` years after year 0 (zero for the years before it).
    ///
    ///     // 17,586,000 pence at 51/50 (2%), half up, years 0...3:
    ///     // 17,586,000 / 17,937,720 / 18,296,474 / 18,662,403
    ///
    /// Returns nil when a product leaves 64 bits or a count leaves `limit`: the exact path then
    /// computes the line. The counts given are those `Uplift.roundEachYearInSteps` gives.
    static func upliftedEachYear(
        _ starts: [Int64], multiplier: Int64, divisor: PreparedDivisor, rule: RoundingRule, firstOffset: Int, yearCount: Int
    ) -> [Int64]? {
        // Amounts and counts are nearly always zero or more, and stay so under a factor of zero or
        // more: then the signs need no handling at all.
        let plus = multiplier >= 0 && starts.allSatisfy { $0 >= 0 }
        switch (rule, plus) {
        case (.halfEven, true): return uplifted(starts, multiplier, divisor, .halfEven, true, firstOffset, yearCount)
        case (.halfUp, true): return uplifted(starts, multiplier, divisor, .halfUp, true, firstOffset, yearCount)
        case (.towardZero, true): return uplifted(starts, multiplier, divisor, .towardZero, true, firstOffset, yearCount)
        case (.down, true): return uplifted(starts, multiplier, divisor, .down, true, firstOffset, yearCount)
        case (.up, true): return uplifted(starts, multiplier, divisor, .up, true, firstOffset, yearCount)
        case (_, false): return uplifted(starts, multiplier, divisor, rule, false, firstOffset, yearCount)
        }
    }

    /// The loop, inlined once for each rule (and sign) so that both are constants inside it.
    @inline(__always)
    private static func uplifted(
        _ starts: [Int64], _ multiplier: Int64, _ divisor: PreparedDivisor, _ rule: RoundingRule, _ plus: Bool,
        _ firstOffset: Int, _ yearCount: Int
    ) -> [Int64]? {
        let members = starts.count
        let last = firstOffset + yearCount - 1
        let leadingZeros = Swift.min(yearCount, Swift.max(0, -firstOffset))
        var complete = true
        let units = [Int64](unsafeUninitializedCapacity: members * yearCount) { buffer, initialized in
            // Next year's count, or nil when the product leaves 64 bits (Int64.min is left to the
            // exact path, as `Uplift.roundEachYearInSteps` leaves it).
            @inline(__always) func next(_ steps: Int64) -> Int64? {
                let (product, overflow) = steps.multipliedReportingOverflow(by: multiplier)
                if plus { return overflow ? nil : rule.divideWithoutSign(product, by: divisor) }
                return overflow || product == .min ? nil : rule.divideWithoutBranching(product, by: divisor)
            }
            var member = 0
            while member < members {
                // Four lanes; past the last member a lane carries zero, which stays zero, unwritten.
                let width = Swift.min(4, members - member)
                var s0 = starts[member]
                var s1 = width > 1 ? starts[member + 1] : 0
                var s2 = width > 2 ? starts[member + 2] : 0
                var s3 = width > 3 ? starts[member + 3] : 0
                for k in 0..<width {
                    for position in 0..<leadingZeros { buffer[(member + k) * yearCount + position] = 0 }
                }
                var year = 0
                while last >= 0 {
                    if year >= firstOffset {
                        guard plus ? (s0 | s1 | s2 | s3) < limit : within(s0) && within(s1) && within(s2) && within(s3) else {
                            complete = false
                            return
                        }
                        let position = year - firstOffset
                        buffer[member * yearCount + position] = s0
                        if width > 1 { buffer[(member + 1) * yearCount + position] = s1 }
                        if width > 2 { buffer[(member + 2) * yearCount + position] = s2 }
                        if width > 3 { buffer[(member + 3) * yearCount + position] = s3 }
                    }
                    if year == last { break }
                    guard let n0 = next(s0), let n1 = next(s1), let n2 = next(s2), let n3 = next(s3) else {
                        complete = false
                        return
                    }
                    (s0, s1, s2, s3) = (n0, n1, n2, n3)
                    year += 1
                }
                member += width
            }
            initialized = members * yearCount
        }
        return complete ? units : nil
    }
}

extension RoundingRule {
    /// `divide(_:by:)` for a numerator of zero or more, with the same results.
    @inline(__always)
    func divideWithoutSign(_ numerator: Int64, by divisor: PreparedDivisor) -> Int64 {
        let (quotient, remainder) = divisor.quotientAndRemainder(UInt64(bitPattern: numerator))
        let rest = divisor.divisor &- remainder
        let away: UInt64 = switch self {
        case .halfEven: (remainder > rest ? 1 : 0) | ((remainder == rest ? 1 : 0) & quotient)
        case .halfUp: remainder >= rest ? 1 : 0
        case .towardZero, .down: 0
        case .up: remainder != 0 ? 1 : 0
        }
        // quotient <= numerator / 2 when the remainder is not zero, so one more step fits.
        return Int64(bitPattern: quotient &+ away)
    }

    /// `divide(_:by:)` for a prepared divisor with the same results, deciding the step away from
    /// zero by comparisons rather than branches.
    ///
    /// - Precondition: `numerator != Int64.min`.
    @inline(__always)
    func divideWithoutBranching(_ numerator: Int64, by divisor: PreparedDivisor) -> Int64 {
        let negative = numerator < 0
        let (quotient, remainder) = divisor.quotientAndRemainder(numerator.magnitude)
        // remainder < divisor, so rest > 0; the dropped fraction is remainder / divisor.
        let rest = divisor.divisor &- remainder
        let away: Bool
        switch self {
        case .halfEven: away = remainder > rest || (remainder == rest && quotient & 1 != 0)
        case .halfUp: away = remainder >= rest
        case .towardZero: away = false
        case .down: away = negative && remainder != 0
        case .up: away = !negative && remainder != 0
        }
        // |numerator| < 2^63, so the truncated quotient and one more step fit.
        let magnitude = Int64(truncatingIfNeeded: quotient &+ (away ? 1 : 0))
        return negative ? 0 &- magnitude : magnitude
    }
}

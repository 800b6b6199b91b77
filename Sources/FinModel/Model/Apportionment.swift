/// Why an amount could not be split across weights.
public enum ApportionmentError: Error, Equatable, Sendable {
    /// There was nothing to split across.
    case noWeights
    /// A weight was below zero; `index` counts from 0.
    case negativeWeight(index: Int)
    /// Every weight was zero, so no share is defined.
    case allWeightsZero
    /// The split could not be computed exactly.
    case arithmetic(ArithmeticError)

    /// A lower-case description without a closing full stop.
    public var message: String {
        switch self {
        case .noWeights: "expected at least one weight to split across"
        case .negativeWeight(let index): "weight \(index + 1) is negative: weights such as list sizes must be zero or more"
        case .allWeightsZero: "every weight is zero, so there is no share to split by"
        case .arithmetic(let error): error.message
        }
    }
}

/// Splitting a whole into parts in proportion to weights, so the parts add up exactly.
///
/// Costs are shared across practices by list size and staff time by days; the parts must add up
/// to the whole to the penny (or tenth of a day). Rounding each share separately does not: three
/// equal shares of £1.00 round to 33p each and lose a penny. Largest remainder gives the lost
/// units to the shares that were rounded down the most.
///
///     try Money.pounds(1).apportioned(byListSize: [1, 1, 1])    // 34p, 33p, 33p
///     try Apportionment.split(Exact(15), step: Exact(numerator: 1, denominator: 10), weights: listSizes)
///     // 1.0, 1.8, … summing to exactly 15
public enum Apportionment {
    /// Splits an integer number of units (pence, tenths of a day) across weights so the parts sum
    /// exactly to the total: largest remainder (Hamilton).
    ///
    /// Each part is floor(total × w / W) or one more; the leftover units go to the largest
    /// fractional remainders, ties broken by larger weight, then earlier position. A negative
    /// total is split as its magnitude and negated (mirrored). Zero weights get zero.
    ///
    /// | total | weights   | exact shares        | parts     | why                                   |
    /// |-------|-----------|---------------------|-----------|---------------------------------------|
    /// | 100   | 1, 1, 1   | 33⅓, 33⅓, 33⅓       | 34, 33, 33 | equal remainders: earlier position   |
    /// | 10    | 1, 2      | 3⅓, 6⅔              | 3, 7      | larger remainder                      |
    /// | 5     | 1, 1, 2   | 1¼, 1¼, 2½          | 1, 1, 3   | largest remainder, ½ beats ¼          |
    /// | 3     | 1, 3      | ¾, 2¼               | 1, 2      | ¾ beats ¼                             |
    /// | 2     | 1, 1, 2   | ½, ½, 1             | 1, 0, 1   | equal remainders: earlier position    |
    /// | -100  | 1, 1, 1   |                     | -34, -33, -33 | mirrored                          |
    ///
    /// - Throws: `.noWeights`, `.negativeWeight`, `.allWeightsZero`; `.arithmetic(.overflow)` when
    ///   the weights' common denominator or the products do not fit 128 bits.
    public static func largestRemainder(_ total: Int64, weights: [Exact]) throws(ApportionmentError) -> [Int64] {
        let integers = try integerWeights(weights)
        let sum = integers.reduce(0, +)  // integerWeights checked it fits
        let units = UInt128(total.magnitude)

        var parts: [UInt128] = []
        var remainders: [UInt128] = []
        parts.reserveCapacity(integers.count)
        remainders.reserveCapacity(integers.count)
        var allotted: UInt128 = 0
        for weight in integers {
            let (product, overflow) = units.multipliedReportingOverflow(by: weight)
            if overflow { throw .arithmetic(.overflow) }
            let (part, remainder) = product.quotientAndRemainder(dividingBy: sum)
            parts.append(part)
            remainders.append(remainder)
            allotted += part
        }
        // Fewer units than weights are left over; each goes to a different part.
        let leftover = Int(units - allotted)
        if leftover > 0 {
            let order = integers.indices.sorted { a, b in
                if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
                if integers[a] != integers[b] { return integers[a] > integers[b] }
                return a < b
            }
            for index in order.prefix(leftover) { parts[index] += 1 }
        }
        // Each part is at most |total|, so it fits Int64 with the total's sign.
        return parts.map { total < 0 ? Int64(truncatingIfNeeded: 0 &- UInt64($0)) : Int64($0) }
    }

    /// Exact amount split into whole multiples of `step` (0.1 day: step 1/10; a penny: 1/100).
    /// The amount must itself be a whole multiple of step (ArithmeticError.notAWholeMultiple).
    ///
    ///     // 15 days across the 11 practices' list sizes, to a tenth of a day:
    ///     try Apportionment.split(Exact(15), step: Exact(numerator: 1, denominator: 10), weights: listSizes)
    ///     // 1.0, 1.8, 1.0, 1.5, 1.4, 1.9, 2.6, 0.6, 1.0, 1.1, 1.1
    ///
    /// - Throws: `.arithmetic(.notAWholeMultiple)` for 15.05 days in tenths; `.arithmetic(.divisionByZero)`
    ///   for a zero step; the errors of `largestRemainder(_:weights:)`.
    public static func split(_ amount: Exact, step: Exact, weights: [Exact]) throws(ApportionmentError) -> [Exact] {
        let unit: Exact, count: Int64
        do {
            (unit, count) = try wholeSteps(in: amount, step: step)
        } catch {
            throw .arithmetic(error)
        }
        let parts = try largestRemainder(count, weights: weights)
        do {
            return try parts.map { part throws(ArithmeticError) in try Exact(part).multiplied(by: unit) }
        } catch {
            throw .arithmetic(error)
        }
    }

    /// The step's magnitude and how many whole steps make `amount`.
    private static func wholeSteps(in amount: Exact, step: Exact) throws(ArithmeticError) -> (unit: Exact, count: Int64) {
        guard step.signum != 0 else { throw .divisionByZero }
        let unit = step.signum < 0 ? try step.negated() : step
        let steps = try amount.divided(by: unit)
        guard steps.isInteger else { throw .notAWholeMultiple }
        guard let count = Int64(exactly: steps.numerator) else { throw .overflow }
        return (unit, count)
    }

    /// The weights scaled to coprime non-negative integers with the same ratios.
    ///
    /// Multiplying by the common denominator and dividing by the common factor changes no share,
    /// so a split depends only on the weights' ratios.
    private static func integerWeights(_ weights: [Exact]) throws(ApportionmentError) -> [UInt128] {
        guard !weights.isEmpty else { throw .noWeights }
        var common: UInt128 = 1
        for (index, weight) in weights.enumerated() {
            if weight.signum < 0 { throw .negativeWeight(index: index) }
            let denominator = UInt128(weight.denominator)
            let (lcm, overflow) = (common / Exact.gcd(common, denominator)).multipliedReportingOverflow(by: denominator)
            if overflow { throw .arithmetic(.overflow) }
            common = lcm
        }
        var integers: [UInt128] = []
        integers.reserveCapacity(weights.count)
        var factor: UInt128 = 0
        var sum: UInt128 = 0
        for weight in weights {
            // numerator / denominator × common is a whole number, as denominator divides common.
            let (scaled, o1) = UInt128(weight.numerator).multipliedReportingOverflow(by: common / UInt128(weight.denominator))
            let (next, o2) = sum.addingReportingOverflow(scaled)
            if o1 || o2 { throw .arithmetic(.overflow) }
            sum = next
            factor = Exact.gcd(factor, scaled)
            integers.append(scaled)
        }
        guard factor != 0 else { throw .allWeightsZero }
        return factor == 1 ? integers : integers.map { $0 / factor }
    }
}

extension Money {
    /// The amount split in whole pence in proportion to `weights`; the parts sum exactly to it.
    ///
    ///     try Money.pounds(180_860).apportioned(byWeights: listSizes.map { Exact($0) })
    ///     // Enderby (6,254 of 93,492 patients): £12,098.35
    public func apportioned(byWeights weights: [Exact]) throws(ApportionmentError) -> [Money] {
        try Apportionment.largestRemainder(pence, weights: weights).map(Money.init(pence:))
    }

    /// The amount split in whole pence in proportion to practices' list sizes.
    ///
    ///     try Money.pounds(1).apportioned(byListSize: [1, 1, 1])   // 34p, 33p, 33p
    public func apportioned(byListSize listSizes: [Int64]) throws(ApportionmentError) -> [Money] {
        try apportioned(byWeights: listSizes.map { Exact($0) })
    }
}

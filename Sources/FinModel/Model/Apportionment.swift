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
        // One split with weights prepared for it; `Apportioner` keeps them for many splits.
        try Apportioner(weights: weights).split(total)
    }

    /// Exact amount split into whole multiples of `step` (0.1 day: step 1/10; a penny: 1/100),
    /// the parts adding up exactly to the amount.
    ///
    /// An amount that is a whole number of steps is split by `largestRemainder(_:weights:)`.
    /// Any other amount has a part of a step left over, which no split into whole steps can
    /// add up to: every part is then a whole number of steps but one, the next in line for a
    /// whole step by largest remainder, which gets the part left over (see
    /// `splitLeavingPartOfAStep`).
    ///
    ///     // 15 days across the 11 practices' list sizes, to a tenth of a day:
    ///     try Apportionment.split(Exact(15), step: Exact(numerator: 1, denominator: 10), weights: listSizes)
    ///     // 1.0, 1.8, 1.0, 1.5, 1.4, 1.9, 2.6, 0.6, 1.0, 1.1, 1.1
    ///     try Apportionment.split(x("100.005"), step: x("0.01"), weights: [6_254, 11_490])
    ///     // 35.245, 64.76
    ///
    /// - Throws: `.arithmetic(.divisionByZero)` for a zero step; the errors of
    ///   `largestRemainder(_:weights:)`.
    public static func split(_ amount: Exact, step: Exact, weights: [Exact]) throws(ApportionmentError) -> [Exact] {
        let unit: Exact, steps: Exact
        do throws(ArithmeticError) {
            guard step.signum != 0 else { throw .divisionByZero }
            unit = step.signum < 0 ? try step.negated() : step
            steps = try amount.divided(by: unit)
        } catch {
            throw .arithmetic(error)
        }
        guard steps.isInteger else { return try splitLeavingPartOfAStep(steps, unit: unit, weights: weights) }
        guard let count = Int64(exactly: steps.numerator) else { throw .arithmetic(.overflow) }
        let parts = try largestRemainder(count, weights: weights)
        do {
            return try parts.map { part throws(ArithmeticError) in try Exact(part).multiplied(by: unit) }
        } catch {
            throw .arithmetic(error)
        }
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

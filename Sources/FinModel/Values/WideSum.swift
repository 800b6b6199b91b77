/// A running total of exact values held in wide integers, for totals whose exact fraction does
/// not fit 128 bits.
///
/// Eight yearly shares of £180,860 × 6,254 ÷ the year's list size (about £12,000 each) have
/// eight denominators of 17 bits each; their exact total, £95,320.02…, needs a numerator of 138
/// bits and a denominator of 122, which no `Exact` holds, though every share does. The total is
/// kept as `±numerator / denominator` over the least common multiple of the denominators added,
/// so nothing is lost however many values are added.
///
///     var sum = WideSum(numerator: 0, denominator: 1)
///     sum.add(share2019)   // … and the seven other years
///     sum.exact            // nil: the total does not fit an Exact
///     sum.roundedToOdd     // 95320.021148465110…1 (an odd last digit at 10^−25)
///
/// - Important: `roundedToOdd` is not the exact total. It is the total rounded to the finest
///   decimal step that fits (10^−25 for £95,320), to the odd neighbour when between two, and it
///   rounds for display, to any step of up to that many decimal places less two and by any
///   rule, exactly as the exact total would (see `roundedToOdd`).
struct WideSum {
    private var negative = false
    /// The total is `±numerator / denominator`, the denominator the least common multiple of
    /// those added (not necessarily in lowest terms with the numerator).
    private var numerator: WideUInt
    private var denominator: WideUInt

    /// The fraction `numerator / denominator`, the denominator above zero.
    init(numerator: Int128, denominator: Int128) {
        negative = numerator < 0
        self.numerator = WideUInt(numerator.magnitude)
        self.denominator = WideUInt(denominator.magnitude)
    }

    /// The largest common denominator held, in bits: 30 values with unrelated denominators of
    /// 128 bits, or hundreds of list sizes. Each addition costs time in proportion to it, so a
    /// total of 20,000 practices' figures with unrelated denominators would take minutes; past
    /// it the total is refused as too large, quickly, as it was before totals were held wide.
    static let maximumBits = 4_096

    /// The largest numerator `roundedToOdd` gives but for whole numbers, 10^30: a total of
    /// £10^5 is held to 10^−25, a total of £10^15 to 10^−15.
    static let largestNumerator: UInt128 = 1_000_000_000_000_000_000_000_000_000_000

    /// Adds `value` over the least common multiple of the denominators.
    mutating func add(_ value: Exact) {
        let other = UInt128(value.denominator)
        // gcd(D, d) = gcd(D mod d, d), with d of 128 bits at most.
        let (_, remainder) = denominator.quotientAndRemainder(dividingBy: other)
        let common = Exact.gcd(remainder, other)
        let growth = other / common
        let scale = denominator.quotientAndRemainder(dividingBy: common).quotient
        if growth != 1 {
            numerator = numerator * WideUInt(growth)
            denominator = denominator * WideUInt(growth)
        }
        let term = WideUInt(value.numerator.magnitude) * scale
        let termNegative = value.numerator < 0
        if termNegative == negative {
            numerator = numerator + term
        } else if term < numerator {
            numerator.subtract(term)
        } else {
            numerator = term - numerator
            negative = termNegative
        }
        if numerator.isZero { negative = false }
    }

    /// Whether the total is beyond what is held: a whole part beyond any `Exact` (2^127 − 1),
    /// or a common denominator beyond `maximumBits`.
    var isBeyondExact: Bool {
        if denominator.bitWidth > Self.maximumBits { return true }
        // |total| < 2^(bits of numerator − bits of denominator + 1): below 2^126 needs no division.
        if numerator.bitWidth - denominator.bitWidth <= 125 { return false }
        guard let (whole, _) = numerator.quotient(dividingBy: denominator) else { return true }
        return whole >= UInt128(Int128.max)
    }

    /// The total in lowest terms, when it fits an `Exact`.
    var exact: Exact? {
        let common = WideUInt.gcd(numerator, denominator)
        let n: UInt128, d: UInt128
        if let narrowCommon = common.narrow {
            guard let reducedN = numerator.quotientAndRemainder(dividingBy: narrowCommon).quotient.narrow,
                  let reducedD = denominator.quotientAndRemainder(dividingBy: narrowCommon).quotient.narrow else { return nil }
            (n, d) = (reducedN, reducedD)
        } else {
            // The quotients must fit 128 bits for the fraction to fit at all.
            guard let (reducedN, _) = numerator.quotient(dividingBy: common),
                  let (reducedD, _) = denominator.quotient(dividingBy: common) else { return nil }
            (n, d) = (reducedN, reducedD)
        }
        guard let signedD = Int128(exactly: d), let signedN = try? Int128(magnitude: n, negative: negative) else { return nil }
        return Exact(reduced: signedN, signedD)
    }

    /// The total rounded to odd on the finest decimal grid that fits: the multiple of 10^−k, k
    /// as large as keeps the numerator below `largestNumerator` (at most 38), equal to the total
    /// when it is one, and otherwise whichever of its two neighbours is an odd multiple. Nil
    /// when even the whole part does not fit.
    ///
    /// Rounding to odd keeps the side of every boundary a later rounding can meet. The halfway
    /// points and the multiples of a decimal step with at most k − 2 places are even multiples
    /// of 10^−k; an odd multiple is never one of them, and the rounded total lies between the
    /// same two even multiples as the exact total. So rounding it for display, to the penny or to
    /// £1 or to a tenth of a day, by any rule, gives what rounding the exact total gives, and a
    /// total that lands on a boundary exactly is kept exactly.
    ///
    /// Shown to 0.1 half up, with a grid of 0.001 for the example (k is 25 for £95,320):
    ///
    /// | exact total  | nearest on the grid   | to odd on the grid     | exact, shown |
    /// |--------------|-----------------------|------------------------|--------------|
    /// | 0.0499999999 | 0.050, shown 0.1: wrong | 0.049, shown 0.0     | 0.0          |
    /// | 0.0500000001 | 0.050, shown 0.1      | 0.051, shown 0.1       | 0.1          |
    /// | 0.05         | 0.050, shown 0.1      | 0.050 (kept), shown 0.1 | 0.1         |
    var roundedToOdd: Exact? {
        // 10^0 to 10^38: every power of ten an Int128 holds.
        var power: UInt128 = 1
        var powers: [UInt128] = [1]
        for _ in 1...38 {
            power *= 10
            powers.append(power)
        }
        for places in stride(from: 38, through: 0, by: -1) {
            let scale = powers[places]
            guard let (steps, remainder) = (numerator * WideUInt(scale)).quotient(dividingBy: denominator) else { continue }
            let odd = remainder.isZero || steps & 1 == 1 ? steps : steps + 1
            // Headroom for what display does with it: dividing by a step of 10^−8 still fits.
            guard odd < Self.largestNumerator || places == 0, let signed = try? Int128(magnitude: odd, negative: negative) else { continue }
            return Exact(signed, over: Int128(scale))
        }
        return nil
    }
}

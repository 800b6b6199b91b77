/// A percentage held as its exact fraction: 2% is 1/50, 0.25% is 1/400.
///
/// Percentages drive uplifts (pay rises of 2% a year), admin fees (5% on contracts held for
/// practices) and shares of time. They stay exact; only the money they produce is rounded.
///
///     let uplift = try Percentage.percent(2)        // 2%
///     uplift.fraction                                // 1/50
///     uplift.growthFactor                            // 1.02 (51/50)
///     try Percentage(parsing: "0.25%").fraction      // 1/400
public struct Percentage: Sendable, Hashable {
    /// The percentage as a fraction of one: 2% is 1/50, 100% is 1.
    public let fraction: Exact

    /// The percentage whose fraction of one is `fraction`: `Percentage(fraction: 1/50)` is 2%.
    ///
    /// - Precondition: `fraction.numerator + fraction.denominator` fits `Int128`, so that
    ///   `growthFactor` exists. Every percentage that `percent(_:)` or `init(parsing:)` makes
    ///   satisfies it; they check and throw instead.
    public init(fraction: Exact) {
        self.fraction = fraction
    }

    /// The percentage of `value` percentage points: `.percent(2)` is 2%, a fraction of 1/50.
    ///
    /// - Throws: `.overflow` when the fraction, or one plus it, does not fit.
    public static func percent(_ value: Exact) throws(ArithmeticError) -> Percentage {
        let percentage = Percentage(fraction: try value.divided(by: Percentage.hundred))
        _ = try percentage.checkedGrowthFactor()
        return percentage
    }

    /// Reads "2%", "0.25%", "2.5 %" or "-1%"; surrounding spaces are ignored.
    ///
    /// The number is read as by `Exact(parsingDecimal:)` and is always in percentage points: the
    /// `%` may be left off, so "2" is 2%, never 200%. Spaces, including non-breaking ones, may sit
    /// between the number and the `%`.
    ///
    ///     try Percentage(parsing: "2.5 %").fraction   // 1/40
    ///     try Percentage(parsing: "2")                // 2%
    ///     try Percentage(parsing: "2%%")              // throws .invalidCharacter("%", offset: 1)
    ///
    /// - Throws: the decimal's `ExactParseError`, with offsets into the whole text; `.tooLarge`
    ///   when the percentage does not fit.
    public init(parsing text: String) throws(ExactParseError) {
        var number = Substring(text)
        let leading = number.prefix { $0.isWhitespace }.count
        number = number.dropFirst(leading)
        while number.last?.isWhitespace == true { number.removeLast() }
        if number.last == "%" {
            number.removeLast()
            while number.last?.isWhitespace == true { number.removeLast() }
        }
        let points: Exact
        do {
            points = try Exact(parsingDecimal: number)
        } catch {
            throw switch error {
            case .invalidCharacter(let character, let offset): .invalidCharacter(character, offset: offset + leading)
            case .misplacedSeparator(let offset): .misplacedSeparator(offset: offset + leading)
            default: error
            }
        }
        do {
            self = try Percentage.percent(points)
        } catch {
            throw .tooLarge
        }
    }

    /// One plus the fraction: what a value is multiplied by to grow by this percentage.
    ///
    ///     try Percentage.percent(2).growthFactor     // 1.02 (51/50)
    ///     try Percentage.percent(-5).growthFactor    // 0.95
    public var growthFactor: Exact {
        // percent(_:) and init(parsing:) have checked this fits; init(fraction:) states it.
        // (n + d) / d is in lowest terms when n / d is, as gcd(n + d, d) = gcd(n, d) = 1.
        Exact(reduced: fraction.numerator + fraction.denominator, fraction.denominator)
    }

    /// One plus the fraction, or `.overflow` when it does not fit.
    func checkedGrowthFactor() throws(ArithmeticError) -> Exact {
        // Already in lowest terms, as in `growthFactor`; no gcd or division needed.
        let (numerator, overflow) = fraction.numerator.addingReportingOverflow(fraction.denominator)
        if overflow { throw .overflow }
        return Exact(reduced: numerator, fraction.denominator)
    }

    /// One hundred, the points in a whole.
    static let hundred = Exact(100 as Int64)
}

extension Percentage: Comparable {
    /// Orders by size: 0.25% < 2%.
    public static func < (lhs: Percentage, rhs: Percentage) -> Bool {
        lhs.fraction < rhs.fraction
    }
}

extension Percentage: CustomStringConvertible {
    /// The percentage in points, exactly: "2%", "0.25%", "-5%", "100/3%".
    public var description: String {
        guard let points = try? fraction.multiplied(by: Percentage.hundred) else {
            return "\(fraction) × 100%"  // only for fractions too large to scale, still exact
        }
        return "\(points)%"
    }
}

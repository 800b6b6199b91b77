/// Money as text for people, independent of locale.
extension Money: CustomStringConvertible {
    /// The amount in pounds and pence with the default format: `£1,234.56`, `-£2,083.00`.
    public var description: String {
        formatted()
    }

    /// The amount written under `format`; display rounding only.
    ///
    ///     Money(pence: 123_456).formatted()                                        // "£1,234.56"
    ///     Money(pence: -208_300).formatted(MoneyFormat(scale: .pounds))            // "-£2,083"
    ///     Money(pence: -208_300).formatted(MoneyFormat(scale: .pounds, negative: .parentheses))
    ///                                                                              // "(£2,083)"
    ///     Money(pence: 108_550_000).formatted(MoneyFormat(scale: .millions(places: 2)))   // "£1.09m"
    ///
    /// Pounds are rounded under `format.rounding` (half up by default):
    ///
    /// | amount       | `.pounds`, halfUp | `.pounds`, halfEven | `.thousands(places: 0)`, halfUp |
    /// |--------------|-------------------|---------------------|---------------------------------|
    /// | £184,377.20  | £184,377          | £184,377            | £184k                           |
    /// | £187,964.50  | £187,965          | £187,964            | £188k                           |
    /// | £487,500.00  | £487,500          | £487,500            | £488k (towardZero: £487k)       |
    /// | -£2,083.50   | -£2,084           | -£2,084             | -£2k                            |
    public func formatted(_ format: MoneyFormat = MoneyFormat()) -> String {
        format.text(forPounds: exactPounds)
    }
}

extension Exact {
    /// Exact pounds written as money under `format`, including values between whole pence.
    ///
    /// Gives the same text as `Money.formatted(_:)` for whole pence, and rounds anything finer
    /// for display under `format.rounding`.
    ///
    ///     try Exact(parsingDecimal: "182964.744").formattedAsPounds()   // "£182,964.74"
    ///     try Exact(numerator: -1, denominator: 3).formattedAsPounds()  // "-£0.33"
    public func formattedAsPounds(_ format: MoneyFormat = MoneyFormat()) -> String {
        format.text(forPounds: self)
    }
}

/// How an amount of money is written for people: scale, sign style, symbol and grouping.
///
/// Formatting never depends on the machine's locale and never uses Foundation's number
/// formatters, so a report prints the same everywhere. Each scale rounds for display only, under
/// `rounding`; the stored value is untouched.
///
/// | amount        | format                                   | text         |
/// |---------------|------------------------------------------|--------------|
/// | £1,234.56     | `MoneyFormat()`                          | `£1,234.56`  |
/// | -£2,083.00    | `MoneyFormat(scale: .pounds)`            | `-£2,083`    |
/// | -£2,083.00    | `.pounds`, `negative: .parentheses`      | `(£2,083)`   |
/// | £487,400.00   | `.thousands(places: 0)`                  | `£487k`      |
/// | £1,085,500.00 | `.millions(places: 2)`                   | `£1.09m`     |
/// | £3.00         | `.pounds`                                | `£3`         |
/// | £1,234.56     | `symbol: false, grouping: false`         | `1234.56`    |
///
/// - Important: Display rounding is per figure. A column of rounded figures need not add up to
///   its rounded total (the sources' I&E table shows 151,570 where its lines add to 151,571);
///   round the total from exact values, never by adding displayed figures.
public struct MoneyFormat: Sendable, Hashable {
    /// How a negative amount is marked.
    public enum Negative: Sendable, Hashable {
        /// A leading minus before the symbol: `-£2,083`.
        case minus
        /// Accounting brackets: `(£2,083)`.
        case parentheses
    }

    /// The unit figures are shown in, and how many decimals.
    public enum Scale: Sendable, Hashable {
        /// Pounds and pence: `£1,234.56`.
        case pence
        /// Whole pounds: `£1,235`.
        case pounds
        /// Thousands of pounds with a `k` suffix: `£487k`, or `£487.5k` with one place.
        case thousands(places: Int)
        /// Millions of pounds with an `m` suffix: `£1.09m`.
        case millions(places: Int)
    }

    /// The unit figures are shown in; pounds and pence by default.
    public var scale: Scale = .pence
    /// How negative amounts are marked; a leading minus by default.
    public var negative: Negative = .minus
    /// Whether to write the `£` symbol.
    public var symbol: Bool = true
    /// Whether to separate thousands with `,`.
    public var grouping: Bool = true
    /// The rule for display rounding to the scale; half up by default, as spreadsheets show.
    public var rounding: RoundingRule = .halfUp

    /// A format; every argument has the default shown.
    public init(
        scale: Scale = .pence, negative: Negative = .minus, symbol: Bool = true, grouping: Bool = true,
        rounding: RoundingRule = .halfUp
    ) {
        self.scale = scale
        self.negative = negative
        self.symbol = symbol
        self.grouping = grouping
        self.rounding = rounding
    }

    /// Writes exact pounds under this format: the one place all money text is made.
    func text(forPounds pounds: Exact) -> String {
        let (shift, places, suffix): (Int, Int, String) =
            switch scale {
            case .pence: (0, 2, "")
            case .pounds: (0, 0, "")
            case .thousands(let places): (3, places, "k")
            case .millions(let places): (6, places, "m")
            }
        let signed = pounds.decimalText(places: places, rule: rounding, grouping: grouping, shiftingPointLeftBy: shift)
        let isNegative = signed.hasPrefix("-")
        let digits = isNegative ? String(signed.dropFirst()) : signed
        let body = (symbol ? "£" : "") + digits + suffix
        guard isNegative else { return body }
        return switch negative {
        case .minus: "-" + body
        case .parentheses: "(" + body + ")"
        }
    }
}

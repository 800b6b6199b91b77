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
/// | £187,964.50   | `MoneyFormat(display: £1, halfEven)`     | `£187,964`   |
/// | £1.9345       | `.fixed(places: 4)`                      | `£1.9345`    |
///
/// It is the one place money becomes text: tables, checks, diagnostics and charts all come here,
/// so a figure reads the same wherever it is shown.
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
        /// Pounds with a fixed number of decimals, for rates finer than a penny: `£1.9345`.
        case fixed(places: Int)
        /// A whole multiple of a step in pounds, with the step's own decimals, as a table
        /// `shown to £5 half_up` shows money: £187,963.20 is `£187,965`.
        ///
        /// The value is rounded to the multiple under `rounding` first, so ties are judged on
        /// the exact value: £2.50 `shown to £5 half_even` is `£0`, `half_up` `£5`.
        case multiple(of: Exact)
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
    /// Whether thousands and millions carry their `k` or `m`; a table headed £000 leaves it off.
    public var writesScaleSuffix: Bool = true

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

    /// The format a table's display rounding asks for: `shown to £1 half_up` is whole pounds,
    /// half up; the default, a penny half up, is `MoneyFormat()`.
    ///
    ///     MoneyFormat(display: DisplayRounding(step: 1, rule: .halfEven))   // £187,964.50 → "£187,964"
    public init(display: DisplayRounding, symbol: Bool = true, grouping: Bool = true) {
        switch display.scale {
        case .pounds:
            self.init(scale: .multiple(of: display.step), symbol: symbol, grouping: grouping, rounding: display.rule)
        case .thousands, .millions:
            // A table in £000 or £m writes bare figures under its heading: `179`, not `£179k`.
            let places = display.places
            self.init(scale: display.scale == .thousands ? .thousands(places: places) : .millions(places: places), symbol: false,
                      grouping: grouping, rounding: display.rule)
            writesScaleSuffix = false
        }
    }

    /// Writes exact pounds under this format: the one place all money text is made.
    func text(forPounds pounds: Exact) -> String {
        var pounds = pounds
        if case .multiple(let step) = scale {
            // Rounded to the step on the exact value, so the digits below show it exactly.
            pounds = (try? pounds.rounded(rounding, toMultipleOf: step)) ?? pounds
        }
        let (shift, places, suffix): (Int, Int, String) =
            switch scale {
            case .pence: (0, 2, "")
            case .pounds: (0, 0, "")
            case .thousands(let places): (3, places, "k")
            case .millions(let places): (6, places, "m")
            case .fixed(let places): (0, places, "")
            // A step whose decimals never end (£1/3) is shown to the penny.
            case .multiple(let step): (0, step.decimalPlaces ?? 2, "")
            }
        let signed = pounds.decimalText(places: places, rule: rounding, grouping: grouping, shiftingPointLeftBy: shift)
        let isNegative = signed.hasPrefix("-")
        let digits = isNegative ? String(signed.dropFirst()) : signed
        let body = (symbol ? "£" : "") + digits + (writesScaleSuffix ? suffix : "")
        guard isNegative else { return body }
        return switch negative {
        case .minus: "-" + body
        case .parentheses: "(" + body + ")"
        }
    }
}

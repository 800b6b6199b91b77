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

/// Why an exact calculation could not produce its result.
///
/// FinModel never traps on overflow and never rounds to make a value fit: each operation that
/// could fail throws one of these, and the scenario language reports it against the line that
/// asked for it.
///
///     try Money(pence: .max).adding(Money(pence: 1))   // throws ArithmeticError.overflow
///     try Money(exactPounds: Exact(parsingDecimal: "1.005"))
///                                                      // throws .notAWholeMultiple
public enum ArithmeticError: Error, Equatable, Sendable {
    /// A result, or a value needed on the way to it, does not fit the type that holds it.
    case overflow
    /// A division, reciprocal or rounding step had zero as its divisor.
    case divisionByZero
    /// A value had to be a whole multiple of a unit and is not: £1.005 in whole pence, or 15.05
    /// days in tenths of a day.
    case notAWholeMultiple

    /// A lower-case description without a closing full stop, for diagnostics.
    ///
    ///     ArithmeticError.overflow.message   // "the result is too large to hold exactly"
    public var message: String {
        switch self {
        case .overflow: "the result is too large to hold exactly"
        case .divisionByZero: "division by zero"
        case .notAWholeMultiple: "the value is not a whole multiple of the unit it must be counted in"
        }
    }
}

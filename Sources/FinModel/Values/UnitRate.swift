/// A price per unit, held exactly: £1.50 per patient, £58,620 per FTE, £3.34 per patient.
///
/// Rates often carry more than two decimals (£0.061208 per patient, say); `Exact` holds any
/// number of them. A rate never becomes money by itself: `times(_:rounding:)` multiplies it by a
/// quantity in the same unit and rounds the product once, to the penny, under a named rule.
///
///     let fund = UnitRate(pounds: try Exact(parsingDecimal: "1.50"), per: .patient)
///     try fund.times(Quantity(Exact(325_000), .patient), rounding: .halfUp)   // £487,500.00
///
/// - Important: Round the product, not the rate. £0.061208 per patient for 93,492 patients is
///   £5,722.46 (5,722.458336); rounding the rate to £0.06 first would give £5,609.52.
public struct UnitRate: Sendable, Hashable {
    /// Pounds per one unit, exactly.
    public let pounds: Exact
    /// The unit the rate is charged per.
    public let unit: CountUnit

    /// A rate of `pounds` per one `unit`.
    public init(pounds: Exact, per unit: CountUnit) {
        self.pounds = pounds
        self.unit = unit
    }

    /// The rate times a count of the same unit, rounded to the penny under `rounding`.
    ///
    /// | rate      | quantity          | exact        | halfUp     | down       |
    /// |-----------|-------------------|--------------|------------|------------|
    /// | £3.34     | 325,000 patients  | 1,085,500    | £1,085,500.00 | £1,085,500.00 |
    /// | £0.061208 | 93,492 patients   | 5,722.458336 | £5,722.46  | £5,722.45  |
    /// | £1.005    | 1 patient         | 1.005        | £1.01      | £1.00      |
    ///
    /// - Throws: `.unitMismatch` when the units differ; `.arithmetic(.overflow)` when the product
    ///   does not fit.
    public func times(_ quantity: Quantity, rounding: RoundingRule) throws(UnitRateError) -> Money {
        guard quantity.unit == unit else { throw .unitMismatch(rate: unit, quantity: quantity.unit) }
        do {
            return try Money(exactPounds: pounds.multiplied(by: quantity.amount), rounding: rounding)
        } catch {
            throw .arithmetic(error)
        }
    }
}

extension UnitRate: CustomStringConvertible {
    /// The rate as written in the sources: "£1.50 per patient", "£0.061208 per patient".
    ///
    /// Shows at least pence and every further digit the exact rate has; a rate that never
    /// terminates shows as a fraction of a pound.
    public var description: String {
        "\(Self.poundsText(pounds)) per \(unit.singular)"
    }

    /// Exact pounds with at least two decimals and every further digit: "£0.061208", "-£1.50".
    static func poundsText(_ pounds: Exact) -> String {
        // Every digit the rate has, so the fixed places round nothing away.
        guard let places = pounds.decimalPlaces else { return "£\(pounds)" }
        return pounds.formattedAsPounds(MoneyFormat(scale: .fixed(places: max(places, 2))))
    }
}

/// Why a rate could not be applied to a quantity.
public enum UnitRateError: Error, Equatable, Sendable {
    /// The rate is per one unit and the quantity counts another: £ per patient × hours.
    case unitMismatch(rate: CountUnit, quantity: CountUnit)
    /// The product could not be held exactly.
    case arithmetic(ArithmeticError)

    /// A lower-case description without a closing full stop.
    ///
    ///     UnitRateError.unitMismatch(rate: .patient, quantity: .hour).message
    ///     // "a rate per patient cannot apply to a quantity of hours"
    public var message: String {
        switch self {
        case .unitMismatch(let rate, let quantity): "a rate per \(rate.singular) cannot apply to a quantity of \(quantity.plural)"
        case .arithmetic(let error): error.message
        }
    }
}

/// Turns exact figures into display text: the one place display rounding happens.
///
/// Money is shown to the penny, half up, unless a table states its own display rule
/// (`shown to £1 half_up`); the stored value is never changed. Other figures show their exact
/// decimals up to four places.
///
///     FigureText.money(Exact(-2083), display: .pounds)   // "-£2,083"
///     FigureText.number(Exact(Int64(9)) / 5)                     // "1.8"
public enum FigureText {
    /// The default display: to the penny, half up.
    public static let pence = DisplayRounding(step: try! Exact(numerator: 1, denominator: 100), rule: .halfUp)
    public static let pounds = DisplayRounding(step: .one, rule: .halfUp)

    /// `£1,234.56`, `-£2,083`; with `symbol: false` and `grouping: false`, `-2083.00` (CSV, JSON).
    public static func money(_ value: Exact, display: DisplayRounding = pence, symbol: Bool = true, grouping: Bool = true) -> String {
        let rounded = (try? value.rounded(display.rule, toMultipleOf: display.step)) ?? value
        let places = display.step.decimalPlaces ?? 2
        let magnitude = rounded < .zero ? ((try? rounded.negated()) ?? rounded) : rounded
        let digits = magnitude.decimalText(places: places, rule: display.rule, grouping: grouping)
        let sign = rounded < .zero ? "-" : ""
        return sign + (symbol ? "£" : "") + digits
    }

    /// A plain figure with its exact decimals, at most `maximumPlaces` (then rounded half up).
    public static func number(_ value: Exact, maximumPlaces: Int = 4, grouping: Bool = true) -> String {
        let places = min(value.decimalPlaces ?? maximumPlaces, maximumPlaces)
        return value.decimalText(places: places, rule: .halfUp, grouping: grouping)
    }

    /// A fraction shown as a percentage: 0.0669 → `6.69%`.
    public static func percent(_ value: Exact) -> String {
        let hundred = (try? value.multiplied(by: Exact(Int64(100)))) ?? value
        return number(hundred, maximumPlaces: 2, grouping: false) + "%"
    }

    /// The text of a figure in a report, by its format.
    public static func text(_ value: Exact, format: ValueFormat, display: DisplayRounding? = nil, symbol: Bool = true, grouping: Bool = true) -> String {
        switch format {
        case .money: return money(value, display: display ?? pence, symbol: symbol, grouping: grouping)
        case .percent: return percent(value)
        case .quantity, .plain: return number(value, grouping: grouping)
        case .year: return FinancialYear(startYear: Int(value.roundedToInteger(.towardZero))).description
        case .boolean: return value == .zero ? "no" : "yes"
        }
    }

    /// A figure with its unit, for prose: `£1,234.56`, `£1.93 per patient`, `243.75 hours per week`, `2%`.
    public static func withUnit(_ value: Exact, format: ValueFormat) -> String {
        guard case .quantity(let unit) = format, !unit.isEmpty else { return text(value, format: format) }
        if unit.hasPrefix("£ ") {
            let places = max(2, min(value.decimalPlaces ?? 4, 4))
            let magnitude = value < .zero ? ((try? value.negated()) ?? value) : value
            return (value < .zero ? "-£" : "£") + magnitude.decimalText(places: places, rule: .halfUp, grouping: true) + unit.dropFirst(1)
        }
        return number(value) + " " + unit
    }

    /// Plain machine-readable text: money `-2083.00`, other figures their exact decimals.
    public static func plain(_ value: Exact, format: ValueFormat) -> String {
        switch format {
        case .money: return money(value, symbol: false, grouping: false)
        case .percent: return number(value, maximumPlaces: 6, grouping: false)
        default: return text(value, format: format, symbol: false, grouping: false)
        }
    }
}

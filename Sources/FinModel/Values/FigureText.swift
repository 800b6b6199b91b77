/// Turns exact figures into display text by their format: money through `MoneyFormat`, counts,
/// rates, percentages, years and yes/no here.
///
/// Money is shown to the penny, half up, unless a table states its own display rule
/// (`shown to £1 half_up`); the stored value is never changed. Other figures show their exact
/// decimals up to four places.
///
///     FigureText.text(Exact(-2083), format: .money, display: .pounds)   // "-£2,083"
///     FigureText.number(try Exact(numerator: 9, denominator: 5))         // "1.8"
public enum FigureText {
    /// A plain figure with its exact decimals, at most `maximumPlaces` (then rounded half up).
    public static func number(_ value: Exact, maximumPlaces: Int = 4, grouping: Bool = true) -> String {
        let places = min(value.decimalPlaces ?? maximumPlaces, maximumPlaces)
        return value.decimalText(places: places, rule: .halfUp, grouping: grouping)
    }

    /// A fraction shown as a percentage, with its exact decimals up to two: 0.0669 → `6.69%`.
    ///
    /// The decimal point is moved two places in the fraction's digits rather than the fraction
    /// multiplied by 100, so a figure too large to multiply is still shown as it is, never as
    /// the fraction under a `%`.
    ///
    ///     FigureText.percent(try Exact(parsingDecimal: "0.0669"))   // "6.69%"
    ///     FigureText.percent(try Exact(parsingDecimal: "-0.125"))   // "-12.5%"
    public static func percent(_ value: Exact) -> String {
        percent(value, places: min(max((value.decimalPlaces ?? 4) - 2, 0), 2), rule: .halfUp)
    }

    /// A fraction shown as a percentage with `places` decimals, rounded under `rule`:
    /// 1/3 with 4 places toward zero → `33.3333%`.
    public static func percent(_ value: Exact, places: Int, rule: RoundingRule) -> String {
        let places = max(places, 0)
        // Rounding the fraction at places + 2 decimals rounds the percentage at `places`.
        let fraction = value.decimalText(places: places + 2, rule: rule, grouping: false)
        let negative = fraction.hasPrefix("-")
        let digits = negative ? fraction.dropFirst() : Substring(fraction)
        let point = digits.firstIndex(of: ".")!
        let decimals = digits[digits.index(after: point)...]
        var whole = String(digits[..<point] + decimals.prefix(2))
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        let rest = decimals.dropFirst(2)
        return (negative ? "-" : "") + whole + (rest.isEmpty ? "" : "." + rest) + "%"
    }

    /// The text of a figure in a report, by its format; money under `display`, to the penny by default.
    public static func text(_ value: Exact, format: ValueFormat, display: DisplayRounding? = nil, symbol: Bool = true, grouping: Bool = true) -> String {
        switch format {
        case .money: return value.formattedAsPounds(MoneyFormat(display: display ?? .pence, symbol: symbol, grouping: grouping))
        case .percent: return percent(value)
        case .quantity, .plain: return number(value, grouping: grouping)
        case .year: return FinancialYear(startYear: Int(value.roundedToInteger(.towardZero))).description
        case .boolean: return value == .zero ? "no" : "yes"
        case .month: return Period.month(FinancialMonth(ordinal: Int(value.roundedToInteger(.towardZero)))).label
        }
    }

    /// A figure with its unit, for prose: `£1,234.56`, `£1.93 per patient`, `243.75 hours per week`, `2%`.
    ///
    /// A rate in pounds keeps its decimals up to four, and at least pence: `£1.9345 per patient`.
    public static func withUnit(_ value: Exact, format: ValueFormat) -> String {
        guard case .quantity(let unit) = format, !unit.isEmpty else { return text(value, format: format) }
        if unit.hasPrefix("£ ") {
            let places = max(2, min(value.decimalPlaces ?? 4, 4))
            return value.formattedAsPounds(MoneyFormat(scale: .fixed(places: places))) + unit.dropFirst(1)
        }
        return number(value) + " " + unit
    }

    /// Machine-readable text, exact: every decimal the figure has, money with at least two
    /// (`-2083.00`, `0.005`), and a figure whose decimals never end as a fraction (`1/3`), so a
    /// program reading CSV or JSON gets the figure itself and columns add up to their totals.
    ///
    /// | figure             | format  | plain        |
    /// |--------------------|---------|--------------|
    /// | -2083              | money   | `-2083.00`   |
    /// | 0.005              | money   | `0.005`      |
    /// | 1/3                | money   | `1/3`        |
    /// | 0.0669             | percent | `0.0669`     |
    /// | 2019 (a year)      | year    | `2019/20`    |
    public static func plain(_ value: Exact, format: ValueFormat) -> String {
        switch format {
        case .year, .month, .boolean: return text(value, format: format, symbol: false, grouping: false)
        default:
            guard let places = value.decimalPlaces else { return "\(value.numerator)/\(value.denominator)" }
            return value.decimalText(places: format == .money ? max(places, 2) : places, rule: .towardZero, grouping: false)
        }
    }
}

import Foundation

/// A chart's one scale: from a round number at or below the smallest figure (and zero) to one at
/// or above the largest, with four to eight ticks at 1, 2 or 5 times a power of ten.
///
/// Geometry only: figures become `Double` here to place bars on the page, never to compute or
/// show money. Tick labels are made from the tick values, which are round numbers, so the
/// labels are exact; the figures themselves are shown from their exact values.
///
///     let scale = ChartScale(values: [106_494, 151_570, 172_977, -2_083], format: .money)
///     scale.ticks        // [-50000, 0, 50000, 100000, 150000, 200000]
///     scale.label(150_000)   // "£150k"
struct ChartScale: Sendable {
    let minimum: Double
    let maximum: Double
    let step: Double
    let format: ValueFormat

    init(values: [Double], format: ValueFormat) {
        self.format = format
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 0)
        if high == low { high = low + 1 }
        let step = Self.niceStep((high - low) / 5)
        self.step = step
        minimum = (low / step).rounded(.down) * step
        maximum = (high / step).rounded(.up) * step
    }

    /// 1, 2 or 5 times a power of ten, the nearest at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for multiple in [1.0, 2.0, 5.0, 10.0] where multiple * power >= raw * 0.999_999 {
            return multiple * power
        }
        return 10 * power
    }

    var ticks: [Double] {
        let count = Int(((maximum - minimum) / step).rounded())
        return (0...max(count, 1)).map { minimum + Double($0) * step }
    }

    /// Where `value` falls between `start` (the minimum) and `end` (the maximum) on the page.
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - minimum) / (maximum - minimum) * (end - start)
    }

    /// A tick's label: money in pounds, thousands or millions (`£150k`, `-£1.2m`), percentages,
    /// and plain figures with separators.
    func label(_ value: Double) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        switch format {
        case .money:
            let divisor: Int64 =
                magnitude >= 1_000_000 ? 1_000_000 : magnitude >= 10_000 || (magnitude >= 1_000 && step >= 1_000) ? 1_000 : 1
            // The tick is a round number, so its few digits are exact; MoneyFormat writes them.
            let digits = Self.trimmed(magnitude / Double(divisor))
            let places = digits.split(separator: ".").dropFirst().first?.count ?? 0
            let scale: MoneyFormat.Scale =
                divisor == 1_000_000 ? .millions(places: places) : divisor == 1_000 ? .thousands(places: places) : .fixed(places: places)
            guard let pounds = try? Exact(parsingDecimal: digits).multiplied(by: Exact(divisor)) else { return sign + "£" + digits }
            return sign + pounds.formattedAsPounds(MoneyFormat(scale: scale, grouping: false))
        case .percent:
            return sign + Self.trimmed(magnitude * 100) + "%"
        default:
            if magnitude >= 1_000_000 { return sign + Self.trimmed(magnitude / 1_000_000) + "m" }
            if magnitude >= 10_000 { return sign + Self.trimmed(magnitude / 1_000) + "k" }
            return sign + Self.trimmed(magnitude)
        }
    }

    /// A round number with at most three decimals and no trailing zeros: `1.5`, `150`, `0.25`.
    static func trimmed(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension Exact {
    /// The nearest `Double`, for placing a figure on a chart; never for arithmetic on money.
    var chartPosition: Double {
        Double(numerator) / Double(denominator)
    }
}

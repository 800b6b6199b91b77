/// A cell's figure as text, the three ways writers show figures.
///
/// - `figure`: as a table shows it, money under the table's display rounding and counts to the
///   line's decimals: `-£2,083`, `1.0`.
/// - `plain`: for machines (CSV, JSON): `-2083.00`, `0.02`, no symbols or separators.
/// - `prose`: in a sentence, with the unit where the figure does not carry it:
///   `£1.93 per patient`, `243.75 hours per week`.
///
/// A figure shown with its sign gets `+` when positive: a change or a difference. Every piece of
/// money goes through `MoneyFormat`, by way of `FigureText`.
///
/// | cell                                        | figure       | plain      | prose              |
/// |---------------------------------------------|--------------|------------|--------------------|
/// | -2083.5, money, shown to £1 half_up         | `-£2,084`    | `-2083.50` | `-£2,083.50`       |
/// | 1.8, `days`, 1 place                        | `1.8`        | `1.8`      | `1.8 days`         |
/// | 0.4, money, suffix `per patient`            | `£0.40 per patient` | `0.40` | `£0.40`        |
/// | 27000, money, with sign                     | `+£27,000.00`| `+27000.00`| `+£27,000.00`      |
/// | -2083.5, money, in £000, brackets           | `(2)`        | `-2083.50` | `-£2,083.50`       |
/// | 0.075, percent, to 2 places                 | `7.50%`      | `0.075`    | `7.5%`             |
enum CellText {
    /// As a table shows the cell.
    static func figure(_ cell: OutputCell) -> String {
        switch cell.content {
        case .empty: return ""
        case .text(let label): return label.text
        case .figure(let value):
            var text: String
            // Decimals are for counts and rates; a year reads 2019/20 and a condition yes or no.
            let isCount = switch cell.format {
            case .plain, .quantity: true
            default: false
            }
            if cell.format.isMoneyPerYear {
                text = FigureText.text(value, format: .money, display: cell.rounding)
            } else if let rounding = cell.rounding, isCount {
                // A table's step in the line's unit: 243.8 hours to 0.25 is 243.75.
                text = rounding.shownValue(value).decimalText(places: rounding.places, rule: .halfUp, grouping: true)
            } else if let rounding = cell.rounding, cell.format == .percent {
                text = FigureText.percent(value, places: rounding.places - 2, rule: rounding.rule)
            } else if let places = cell.places, isCount {
                text = value.decimalText(places: places, rule: .halfUp, grouping: true)
            } else {
                text = FigureText.text(value, format: cell.format, display: cell.format == .money ? cell.rounding : nil)
            }
            if cell.negativesInBrackets, text.hasPrefix("-") { text = "(" + text.dropFirst() + ")" }
            if let suffix = cell.suffix { text += " " + suffix }
            return sign(value, cell) + text
        }
    }

    /// As machines read the cell: plain decimals, money to the penny without `£` or separators.
    static func plain(_ cell: OutputCell) -> String {
        switch cell.content {
        case .empty: ""
        case .text(let label): label.plain
        case .figure(let value): sign(value, cell) + FigureText.plain(value, format: cell.format)
        }
    }

    /// As a sentence reads the cell: the figure with its unit.
    static func prose(_ cell: OutputCell) -> String {
        switch cell.content {
        case .empty: ""
        case .text(let label): label.text
        case .figure(let value): sign(value, cell) + FigureText.withUnit(value, format: cell.format)
        }
    }

    private static func sign(_ value: Exact, _ cell: OutputCell) -> String {
        cell.showsSign && value > .zero ? "+" : ""
    }
}

import Foundation

/// Draws an `OutputChart`, a document's chart, as inline SVG for the HTML page: bars grouped by
/// year with lines through them, or one horizontal bar per list member.
///
/// The SVG is self-contained (no scripts, fonts or links) and sized by its `viewBox`, so it
/// scales to a phone or an A4 page. Each bar and point carries its exact figure in
/// `data-value` and a `<title>` with the figure as the tables show it, so a reader can hover for
/// the number and a test can check that bar lengths are proportional to the figures.
/// Every name is escaped with `HTMLText.escape`.
enum SVGChartWriter {
    /// The usual width of a chart's `viewBox`; charts side by side are drawn narrower, so their
    /// text stays readable when several share the page's width.
    ///
    /// Text is 13 units high (`HTMLStyle`), and a chart scales with its box: drawn 376 px wide,
    /// as on a 400 px phone, a 480-unit chart shows its text at 13 × 376 / 480 ≈ 10.2 px, and a
    /// panel at 12.2 px. Wider boxes would shrink the text below what a phone can read.
    static let fullWidth = 480.0
    static let panelWidth = 400.0
    /// Approximate width of one character of 13-unit label text, to lay out legends and labels.
    static let characterWidth = 7.2

    /// One scale for charts drawn side by side, so that equal bars mean equal figures.
    static func scale(for charts: [OutputChart]) -> ChartScale {
        let values = charts.flatMap { $0.series.flatMap { $0.values.map(\.chartPosition) } }
        return ChartScale(values: values, format: charts.first?.format ?? .money)
    }

    /// The chart's `<svg>` element, on `scale` when it is one of several side by side.
    static func svg(_ chart: OutputChart, scale: ChartScale? = nil, label: String? = nil, width: Double = fullWidth) -> String {
        let scale = scale ?? Self.scale(for: [chart])
        let name = HTMLText.escape(label ?? chart.title)
        let (body, height) = chart.list == nil ? years(chart, scale: scale, width: width) : members(chart, scale: scale, width: width)
        return "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(name)\""
            + " data-kind=\"\(chart.list == nil ? "years" : "members")\"><title>\(name)</title>\n" + body + "</svg>"
    }

    /// Bars grouped by year, lines through the years' midpoints, a legend above.
    static func years(_ chart: OutputChart, scale: ChartScale, width: Double) -> (String, Double) {
        var out = ""
        let (legend, legendHeight) = self.legend(chart, width: width)
        out += legend
        let left = 70.0, right = width - 12, top = legendHeight + 10, bottom = top + 220
        out += grid(scale, top: top, bottom: bottom, left: left, right: right)
        let count = max(chart.categories.count, 1)
        let groupWidth = (right - left) / Double(count)
        let bars = chart.series.enumerated().filter { $0.element.style == .bars }
        let barWidth = groupWidth * 0.7 / Double(max(bars.count, 1))
        let zero = scale.position(0, from: bottom, to: top)
        for (barIndex, (seriesIndex, series)) in bars.enumerated() {
            for (category, value) in series.values.enumerated() where category < chart.categories.count {
                let x = left + Double(category) * groupWidth + groupWidth * 0.15 + Double(barIndex) * barWidth
                let y = scale.position(value.chartPosition, from: bottom, to: top)
                out += "<rect class=\"bar s\(seriesIndex % 6)\" x=\"\(number(x + 1))\" y=\"\(number(min(y, zero)))\" width=\"\(number(max(barWidth - 2, 1)))\""
                    + " height=\"\(number(abs(zero - y)))\" data-series=\"\(seriesIndex)\" data-value=\"\(exact(value))\">"
                    + "<title>\(tooltip(series, chart, category, value))</title></rect>\n"
            }
        }
        for (seriesIndex, series) in chart.series.enumerated() where series.style == .line {
            let points = series.values.enumerated().map { category, value in
                (left + (Double(category) + 0.5) * groupWidth, scale.position(value.chartPosition, from: bottom, to: top))
            }
            out += "<polyline class=\"line s\(seriesIndex % 6)\" points=\"\(points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " "))\"/>\n"
            for (category, (point, value)) in zip(points, series.values).enumerated() {
                out += "<circle class=\"point s\(seriesIndex % 6)\" cx=\"\(number(point.0))\" cy=\"\(number(point.1))\" r=\"4\" data-series=\"\(seriesIndex)\""
                    + " data-value=\"\(exact(value))\"><title>\(tooltip(series, chart, category, value))</title></circle>\n"
            }
        }
        for (category, name) in chart.categories.enumerated() {
            let x = left + (Double(category) + 0.5) * groupWidth
            out += "<text class=\"category\" x=\"\(number(x))\" y=\"\(number(bottom + 18))\" text-anchor=\"middle\">\(HTMLText.escape(name))</text>\n"
        }
        return (out, bottom + 28)
    }

    /// One horizontal bar per member (a group of bars when there are several series), the
    /// member's name on the left and, for a single series, its figure at the end of the bar.
    static func members(_ chart: OutputChart, scale: ChartScale, width: Double) -> (String, Double) {
        var out = ""
        let (legend, legendHeight) = chart.series.count > 1 ? self.legend(chart, width: width) : ("", 0)
        out += legend
        let longest = chart.categories.map(\.count).max() ?? 0
        let labelWidth = min(width / 3, max(60, Double(longest) * characterWidth + 10))
        let left = labelWidth + 8, right = width - 76, top = legendHeight + 8
        let barsPerRow = max(chart.series.count, 1)
        let rowHeight = max(24, 8 + Double(barsPerRow) * 14)
        let barHeight = (rowHeight - 8) / Double(barsPerRow)
        let bottom = top + Double(chart.categories.count) * rowHeight
        out += verticalGrid(scale, top: top, bottom: bottom, left: left, right: right)
        let zero = scale.position(0, from: left, to: right)
        let showFigures = chart.series.count == 1
        let wholePounds = chart.series.allSatisfy { $0.values.allSatisfy { abs($0.chartPosition) >= 100 } }
        // Every figure gets as many decimals as the most precise one, as in the tables: 1.0, 1.8.
        let places = chart.series.flatMap(\.values).map { min($0.decimalPlaces ?? 4, 4) }.max() ?? 0
        for (category, name) in chart.categories.enumerated() {
            let rowTop = top + Double(category) * rowHeight
            out += "<text class=\"category\" x=\"\(number(labelWidth))\" y=\"\(number(rowTop + rowHeight / 2 + 4))\" text-anchor=\"end\">\(HTMLText.escape(name))</text>\n"
            for (seriesIndex, series) in chart.series.enumerated() where category < series.values.count {
                let value = series.values[category]
                let x = scale.position(value.chartPosition, from: left, to: right)
                let y = rowTop + 4 + Double(seriesIndex) * barHeight
                out += "<rect class=\"bar s\(seriesIndex % 6)\" x=\"\(number(min(x, zero)))\" y=\"\(number(y))\" width=\"\(number(abs(x - zero)))\""
                    + " height=\"\(number(max(barHeight - 2, 1)))\" data-series=\"\(seriesIndex)\" data-value=\"\(exact(value))\">"
                    + "<title>\(tooltip(series, chart, category, value))</title></rect>\n"
                if showFigures {
                    let text = switch chart.format {
                    case .money: value.formattedAsPounds(wholePounds ? MoneyFormat(scale: .pounds) : MoneyFormat())
                    case .quantity, .plain: value.decimalText(places: places, rule: .halfUp, grouping: true)
                    default: FigureText.text(value, format: chart.format)
                    }
                    let negative = value < .zero
                    out += "<text class=\"figure\" x=\"\(number(negative ? x - 4 : x + 4))\" y=\"\(number(y + barHeight / 2 + 3))\""
                        + " text-anchor=\"\(negative ? "end" : "start")\">\(HTMLText.escape(text))</text>\n"
                }
            }
        }
        return (out, bottom + 26)
    }

    /// Horizontal grid lines and tick labels for a chart by year; the zero line is drawn darker.
    static func grid(_ scale: ChartScale, top: Double, bottom: Double, left: Double, right: Double) -> String {
        var out = ""
        for tick in scale.ticks {
            let y = number(scale.position(tick, from: bottom, to: top))
            out += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(number(left))\" x2=\"\(number(right))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            out += "<text class=\"tick\" x=\"\(number(left - 6))\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">\(HTMLText.escape(scale.label(tick)))</text>\n"
        }
        return out
    }

    /// Vertical grid lines and tick labels (below the bars) for a chart by list member.
    static func verticalGrid(_ scale: ChartScale, top: Double, bottom: Double, left: Double, right: Double) -> String {
        var out = ""
        for tick in scale.ticks {
            let x = number(scale.position(tick, from: left, to: right))
            out += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(number(top))\" y2=\"\(number(bottom))\"/>"
            out += "<text class=\"tick\" x=\"\(x)\" y=\"\(number(bottom + 16))\" text-anchor=\"middle\">\(HTMLText.escape(scale.label(tick)))</text>\n"
        }
        return out
    }

    /// A swatch and label per series, wrapped into rows across the chart's width.
    static func legend(_ chart: OutputChart, width: Double) -> (String, Double) {
        var out = "<g class=\"legend\">"
        var x = 12.0, y = 14.0
        for (index, series) in chart.series.enumerated() {
            let itemWidth = 22 + Double(series.label.count) * characterWidth + 18
            if x + itemWidth > width - 12, x > 12 {
                x = 12
                y += 18
            }
            if series.style == .bars {
                out += "<rect class=\"swatch s\(index % 6)\" x=\"\(number(x))\" y=\"\(number(y - 9))\" width=\"12\" height=\"12\"/>"
            } else {
                out += "<line class=\"line s\(index % 6)\" x1=\"\(number(x))\" x2=\"\(number(x + 14))\" y1=\"\(number(y - 3))\" y2=\"\(number(y - 3))\"/>"
            }
            out += "<text x=\"\(number(x + 20))\" y=\"\(number(y + 1))\">\(HTMLText.escape(series.label))</text>"
            x += itemWidth
        }
        return (out + "</g>\n", y + 8)
    }

    /// `Total income, 2016/17: £106,494.00`: the figure as the tables show it.
    static func tooltip(_ series: OutputChart.Series, _ chart: OutputChart, _ category: Int, _ value: Exact) -> String {
        let place = category < chart.categories.count ? chart.categories[category] : ""
        return HTMLText.escape("\(series.label), \(place): \(FigureText.withUnit(value, format: chart.format))")
    }

    /// The exact figure as a plain decimal (up to eight places), for `data-value`.
    static func exact(_ value: Exact) -> String {
        value.decimalText(places: min(value.decimalPlaces ?? 8, 8), rule: .halfUp, grouping: false)
    }

    /// A coordinate to two decimals, without trailing zeros.
    static func number(_ value: Double) -> String {
        ChartScale.trimmed((value * 100).rounded() / 100)
    }
}

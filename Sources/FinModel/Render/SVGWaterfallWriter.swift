import Foundation

/// Draws an `OutputWaterfall`, a bridge, as inline SVG for the HTML report: a row per bar, the
/// figure under the first option standing on zero, a floating bar per input that moves it (up in
/// green, down in red, from the house palette), and the figure under the second option on zero.
///
/// The bars run across the page rather than up it, so that each row can carry the input's name
/// in full at a phone's width, where names such as `practice_contribution` would not fit under
/// upright bars. A dashed connector joins each bar's end to the next bar's start, and each row
/// ends with its figure as the bridge's table shows it: the start and end to the penny, each
/// step signed (`+£27,000.00`), so the labels of the steps add up to the difference of the ends.
///
/// Lengths are to one scale (`ChartScale`): every bar's length is its figure's size, and each
/// step starts where the running figure stood, so the start's length plus the steps' signed
/// lengths is the end's. Each bar carries `data-role`, its exact figure in `data-value`, and
/// where it starts and ends on the scale in `data-from` and `data-to`, for a test to measure.
enum SVGWaterfallWriter {
    /// The height of one bar's row, and of the bar in it.
    static let rowHeight = 26.0
    static let barHeight = 18.0

    /// The waterfall's `<svg>` element, `width` units wide (text stays 13 units, as in every chart).
    static func svg(_ waterfall: OutputWaterfall, width: Double = SVGChartWriter.fullWidth) -> String {
        let name = HTMLText.escape(waterfall.title)
        let (body, height) = self.body(waterfall, width: width)
        return "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(name)\""
            + " data-kind=\"waterfall\"><title>\(name)</title>\n" + body + "</svg>"
    }

    /// The rows, the grid below them with its tick labels, and the height all of it takes.
    static func body(_ waterfall: OutputWaterfall, width: Double) -> (String, Double) {
        let labels = waterfall.bars.map { label($0, waterfall) }
        let characterWidth = SVGChartWriter.characterWidth
        let longestName = waterfall.bars.map(\.name.count).max() ?? 0
        let nameWidth = min(width / 3, max(60, Double(longestName) * characterWidth + 10))
        let figureWidth = Double(labels.map(\.count).max() ?? 0) * characterWidth + 8
        let left = nameWidth + 8, right = width - figureWidth - 8, top = 8.0
        let bottom = top + Double(waterfall.bars.count) * rowHeight
        let scale = ChartScale(values: waterfall.bars.flatMap { [$0.from.chartPosition, $0.to.chartPosition] }, format: waterfall.format)
        var out = grid(scale, top: top, bottom: bottom, left: left, right: right)
        for (index, bar) in waterfall.bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let barTop = rowTop + (rowHeight - barHeight) / 2
            let from = scale.position(bar.from.chartPosition, from: left, to: right)
            let to = scale.position(bar.to.chartPosition, from: left, to: right)
            out += "<text class=\"category\" x=\"\(number(nameWidth))\" y=\"\(number(rowTop + rowHeight / 2 + 4))\" text-anchor=\"end\">"
                + "\(HTMLText.escape(bar.name))</text>\n"
            out += "<rect class=\"bar \(style(bar))\" x=\"\(number(min(from, to)))\" y=\"\(number(barTop))\" width=\"\(number(abs(to - from)))\""
                + " height=\"\(number(barHeight))\" data-role=\"\(bar.role.rawValue)\" data-value=\"\(SVGChartWriter.exact(bar.value))\""
                + " data-from=\"\(SVGChartWriter.exact(bar.from))\" data-to=\"\(SVGChartWriter.exact(bar.to))\">"
                + "<title>\(HTMLText.escape("\(bar.name): \(labels[index])"))</title></rect>\n"
            out += "<text class=\"figure\" x=\"\(number(width - 8))\" y=\"\(number(rowTop + rowHeight / 2 + 4))\" text-anchor=\"end\">"
                + "\(HTMLText.escape(labels[index]))</text>\n"
            // The running figure carries on from this bar's end to the next bar's start.
            if index + 1 < waterfall.bars.count {
                out += "<line class=\"connector\" x1=\"\(number(to))\" x2=\"\(number(to))\" y1=\"\(number(barTop + barHeight))\""
                    + " y2=\"\(number(barTop + rowHeight))\"/>\n"
            }
        }
        return (out, bottom + 26)
    }

    /// The figure at the end of a row: the start and end as the table shows them, a step signed.
    static func label(_ bar: OutputWaterfall.Bar, _ waterfall: OutputWaterfall) -> String {
        CellText.figure(.figure(bar.value, format: waterfall.format, places: waterfall.places, showsSign: bar.role == .step))
    }

    /// The series colour of the house palette: blue for the two options, green up, red down.
    static func style(_ bar: OutputWaterfall.Bar) -> String {
        switch bar.role {
        case .start, .end: "s0 total"
        case .step: bar.value < .zero ? "s3 down" : "s2 up"
        }
    }

    /// Vertical grid lines with a tick label below every line, or every second or third when
    /// the labels would otherwise run into each other; zero is always labelled.
    static func grid(_ scale: ChartScale, top: Double, bottom: Double, left: Double, right: Double) -> String {
        let ticks = scale.ticks
        let spacing = ticks.count > 1 ? (right - left) / Double(ticks.count - 1) : right - left
        let widest = Double(ticks.map { scale.label($0).count }.max() ?? 0) * SVGChartWriter.characterWidth + 6
        let stride = max(1, Int((widest / max(spacing, 1)).rounded(.up)))
        let zeroIndex = ticks.firstIndex(of: 0) ?? 0
        var out = ""
        for (index, tick) in ticks.enumerated() {
            let x = number(scale.position(tick, from: left, to: right))
            out += "<line class=\"\(tick == 0 ? "zero" : "grid")\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(number(top))\" y2=\"\(number(bottom))\"/>"
            if (index - zeroIndex) % stride == 0 {
                out += "<text class=\"tick\" x=\"\(x)\" y=\"\(number(bottom + 16))\" text-anchor=\"middle\">\(HTMLText.escape(scale.label(tick)))</text>"
            }
            out += "\n"
        }
        return out
    }

    static func number(_ value: Double) -> String { SVGChartWriter.number(value) }
}

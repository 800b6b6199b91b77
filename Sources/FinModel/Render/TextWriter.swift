/// The terminal format: a title, then each grid in aligned columns with figures right-aligned
/// and money as `-£2,083`, the checks, and analyses in plain sentences.
///
///     Income and expenditure         2016/17     2017/18     2018/19         Total
///     CCG                         £98,923.00 £131,250.00 £119,827.00   £350,000.00
///
/// Grids and the checks table are set off by a blank line; sentences, lists and notes follow
/// what they belong to directly. The inputs and charts are left out: the terminal shows the
/// tables and checks, and `explain` shows where a figure comes from.
///
/// Text from the scenario is made visible (`TerminalText.visible`) before anything is laid
/// out, so a label cannot move the cursor or reorder what is printed. `options` may ask for
/// colour (`TextColour`, added last) and a width that wide tables are split to (`TextGridLayout`).
public enum TextWriter {
    /// The document as the terminal shows it, in colour and split to a width when `options` say.
    public static func write(_ document: OutputDocument, options: RenderOptions = RenderOptions()) -> String {
        let document = document.mappingText(TerminalText.visible)
        var out = document.heading.map { $0 + "\n" } ?? ""
        for section in document.sections where section.role != .assumptions {
            for block in section.blocks {
                guard let text = write(block, options: options) else { continue }
                if !out.isEmpty, isSetOff(block) { out += "\n" }
                out += text
            }
        }
        return out
    }

    /// The block's text, or nil for one the terminal does not show.
    static func write(_ block: OutputBlock, options: RenderOptions = RenderOptions()) -> String? {
        switch block {
        case .grid(let grid): return self.grid(grid, options: options)
        case .checks(let checks): return self.checks(checks, colour: options.colour)
        case .chart, .chartPanels, .waterfall: return nil
        case .options(let options):
            let width = options.map(\.name.count).max() ?? 0
            return options.map { "  \($0.name.padding(width))  \($0.description)".trimmingTrailingSpaces() + "\n" }.joined()
        case .solution(let solution): return self.solution(solution)
        case .trace(let trace): return self.trace(trace, indent: 0)
        case .paragraph(let text): return text + "\n"
        case .list(let items): return items.map { "  \($0)\n" }.joined()
        case .sources(let sources): return self.sources(sources)
        }
    }

    /// Grids and the checks table stand apart from what comes before them.
    static func isSetOff(_ block: OutputBlock) -> Bool {
        switch block {
        case .grid: true
        case .checks(let checks): checks.layout == .table
        case .sources: true
        default: false
        }
    }

    /// `practice_contribution = £0.52 per patient`, then what the target comes to, and one step back.
    static func solution(_ solution: OutputSolution) -> String {
        var text = "\(solution.input) = \(CellText.prose(solution.value))\n"
        text += "  \(solution.target) = \(CellText.figure(solution.achieved)) (target \(CellText.figure(solution.goal)), "
        text += "residual \(CellText.figure(solution.residual)))\n"
        if let neighbour = solution.neighbour, let achieved = solution.neighbourAchieved {
            text += "  at \(CellText.prose(neighbour)): \(solution.target) = \(CellText.figure(achieved))\n"
        }
        return text
    }

    /// The figure, where it is defined, its source and roundings; then each figure it uses, indented.
    static func trace(_ node: OutputTrace, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        let place = node.place.isEmpty ? "" : "[\(node.place)]"
        let value = node.figures.map(CellText.prose).joined(separator: " | ") + (node.scope.map { " " + $0 } ?? "")
        var text = "\(pad)\(node.name)\(place) = \(value)\(node.isInput ? "  (input)" : "")\n"
        text += "\(pad)  \(node.location): \(node.name) = \(node.formula)\n"
        if let note = node.note { text += "\(pad)  source: \(note)\n" }
        for rounding in node.roundings { text += "\(pad)  rounding: \(rounding)\n" }
        for use in node.uses { text += trace(use, indent: indent + 1) }
        return text
    }
}

/// `compare --bridge`: a figure's walk from one option to another, input by input.
extension OutputDocument {
    /// The bridge as a grid, with a sentence saying how the steps were shared out.
    ///
    ///     From secured_fees to all_streams  secured_fees  all_streams        Change  total(surplus)
    ///     secured_fees                                                           -£9,468.69
    ///     potential_contracts                      £0.00  £180,000.00  +£27,000.00   £17,531.31
    ///     …
    ///     all_streams                                                            -£8,718.69
    public init(bridge: Scenario.Bridge) {
        self.init(title: "Bridge of \(bridge.figure)", sections: [
            OutputSection(.analysis, title: "Bridge of \(bridge.figure) from \(bridge.from) to \(bridge.to)", blocks: [
                .grid(OutputGrid(bridge: bridge)),
                .paragraph(Self.bridgeNote(bridge)),
            ]),
        ])
    }

    /// The report's bridge: the table, the waterfall drawn from the same shown changes, and
    /// the note on how the changes were shared out.
    static func bridgeSection(_ bridge: Scenario.Bridge) -> OutputSection {
        OutputSection(.analysis, title: "Bridge of \(bridge.figure) from \(bridge.from) to \(bridge.to)", blocks: [
            .grid(OutputGrid(bridge: bridge)),
            .waterfall(OutputWaterfall(bridge: bridge)),
            .paragraph(Self.bridgeNote(bridge)),
        ])
    }

    static func bridgeNote(_ bridge: Scenario.Bridge) -> String {
        if bridge.steps.isEmpty { return "\(bridge.from) and \(bridge.to) set every input alike, so the figure is the same." }
        let shown = FigureText.text(bridge.step, format: bridge.format == .money ? .money : .plain)
        return "Each input's change is its Shapley value: its effect on \(bridge.figure) averaged over every order in which "
            + "the \(bridge.steps.count) inputs could be changed, so any interaction between them is shared evenly and the "
            + "changes add up to the whole. They are shown to \(shown), rounded by largest remainder so that they add up to "
            + "the change shown (\(bridge.evaluations) evaluations)."
    }
}

extension OutputGrid {
    /// The start, a row per input that differs, and the end; the last column runs from the
    /// start's figure to the end's by the shown changes.
    init(bridge: Scenario.Bridge) {
        let format = bridge.format
        let places = format == .money ? nil : bridge.step.decimalPlaces
        func figure(_ value: Exact, showsSign: Bool = false) -> OutputCell {
            .figure(value, format: format, places: places, showsSign: showsSign)
        }
        var rows = [OutputRow(headers: [.text(bridge.from)], cells: [.empty, .empty, .empty, figure(bridge.start)])]
        var running = bridge.start
        for step in bridge.steps {
            running = (try? running.adding(step.shown)) ?? running
            rows.append(OutputRow(
                headers: [.text(step.label == step.input ? step.input : "\(step.label) (\(step.input))", plain: step.input)],
                cells: [.text(step.fromText), .text(step.toText), figure(step.shown, showsSign: true), figure(running)]))
        }
        rows.append(OutputRow(headers: [.text(bridge.to)], cells: [.empty, .empty, .empty, figure(bridge.end)]))
        self.init(
            title: "From \(bridge.from) to \(bridge.to)", arrangement: .bridge(figure: bridge.figure, from: bridge.from, to: bridge.to),
            headers: [OutputLabel("Step", plain: "step")],
            columns: [
                OutputColumn(heading: .text(bridge.from)), OutputColumn(heading: .text(bridge.to)),
                OutputColumn(heading: .text("Change", plain: "change"), role: .change), OutputColumn(heading: .text(bridge.figure)),
            ],
            rows: rows)
    }
}

/// The analyses as documents: a goal seek, a data table, a figure's audit trail, and what a
/// change to a line would move.
extension OutputDocument {
    /// `seek`: the input's value that reaches the target, what the target comes to there, and
    /// one step back.
    public init(seek outcome: Scenario.SeekOutcome) {
        // The input is shown as written: `£0.52 per patient`, `3%`, `£200`.
        let inputFormat: ValueFormat =
            outcome.unit == "£" ? .money : outcome.inputFormat == .percent || outcome.unit.isEmpty ? outcome.inputFormat : .quantity(outcome.unit)
        func input(_ value: Exact) -> OutputCell { .figure(value, format: inputFormat) }
        func figure(_ value: Exact, showsSign: Bool = false) -> OutputCell { .figure(value, format: outcome.format, showsSign: showsSign) }
        let residual = (try? outcome.achieved.subtracting(outcome.target)) ?? .zero
        let solution = OutputSolution(
            input: outcome.input, value: input(outcome.value), target: outcome.targetText, achieved: figure(outcome.achieved),
            goal: figure(outcome.target), residual: figure(residual, showsSign: true), neighbour: outcome.neighbour.map(input),
            neighbourAchieved: outcome.neighbourAchieved.map { figure($0) })
        self.init(sections: [OutputSection(.analysis, title: "Goal seek", blocks: [.solution(solution)])])
    }

    /// `sensitivity`: a row per value of the first input, a column per value of the second (or
    /// one column), and the target's figure in each cell.
    public init(sensitivity table: Scenario.SensitivityTable) {
        /// An input's value as written in its unit: `£0.40 per patient`, `1%`, `3 hours`.
        func input(_ value: Exact, _ format: ValueFormat, _ unit: String) -> OutputCell {
            if unit.hasPrefix("£") {
                return OutputCell(.figure(value), format: .money, suffix: unit.count > 1 ? String(unit.dropFirst(2)) : nil)
            }
            return OutputCell(.figure(value), format: format, suffix: format == .percent || unit.isEmpty ? nil : unit)
        }
        let corner = table.columnInput.map { "\(table.rowInput) \\ \($0)" } ?? table.rowInput
        let columns =
            table.columnInput == nil
            ? [OutputColumn(heading: .text(table.targetText))]
            : table.columnValues.map { OutputColumn(heading: input($0, table.columnFormat, table.columnUnit)) }
        let rows = table.rowValues.enumerated().map { index, value in
            OutputRow(headers: [input(value, table.rowFormat, table.rowUnit)], cells: table.cells[index].map { .figure($0, format: table.format) })
        }
        let grid = OutputGrid(
            title: table.targetText, arrangement: .dataTable(rowInput: table.rowInput, columnInput: table.columnInput),
            headers: [OutputLabel(corner)], columns: columns, rows: rows)
        self.init(sections: [OutputSection(.analysis, title: "Sensitivity", blocks: [.grid(grid)])])
    }

    /// `explain`: the figure, its formula and source, and the same for each figure it uses.
    public init(explanation: Scenario.Explanation) {
        self.init(sections: [OutputSection(.analysis, title: "Explanation", blocks: [.trace(OutputTrace(explanation))])])
    }

    /// `explain --dependents`: every line that uses `name`, directly or through others.
    public init(dependents: [Scenario.Dependent], of name: String) {
        let blocks: [OutputBlock] =
            dependents.isEmpty
            ? [.paragraph("nothing uses '\(name)'")]
            : [.paragraph("changing '\(name)' moves:"), .list(dependents.map { "\($0.name) (\($0.location)): \($0.formula)" })]
        self.init(sections: [OutputSection(.analysis, title: "Dependents", blocks: blocks)])
    }
}

extension OutputTrace {
    /// An explanation with its figures as cells, in the line's format.
    public init(_ explanation: Scenario.Explanation) {
        self.init(
            name: explanation.name, place: explanation.place,
            // A figure too large to show in its line's unit is said to be, never left blank.
            figures: explanation.figures.map { $0 == nil ? .text("too large to show in \(explanation.format.unitName)") : .figure($0, format: explanation.format) },
            scope: explanation.scope, isInput: explanation.isInput, location: explanation.location, formula: explanation.formula,
            note: explanation.note, roundings: explanation.roundings, uses: explanation.uses.map(OutputTrace.init))
    }
}

extension ValueFormat {
    /// `'minutes'` for a quantity in minutes, else `its unit`: the unit a figure is shown in, for a sentence.
    var unitName: String {
        if case .quantity(let unit) = self, !unit.isEmpty { return "'\(unit)'" }
        return "its unit"
    }
}

/// `sensitivity`: one- and two-way data tables, like a spreadsheet's, of a figure against inputs.
extension Scenario {
    /// A data table: a figure for each value of one input, or of two (rows and columns).
    public struct SensitivityTable: Sendable {
        /// The figure tabulated, as typed: `surplus[2019/20]`.
        public let targetText: String
        /// How the cells are shown.
        public let format: ValueFormat
        /// The input whose values make the rows.
        public let rowInput: String
        /// The rows' input values, from the range's first value by its step.
        public let rowValues: [Exact]
        /// How the rows' values are shown.
        public let rowFormat: ValueFormat
        /// The rows' input's unit as written: `£ per patient`.
        public let rowUnit: String
        /// The input whose values make the columns; nil for a one-way table.
        public let columnInput: String?
        /// The columns' input values; empty for a one-way table.
        public let columnValues: [Exact]
        /// How the columns' values are shown.
        public let columnFormat: ValueFormat
        /// The columns' input's unit as written; empty for a one-way table.
        public let columnUnit: String
        /// cells[row][column]; one column for a one-way table.
        public let cells: [[Exact]]
    }

    /// One axis of a data table: an input and the values it runs over, each as the user typed it.
    ///
    /// The front end splits its own syntax (`--vary INPUT=FROM..TO:STEP` on the command line,
    /// `vary INPUT=FROM..TO:STEP` at the REPL); the bounds and the step are expressions in the
    /// input's unit, as in the file (`£0.40 per patient`), and diagnostics point at each piece.
    /// A problem with the range as a whole (it runs backwards, it has too many values) points
    /// from the input's name to the step when they were cut from one text.
    public struct SensitivityRange: Sendable {
        /// The input to vary, by name.
        public let input: SourceText
        /// The first value.
        public let from: SourceText
        /// The last value, reached when the steps land on it.
        public let to: SourceText
        /// The distance between values, above zero.
        public let step: SourceText

        /// A range from its typed pieces, each pointed at by the diagnostics about it.
        public init(input: SourceText, from: SourceText, to: SourceText, step: SourceText) {
            self.input = input
            self.from = from
            self.to = to
            self.step = step
        }
    }

    /// Most values one axis of a data table may have.
    static let maximumSensitivityValues = 1_000

    /// The figure `target` for each value of one input (one range) or each pair of values of two
    /// (rows and columns), re-evaluating only what depends on them.
    public func sensitivity(
        of target: SourceText, varying ranges: [SensitivityRange], overrides: [Override] = [], variant: String? = nil
    ) -> (SensitivityTable?, [Diagnostic]) {
        let (prepared, preparation) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, preparation) }
        guard (1...2).contains(ranges.count) else {
            return (nil, preparation + [Diagnostic(at: nil, "a data table varies one or two inputs, found \(ranges.count)",
                                                   help: "give one range, or two for rows and columns", path: file.path)])
        }
        let (baseline, problems) = prepared.values()
        guard let baseline else { return (nil, preparation + problems) }
        let (parsedTarget, targetProblems) = Parser.parseStandaloneExpression(target)
        guard let targetSyntax = parsedTarget else { return (nil, preparation + targetProblems) }
        let typeProblems = prepared.problems(in: [targetSyntax])
        if !typeProblems.isEmpty { return (nil, preparation + typeProblems) }
        let targetValue: Value
        do throws(Evaluator.Failure) { targetValue = try baseline.evaluate(targetSyntax) } catch {
            if case .reported(let diagnostic) = error { return (nil, preparation + [diagnostic]) }
            return (nil, preparation)
        }
        guard targetValue.shape == .scalar, case .number = targetValue.kind else {
            return (nil, preparation + [Diagnostic(at: targetSyntax.span, "the target must be one figure, but this is \(prepared.model.describe(targetValue.shape))",
                                                   help: prepared.model.oneFigureHelp)])
        }
        var axes: [(name: String, values: [Exact], kind: Value.Kind, format: ValueFormat, unit: String, input: SeekableInput)] = []
        for range in ranges {
            switch sensitivityRange(range, prepared: prepared, baseline: baseline) {
            case .success(let axis): axes.append(axis)
            case .failure(let problem): return (nil, preparation + [problem])
            }
        }
        let names = Set(axes.flatMap { $0.input.dependencies(in: prepared) })
        let affected = Set(prepared.dependents(of: names))
        let reused = baseline.values.filter { !affected.contains($0.key) }
        let columns = axes.count == 2 ? axes[1].values : [Exact.zero]
        var cells: [[Exact]] = []
        for rowValue in axes[0].values {
            var row: [Exact] = []
            for columnValue in columns {
                var settings = [(axes[0].input, rowValue)]
                if axes.count == 2 { settings.append((axes[1].input, columnValue)) }
                let (evaluator, failures) = prepared.values(injected: SeekableInput.injecting(settings), reusing: reused)
                guard let evaluator, let value = try? evaluator.evaluate(targetSyntax), let cell = value.cells.first else {
                    return (nil, preparation + failures)
                }
                row.append(cell)
            }
            cells.append(row)
        }
        return (SensitivityTable(
            targetText: target.text.trimmingSpaces(), format: targetValue.kind.format(display: nil),
            rowInput: axes[0].name, rowValues: axes[0].values, rowFormat: axes[0].format, rowUnit: axes[0].unit,
            columnInput: axes.count == 2 ? axes[1].name : nil, columnValues: axes.count == 2 ? axes[1].values : [],
            columnFormat: axes.count == 2 ? axes[1].format : .plain, columnUnit: axes.count == 2 ? axes[1].unit : "",
            cells: cells), preparation)
    }

    /// The input a range varies and the values it takes.
    func sensitivityRange(_ range: SensitivityRange, prepared: Prepared, baseline: Evaluator)
        -> Result<(name: String, values: [Exact], kind: Value.Kind, format: ValueFormat, unit: String, input: SeekableInput), Diagnostic>
    {
        let whole = range.input.through(range.step).span
        let (input, problem) = seekableInput(range.input, in: prepared)
        guard let input else { return .failure(problem!) }
        let name = input.name
        var bounds: [Exact] = []
        for (index, part) in [range.from, range.to, range.step].enumerated() {
            switch typedValue(part, for: input, prepared: prepared, baseline: baseline) {
            case .failure(let problem): return .failure(problem)
            case .success(let value):
                if index == 2, value <= .zero {
                    return .failure(Diagnostic(
                        at: part.span, "the step must be above zero", help: "write a step above zero in the input's unit, such as 0.5% or £0.05 per patient"))
                }
                bounds.append(value)
            }
        }
        let (from, to, step) = (bounds[0], bounds[1], bounds[2])
        guard from <= to else {
            return .failure(Diagnostic(at: whole, "the range runs backwards", help: "write the smaller value first"))
        }
        var values: [Exact] = []
        var value = from
        while value <= to {
            values.append(value)
            guard values.count <= Self.maximumSensitivityValues, let next = try? value.adding(step) else {
                return .failure(Diagnostic(at: whole, "the range has more than \(Self.maximumSensitivityValues) values", help: "use a larger step"))
            }
            value = next
        }
        let display = baseline.displays[name]
        let format = input.value.kind.format(display: display)
        return .success((name, values, input.value.kind, format, input.value.unit?.description ?? "", input))
    }
}

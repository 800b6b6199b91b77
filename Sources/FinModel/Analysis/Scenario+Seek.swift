/// `seek`: the value of an input that makes a figure hit a target, to the input's precision.
extension Scenario {
    /// What a goal seek found: the input's value, and the figure there and one step back.
    public struct SeekOutcome: Sendable {
        /// The input varied: `practice_contribution`.
        public let input: String
        /// The input's value at which the figure first reaches the target, on the input's grid.
        public let value: Exact
        /// The input's unit as written, such as `£ per patient`.
        public let unit: String
        /// The grid the search moved on: the input's precision (a penny, 0.01%).
        public let step: Exact
        /// The target as typed: `surplus[2019/20] = 0`.
        public let targetText: String
        /// The value the figure should reach.
        public let target: Exact
        /// What the figure comes to at `value`.
        public let achieved: Exact
        /// The input one step back, where the target is not yet reached; nil when none was needed.
        public let neighbour: Exact?
        /// What the figure comes to at `neighbour`.
        public let neighbourAchieved: Exact?
        /// How the figure is shown.
        public let format: ValueFormat
        /// How the input's values are shown.
        public let inputFormat: ValueFormat
        /// How many times the figure was evaluated: a few for the piecewise-linear models money makes.
        public let evaluations: Int
        /// Said when the answer may not be what was meant (it crosses zero from the input's
        /// current value with no bounds given), with how to bound the search.
        public let warnings: [Diagnostic]
    }

    /// Where `seek` may look for the input's value, in its unit, each bound as the user typed it:
    /// `--within 0%..10%` on the command line.
    public struct SeekBounds: Sendable {
        /// The lowest value to try, in the input's unit.
        public let from: SourceText
        /// The highest value to try.
        public let to: SourceText

        /// Bounds as typed: each piece is parsed and checked against the input's unit.
        public init(from: SourceText, to: SourceText) {
            self.from = from
            self.to = to
        }
    }

    /// What `seek` aims for: a figure and the value it should reach, each as the user typed it.
    ///
    /// The front end splits its own syntax (`--target 'surplus[2019/20] = 0'` on the command
    /// line, `seek surplus[2019/20] = 0 by ...` at the REPL); the library parses each piece as
    /// an expression, and its diagnostics point into the text the piece was cut from.
    public struct SeekTarget: Sendable {
        /// The figure to move: one line (or input) in one year, as in `surplus[2019/20]`.
        public let figure: SourceText
        /// The value it should reach, in the figure's unit, as in `£0` (a plain `0` also fits).
        public let value: SourceText

        /// A target from its two typed pieces, each pointed at by the diagnostics about it.
        public init(figure: SourceText, value: SourceText) {
            self.figure = figure
            self.value = value
        }
    }

    /// Finds the value of the input `varying` at which `target`'s figure reaches its value.
    ///
    ///     let typed = SourceText("surplus[2019/20] = 0", origin: "--target")
    ///     let equals = typed.text.firstIndex(of: "=")!
    ///     let target = Scenario.SeekTarget(
    ///         figure: typed.part(typed.text.startIndex..<equals),
    ///         value: typed.part(typed.text.index(after: equals)..<typed.text.endIndex))
    ///     scenario.seek(target, varying: SourceText("practice_contribution", origin: "--vary")).0?.value
    ///     // 0.52 (£ per patient)
    ///
    /// With `bounds`, the answer lies within them or the failure says what the figure is at each
    /// bound; without, an answer on the other side of zero from the input's current value (a
    /// negative uplift where it is 2%) comes with a warning saying how to bound the search.
    public func seek(
        _ target: SeekTarget, varying: SourceText, within bounds: SeekBounds? = nil, overrides: [Override] = [], variant: String? = nil
    ) -> (SeekOutcome?, [Diagnostic]) {
        let (prepared, preparation) = prepare(overrides: overrides, variant: variant)
        guard let prepared else { return (nil, preparation) }
        let (parsedFigure, figureProblems) = Parser.parseStandaloneExpression(target.figure)
        guard let computedSyntax = parsedFigure else { return (nil, preparation + figureProblems) }
        let (parsedValue, valueProblems) = Parser.parseStandaloneExpression(target.value)
        guard let statedSyntax = parsedValue else { return (nil, preparation + valueProblems) }
        let (input, inputProblem) = seekableInput(varying, in: prepared)
        guard let input else { return (nil, preparation + [inputProblem!]) }

        let (baseline, baselineProblems) = prepared.values()
        guard let baseline else { return (nil, preparation + baselineProblems) }
        let typeProblems = prepared.problems(in: [computedSyntax, statedSyntax])
        if !typeProblems.isEmpty { return (nil, preparation + typeProblems) }
        // The target's kind and shape, and the stated value, from the baseline.
        let targetValue: Value, statedValue: Value
        do throws(Evaluator.Failure) {
            targetValue = try baseline.evaluate(computedSyntax)
            statedValue = try baseline.evaluate(statedSyntax)
        } catch {
            if case .reported(let diagnostic) = error { return (nil, preparation + [diagnostic]) }
            return (nil, preparation)
        }
        guard case .number(let unit) = targetValue.kind, targetValue.shape == .scalar else {
            return (nil, preparation + [Diagnostic(
                at: computedSyntax.span, "the target must be one figure, but this is \(prepared.model.describe(targetValue.shape))",
                help: prepared.model.oneFigureHelp)])
        }
        let stated = statedValue.cells.first ?? .zero
        guard statedValue.shape == .scalar, statedValue.kind == targetValue.kind || (statedValue.unit?.isNone == true && stated == .zero) else {
            return (nil, preparation + [Diagnostic(
                at: statedSyntax.span, "the target value is \(statedValue.kind.description) but '\(computedSyntax.span.file.text(of: computedSyntax.span))' is \(targetValue.kind.description)",
                help: "write the target in '\(unit)', as in \(unit.isMoney ? "£0" : "0 \(unit)")")])
        }

        // Re-evaluate only what depends on the input.
        let affected = Set(prepared.dependents(of: input.dependencies(in: prepared)))
        let reused = baseline.values.filter { !affected.contains($0.key) }
        let figure = { (x: Exact) throws(GoalSeek.Failure) -> Exact in
            // A list's figures are zero or more: the search does not look below zero.
            if input.listFigure != nil, x < .zero { throw .evaluationFailed(at: x, message: "below zero") }
            let (evaluator, problems) = prepared.values(injected: SeekableInput.injecting([(input, x)]), reusing: reused)
            guard let evaluator, let result = try? evaluator.evaluate(computedSyntax), let cell = result.cells.first else {
                throw .evaluationFailed(at: x, message: problems.first?.message ?? "the figure cannot be evaluated")
            }
            return cell
        }
        let display = baseline.displays[input.name]
        let inputFormat = input.value.kind.format(display: display)
        let format = targetValue.kind.format(display: nil)
        var range: ClosedRange<Exact>?
        if let bounds {
            var ends: [Exact] = []
            for part in [bounds.from, bounds.to] {
                switch typedValue(part, for: input, prepared: prepared, baseline: baseline) {
                case .success(let value): ends.append(value)
                case .failure(let problem): return (nil, preparation + [problem])
                }
            }
            guard ends[0] <= ends[1] else {
                return (nil, preparation + [Diagnostic(
                    at: bounds.from.through(bounds.to).span, "the bounds run backwards", help: "write the smaller value first")])
            }
            range = ends[0]...ends[1]
        }
        let start = input.value.cells[0]
        do throws(GoalSeek.Failure) {
            let solution: GoalSeek.Solution
            if let range {
                solution = try GoalSeek.solve(target: stated, within: range, step: input.step, figure: figure)
            } else {
                solution = try GoalSeek.solve(target: stated, start: start, step: input.step, figure: figure)
            }
            if let figure = input.listFigure, solution.value < .zero {
                return (nil, preparation + [Diagnostic(
                    at: computedSyntax.span, "only a negative '\(figure.attribute)' of '\(figure.member)' reaches the target: \(FigureText.withUnit(solution.value, format: inputFormat))",
                    help: "a list's figures are zero or more; try another target or another figure to vary")])
            }
            var warnings: [Diagnostic] = []
            if range == nil, start != .zero, solution.value != .zero, (start < .zero) != (solution.value < .zero) {
                let found = FigureText.withUnit(solution.value, format: inputFormat)
                let now = FigureText.withUnit(start, format: inputFormat)
                let example = start > .zero ? "\(FigureText.withUnit(.zero, format: inputFormat))..\(FigureText.withUnit(start, format: inputFormat))" : "\(now)..\(FigureText.withUnit(.zero, format: inputFormat))"
                warnings.append(Diagnostic(
                    .warning, at: varying.span, "the value found, \(found), is \(solution.value < .zero ? "below" : "above") zero, where '\(input.name)' is \(now)",
                    help: "if that cannot be, say where to look, as in --within '\(example)'"))
            }
            return (SeekOutcome(
                input: input.name, value: solution.value, unit: input.value.unit?.description ?? "", step: input.step,
                targetText: computedSyntax.span.file.text(of: computedSyntax.span), target: stated, achieved: solution.achieved,
                neighbour: solution.neighbour, neighbourAchieved: solution.neighbourAchieved, format: format,
                inputFormat: inputFormat, evaluations: solution.evaluations, warnings: warnings), preparation)
        } catch {
            let message: String, help: String
            switch error {
            case .noEffect:
                message = "'\(computedSyntax.span.file.text(of: computedSyntax.span))' does not change when '\(input.name)' changes"
                help = "vary an input the target moves with, given the other inputs; 'scenario explain' shows what it uses"
            case .noSolution:
                message = "no value of '\(input.name)' reaches the target"
                help = "the figure moves the other way, or never reaches it; try another input or target"
            case .notWithin(let low, let high, let atLow, let atHigh):
                let figureText = computedSyntax.span.file.text(of: computedSyntax.span)
                let (lowText, highText) = (FigureText.withUnit(low, format: inputFormat), FigureText.withUnit(high, format: inputFormat))
                message = low > high
                    ? "no value of '\(input.name)' on its grid lies from \(lowText) to \(highText)"
                    : "no value of '\(input.name)' from \(lowText) to \(highText) reaches the target: '\(figureText)' is \(FigureText.withUnit(atLow, format: format)) at \(lowText) and \(FigureText.withUnit(atHigh, format: format)) at \(highText)"
                help = "widen the bounds, or seek without --within to search everywhere"
            case .evaluationFailed(let x, _) where input.listFigure != nil && x < .zero:
                message = "no value of '\(input.name)' of zero or more reaches the target"
                help = "a list's figures are zero or more; check the target, or vary another member's figure"
            case .evaluationFailed(let x, let why):
                message = "the figure cannot be evaluated when '\(input.name)' is \(FigureText.number(x)): \(why)"
                help = "the search stopped here; check the model for divisions that can be zero"
            }
            return (nil, preparation + [Diagnostic(at: computedSyntax.span, message, help: help)])
        }
    }

    struct SeekableInput {
        /// The input's name, or a list figure's reference: `list_size["Enderby"]`.
        let name: String
        /// Its value now, one figure.
        let value: Value
        let step: Exact
        /// The list member's figure varied, when it is one rather than an input.
        var listFigure: ListFigure? = nil
        /// The attribute's figures for every member, of which the one varied is replaced.
        var listValue: Value? = nil
        /// How many of `listValue`'s cells each member has: one, or one per model period for an
        /// attribute by period.
        var listStride: Int = 1
    }

    /// The input to vary, with its precision: a penny for amounts, 0.01% for percentages, and
    /// otherwise the decimal places it is written with. An unknown name is pointed at where it
    /// was typed, with the nearest input's name.
    func seekableInput(_ typed: SourceText, in prepared: Prepared) -> (SeekableInput?, Diagnostic?) {
        let model = prepared.model
        let trimmed = typed.part(typed.text.startIndex..<typed.text.endIndex)
        let name = trimmed.text
        if name.contains("[") { return seekableListFigure(trimmed, in: prepared) }
        guard let named = model.values[name], named.isInput else {
            let inputs = model.names.filter { model.values[$0]!.isInput }
            return (nil, .unknown("input", name, at: trimmed.span, among: inputs, help: "the inputs are \(inputs.joined(separator: ", "))"))
        }
        guard let value = prepared.type(ofLine: name), case .number(let unit) = value.kind, value.shape == .scalar else {
            return (nil, Diagnostic(at: named.definition.nameSpan, "'\(name)' is not a single figure that can be varied",
                                    help: "vary an input written as one number or amount"))
        }
        let expression = named.definition.expression
        let step: Exact
        switch expression.kind {
        case .percent: step = try! Exact(numerator: 1, denominator: 10_000)
        case _ where unit.power(of: .pound) != 0: step = try! Exact(numerator: 1, denominator: 100)
        default:
            let written = expression.span.file.text(of: expression.span)
            let places = written.split(separator: ".").dropFirst().first?.prefix { $0.isNumber }.count ?? 0
            step = try! Exact(numerator: 1, denominator: Int128(10).power(places))
        }
        let (baseline, _) = prepared.values()
        let current = baseline?.value(of: name) ?? Value(kind: value.kind, shape: value.shape, cells: [])
        return (SeekableInput(name: name, value: current, step: step), nil)
    }
}

extension Int128 {
    func power(_ exponent: Int) -> Int128 {
        (0..<exponent).reduce(1) { result, _ in result * self }
    }
}

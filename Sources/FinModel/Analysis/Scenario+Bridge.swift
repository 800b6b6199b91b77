/// `compare --bridge`: why one figure differs between two options, input by input.
extension Scenario {
    /// A figure under two options, and its change shared between the inputs the options set
    /// differently, by Shapley values (see `ShapleyAttribution`): exact, order-independent, and
    /// adding up to the whole change.
    public struct Bridge: Sendable {
        /// One input the two options set differently, and its share of the change.
        public struct Step: Sendable {
            /// The input's name.
            public let input: String
            /// The input's label in the file, or its name.
            public let label: String
            /// The input under each option, as written: `£0.55 per patient`, `2%`, `£1 | £2 | £3`.
            public let fromText: String
            /// The input under the option the bridge ends at.
            public let toText: String
            /// The input's share of the change, exact.
            public let change: Exact
            /// The share rounded to `Bridge.step`, so the shown steps add up to the shown change.
            public let shown: Exact
        }

        /// The figure as typed, such as `total(surplus)` or `surplus[2020/21]`.
        public let figure: String
        /// "base" or a variant's name.
        public let from: String
        /// The option the bridge ends at: "base" or a variant's name.
        public let to: String
        /// The figure under `from`, exact.
        public let start: Exact
        /// The figure under `to`, exact.
        public let end: Exact
        /// A step per input the options set differently, in the file's order.
        public let steps: [Step]
        /// How the figure is shown: money, a count with its unit, a percentage.
        public let format: ValueFormat
        /// What the shown changes are rounded to: a penny for money.
        public let step: Exact
        /// How many times the figure was evaluated: 2ⁿ for n inputs.
        public let evaluations: Int

        /// `end − start`: the sum of the steps' exact changes.
        public var change: Exact { (try? end.subtracting(start)) ?? .zero }
    }

    /// The bridge of `figure` from option `from` to option `to` (nil is the base model).
    ///
    ///     scenario.bridge(SourceText("total(surplus)", origin: "--bridge"), from: "secured_fees", to: "all_streams")
    ///     // start, end, and a step per input the two options set differently
    public func bridge(_ figure: SourceText, from: String?, to: String?, overrides: [Override] = []) -> (Bridge?, [Diagnostic]) {
        let (fromPrepared, preparation) = prepare(overrides: overrides, variant: from)
        guard let fromPrepared else { return (nil, preparation) }
        let (toPrepared, toPreparation) = prepareOne(overrides: overrides, variant: to)
        guard let toPrepared else { return (nil, preparation + toPreparation) }
        let (fromValues, fromProblems) = fromPrepared.values()
        guard let fromValues else { return (nil, preparation + fromProblems) }
        let (toValues, toProblems) = toPrepared.values()
        guard let toValues else { return (nil, preparation + toProblems) }

        let (parsed, parseProblems) = Parser.parseStandaloneExpression(figure)
        guard let syntax = parsed else { return (nil, preparation + parseProblems) }
        let typeProblems = fromPrepared.problems(in: [syntax])
        if !typeProblems.isEmpty { return (nil, preparation + typeProblems) }
        let figureText = syntax.span.file.text(of: syntax.span)
        let start: Value
        do throws(Evaluator.Failure) { start = try fromValues.evaluate(syntax) } catch {
            if case .reported(let diagnostic) = error { return (nil, preparation + [diagnostic]) }
            return (nil, preparation)
        }
        guard case .number = start.kind, start.shape == .scalar, let startCell = start.cells.first else {
            return (nil, preparation + [Diagnostic(
                at: syntax.span, "a bridge explains one figure, but this is \(start.shape == .scalar ? start.kind.description : start.shape.description)",
                help: "pick a year, or total the years: surplus[2019/20] or total(surplus)")])
        }

        // The inputs the two options set differently, in the file's order.
        let model = fromPrepared.model
        let differing = model.names.filter { name in
            guard model.values[name]?.isInput == true else { return false }
            return fromValues.value(of: name)?.cells != toValues.value(of: name)?.cells
        }
        // Then the list figures they set differently (`list_size["Croft", 2020-04]`), each a step.
        let listFigures = differingListFigures(from: fromPrepared, to: toPrepared)
        let count = differing.count + listFigures.count
        guard count <= ShapleyAttribution.maximumInputs else {
            return (nil, preparation + [Diagnostic(
                at: syntax.span, "the options differ in \(count) inputs; a bridge shares a change between at most \(ShapleyAttribution.maximumInputs)",
                help: "bridge between two options that differ less, or pass --set to give both the same value for some inputs")])
        }

        // Every set of moved inputs: each differing input is injected with its value under one
        // option or the other, so an input computed from another keeps its own option's value.
        let readers = listFigures.reduce(into: Set<String>()) { $0.formUnion(fromPrepared.lines(reading: $1.input.listFigure!.attribute)) }
        let affected = Set(fromPrepared.dependents(of: Set(differing).union(readers)))
        let reused = fromValues.values.filter { !affected.contains($0.key) }
        var figures: [Exact] = []
        for mask in 0..<(1 << count) {
            var injected: [String: Value] = [:]
            for (bit, name) in differing.enumerated() {
                injected[name] = (mask & (1 << bit) != 0 ? toValues : fromValues).value(of: name)
            }
            let settings = listFigures.enumerated().map { index, figure in
                (figure.input, mask & (1 << (differing.count + index)) != 0 ? figure.to : figure.from)
            }
            injected.merge(SeekableInput.injecting(settings)) { _, figure in figure }
            let (evaluator, problems) = fromPrepared.values(injected: injected, reusing: reused)
            let moved = (differing + listFigures.map(\.input.name)).enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            guard let evaluator else {
                return (nil, preparation + [Diagnostic(
                    at: syntax.span, "the figure cannot be evaluated with \(Self.described(moved)) as in '\(to ?? "base")': \(problems.first?.message ?? "")",
                    help: "a bridge evaluates every mix of the two options' inputs; guard the division or overflow it reports")])
            }
            do throws(Evaluator.Failure) {
                figures.append(try evaluator.evaluate(syntax).cells.first ?? .zero)
            } catch {
                if case .reported(let diagnostic) = error { return (nil, preparation + [diagnostic]) }
                return (nil, preparation)
            }
        }

        let format = start.kind.format(display: nil)
        let exactChanges: [Exact], shownChanges: [Exact], step: Exact
        do throws(ArithmeticError) {
            exactChanges = try ShapleyAttribution.shares(count: count, figures: figures)
            step = Self.bridgeStep(format: format, figures: figures + exactChanges)
            shownChanges = try ShapleyAttribution.rounded(exactChanges, toMultipleOf: step)
        } catch {
            return (nil, preparation + [Diagnostic(at: syntax.span, error.message, help: "the shares of the change are too large or too fine to hold exactly")])
        }
        let steps = differing.enumerated().map { index, name in
            let inputFormat = fromValues.value(of: name).map { $0.kind.format(display: fromValues.displays[name]) } ?? .plain
            return Bridge.Step(
                input: name, label: model.values[name]?.definition.label ?? name,
                fromText: Self.inputText(fromValues.value(of: name), format: inputFormat),
                toText: Self.inputText(toValues.value(of: name), format: inputFormat),
                change: exactChanges[index], shown: shownChanges[index])
        } + listFigures.enumerated().map { offset, figure in
            let index = differing.count + offset
            let figureFormat = figure.input.value.kind.format(display: nil)
            return Bridge.Step(
                input: figure.input.name, label: figure.input.name,
                fromText: FigureText.withUnit(figure.from, format: figureFormat), toText: FigureText.withUnit(figure.to, format: figureFormat),
                change: exactChanges[index], shown: shownChanges[index])
        }
        return (Bridge(
            figure: figureText, from: from ?? "base", to: to ?? "base", start: startCell, end: figures[(1 << count) - 1],
            steps: steps, format: format, step: step, evaluations: figures.count), preparation)
    }

    /// A penny for money; otherwise the finest decimal the figures need, at most four places.
    static func bridgeStep(format: ValueFormat, figures: [Exact]) -> Exact {
        if format == .money { return Exact(1, over: 100) }
        var places = 0
        for figure in figures where places < 4 { places = max(places, min(figure.decimalPlaces ?? 4, 4)) }
        return Exact(1, over: Int128(10).power(places))
    }

    /// An input's figure as written, or its figures per year separated by `|`.
    static func inputText(_ value: Value?, format: ValueFormat) -> String {
        guard let value else { return "" }
        return value.cells.map { FigureText.withUnit($0, format: format) }.joined(separator: " | ")
    }

    static func described(_ names: [String]) -> String {
        names.isEmpty ? "no inputs" : names.map { "'\($0)'" }.joined(separator: ", ")
    }
}

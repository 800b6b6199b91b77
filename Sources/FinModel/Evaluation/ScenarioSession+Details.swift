/// Everything a session knows about one input or line, for the REPL's `info NAME`.
extension ScenarioSession {
    /// One input's or line's value, unit, note, definition, place in the file and dependents,
    /// as they are in the session: with the inputs set and the variant chosen.
    ///
    ///     let (details, _) = session.details(of: SourceText("pay_uplift", origin: "input"))
    ///     details?.value       // "2%"
    ///     details?.location    // "Scenarios/nhse-pharmacists.scenario:11"
    ///     details?.dependents  // ["pay", "total_cost", ...]
    public struct Details: Sendable {
        /// The input's or line's name.
        public let name: String
        /// The label tables show instead of the name, when the file gives one.
        public let label: String?
        /// Whether it is an assumption (`input`) rather than computed.
        public let isInput: Bool
        /// The unit of its figures (`£ per patient`), or what it is when it has none (`a plain number`).
        public let unit: String
        /// What it varies over: `one value`, `a value for each year`, `a value for each of the practices`.
        public let shape: String
        /// Its figures with their unit, in its display unit: one line, or one line per list member.
        public let value: String
        /// The note written after it in the file, and the documents it cites: where the figure comes from.
        public let note: String?
        /// Its definition as the session evaluates it: the file's, or the value set or the variant's.
        public let formula: String
        /// The file's definition, when a value set in the session or the chosen variant replaces it.
        public let fileFormula: String?
        /// `file:line` of its definition in the file (or in the file that file includes).
        public let location: String
        /// Every line that uses it, directly or through others, in evaluation order.
        public let dependents: [String]
    }

    /// The details of the input or line `name`, typed by the user: an unknown name, or the
    /// name of a list or an attribute, is an error pointing at it.
    public func details(of name: SourceText) -> (Details?, [Diagnostic]) {
        let model = prepared.model
        let word = name.text
        guard let named = model.values[word], let type = prepared.types[word], let value = evaluator.value(of: word) else {
            if let figure = scenario.listFigure(named: word) { return (listFigureDetails(figure), []) }
            if let list = model.attributes[word] {
                return (nil, [.usage("'\(word)' is an attribute of the list '\(list)', not an input or a line", at: name,
                                     help: "evaluate it to see each member's value: \(word)")])
            }
            if model.lists[word] != nil {
                return (nil, [.usage("'\(word)' is a list, not an input or a line", at: name,
                                     help: "its attributes are \(model.lists[word]!.attributes.map(\.name).joined(separator: ", "))")])
            }
            return (nil, [.unknown("input or line", word, at: name.span, among: model.names, help: "name an input or a line of the scenario")])
        }
        let definition = named.definition
        let written = named.original ?? definition
        func text(_ expression: Expression) -> String { expression.span.file.text(of: expression.span) }
        let unit: String = switch type.kind {
        case .number(let unit) where !unit.isNone: "\(unit)"
        default: type.kind.description
        }
        let details = Details(
            name: word, label: written.label, isInput: named.isInput, unit: unit, shape: type.shape.description,
            value: describe(value, display: prepared.displays[word]), note: model.sourceNote(of: written), formula: text(definition.expression),
            fileFormula: named.original.map { text($0.expression) }.flatMap { $0 == text(definition.expression) ? nil : $0 },
            location: "\(written.nameSpan.file.path):\(written.nameSpan.line)",
            dependents: prepared.dependents(of: [word]).filter { $0 != word })
        return (details, [])
    }

    /// A list member's figure (`list_size["Croft"]`) as `info` shows an input: its value in
    /// force, the list's own where a value set in the session or the variant replaces it, the
    /// member's line in the file, and the lines that read the attribute.
    func listFigureDetails(_ figure: ListFigure) -> Details {
        let model = prepared.model
        let unit = model.attributeUnits[figure.attribute] ?? .none
        func text(_ value: Exact?) -> String { value.map { FigureText.withUnit($0, format: Value.Kind.number(unit).format(display: nil)) } ?? "" }
        let replaced = model.replacedListFigures.first { $0.figure == figure }
        let current = text(model.value(of: figure))
        let span = model.place(of: figure)
        return Details(
            name: figure.reference, label: nil, isInput: true, unit: unit.isNone ? "a plain number" : "\(unit)", shape: "one value",
            value: current, note: "a figure of the list '\(figure.list)'", formula: current,
            fileFormula: replaced.map { text($0.fileValue) }.flatMap { $0 == current ? nil : $0 },
            location: span.map { "\($0.file.path):\($0.line)" } ?? "",
            dependents: prepared.dependents(of: prepared.lines(reading: figure.attribute)))
    }
}

/// A loaded scenario file: parse it once, then evaluate it with any inputs overridden.
///
///     let (scenario, problems) = Scenario.load(path: "costing.scenario", text: source, files: .none)
///     let (report, more) = scenario!.evaluate(overrides: [Override(name: "pay_uplift", value: "3%")])
public struct Scenario: Sendable {
    /// The file as read, which every diagnostic and `file:line` points into.
    public let file: SourceFile
    let model: Model

    /// Parses and collects the declarations. The scenario is nil only when nothing could be read.
    public static func load(path: String, text: String, files: FileAccess) -> (Scenario?, [Diagnostic]) {
        let file = SourceFile(path: path, text: text)
        let (syntax, parseDiagnostics) = Parser.parse(file)
        let (model, buildDiagnostics) = ModelBuilder.build(syntax, file: file, files: files)
        let diagnostics = parseDiagnostics + buildDiagnostics
        return (Scenario(file: file, model: model), diagnostics)
    }

    /// The `title` the file states, or else its path.
    public var title: String { model.title ?? file.path }
    /// The variants' names, in the order the file declares them.
    public var variantNames: [String] { model.variantOrder }
    /// The inputs' names, in file order: the assumptions `--set` and variants may replace.
    public var inputNames: [String] { model.names.filter { model.values[$0]!.isInput } }
    /// The computed lines' names, in file order.
    public var lineNames: [String] { model.names.filter { !model.values[$0]!.isInput } }
    /// The tables' titles, in file order, as `--table` takes them.
    public var tableTitles: [String] { model.tables.map(\.title) }

    /// An input's value as the file writes it; for a list figure (`list_size["Enderby"]`), the
    /// list's figure with its unit.
    public func inputText(_ name: String) -> String? {
        if let figure = listFigure(named: name) { return listFigureText(figure) }
        guard let named = model.values[name], named.isInput else { return nil }
        let expression = (named.original ?? named.definition).expression
        return expression.span.file.text(of: expression.span)
    }

    /// The description a variant is declared with, as in `variant all_streams "C: ...":`.
    public func variantDescription(_ name: String) -> String? { model.variants[name]?.description }
}

/// An input's value given for one run (`--set NAME=VALUE`), written as in a scenario file.
public struct Override: Sendable, Hashable {
    /// The input replaced.
    public let name: String
    /// The value as it would be written in the file, with its unit: `£0.52 per patient`.
    public let value: String
    /// Shown as the file name when the value has a mistake: `--set practice_contribution`.
    public let origin: String

    /// An override of `name` by `value`; `origin` names it in messages (by default `--set NAME`).
    public init(name: String, value: String, origin: String? = nil) {
        self.name = name
        self.value = value
        self.origin = origin ?? "--set \(name)"
    }
}

/// Collects a parsed scenario's declarations into a `Model`, reporting duplicates and bad lists.
struct ModelBuilder {
    var model: Model
    var diagnostics: [Diagnostic] = []
    let files: FileAccess
    /// Lists whose file could not be read: already reported, so tables by them stay quiet.
    var failedLists: Set<String> = []
    /// Whether any definition, table or variant value cites a source, so that
    /// `checkCitations` walks the model only when there is a citation to find.
    var anyCitation = false

    init(file: SourceFile, files: FileAccess) {
        self.model = Model(file: file)
        self.files = files
    }

    static func build(_ syntax: ScenarioSyntax, file: SourceFile, files: FileAccess) -> (Model, [Diagnostic]) {
        var builder = ModelBuilder(file: file, files: files)
        let statements = syntax.statements.contains(where: isInclude)
            ? builder.expandIncludes(syntax.statements, depth: 0, seen: [file.path]) : syntax.statements
        // Room for every name at once: growing a table of tens of thousands of definitions moves
        // each one several times.
        let names = statements.reduce(0) { $0 + definitionCount($1) }
        builder.model.values.reserveCapacity(names)
        builder.model.names.reserveCapacity(names)
        // By index: a statement is read where it is, not copied out of the array to be tested.
        for index in statements.indices where isUnit(statements[index]) { builder.add(statements[index]) }
        for index in statements.indices where !isUnit(statements[index]) { builder.add(statements[index]) }
        builder.finish(syntax)
        builder.checkActualLines()
        builder.checkCitations()
        return (builder.model, builder.diagnostics)
    }

    /// Most financial years one scenario covers: a century is more than any funding plan needs,
    /// and every line holds a figure for each year.
    static let maximumYears = 100

    /// Most levels of `include` followed, so a file that includes itself is an error, not a hang.
    static let maximumIncludeDepth = 8

    /// Replaces each `include` by the statements of the file it names, reporting its mistakes in that file.
    ///
    /// The path is read relative to the file the `include` is written in (`files` decides what
    /// that means and which folders may be read).
    mutating func expandIncludes(_ statements: [Statement], depth: Int, seen: Set<String>) -> [Statement] {
        var result: [Statement] = []
        for statement in statements {
            guard case .include(let path, let span) = statement.kind else {
                result.append(statement)
                continue
            }
            let displayPath: String, text: String
            do throws(FileAccess.Failure) {
                (displayPath, text) = try files.read(path, from: span.file.path)
            } catch {
                diagnostics.append(Diagnostic(at: span, error.message, help: error.help))
                continue
            }
            guard !seen.contains(displayPath), depth < Self.maximumIncludeDepth else {
                diagnostics.append(Diagnostic(at: span, "'\(path)' is already being included", help: "remove the include that loops back"))
                continue
            }
            let (syntax, problems) = Parser.parse(SourceFile(path: displayPath, text: text))
            diagnostics += problems
            result += expandIncludes(syntax.statements, depth: depth + 1, seen: seen.union([displayPath]))
        }
        return result
    }

    private static func isInclude(_ statement: Statement) -> Bool {
        if case .include = statement.kind { return true }
        return false
    }

    /// How many names a statement defines.
    private static func definitionCount(_ statement: Statement) -> Int {
        switch statement.kind {
        case .input, .line: 1
        case .table(_, _, _, let lines, _, _): lines.count
        default: 0
        }
    }

    /// Units are declared before anything uses them, wherever they are written.
    private static func isUnit(_ statement: Statement) -> Bool {
        if case .unit = statement.kind { return true }
        return false
    }

    /// Keeps an input or a line under its name, or reports the name as defined twice.
    ///
    /// Inputs, lines and variants share one namespace, and the model's tables of values and
    /// variants are the names claimed so far: a new name (nearly every one) costs one hashing,
    /// the insertion itself, and a taken one is put back as it was.
    private mutating func define(_ definition: Definition, isInput: Bool) {
        let name = definition.name
        let what = isInput ? "input" : "line"
        if !model.variants.isEmpty, let variant = model.variants[name] {
            reportTwice(name, at: definition.nameSpan, first: variant.name.span, as: what)
            return
        }
        let value = Model.NamedValue(definition: definition, isInput: isInput, original: nil)
        if let first = model.values.updateValue(value, forKey: name) {
            model.values[name] = first
            reportTwice(name, at: definition.nameSpan, first: first.definition.nameSpan, as: what)
            return
        }
        model.names.append(name)
    }

    /// Keeps a variant under its name, or reports the name as defined twice.
    private mutating func defineVariant(_ name: NameReference, description: String?, overrides: [Definition]) {
        if let first = model.values[name.name] {
            reportTwice(name.name, at: name.span, first: first.definition.nameSpan, as: "variant")
            return
        }
        if let first = model.variants[name.name] {
            reportTwice(name.name, at: name.span, first: first.name.span, as: "variant")
            return
        }
        model.variants[name.name] = Model.Variant(name: name, description: description, overrides: overrides)
        model.variantOrder.append(name.name)
    }

    private mutating func reportTwice(_ name: String, at span: SourceSpan, first: SourceSpan, as what: String) {
        diagnostics.append(Diagnostic(
            at: span, "'\(name)' is defined twice", help: "give this \(what) another name, or remove one of the two",
            notes: [Diagnostic.Note(span: first, message: "'\(name)' is first defined here")]))
    }

    private mutating func add(_ statement: Statement) {
        switch statement.kind {
        case .title(let title):
            if model.title != nil {
                diagnostics.append(Diagnostic(at: statement.span, "the scenario has two titles", help: "keep one 'title' line"))
            }
            model.title = title
        case .years(let first, let last):
            if model.yearsSpan != nil {
                diagnostics.append(Diagnostic(at: statement.span, "the scenario's years are given twice", help: "keep one 'years' line"))
                return
            }
            model.yearsSpan = statement.span
            let count = last.startYear - first.startYear + 1
            guard count <= Self.maximumYears else {
                diagnostics.append(Diagnostic(
                    at: statement.span, "the scenario covers \(count) years; at most \(Self.maximumYears) are modelled",
                    help: "check the years: \(first) to \(last) is probably a typing mistake"))
                return
            }
            model.years = stride(from: first.startYear, through: last.startYear, by: 1).map(FinancialYear.init(startYear:))
        case .periods(let axis):
            if model.yearsSpan != nil {
                diagnostics.append(Diagnostic(at: statement.span, "the scenario's periods are given twice", help: "keep one 'years', 'quarters' or 'months' line"))
                return
            }
            model.yearsSpan = statement.span
            guard axis.years.count <= Self.maximumYears else {
                diagnostics.append(Diagnostic(
                    at: statement.span, "the scenario covers \(axis.years.count) years; at most \(Self.maximumYears) are modelled",
                    help: "check the \(axis.granularity.plural): \(axis) is probably a typing mistake"))
                return
            }
            model.years = axis.columnYears
            model.axis = axis
            model.units.count(in: axis.granularity)
        case .unit(let singular, let plural):
            if UnitCatalogue.builtIn.entry(singular) != nil {
                diagnostics.append(Diagnostic(
                    .warning, at: statement.span, "'\(singular)' is already a unit", help: "remove this line: the unit is built in"))
                return
            }
            model.units.add(CountUnit(singular: singular, plural: plural ?? CountUnit.regularPlural(of: singular)))
        case .input(let definition), .line(let definition):
            let isInput = if case .input = statement.kind { true } else { false }
            if !definition.citations.isEmpty { anyCitation = true }
            define(definition, isInput: isInput)
        case .table(let title, let by, let groupedBy, let lines, let display, let citations):
            if !citations.isEmpty || lines.contains(where: { !$0.citations.isEmpty }) { anyCitation = true }
            for line in lines { define(line, isInput: false) }
            model.tables.append(Model.Table(
                title: title, span: statement.span, list: by, lines: lines.map(\.name), display: display, citations: citations,
                groupedBy: groupedBy))
        case .check(let check):
            model.checks.append(check)
        case .list(let name, let attributes, let source):
            addList(name, attributes: attributes, source: source)
        case .include:
            break  // expanded before statements are added
        case .chart(let title, let series):
            model.charts.append(Model.Chart(title: title, span: statement.span, series: series))
        case .source(let name, let title):
            addSource(name, title: title, span: statement.span)
        case .actuals(let path, let span):
            addActuals(path, span: span)
        case .variant(let name, let description, let overrides):
            if overrides.contains(where: { !$0.citations.isEmpty }) { anyCitation = true }
            defineVariant(name, description: description, overrides: overrides)
        }
    }

    private mutating func finish(_ syntax: ScenarioSyntax) {
        if syntax.statements.isEmpty, !syntax.yearsWritten {
            diagnostics.append(Diagnostic(
                at: SourceSpan(file: model.file, start: 0, end: 0), "the scenario is empty",
                help: "a scenario needs at least a line such as: years 2019/20 to 2021/22"))
            return
        }
        if model.yearsSpan == nil, !syntax.yearsWritten {
            let span = syntax.statements.first?.span ?? SourceSpan(file: model.file, start: 0, end: 0)
            diagnostics.append(Diagnostic(
                at: span, "the scenario does not say which years it covers",
                help: "add a line such as: years 2016/17 to 2018/19"))
        }
        for table in model.tables {
            if let list = table.list, model.lists[list.name] == nil, !failedLists.contains(list.name) {
                diagnostics.append(.unknown("list", list.name, at: list.span, among: model.listOrder,
                                            help: "declare it first: list \(list.name) (list_size patients):"))
            }
            if let problem = groupingProblem(table) { diagnostics.append(problem) }
        }
        // A chart draws named lines; one that names nothing is reported here, once, with a near name.
        for chart in model.charts {
            for series in chart.series where model.values[series.name.name] == nil {
                diagnostics.append(.unknown("line", series.name.name, at: series.name.span, among: model.names,
                                            help: "a chart draws lines and inputs defined in the scenario"))
            }
        }
    }
}

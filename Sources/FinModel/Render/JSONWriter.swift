/// JSON: one object per document, keys in a fixed order so output is stable and diffable.
///
/// A titled document has its title, the variant and years (or the variants compared), then a
/// key per section: `inputs` and `tables` (each line an object with its name, unit, source line
/// and figures by year or member), `options`, `checks` with their `summary`. A document without
/// a title is the object of its one result: a data table, a goal seek, an audit trail.
///
/// Figures are exact: strings of every decimal they have (`"-2083.00"`, `"0.005"`), or of a
/// fraction where the decimals never end (`"1/3"`); never floating-point numbers, so no reader
/// can lose a penny. Yes/no lines are booleans. Beside the figures of each line, check and row,
/// `shown` holds the same figures as the terminal shows them (`"£98,923"` under the table's
/// rounding, `"£0.333…"` in a check), for a program that prints what people read.
///
/// docs/json.md describes every key, and docs/scenario.schema.json is the JSON Schema that the
/// tests validate every JSON transcript against.
public enum JSONWriter {
    /// The document as pretty-printed JSON, ending in a line feed.
    public static func write(_ document: OutputDocument) -> String {
        value(of: document).text() + "\n"
    }

    /// The document as a JSON value, for a caller that embeds it in more JSON.
    public static func value(of document: OutputDocument) -> JSONValue {
        guard let title = document.title else {
            let blocks = document.sections.flatMap(\.blocks).compactMap(value(of:))
            return blocks.count == 1 ? blocks[0] : .array(blocks)
        }
        var members: [(String, JSONValue)] = [("title", .string(title))]
        if let variants = document.comparedVariants {
            members.append(("variants", .array(variants.map(JSONValue.string))))
        } else {
            members.append(("variant", document.variant.map(JSONValue.string) ?? .null))
            members.append(("periods", .array((document.periods ?? []).map(JSONValue.string))))
        }
        for section in document.sections {
            switch section.role {
            case .assumptions:
                members.append(("inputs", .array(section.blocks.flatMap(lines(of:)))))
            case .checks:
                let results = section.blocks.flatMap { block -> [OutputCheck] in
                    if case .checks(let checks) = block, checks.layout != .summary { return checks.results } else { return [] }
                }
                let failed = results.filter { $0.status == .fail }.count
                let expected = results.filter { $0.status == .expected }.count
                members.append(("checks", .array(results.map(check))))
                // `expected` only when there is one, so a file without known discrepancies keeps its summary.
                members.append(("summary", .object([
                    ("checks", .integer(results.count)), ("passed", .integer(results.count - failed - expected)), ("failed", .integer(failed)),
                ] + (expected > 0 ? [("expected", .integer(expected))] : []))))
            case .charts:
                continue
            case .sources:
                let sources = section.blocks.flatMap { block -> [OutputSource] in if case .sources(let sources) = block { sources } else { [] } }
                members.append(("sources", .array(sources.map(source))))
            case .tables, .options:
                // A table's notes for people (`* moved by …`) are fields here (`"moved": true`),
                // so the arrays hold only tables and options.
                let blocks = section.blocks.filter { if case .paragraph = $0 { false } else { true } }
                members.append((section.role == .tables ? "tables" : section.role.rawValue, .array(blocks.compactMap(value(of:)))))
            case .analysis:
                members.append((section.role.rawValue, .array(section.blocks.compactMap(value(of:)))))
            }
        }
        return .object(members)
    }

    /// A block's object, or nil for one JSON does not carry (charts, which are drawn).
    static func value(of block: OutputBlock) -> JSONValue? {
        switch block {
        case .grid(let grid): return self.grid(grid)
        case .checks(let checks): return .array(checks.results.map(check))
        case .chart, .chartPanels, .waterfall: return nil
        case .options(let options):
            return .array(options.map { .object([("name", .string($0.name)), ("description", .string($0.description))]) })
        case .solution(let solution): return self.solution(solution)
        case .trace(let trace): return self.trace(trace)
        case .paragraph(let text): return .string(text)
        case .list(let items): return .array(items.map(JSONValue.string))
        case .sources(let sources): return .array(sources.map(source))
        }
    }

    /// A figure: a string of its exact decimals, or a boolean for yes/no. A number needs no
    /// `+` to say it is positive, so none is written.
    static func figure(_ cell: OutputCell) -> JSONValue {
        switch (cell.content, cell.format) {
        case (.empty, _): .null
        case (.figure(let value), .boolean): .bool(value != .zero)
        case (.figure(let value), let format): .string(FigureText.plain(value, format: format))
        case (.text(let label), _): .string(label.plain)
        }
    }

    /// A figure as a table or a sentence shows it, for a program that prints what people read:
    /// `"£98,923"` under the table's rounding; null for an empty cell.
    static func shown(_ cell: OutputCell) -> JSONValue {
        cell.isEmpty ? .null : .string(CellText.figure(cell))
    }

    /// A figure as a sentence shows it, with its unit: `"£1.50 per patient"`; null for an empty cell.
    static func shownInProse(_ cell: OutputCell) -> JSONValue {
        cell.isEmpty ? .null : .string(CellText.prose(cell))
    }

    /// `scenario check --format json`: every check of every file, each with its file, then the
    /// counts, as one object.
    public static func checks(_ results: [OutputCheck]) -> String {
        let failed = results.filter { $0.status == .fail }.count
        return JSONValue.object([
            ("checks", .array(results.map { result in
                guard case .object(let members) = check(result) else { return check(result) }
                return .object([("file", .string(result.path))] + members)
            })),
            ("summary", .object([("checks", .integer(results.count)), ("passed", .integer(results.count - failed)), ("failed", .integer(failed))])),
        ]).text() + "\n"
    }

    /// A document of the sources list: its name, title, and what cites it where.
    static func source(_ source: OutputSource) -> JSONValue {
        .object([
            ("name", .string(source.name)), ("title", .string(source.title)),
            ("cited_by", .array(source.citedBy.map { citing in
                .object([("kind", .string(citing.kind.rawValue)), ("name", .string(citing.name)), ("label", .string(citing.label)),
                         ("place", citing.place.map(JSONValue.string) ?? .null)])
            })),
        ])
    }

    /// A figure's or a table's citations: each document's name, title and the place in it.
    static func citations(_ citations: [OutputCitation]) -> JSONValue {
        .array(citations.map { citation in
            .object([("source", .string(citation.source)), ("title", .string(citation.title)),
                     ("place", citation.place.map(JSONValue.string) ?? .null)])
        })
    }

    static func check(_ check: OutputCheck) -> JSONValue {
        let shown = CheckText.figures(check)
        return .object([
            ("label", .string(check.label)), ("place", .string(check.place)), ("line", .integer(check.line)),
            ("stated", figure(check.stated)), ("computed", figure(check.computed)),
            ("difference", figure(check.difference)),
            ("tolerance", figure(check.tolerance)), ("passed", .bool(check.passed)),
            ("shown", .object([("stated", .string(shown.stated)), ("computed", .string(shown.computed)), ("difference", .string(shown.difference))])),
        ]
        // The newer fields appear only when they say something, so a plain `=` check reads as before.
        + (check.comparison != .equal ? [("comparison", .string(check.comparison.rawValue))] : [])
        + (check.toleranceIsRelative ? [("tolerance_relative", .bool(true))] : [])
        + (check.expected.map { [("expected", .string($0)), ("status", .string(check.status == .expected ? "expected discrepancy" : "discrepancy gone"))] } ?? []))
    }

    static func solution(_ solution: OutputSolution) -> JSONValue {
        .object([
            ("input", .string(solution.input)), ("value", figure(solution.value)), ("target", .string(solution.target)),
            ("achieved", figure(solution.achieved)), ("goal", figure(solution.goal)), ("residual", figure(solution.residual)),
            ("neighbour", solution.neighbour.map(figure) ?? .null), ("neighbour_achieved", solution.neighbourAchieved.map(figure) ?? .null),
        ])
    }

    static func trace(_ trace: OutputTrace) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(trace.name)), ("place", .string(trace.place)), ("figures", .array(trace.figures.map(figure))),
        ]
        if let scope = trace.scope { members.append(("scope", .string(scope))) }
        members += [
            ("input", .bool(trace.isInput)), ("location", .string(trace.location)), ("formula", .string(trace.formula)),
            ("note", trace.note.map(JSONValue.string) ?? .null), ("roundings", .array(trace.roundings.map(JSONValue.string))),
            ("uses", .array(trace.uses.map(self.trace))),
        ]
        return .object(members)
    }
}

import Foundation

/// Turns evaluated values into a `Report`: tables with totals, inputs, and check results.
struct ReportBuilder {
    let model: Model
    let evaluator: Evaluator
    /// Whether the tables' lines, the inputs and the sources are made: false for the checks
    /// alone (`Scenario.evaluateChecks`). Every line's figures are still totalled and converted
    /// as a table shows them, since either can fail, so the diagnostics are the same either way.
    var buildsLines = true

    func build(variant: String?) -> (Report, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var tables: [ReportTable] = []
        for table in model.tables {
            let (display, unitRoundings) = displayRoundings(of: table, problems: &problems)
            var lines: [ReportLine] = []
            for name in table.lines {
                do throws(Evaluator.Failure) {
                    if var line = try reportLine(name, broadcastOver: table.list?.name) {
                        if let step = unitRoundings.first(where: { $0.unit == line.unit && line.format != .money && line.format != .percent }) {
                            line.rounding = step.rounding
                        }
                        lines.append(line)
                    }
                } catch {
                    if case .reported(let diagnostic) = error { problems.append(diagnostic) }
                }
            }
            let members = table.list.flatMap { model.lists[$0.name]?.members } ?? []
            var groups: [ReportGroup] = []
            if let grouping = table.groupedBy, let list = table.list.flatMap({ model.lists[$0.name] }) {
                groups = list.groups(by: grouping.name).map { ReportGroup(text: $0.text, members: $0.members) }
            }
            tables.append(ReportTable(title: table.title, list: table.list?.name, members: members, lines: lines, display: display,
                                      sourceLine: table.span.line, citations: citations(table.citations),
                                      negativesInBrackets: table.display?.negativesInBrackets ?? false,
                                      yearToDate: table.display?.yearToDate ?? false, shownBy: table.display?.shownBy,
                                      groupedBy: table.groupedBy?.name, groups: groups))
        }
        var inputs: [ReportLine] = []
        for name in model.names {
            guard let named = model.values[name], named.isInput else { continue }
            do throws(Evaluator.Failure) {
                if let line = try reportLine(name, named: named) { inputs.append(line) }
            } catch {
                // An input shown in a table has had its problem reported already.
                if case .reported(let diagnostic) = error, !problems.contains(diagnostic) { problems.append(diagnostic) }
            }
        }
        var checks: [CheckResult] = []
        for check in model.checks {
            do throws(Evaluator.Failure) { checks += try compare(check) } catch {
                if case .reported(let diagnostic) = error { problems.append(diagnostic) }
            }
        }
        var charts: [OutputChart] = []
        for chart in model.charts {
            do throws(Evaluator.Failure) {
                if let resolved = try resolve(chart) { charts.append(resolved) }
            } catch {
                if case .reported(let diagnostic) = error { problems.append(diagnostic) }
            }
        }
        let report = Report(title: model.title ?? model.file.path, path: model.file.path, years: model.years, variant: variant,
                            inputs: inputs, tables: tables, checks: checks, charts: charts, sources: buildsLines ? sources() : [],
                            periodLabels: model.axis.map { _ in model.periodLabels })
        return (report, problems)
    }

    /// A table's display roundings: the one for money (a step in pounds, or £000 or £m), and
    /// one for each other unit, its step divided into the unit each line is shown in (a step of
    /// `15 minutes` rounds a line shown `in hours` to 0.25). A step of zero or below is reported.
    func displayRoundings(of table: Model.Table, problems: inout [Diagnostic])
        -> (money: DisplayRounding?, units: [(unit: String, rounding: DisplayRounding)]) {
        guard let syntax = table.display else { return (nil, []) }
        if let by = syntax.shownBy, (model.axis?.granularity.periodsPerYear ?? 1) < by.periodsPerYear {
            problems.append(Diagnostic(at: syntax.span, "a table is shown by \(by.rawValue) only from shorter periods, but this model counts in \(model.periodWord)",
                                       help: "leave out 'by \(by.rawValue)', or declare months, as in: months 2019-04 to 2020-03"))
        }
        if syntax.yearToDate, model.axis == nil {
            problems.append(Diagnostic(at: syntax.span, "'year to date' adds up the months or quarters of a year, but this model counts in years",
                                       help: "declare the months, as in: months 2019-04 to 2020-03, or leave out 'with year to date'"))
        }
        var money: DisplayRounding?
        var units: [(unit: String, rounding: DisplayRounding)] = []
        for rounding in syntax.roundings {
            switch rounding {
            case .scale(let millions, let places, let rule, _):
                money = DisplayRounding.scaled(millions: millions, places: places, rule: rule)
            case .step(let expression, let rule):
                guard let value = try? evaluator.evaluate(expression), let step = value.figures.first else { continue }
                guard step > .zero else {
                    problems.append(Diagnostic(at: expression.span, "a table is shown to a step above zero", help: "write, for example: shown to £1 half_up"))
                    continue
                }
                if value.unit?.isMoney == true {
                    money = DisplayRounding(step: step, rule: rule)
                    continue
                }
                for name in table.lines {
                    guard let line = evaluator.computedValue(of: name), line.unit == value.unit, evaluator.displays[name]?.isPercent != true else { continue }
                    let display = evaluator.displays[name]
                    let text = display?.text ?? line.unit?.description ?? ""
                    guard !units.contains(where: { $0.unit == text }) else { continue }
                    let shownStep = (try? step.divided(by: display?.factor ?? .one)) ?? step
                    units.append((text, DisplayRounding(step: shownStep, rule: rule, unit: text.isEmpty ? "plain numbers" : text)))
                }
            }
        }
        return (money, units)
    }

    /// A line's figures and totals; in a table by `list`, a line with no list is repeated on
    /// every row (broadcast), and its total over the members is left blank: the same figure
    /// added once for each member would count it that many times.
    func reportLine(_ name: String, broadcastOver list: String? = nil) throws(Evaluator.Failure) -> ReportLine? {
        guard let named = model.values[name] else { return nil }
        return try reportLine(name, named: named, broadcastOver: list)
    }

    /// As above, for the line's definition already found.
    func reportLine(_ name: String, named: Model.NamedValue, broadcastOver list: String? = nil) throws(Evaluator.Failure) -> ReportLine? {
        if !buildsLines, cannotFail(name, named: named, broadcastOver: list) { return nil }
        guard var value = evaluator.value(of: name) else { return nil }
        // An input keeps its one figure, as written: `30,000 patients` is not 30,000 each month.
        if let axis = model.axis, !named.isInput, !summarisesPeriods(name) { value = Self.repeated(value, over: axis.count) }
        let display = evaluator.displays[name]
        var isBroadcast = false
        if let list, value.shape.list == nil, let members = evaluator.axes.listSizes[list] {
            let cells = value.cells
            value = Value(kind: value.kind, shape: Value.Shape(list: list, hasYears: value.shape.hasYears),
                          cells: Array((0..<members).map { _ in cells }.joined()))
            isBroadcast = true
        }
        var (totals, memberTotals, grand) = try totals(of: name, value: value)
        if isBroadcast { (memberTotals, grand) = (nil, nil) }
        let definition = named.definition
        // Only a line shown in another unit is converted: the others' cells are shown as they are.
        let converts = display.map { !$0.isPercent && $0.factor != .one } ?? false
        func scale(_ cells: [Exact]?) throws(Evaluator.Failure) -> [Exact]? {
            guard let cells else { return nil }
            guard converts else { return cells }
            var scaled: [Exact] = []
            for cell in cells { scaled.append(try shown(cell, name: name)) }
            return scaled
        }
        // In the order a table shows them, so the first that fails is the one reported.
        let shownValues = try scale(value.cells) ?? [], shownTotals = try scale(totals)
        let shownMemberTotals = try scale(memberTotals), shownGrand = try scale(grand.map { [$0] })?.first
        guard buildsLines else { return nil }
        return ReportLine(
            name: name, label: definition.label ?? Self.label(for: name),
            unit: display?.text ?? value.unit?.description ?? "", format: value.kind.format(display: display),
            hasYears: value.shape.hasYears, list: value.shape.list, values: shownValues,
            totals: shownTotals, memberTotals: shownMemberTotals, grandTotal: shownGrand,
            line: definition.nameSpan.line, note: definition.note, citations: citations(definition.citations),
            rounding: Self.percentRounding(display), rollUp: definition.rollUp)
    }

    /// `in % to 2 places half_up` as a display rounding of the fraction: a step of 0.0001.
    static func percentRounding(_ display: DisplayUnit?) -> DisplayRounding? {
        guard let display, display.isPercent, let (count, rule) = display.places else { return nil }
        var step = Exact.one
        for _ in 0..<(count + 2) { step = (try? step.divided(by: Exact(Int64(10)))) ?? step }
        return DisplayRounding(step: step, rule: rule)
    }

    /// A figure in the unit its line is shown in (`in minutes`), or a diagnostic when the
    /// converted figure is too large to hold: never the unconverted figure under the new unit.
    ///
    /// A percentage is not converted here: it is shown by moving the decimal point, which
    /// cannot overflow.
    func shown(_ cell: Exact, name: String) throws(Evaluator.Failure) -> Exact {
        guard let display = evaluator.displays[name], !display.isPercent, display.factor != .one else { return cell }
        do {
            return try cell.divided(by: display.factor)
        } catch {
            let span = model.values[name]!.definition.expression.span
            throw evaluator.fail(at: span, "'\(name)' is too large to show in '\(display.text)'",
                                 help: "show it in a larger unit, or leave out 'in \(display.text)'")
        }
    }

    /// `total_income` is shown as "Total income".
    static func label(for name: String) -> String {
        // Bytewise: Foundation's `replacingOccurrences` took a third of `scenario check`'s time
        // on a national model of 10,000 lines.
        var bytes = Array(name.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "_") { bytes[index] = UInt8(ascii: " ") }
        if let first = bytes.first, first < 0x80 {
            if first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { bytes[0] = first - 0x20 }
            return String(decoding: bytes, as: UTF8.self)
        }
        let words = String(decoding: bytes, as: UTF8.self)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Totals over years, over members, and both, as the line's `total:` says or by default
    /// where the unit adds up (amounts and counts; not rates or ratios).
    func totals(of name: String, value: Value) throws(Evaluator.Failure) -> (years: [Exact]?, members: [Exact]?, grand: Exact?) {
        guard case .number(let unit) = value.kind else { return (nil, nil, nil) }
        let definition = model.values[name]!.definition
        let axes = evaluator.axes
        let members = value.shape.list.flatMap { axes.listSizes[$0] } ?? 1
        let years = value.shape.hasYears ? axes.yearCount : 1
        func sum(_ indices: some Sequence<Int>) throws(Evaluator.Failure) -> Exact {
            // Over a common denominator, reduced once: the same exact total as adding cell by cell.
            var total = ExactSum()
            try evaluator.arithmetic(definition.nameSpan) { () throws(ArithmeticError) in
                for index in indices { try total.add(value.cells[index]) }
            }
            return total.value
        }
        switch definition.total {
        case .none?:
            return (nil, nil, nil)
        case .expression(let syntax)?:
            let total = try evaluator.evaluate(syntax)
            if value.shape.list == nil { return ([total.cells[0]], nil, nil) }
            return (nil, total.cells, nil)
        case .rollUp(let rule, _)?:
            // A level: each member's periods make its total by the rule, whatever the unit; the
            // members still add up where the unit does (the CCGs' populations).
            guard value.shape.hasYears else { return (nil, nil, nil) }
            func rolled(_ indices: some Sequence<Int>) throws(Evaluator.Failure) -> Exact {
                guard let figure = rule.combine(indices.map { Optional(value.cells[$0]) }) else {
                    throw evaluator.fail(at: definition.nameSpan, "the \(rule.rawValue) of '\(name)' over its periods is too large to hold",
                                         help: "check the figures' sizes")
                }
                return figure
            }
            var yearTotals: [Exact] = []
            for member in 0..<members { yearTotals.append(try rolled((member * years)..<(member * years + years))) }
            guard value.shape.list != nil, unit.isAdditiveAcrossMembers else { return (yearTotals, nil, nil) }
            var memberTotals: [Exact] = []
            for year in 0..<years { memberTotals.append(try sum(stride(from: year, to: members * years, by: years))) }
            guard let grand = rule.combine(memberTotals.map { Optional($0) }) else { return (yearTotals, memberTotals, nil) }
            return (yearTotals, memberTotals, grand)
        case nil:
            guard unit.isAdditiveAcrossMembers else { return (nil, nil, nil) }
            var yearTotals: [Exact]?
            var memberTotals: [Exact]?
            var grand: Exact?
            if value.shape.hasYears, unit.isAdditive {
                var list: [Exact] = []
                for member in 0..<members { list.append(try sum((member * years)..<(member * years + years))) }
                yearTotals = list
            }
            if value.shape.list != nil {
                var list: [Exact] = []
                for year in 0..<years { list.append(try sum(stride(from: year, to: members * years, by: years))) }
                memberTotals = list
                if value.shape.hasYears, unit.isAdditive { grand = try sum(0..<(members * years)) }
            }
            return (yearTotals, memberTotals, grand)
        }
    }
}

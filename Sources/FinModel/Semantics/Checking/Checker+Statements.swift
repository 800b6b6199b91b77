/// The statements around the lines: each table's lines fit its shape and have totals of the
/// right kind, a table's display steps are in its lines' units, a check compares like with like, and a
/// chart's series share one shape and one scale.
extension Checker {
    /// Checks tables, `total:` expressions, checks and charts; every problem is reported.
    mutating func checkStatements() {
        var problems: [Diagnostic] = []
        func collect(_ body: () throws(Failure) -> Void) {
            do throws(Failure) { try body() } catch {
                if case .reported(let diagnostic) = error { problems.append(diagnostic) }
            }
        }
        for check in model.checks {
            collect { () throws(Failure) in _ = try self.check(check) }
        }
        for table in model.tables {
            for name in table.lines {
                let (type, definition) = line(named: name)
                collect { () throws(Failure) in try self.line(name, type, definition, in: table) }
                if let type, let definition, let warning = levelWarning(name, definition, type: type) { problems.append(warning) }
            }
            if let display = table.display {
                var seen: [Unit] = []
                for rounding in display.roundings {
                    collect { () throws(Failure) in
                        let (unit, span) = try self.displayUnit(of: rounding, in: table)
                        guard !seen.contains(unit) else {
                            throw self.fail(at: span, "the table already rounds \(unit.isMoney ? "money" : "'\(unit)'") for display",
                                            help: "state one rounding for each unit")
                        }
                        seen.append(unit)
                    }
                }
            }
        }
        for chart in model.charts {
            collect { () throws(Failure) in _ = try self.chart(chart) }
        }
        for problem in problems { report(problem) }
    }

    /// The unit a table's display rounding is for: money for `in £000` and a step in pounds;
    /// for any other step its unit, which must be the unit of one of the table's lines
    /// (percentages are rounded by `in % to 2 places`, not here).
    private func displayUnit(of rounding: DisplaySyntax.Rounding, in table: Model.Table) throws(Failure) -> (Unit, SourceSpan) {
        switch rounding {
        case .scale(_, _, _, let span): return (Unit.money, span)
        case .step(let step, _):
            let unit = try scalar(step, role: "the display step")
            if unit.isMoney { return (unit, step.span) }
            var units: [String] = []
            for name in table.lines {
                guard let type = type(ofLine: name), case .number(let lineUnit) = type.kind,
                      displays[name]?.isPercent != true else { continue }
                if lineUnit == unit { return (unit, step.span) }
                let text = lineUnit.isNone ? "plain numbers" : lineUnit.isMoney ? "money" : "'\(displays[name]?.text ?? lineUnit.description)'"
                if !units.contains(text) { units.append(text) }
            }
            let what = unit.isNone ? "plain numbers" : "'\(unit)'"
            throw fail(at: step.span, "no line of table '\(table.title)' is in \(what)", label: "a step in \(what)",
                       help: units.isEmpty ? "round money with a step in pounds: shown to £1 half_up"
                           : "write the step in a unit the table's lines are in: \(units.joined(separator: ", "))")
        }
    }

    /// A table's line has the table's shape, and its total (if written) fits it.
    private func line(_ name: String, _ type: ValueType?, _ definition: Definition?, in table: Model.Table) throws(Failure) {
        guard let type else { return }
        let definition = definition!
        if let list = table.list, type.shape.list != nil, type.shape.list != list.name {
            throw fail(at: definition.nameSpan, "'\(name)' varies over the \(type.shape.list!), but the table is by \(list.name)",
                       help: "move the line to a table by \(type.shape.list!)")
        }
        // A line with no list in a table by a list is repeated on every row (`ReportBuilder`).
        if table.list == nil, let list = type.shape.list {
            throw fail(at: definition.nameSpan, "'\(name)' has a value for each of the \(list); this table is by year",
                       help: "put it in a table by \(list): table \"...\" by \(list):")
        }
        try totalType(of: name, definition, type: type)
    }

    /// A `total:` expression is in the line's unit: one figure, or one a year for a line by list and year.
    func totalType(of name: String, _ definition: Definition, type: ValueType) throws(Failure) {
        // A level's rule reads its periods: a line of one figure has none to average.
        if case .rollUp(let rule, let span)? = definition.total, !type.shape.hasYears {
            let periods = model.axis?.granularity.plural ?? "years"
            throw fail(at: span, "'\(name)' has one figure, so there are no \(periods) to take the \(rule.rawValue) of",
                       help: "leave out 'total: \(rule.rawValue)', which is for a line with a figure in each of the \(periods)")
        }
        guard case .number = type.kind, case .expression(let syntax)? = definition.total else { return }
        let total = try self.type(of: syntax)
        guard total.kind == type.kind else {
            throw fail(at: syntax.span, "the total is \(total.kind.description) but the line is \(type.kind.description)",
                       help: "give the total in the line's unit")
        }
        let wantsYears = type.shape.list != nil && type.shape.hasYears
        guard total.shape.list == nil, total.shape.hasYears == wantsYears else {
            throw fail(at: syntax.span, "the total must be \(wantsYears ? "a value for each year" : "one value"), but this is \(model.describe(total.shape))",
                       help: wantsYears ? "total each year, as in total(x, over: \(type.shape.list!))" : "write one figure")
        }
    }

    /// A check compares a number with a stated figure of its kind, cell by cell or against one figure.
    /// Returns the computed figure's type.
    func check(_ check: Model.Check) throws(Failure) -> ValueType {
        let computed = try type(of: check.computed)
        let stated = try type(of: check.stated)
        guard case .number(let unit) = computed.kind else {
            throw fail(at: check.computed.span, "a check compares amounts or numbers, but this is \(computed.kind.description)",
                       help: "check a line's value, as in check total[2016/17] = £106,494")
        }
        guard stated.kind == computed.kind else {
            throw fail(at: check.stated.span, "the stated figure is \(stated.kind.description) but the computed one is \(computed.kind.description)",
                       help: "state the figure in '\(unit)'")
        }
        guard stated.shape == computed.shape || stated.shape == .scalar else {
            throw fail(at: check.stated.span, "the stated figure is \(model.describe(stated.shape)) but the computed one is \(model.describe(computed.shape))",
                       help: computed.shape.hasYears ? "state one figure per year with '|', or pick a year as in x[2017/18]" : "state one figure")
        }
        if let toleranceSyntax = check.tolerance {
            let toleranceUnit = try scalar(toleranceSyntax, role: "the tolerance")
            if check.toleranceIsRelative(figuresIn: unit) {
                if case .percent(let points) = toleranceSyntax.kind, points >= Exact(Int64(100)) {
                    throw fail(at: toleranceSyntax.span, "a tolerance of 100% or more of the stated figure lets almost any figure pass",
                               help: "write a share below 100%, as in within 0.5%, or an amount, as in within £1")
                }
            } else if toleranceUnit != unit {
                let example = unit.isMoney ? "within £1 or within 0.5%" : unit.isNone ? "within 0.1 or within 0.5%" : "within 1 \(unit) or within 0.5%"
                throw fail(at: toleranceSyntax.span, "the tolerance is in '\(toleranceUnit)' but the figures are in '\(unit)'",
                           help: "write the tolerance in the figures' unit, or as a percentage of the stated figure: \(example)")
            }
        }
        return computed
    }
}

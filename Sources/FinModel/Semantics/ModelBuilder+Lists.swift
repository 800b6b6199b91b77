/// Lists of practices (or CCGs) with attributes, written inline or read from a CSV file.
extension ModelBuilder {
    mutating func addList(_ name: NameReference, attributes: [AttributeSyntax], source: ListSource) {
        guard claimList(name) else { return }
        if model.years.isEmpty, let byPeriod = attributes.first(where: \.hasPeriods), let period = byPeriod.period {
            let example = switch period {
            case .year: "years 2018/19 to 2020/21"
            case .quarter: "quarters 2019/20 Q1 to 2020/21 Q4"
            case .month: "months 2019-04 to 2020-03"
            }
            diagnostics.append(Diagnostic(
                at: byPeriod.nameSpan, "'\(byPeriod.name)' has a value for each \(period.rawValue), but the scenario's \(period.plural) are not given yet",
                help: "put the '\(example.prefix { $0 != " " })' line before the list, as in: \(example)"))
            failedLists.insert(name.name)
            return
        }
        let mismatches = attributes.compactMap(periodMismatch)
        // The figures of an attribute by month or quarter are read in one form (a 'month' or
        // 'quarter' column, or a column for each period): a list's attributes share one period.
        let periods = attributes.filter(\.hasPeriods)
        if mismatches.isEmpty, let first = periods.first, let other = periods.first(where: { $0.period != first.period }) {
            diagnostics.append(Diagnostic(
                at: other.periodSpan ?? other.nameSpan,
                "'\(other.name)' is by \(other.period!.rawValue), but '\(first.name)' is by \(first.period!.rawValue)",
                help: "give a list's attributes one period, or put the attributes by \(other.period!.rawValue) in a list of their own",
                notes: [Diagnostic.Note(span: first.periodSpan ?? first.nameSpan, message: "'\(first.name)' is by \(first.period!.rawValue) here")]))
            failedLists.insert(name.name)
            return
        }
        guard mismatches.isEmpty else {
            diagnostics += mismatches
            failedLists.insert(name.name)
            return
        }
        var units: [(unit: Unit, factor: Exact)] = []
        for attribute in attributes {
            do throws(Diagnostic) {
                if attribute.kind != .number {
                    units.append((.none, .one))
                } else if let syntax = attribute.unit {
                    units.append(try model.units.resolve(syntax, startingWithMoney: attribute.isMoney))
                } else {
                    units.append((attribute.isMoney ? .money : .none, .one))
                }
            } catch {
                diagnostics.append(error)
                return
            }
        }
        var members: [String] = []
        var memberSpans: [SourceSpan] = []
        // Where each member was first listed: a lookup, not a search, so a national list of
        // thousands of practices loads in linear time.
        var positions: [String: Int] = [:]
        var values: [String: [Exact]] = Dictionary(uniqueKeysWithValues: attributes.map { ($0.name, []) })
        // Where each figure of an attribute by period is stated, spread as its figures are.
        var places: [String: [ListCellPlace]] = [:]
        func add(_ rowValues: [[Exact]], placed rowPlaces: [[ListCellPlace]]) {
            for (index, attribute) in attributes.enumerated() {
                guard let period = attribute.period else {
                    values[attribute.name]!.append(contentsOf: rowValues[index])
                    continue
                }
                values[attribute.name]!.append(contentsOf: spreadOverPeriods(rowValues[index], by: period))
                places[attribute.name, default: []].append(contentsOf: spreadOverPeriods(rowPlaces[index], by: period))
            }
        }
        var texts = ListTexts()
        func addMember(_ member: String, at span: SourceSpan) -> Bool {
            if let first = positions[member] {
                diagnostics.append(Diagnostic(
                    at: span, "'\(member)' appears twice in the list '\(name.name)'",
                    help: "each member is listed once; merge or rename the two rows",
                    notes: [Diagnostic.Note(span: memberSpans[first], message: "first listed here")]))
                return false
            }
            positions[member] = members.count
            members.append(member)
            memberSpans.append(span)
            return true
        }
        switch source {
        case .inline(let rows):
            for row in rows {
                var rowValues: [[Exact]] = []
                for (index, expression) in row.values.enumerated() {
                    guard let cells = inlineCells(expression, attribute: attributes[index], unit: units[index], texts: &texts) else { break }
                    rowValues.append(cells)
                }
                guard rowValues.count == attributes.count, addMember(row.name, at: row.nameSpan) else { continue }
                add(rowValues, placed: row.values.map { expression in
                    guard case .row(let items) = expression.kind else { return [ListCellPlace(span: expression.span, column: nil)] }
                    return items.map { ListCellPlace(span: $0.span, column: nil) }
                })
            }
        case .csv(let path, let span):
            for read in readCSV(path, span: span, attributes: attributes, units: units, texts: &texts) {
                guard addMember(read.name, at: read.span) else { continue }
                add(read.values, placed: read.places)
            }
        }
        if members.isEmpty, case .inline(let rows) = source, rows.isEmpty {
            diagnostics.append(Diagnostic(at: name.span, "the list '\(name.name)' has no members", help: "give at least one member"))
            return
        }
        guard !members.isEmpty else {
            failedLists.insert(name.name)  // the rows' own problems were reported
            return
        }
        var list = Model.List(
            name: name.name, span: name.span, members: members, memberSpans: memberSpans, attributes: attributes, values: values)
        list.texts = texts.texts
        list.periodPlaces = places
        model.lists[name.name] = list
        model.listOrder.append(name.name)
        for (index, attribute) in attributes.enumerated() where claimAttribute(attribute) {
            model.attributes[attribute.name] = name.name
            model.attributeUnits[attribute.name] = units[index].unit
        }
    }

    /// An attribute's figures as one row of an inline list writes them: one value, or for an
    /// attribute by year, quarter or month a value for each such period separated by `|`.
    private mutating func inlineCells(
        _ expression: Expression, attribute: AttributeSyntax, unit: (unit: Unit, factor: Exact), texts: inout ListTexts
    ) -> [Exact]? {
        var items = [expression]
        if case .row(let row) = expression.kind { items = row }
        if let period = attribute.period {
            let periods = model.attributePeriods(period)
            guard items.count == periods.count else {
                let noun = period.rawValue
                let range = periods.isEmpty ? "" : periods.count == 1 ? " (\(periods[0]))" : " (\(periods.first!) to \(periods.last!))"
                let count = periods.count == 1 ? "one value for the \(noun)" : "a value for each of the \(periods.count) \(period.plural)"
                // In a model of shorter periods, a figure by year (or quarter) holds for each of them.
                let counted = model.axis?.granularity ?? .year
                let holds = counted != period ? ", each holding for every \(counted.rawValue) of its \(noun)" : ""
                diagnostics.append(Diagnostic(
                    at: expression.span, "'\(attribute.name)' needs \(count)\(range)\(holds); this row has \(items.count)",
                    help: periods.count == 1 ? "give one value, as in 325,000" : "give one value for each \(noun), separated by '|', as in 325,000 | 330,000"))
                return nil
            }
        } else if items.count > 1 {
            diagnostics.append(Diagnostic(
                at: expression.span, "'\(attribute.name)' has one value for each member, but this row has \(items.count)",
                help: "write 'by year' after the attribute in the list's header for a value for each year: \(attribute.name) by year"))
            return nil
        }
        var cells: [Exact] = []
        for item in items {
            guard let cell = inlineCell(item, attribute: attribute, unit: unit, texts: &texts) else { return nil }
            cells.append(cell)
        }
        return cells
    }

    /// One inline figure: a number, a percentage, text in quotes or yes/no, as the attribute's kind asks.
    private mutating func inlineCell(
        _ expression: Expression, attribute: AttributeSyntax, unit: (unit: Unit, factor: Exact), texts: inout ListTexts
    ) -> Exact? {
        switch attribute.kind {
        case .number:
            return listValue(expression, attribute: attribute, unit: unit)
        case .percent:
            guard case .percent(let number) = expression.kind, let fraction = try? number.divided(by: Exact(Int64(100))) else {
                diagnostics.append(Diagnostic(
                    at: expression.span, "'\(attribute.name)' is a percentage", help: "write the value of '\(attribute.name)' with '%', such as 2.84%"))
                return nil
            }
            return fraction
        case .text:
            guard case .text(let text) = expression.kind else {
                diagnostics.append(Diagnostic(
                    at: expression.span, "'\(attribute.name)' is text", help: "write the value of '\(attribute.name)' in double quotes, such as \"Melton\""))
                return nil
            }
            return texts.code(text, attribute: attribute.name)
        case .flag:
            guard case .name(let word) = expression.kind, let flag = ListTexts.flag(word) else {
                diagnostics.append(Diagnostic(
                    at: expression.span, "'\(attribute.name)' is yes or no", help: "write the value of '\(attribute.name)' as yes or no"))
                return nil
            }
            return flag ? .one : .zero
        }
    }

    /// A list value as written inline: a number of zero or more, with the attribute's unit or
    /// none. Attributes are weights and sizes (what `apportion` splits by), so a negative one is
    /// refused here as it is in a CSV file.
    private mutating func listValue(_ expression: Expression, attribute: AttributeSyntax, unit: (unit: Unit, factor: Exact)) -> Exact? {
        var negative = false
        var literal = expression
        if case .negate(let inner) = expression.kind { negative = true; literal = inner }
        let number: Exact
        var written: (unit: Unit, factor: Exact)? = nil
        switch literal.kind {
        case .number(let value, let unitSyntax):
            number = value
            if let unitSyntax { written = try? model.units.resolve(unitSyntax) }
        case .money(let value, let unitSyntax):
            number = value
            written = unitSyntax.flatMap { try? model.units.resolve($0, startingWithMoney: true) } ?? (.money, .one)
        default:
            diagnostics.append(Diagnostic(
                at: expression.span, "a list value must be a number", help: "write the value of '\(attribute.name)' as a number, such as 6,254"))
            return nil
        }
        if let written, written.unit != unit.unit {
            diagnostics.append(Diagnostic(
                at: expression.span, "'\(attribute.name)' is in '\(unit.unit)', but this value is in '\(written.unit)'",
                help: "write the value without a unit, or in '\(unit.unit)'"))
            return nil
        }
        if negative, number != .zero {
            diagnostics.append(Diagnostic(
                at: expression.span, "'\(attribute.name)' cannot be negative", help: "list sizes and other attributes are zero or more"))
            return nil
        }
        do {
            return try number.multiplied(by: written?.factor ?? unit.factor)
        } catch {
            diagnostics.append(Diagnostic(at: expression.span, error.message, help: "write a smaller value"))
            return nil
        }
    }

    private mutating func claimList(_ name: NameReference) -> Bool {
        if model.lists[name.name] != nil || model.values[name.name] != nil {
            diagnostics.append(Diagnostic(at: name.span, "'\(name.name)' is defined twice", help: "give the list another name"))
            return false
        }
        return true
    }

    private mutating func claimAttribute(_ attribute: AttributeSyntax) -> Bool {
        if let other = model.attributes[attribute.name] {
            diagnostics.append(Diagnostic(
                at: attribute.nameSpan, "the attribute '\(attribute.name)' is already an attribute of '\(other)'",
                help: "attribute names are shared by every list: call this one something else"))
            return false
        }
        if model.values[attribute.name] != nil {
            diagnostics.append(Diagnostic(
                at: attribute.nameSpan, "'\(attribute.name)' is both an attribute and a line",
                help: "rename the attribute or the line"))
            return false
        }
        return true
    }
}

/// Lists of practices (or CCGs) with attributes, written inline or read from a CSV file.
extension ModelBuilder {
    mutating func addList(_ name: NameReference, attributes: [AttributeSyntax], source: ListSource) {
        guard claimList(name) else { return }
        var units: [(unit: Unit, factor: Exact)] = []
        for attribute in attributes {
            do throws(Diagnostic) {
                if let syntax = attribute.unit {
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
                var rowValues: [Exact] = []
                for (index, expression) in row.values.enumerated() {
                    guard let value = listValue(expression, attribute: attributes[index], unit: units[index]) else { break }
                    rowValues.append(value)
                }
                guard rowValues.count == attributes.count, addMember(row.name, at: row.nameSpan) else { continue }
                for (index, attribute) in attributes.enumerated() { values[attribute.name]!.append(rowValues[index]) }
            }
        case .csv(let path, let span):
            for (member, memberSpan, rowValues) in readCSV(path, span: span, attributes: attributes, units: units) {
                guard addMember(member, at: memberSpan) else { continue }
                for (index, attribute) in attributes.enumerated() { values[attribute.name]!.append(rowValues[index]) }
            }
        }
        if members.isEmpty, case .inline = source {
            diagnostics.append(Diagnostic(at: name.span, "the list '\(name.name)' has no members", help: "give at least one member"))
            return
        }
        guard !members.isEmpty else {
            failedLists.insert(name.name)  // the CSV's own problems were reported
            return
        }
        model.lists[name.name] = Model.List(
            name: name.name, span: name.span, members: members, memberSpans: memberSpans, attributes: attributes, values: values)
        model.listOrder.append(name.name)
        for (index, attribute) in attributes.enumerated() where claimAttribute(attribute) {
            model.attributes[attribute.name] = name.name
            model.attributeUnits[attribute.name] = units[index].unit
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

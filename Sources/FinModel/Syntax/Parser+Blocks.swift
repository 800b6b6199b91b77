/// The block statements: `table`, `list`, `variant`, and the one-line `check`.
extension Parser {
    /// `table "Title" [by list] [from SOURCE ["place"]] [shown to £1 half_up]:` then indented line definitions.
    mutating func parseTable() throws(Abandon) -> Statement {
        let header = advance()
        let title = try expect(.string, "the table's title in double quotes", help: "write: table \"Income\":")
        var by: NameReference?
        if acceptKeyword("by") != nil {
            by = try expectName("a list name", help: "write: table \"Per practice\" by practices:")
        }
        // Before `shown to`, where the rounding rule ends the header and cannot be read as a unit.
        let citations = acceptKeyword("from") != nil ? try parseCitations() : []
        var display: DisplaySyntax?
        if let shown = acceptKeyword("shown") {
            _ = try expectKeyword("to", help: "write: shown to £1 half_up")
            let step = try parseUnary()
            let ruleToken = current
            let rule = try parseRoundingRule()
            display = DisplaySyntax(step: step, rule: rule, span: shown.span.through(ruleToken.span))
        }
        let lines = try parseBlock("table", header: header) { (parser: inout Parser) throws(Abandon) in
            try parser.parseDefinition(allowTotal: true)
        }
        return Statement(kind: .table(title: title.text, by: by, lines: lines, display: display, citations: citations), span: header.span.through(title.span))
    }

    mutating func parseRoundingRule() throws(Abandon) -> RoundingRule {
        let token = current
        guard token.kind == .identifier, let rule = RoundingRule(scenarioName: token.text) else {
            throw fail(
                "expected a rounding rule, found \(describe(token))",
                help: "rounding rules are \(RoundingRule.scenarioNames.joined(separator: ", "))")
        }
        advance()
        return rule
    }

    /// `list practices (list_size patients, contract £) from "practices.csv"`, or `:` and rows.
    mutating func parseList() throws(Abandon) -> Statement {
        let header = advance()
        let name = try expectName("the list's name", help: "write: list practices (list_size patients):")
        _ = try expect(.leftParen, "'(' and the list's attributes", help: "write the attributes with their units: list practices (list_size patients):")
        var attributes: [AttributeSyntax] = []
        repeat {
            let attribute = try expectName("an attribute name", help: "write each attribute with its unit: list_size patients")
            var isMoney = false
            if accept(.money) != nil { isMoney = true }
            let unit = current.kind == .identifier && !Self.reservedWords.contains(current.text) || current.isKeyword("per")
                ? try parseUnit() : nil
            attributes.append(AttributeSyntax(name: attribute.name, nameSpan: attribute.span, unit: unit, isMoney: isMoney))
        } while accept(.comma) != nil
        _ = try expect(.rightParen, "')' after the attributes", help: "close the attribute list with ')'")
        if acceptKeyword("from") != nil {
            let path = try expect(.string, "the CSV file's name in double quotes", help: "write: list practices (list_size patients) from \"practices.csv\"")
            try endStatement()
            return Statement(kind: .list(name, attributes: attributes, source: .csv(path: path.text, span: path.span)), span: header.span.through(path.span))
        }
        let count = attributes.count
        let rows = try parseBlock("list", header: header) { (parser: inout Parser) throws(Abandon) in
            let rowName = try parser.expect(.string, "the member's name in double quotes", help: "write each member as: \"Enderby\" 6,254")
            var values: [Expression] = []
            while !parser.atLineEnd {
                values.append(try parser.parseUnary())
            }
            guard values.count == count else {
                throw parser.fail(
                    "'\(rowName.text)' has \(values.count) value\(values.count == 1 ? "" : "s"); the list has \(count) attribute\(count == 1 ? "" : "s")",
                    at: rowName.span, help: "give one value for each of: \(attributes.map(\.name).joined(separator: ", "))")
            }
            return ListRowSyntax(name: rowName.text, nameSpan: rowName.span, values: values)
        }
        return Statement(kind: .list(name, attributes: attributes, source: .inline(rows)), span: header.span.through(name.span))
    }

    /// `check computed = stated [within tolerance] ["message"]`
    mutating func parseCheck() throws(Abandon) -> Statement {
        let header = advance()
        let computed = try parseExpression(allowEquality: false)
        _ = try expect(.equals, "'=' and the stated figure", help: "write: check total_income[2016/17] = £106,494")
        let stated = try parseRow()
        var tolerance: Expression?
        if acceptKeyword("within") != nil { tolerance = try parseUnary() }
        var message: String?
        if current.kind == .string { message = advance().text }
        let end = tokens[max(0, position - 1)].span
        try endStatement()
        return Statement(kind: .check(computed: computed, stated: stated, tolerance: tolerance, message: message), span: header.span.through(end))
    }

    /// `variant name ["description"]:` then indented `input = value` overrides.
    mutating func parseVariant() throws(Abandon) -> Statement {
        let header = advance()
        let name = try expectName("the variant's name", help: "write: variant contribution_only \"Option A\":")
        var description: String?
        if current.kind == .string { description = advance().text }
        let overrides = try parseBlock("variant", header: header) { (parser: inout Parser) throws(Abandon) in
            try parser.parseDefinition(allowTotal: false)
        }
        return Statement(kind: .variant(name, description: description, overrides: overrides), span: header.span.through(name.span))
    }
}

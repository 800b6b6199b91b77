/// The block statements: `table`, `list`, `variant`, and the one-line `check`.
extension Parser {
    /// `table "Title" [by list [grouped by attribute]] [from SOURCE ["place"]] [shown to £1 half_up]:` then indented line definitions.
    mutating func parseTable() throws(Abandon) -> Statement {
        let header = advance()
        let title = try expect(.string, "the table's title in double quotes", help: "write: table \"Income\":")
        var by: NameReference?
        var groupedBy: NameReference?
        if acceptKeyword(.by) != nil {
            by = try expectName("a list name", help: "write: table \"Per practice\" by practices:")
            // `grouped by locality`: the members in groups of one text, each with a subtotal.
            if isWord("grouped") {
                advance()
                _ = try expectKeyword(.by, help: "write: table \"Per practice\" by practices grouped by locality:")
                groupedBy = try expectName("a text attribute of the list", help: "write: table \"Per practice\" by practices grouped by locality:")
            }
        }
        // Before `shown to`, where the rounding rule ends the header and cannot be read as a unit.
        let citations = acceptKeyword(.from) != nil ? try parseCitations() : []
        var display: DisplaySyntax?
        if let shown = acceptKeyword(.shown) { display = try parseDisplay(shown) }
        let lines = try parseBlock("table", header: header) { (parser: inout Parser) throws(Abandon) in
            try parser.parseDefinition(allowTotal: true)
        }
        return Statement(kind: .table(title: text(title), by: by, groupedBy: groupedBy, lines: lines, display: display, citations: citations), span: span(header).through(span(title)))
    }

    /// After `shown`: roundings separated by commas (`to £1 half_up`, `to 0.25 hours half_up`,
    /// `in £000 half_up`, `in £m to 1 place half_up`), then perhaps `with negatives in brackets`;
    /// or `with negatives in brackets` alone.
    mutating func parseDisplay(_ shown: Token) throws(Abandon) -> DisplaySyntax {
        let help = "write, for example: shown to £1 half_up, or shown in £000 half_up with negatives in brackets"
        var roundings: [DisplaySyntax.Rounding] = []
        var last = shown
        // `shown by quarter` or `shown by year`: a table of months summed into longer periods.
        var shownBy: PeriodAxis.Granularity?
        if acceptKeyword(.by) != nil {
            guard isWord("quarter") || isWord("year") else {
                throw fail("expected 'quarter' or 'year' after 'shown by', found \(describe(current))", help: "write: shown by quarter, or shown by year")
            }
            shownBy = isWord("quarter") ? .quarter : .year
            last = advance()
            _ = accept(.comma)
        }
        if !isWord("with"), !(shownBy != nil && current.kind == .colon) {
            repeat {
                if acceptKeyword(.to) != nil {
                    unitsEndAtRule = true
                    let step: Expression
                    do { step = try parseUnary() } catch {
                        unitsEndAtRule = false
                        throw error
                    }
                    unitsEndAtRule = false
                    last = current
                    roundings.append(.step(step, try parseRoundingRule()))
                } else if let inToken = acceptKeyword(.in) {
                    guard let pound = accept(.money) else {
                        throw fail("expected '£000' or '£m' after 'in', found \(describe(current))", help: help)
                    }
                    let scale = current
                    let millions: Bool
                    if scale.kind == .number, text(scale) == "000" {
                        millions = false
                    } else if scale.kind == .identifier, text(scale) == "m" {
                        millions = true
                    } else {
                        throw fail("unknown scale '£\(text(scale))'", at: span(pound).through(span(scale)), label: "not a scale a table is shown in",
                                   help: "tables are shown in £000 (thousands) or £m (millions): shown in £000 half_up")
                    }
                    advance()
                    var places = 0
                    if millions, current.isKeyword(.to) {
                        places = try parsePlaces(of: "money in £m", upTo: 3, example: "shown in £m to 1 place half_up", readsRule: false).places
                    }
                    last = current
                    let rule = try parseRoundingRule()
                    roundings.append(.scale(millions: millions, places: places, rule: rule, span: span(inToken).through(span(last))))
                } else {
                    throw fail("expected 'to', 'in' or 'with' after 'shown', found \(describe(current))", help: help)
                }
            } while accept(.comma) != nil
        }
        var brackets = false, yearToDate = false
        if isWord("with") {
            advance()
            repeat {
                // `with year to date`: a table of months or quarters adds each period's total so far in its year.
                let words = isWord("year") ? ["year", "to", "date"] : ["negatives", "in", "brackets"]
                for word in words {
                    guard isWord(word) || (word == "in" && current.isKeyword(.in)) || (word == "to" && current.isKeyword(.to)) else {
                        throw fail("expected '\(word)', found \(describe(current))", help: "write: with \(words.joined(separator: " "))")
                    }
                    last = advance()
                }
                if words[0] == "year" { yearToDate = true } else { brackets = true }
            } while acceptKeyword(.and) != nil
        }
        return DisplaySyntax(roundings: roundings, negativesInBrackets: brackets, span: span(shown).through(span(last)), yearToDate: yearToDate,
                             shownBy: shownBy)
    }

    /// Whether the current token is the (unreserved) word `word`.
    func isWord(_ word: String) -> Bool { current.isName && text(current) == word }

    mutating func parseRoundingRule() throws(Abandon) -> RoundingRule {
        let token = current
        guard token.kind == .identifier, let rule = RoundingRule(scenarioName: text(token)) else {
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
            attributes.append(try parseAttribute())
        } while accept(.comma) != nil
        _ = try expect(.rightParen, "')' after the attributes", help: "close the attribute list with ')'")
        if acceptKeyword(.from) != nil {
            let path = try expect(.string, "the CSV file's name in double quotes", help: "write: list practices (list_size patients) from \"practices.csv\"")
            try endStatement()
            return Statement(kind: .list(name, attributes: attributes, source: .csv(path: text(path), span: span(path))), span: span(header).through(span(path)))
        }
        let count = attributes.count
        let rows = try parseBlock("list", header: header) { (parser: inout Parser) throws(Abandon) in
            let rowName = try parser.expect(.string, "the member's name in double quotes", help: "write each member as: \"Enderby\" 6,254")
            var values: [Expression] = []
            parser.unitsEndAtFlag = true
            defer { parser.unitsEndAtFlag = false }
            while !parser.atLineEnd {
                // An attribute by year takes a row, a value for each year: 325,000 | 330,000.
                let first = try parser.parseUnary()
                var items = [first]
                while parser.accept(.pipe) != nil { items.append(try parser.parseUnary()) }
                values.append(items.count == 1 ? first : Expression(.row(items), span: first.span.through(items.last!.span)))
            }
            guard values.count == count else {
                throw parser.fail(
                    "'\(parser.text(rowName))' has \(values.count) value\(values.count == 1 ? "" : "s"); the list has \(count) attribute\(count == 1 ? "" : "s")",
                    at: parser.span(rowName), help: "give one value for each of: \(attributes.map(\.name).joined(separator: ", "))")
            }
            return ListRowSyntax(name: parser.text(rowName), nameSpan: parser.span(rowName), values: values)
        }
        return Statement(kind: .list(name, attributes: attributes, source: .inline(rows)), span: span(header).through(name.span))
    }

    /// One attribute in a list's header: its name, then its unit (`patients`, `£`), `%`, `text`
    /// or `yes/no`, then `by year` when it has a figure for each year.
    mutating func parseAttribute() throws(Abandon) -> AttributeSyntax {
        let attribute = try expectName("an attribute name", help: "write each attribute with its unit: list_size patients")
        var isMoney = false
        var kind = AttributeSyntax.Kind.number
        var unit: UnitSyntax? = nil
        if accept(.percent) != nil {
            kind = .percent
        } else if current.kind == .identifier, text(current) == "text", !peek().isName {
            advance()
            kind = .text
        } else if current.kind == .identifier, text(current) == "yes", peek().kind == .slash {
            advance()
            advance()
            guard current.kind == .identifier, text(current) == "no" else {
                throw fail("expected 'no' after 'yes/', found \(describe(current))", help: "write a flag attribute as: opted_in yes/no")
            }
            advance()
            kind = .flag
        } else {
            if accept(.money) != nil { isMoney = true }
            if current.isName || current.isKeyword(.per) { unit = try parseUnit() }
        }
        var period: PeriodAxis.Granularity? = nil
        var periodSpan: SourceSpan? = nil
        if acceptKeyword(.by) != nil {
            guard current.kind == .identifier, let word = PeriodAxis.Granularity(rawValue: text(current)) else {
                throw fail("expected 'year', 'quarter' or 'month' after 'by', found \(describe(current))",
                           help: "an attribute with a figure for each year is written: population patients by year (or by quarter, by month)")
            }
            periodSpan = span(current)
            advance()
            period = word
        }
        return AttributeSyntax(name: attribute.name, nameSpan: attribute.span, unit: unit, isMoney: isMoney, kind: kind,
                               period: period, periodSpan: periodSpan)
    }

    /// `check computed = stated [within tolerance] ["message"] [expected "note"]`, where `=` may
    /// also be `>=`, `<=`, `>` or `<`.
    mutating func parseCheck() throws(Abandon) -> Statement {
        let header = advance()
        let computed = try parseExpression(allowComparison: false)
        let comparison: CheckComparison
        switch current.kind {
        case .equals: comparison = .equal
        case .greaterEqual: comparison = .atLeast
        case .lessEqual: comparison = .atMost
        case .greater: comparison = .above
        case .less: comparison = .below
        case .notEquals:
            throw fail("a check cannot state that figures differ", help: "state the figure with =, >=, <=, > or <, and mark a known discrepancy with: expected \"note\"")
        default:
            _ = try expect(.equals, "'=' (or >=, <=, >, <) and the stated figure", help: "write: check total_income[2016/17] = £106,494")
            comparison = .equal
        }
        advance()
        let stated = try parseRow()
        var tolerance: Expression?
        if acceptKeyword(.within) != nil { tolerance = try parseUnary() }
        var message: String?
        if current.kind == .string { message = text(advance()) }
        var expected: ExpectedSyntax?
        if current.kind == .identifier, text(current) == "expected" {
            let word = advance()
            guard current.kind == .string else {
                throw fail("'expected' needs a note saying what is wrong in the source, found \(describe(current))",
                           help: "write: expected \"the paper's total is £1 low: pence rounded away\"")
            }
            let note = advance()
            guard !text(note).allSatisfy(\.isWhitespace) else {
                throw fail("the note of an expected discrepancy is empty", at: span(note),
                           help: "say what is wrong in the source, as in expected \"the paper's total is £1 low\"")
            }
            expected = ExpectedSyntax(note: text(note), span: span(word).through(span(note)))
        }
        let end = span(tokens[max(0, position - 1)])
        try endStatement()
        let whole = span(header).through(end)
        let check = CheckSyntax(computed: computed, comparison: comparison, stated: stated, tolerance: tolerance, message: message,
                                expected: expected, span: whole)
        return Statement(kind: .check(check), span: whole)
    }

    /// `variant name ["description"]:` then indented `input = value` overrides, or a list member's
    /// figure: `list_size["Enderby"] = 6,300 patients`.
    mutating func parseVariant() throws(Abandon) -> Statement {
        let header = advance()
        let name = try expectName("the variant's name", help: "write: variant contribution_only \"Option A\":")
        var description: String?
        if current.kind == .string { description = text(advance()) }
        let overrides = try parseBlock("variant", header: header) { (parser: inout Parser) throws(Abandon) in
            try parser.parseDefinition(allowTotal: false, allowMember: true)
        }
        return Statement(kind: .variant(name, description: description, overrides: overrides), span: span(header).through(name.span))
    }

    /// The indented lines after a block header; each is parsed by `body`, errors resync per line.
    mutating func parseBlock<T>(_ what: String, header: Token, _ body: (inout Parser) throws(Abandon) -> T) throws(Abandon) -> [T] {
        _ = try expect(.colon, "':' at the end of the \(what) header", help: "end the header with ':' and indent the lines below it")
        try endStatement()
        var items: [T] = []
        // A line that failed to parse still counts: its own error says what is wrong, and an
        // "empty table" above it would only mislead.
        var lines = 0
        while current.indented || (current.kind == .newline && peek().indented) {
            if accept(.newline) != nil { continue }
            lines += 1
            let start = position
            do throws(Abandon) {
                items.append(try body(&self))
                try endStatement()
            } catch {
                if position == start { advance() }
                skipLine()
            }
        }
        if lines == 0 {
            diagnostics.append(Diagnostic(
                at: span(header), "empty \(what)", help: "indent the \(what)'s lines under its header"))
        }
        return items
    }
}

/// Units after a number or an amount: `patients`, `£ per patient`, `minutes per week per 1,000 patients`.
extension Parser {
    /// A unit follows a number when the next word is not a keyword that ends the expression.
    var startsUnit: Bool {
        (current.isName && !(unitsEndAtRule && RoundingRule(scenarioName: text(current)) != nil) && !atFlag || current.isKeyword(.per))
            && peek().kind != .leftParen && peek().kind != .colon && !atExpectedNote
    }

    /// `yes` or `no` in a list's row: a flag's value after a figure, not the figure's unit.
    var atFlag: Bool {
        unitsEndAtFlag && current.kind == .identifier && (spells(current, "yes") || spells(current, "no"))
    }

    /// `expected "note"` ending a check: never a unit word, though `expected` is not reserved.
    var atExpectedNote: Bool {
        current.kind == .identifier && peek().kind == .string && spells(current, "expected")
    }

    /// `patients`, `£ per patient`, `minutes per week per 1,000 patients`, `%` (conversions only).
    mutating func parseUnit(allowPercent: Bool = false) throws(Abandon) -> UnitSyntax {
        let start = span(current)
        var words: [UnitSyntax.Word] = []
        var divisor = Exact.one
        if allowPercent, let percent = accept(.percent) {
            let word = UnitSyntax.Word(name: "%", span: span(percent), exponent: 1)
            guard current.isKeyword(.to) else { return UnitSyntax(words: [word], divisor: .one, span: span(percent)) }
            // The places belong to the unit, so the line's formula as `explain` quotes it keeps them.
            let places = try parsePlaces(of: "a percentage", upTo: 6, example: "in % to 2 places half_up")
            return UnitSyntax(words: [word], divisor: .one, span: span(percent).through(places.span), places: places)
        }
        if let pound = accept(.money) {
            words.append(UnitSyntax.Word(name: "£", span: span(pound), exponent: 1))
        }
        while current.isName, peek().kind != .leftParen, !atExpectedNote, !atFlag, !(unitsEndAtRule && RoundingRule(scenarioName: text(current)) != nil) {
            let word = advance()
            words.append(UnitSyntax.Word(name: text(word), span: span(word), exponent: 1))
        }
        while acceptKeyword(.per) != nil {
            if current.kind == .number {
                let numberToken = advance()
                let number = try readNumber(numberToken)
                guard number > .zero else {
                    throw fail("the number after 'per' must be above zero", at: span(numberToken), help: "write, for example: per 1,000 patients")
                }
                do throws(ArithmeticError) { divisor = try divisor.multiplied(by: number) } catch {
                    throw fail(error.message, at: span(numberToken), help: "write a smaller number")
                }
            }
            guard current.isName else {
                throw fail("expected a unit after 'per', found \(describe(current))", help: "write, for example: £3.00 per patient")
            }
            let word = advance()
            words.append(UnitSyntax.Word(name: text(word), span: span(word), exponent: -1))
        }
        guard !words.isEmpty else {
            throw fail("expected a unit, found \(describe(current))", help: "units are words such as patients, hours, days or £ per patient")
        }
        return UnitSyntax(words: words, divisor: divisor, span: start.through(span(tokens[position - 1])))
    }

    /// `to 2 places [half_up]` after `%` or `£m`: the decimals shown, from 0 to `maximum`, and
    /// (when `readsRule`) the rule that rounds to them: half up when none is written, as `in %`
    /// alone rounds.
    mutating func parsePlaces(of what: String, upTo maximum: Int, example: String, readsRule: Bool = true) throws(Abandon) -> PercentPlacesSyntax {
        let to = advance()
        guard current.kind == .number else {
            throw fail("expected the number of decimal places after 'to', found \(describe(current))", help: "write: \(example)")
        }
        let numberToken = advance()
        let number = try readNumber(numberToken)
        guard number.isInteger, number >= .zero, number <= Exact(Int64(maximum)) else {
            throw fail("\(what) is shown to 0 to \(maximum) decimal places", at: span(numberToken), label: "not a whole number from 0 to \(maximum)",
                       help: "write: \(example)")
        }
        let places = Int(number.roundedToInteger(.towardZero))
        let word = current
        guard word.kind == .identifier, text(word) == "places" || text(word) == "place" else {
            throw fail("expected 'places' after the number, found \(describe(word))", help: "write: \(example)")
        }
        advance()
        var rule = RoundingRule.halfUp
        var last = word
        if readsRule, current.kind == .identifier, RoundingRule(scenarioName: text(current)) != nil {
            last = current
            rule = try parseRoundingRule()
        }
        return PercentPlacesSyntax(places: places, rule: rule, span: span(to).through(span(last)))
    }
}

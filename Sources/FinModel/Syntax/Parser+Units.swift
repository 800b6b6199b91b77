/// Units after a number or an amount: `patients`, `£ per patient`, `minutes per week per 1,000 patients`.
extension Parser {
    /// A unit follows a number when the next word is not a keyword that ends the expression.
    var startsUnit: Bool {
        (current.isName || current.isKeyword(.per)) && peek().kind != .leftParen && peek().kind != .colon
    }

    /// `patients`, `£ per patient`, `minutes per week per 1,000 patients`, `%` (conversions only).
    mutating func parseUnit(allowPercent: Bool = false) throws(Abandon) -> UnitSyntax {
        let start = span(current)
        var words: [UnitSyntax.Word] = []
        var divisor = Exact.one
        if allowPercent, let percent = accept(.percent) {
            return UnitSyntax(words: [UnitSyntax.Word(name: "%", span: span(percent), exponent: 1)], divisor: .one, span: span(percent))
        }
        if let pound = accept(.money) {
            words.append(UnitSyntax.Word(name: "£", span: span(pound), exponent: 1))
        }
        while current.isName, peek().kind != .leftParen {
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
}

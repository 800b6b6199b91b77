/// The values an expression is built from: numbers with units, `£` amounts, percentages, years,
/// text, names, calls and brackets.
///
/// Numbers and years are read straight from the token's bytes; only a number or year with a
/// mistake in it is handed to the general readers (`Exact(parsingDecimal:)`,
/// `FinancialYear(parsing:)`), whose errors say what is wrong, so every message is theirs.
extension Parser {
    mutating func parsePrimary() throws(Abandon) -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            let number = try readNumber(token)
            if let percent = accept(.percent) {
                return Expression(.percent(number), span: span(token).through(span(percent)))
            }
            if startsUnit {
                let unit = try parseUnit()
                return Expression(.number(number, unit), span: span(token).through(unit.span))
            }
            return Expression(.number(number, nil), span: span(token))
        case .money:
            advance()
            guard current.kind == .number else {
                throw fail("expected an amount after '£', found \(describe(current))", help: "write amounts as £1,234.56")
            }
            let numberToken = advance()
            var amount = try readNumber(numberToken)
            var end = numberToken
            if current.kind == .identifier, !current.spaceBefore, current.word == .k || current.word == .m {
                let suffix = advance()
                end = suffix
                do throws(ArithmeticError) {
                    amount = try amount.multiplied(by: Exact(Int64(suffix.word == .k ? 1_000 : 1_000_000)))
                } catch {
                    throw fail(error.message, at: span(token).through(span(end)), help: "write a smaller amount")
                }
            }
            if startsUnit {
                let unit = try parseUnit()
                return Expression(.money(amount, unit), span: span(token).through(unit.span))
            }
            return Expression(.money(amount, nil), span: span(token).through(span(end)))
        case .year:
            let year = try parseYear()
            if current.isKeyword(.to), peek().kind == .year {
                advance()
                let last = try parseYear()
                let range = span(token).through(span(tokens[position - 1]))
                guard year <= last else {
                    throw fail("the years run backwards: \(year) comes after \(last)", at: range, help: "write the earlier year first")
                }
                return Expression(.yearRange(year, last), span: range)
            }
            return Expression(.year(year), span: span(token))
        case .month:
            return Expression(.month(try parseMonth()), span: span(token))
        case .string:
            advance()
            return Expression(.text(text(token)), span: span(token))
        case .leftParen:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightParen, "')'", help: "close the bracket opened here")
            return Expression(inner.kind, span: span(token).through(span(close)), operatorSpan: inner.operatorSpan)
        case .identifier where !token.word.isReserved || peek().kind == .leftParen:
            advance()
            if current.kind == .leftParen {
                return try parseCall(token)
            }
            return Expression(.name(text(token)), span: span(token))
        default:
            throw fail(
                "expected a value, found \(describe(token))",
                help: "a value is a number, an amount such as £3.00, a percentage, a year, a name or a call such as sum(a, b)")
        }
    }

    mutating func parseCall(_ name: Token) throws(Abandon) -> Expression {
        advance()  // (
        var arguments: [Argument] = []
        // Room for the longest common call (`uplift` has six arguments) without growing.
        arguments.reserveCapacity(6)
        if current.kind != .rightParen {
            repeat {
                if current.kind == .identifier, peek().kind == .colon {
                    let label = advance()
                    advance()
                    let labelText = text(label)
                    // `profile: 10% | 8% | …` is a row of weights; every other argument one expression.
                    let value = labelText == "profile" ? try parseRow() : try parseFilteredArgument()
                    arguments.append(Argument(label: labelText, labelSpan: span(label), value: value))
                } else {
                    arguments.append(Argument(label: nil, labelSpan: nil, value: try parseFilteredArgument()))
                }
            } while accept(.comma) != nil
        }
        let close = try expect(.rightParen, "')' or ','", help: "separate arguments with ',' and close the call with ')'")
        return Expression(.call(text(name), arguments), span: span(name).through(span(close)))
    }

    /// An argument, and `where CONDITION` after it when it has one: `total(list_size where opted_in)`.
    mutating func parseFilteredArgument() throws(Abandon) -> Expression {
        let value = try parseExpression()
        guard acceptKeyword(.where) != nil else { return value }
        let condition = try parseExpression()
        return Expression(.filtered(value, condition: condition), span: value.span.through(condition.span))
    }

    mutating func readNumber(_ token: Token) throws(Abandon) -> Exact {
        if let number = quickNumber(token) { return number }
        let written = text(token)
        do throws(ExactParseError) {
            return try Exact(parsingDecimal: Substring(written))
        } catch {
            // A figure is a fraction of 128-bit integers: its digits, before and after the point,
            // must fit in one (about 38 digits), and at most 18 of them after the point.
            let help = error == .tooManyDecimalPlaces
                ? "write at most \(Exact.maximumParsedDecimalPlaces) decimal places"
                : "write a number of at most 38 digits in all, at most \(Exact.maximumParsedDecimalPlaces) of them after the point"
            throw fail("'\(written)' is not a number this tool can hold exactly", at: span(token), help: help)
        }
    }

    /// A number token's value when it is one `Exact(parsingDecimal:)` reads without complaint
    /// and its digits fit 64 bits; nil sends it to that reader.
    ///
    /// The lexer has already made the shape `1,234.56`: digits, groups of three after each
    /// comma, and digits after a point. What is left to check is the first group (at most three
    /// digits when there are commas), the number of decimal places, and the size.
    func quickNumber(_ token: Token) -> Exact? {
        let bytes = file.bytes
        var magnitude: UInt64 = 0
        var firstGroup = 0, decimals = 0
        var commas = false, point = false
        for index in token.start..<token.end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: ","): commas = true
            case UInt8(ascii: "."): point = true
            default:
                let (scaled, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (next, o2) = scaled.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                magnitude = next
                if point { decimals += 1 } else if !commas { firstGroup += 1 }
            }
        }
        guard !(commas && firstGroup > 3), decimals <= Exact.maximumParsedDecimalPlaces else { return nil }
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        return Exact(Int128(magnitude), over: scale)
    }

    /// A year token's year when it is a well-formed one (`2016/17`, `16/17`, `FY2016/17`) whose
    /// years follow each other and are in range; nil sends it to `FinancialYear(parsing:)`.
    func quickYear(_ token: Token) -> FinancialYear? {
        let bytes = file.bytes
        var index = token.start
        if index < token.end, bytes[index] | 0x20 == UInt8(ascii: "f") { index += 2 }  // FY
        var first = 0, firstDigits = 0
        while index < token.end, bytes[index] != UInt8(ascii: "/") {
            first = first * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
            firstDigits += 1
            index += 1
            if firstDigits > 4 { return nil }
        }
        // The lexer ends a year with '/' and exactly two digits.
        guard firstDigits == 2 || firstDigits == 4, token.end - index == 3 else { return nil }
        let second = Int(bytes[index + 1] &- UInt8(ascii: "0")) * 10 + Int(bytes[index + 2] &- UInt8(ascii: "0"))
        let start = firstDigits == 2 ? 2000 + first : first
        guard second == (start + 1) % 100, FinancialYear.validStartYears.contains(start) else { return nil }
        return FinancialYear(startYear: start)
    }
}

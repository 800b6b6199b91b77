/// Expressions, from loosest to tightest binding:
///
///     row          a | b | c                    (one value per year)
///     conditional  if c then a else b
///     or, and, not
///     comparison   = != < <= > >=
///     conversion   x in hours per week
///     additive     + -
///     multiplicative * /
///     unary        -x
///     postfix      x[2017/18], x["Enderby"]
///     primary      numbers with units, £ amounts, 2%, years, "text", names, calls, (expr)
extension Parser {
    mutating func parseRow() throws(Abandon) -> Expression {
        let first = try parseExpression()
        guard current.kind == .pipe else { return first }
        var items = [first]
        while accept(.pipe) != nil {
            items.append(try parseExpression())
        }
        return Expression(.row(items), span: first.span.through(items.last!.span))
    }

    mutating func parseExpression(allowEquality: Bool = true) throws(Abandon) -> Expression {
        nesting += 1
        defer { nesting -= 1 }
        try checkNesting()
        if let ifToken = acceptKeyword("if") {
            let condition = try parseExpression()
            _ = try expectKeyword("then", help: "write: if condition then value else other")
            let then = try parseExpression(allowEquality: allowEquality)
            _ = try expectKeyword("else", help: "every 'if' needs an 'else': if condition then value else other")
            let otherwise = try parseExpression(allowEquality: allowEquality)
            return Expression(.conditional(condition, then, otherwise), span: ifToken.span.through(otherwise.span))
        }
        return try parseOr(allowEquality: allowEquality)
    }

    mutating func parseOr(allowEquality: Bool) throws(Abandon) -> Expression {
        var left = try parseAnd(allowEquality: allowEquality)
        while let op = acceptKeyword("or") {
            let right = try parseAnd(allowEquality: allowEquality)
            left = try limited(Expression(.binary(.or, left, right), span: left.span.through(right.span), operatorSpan: op.span))
        }
        return left
    }

    mutating func parseAnd(allowEquality: Bool) throws(Abandon) -> Expression {
        var left = try parseNot(allowEquality: allowEquality)
        while let op = acceptKeyword("and") {
            let right = try parseNot(allowEquality: allowEquality)
            left = try limited(Expression(.binary(.and, left, right), span: left.span.through(right.span), operatorSpan: op.span))
        }
        return left
    }

    mutating func parseNot(allowEquality: Bool) throws(Abandon) -> Expression {
        if let op = acceptKeyword("not") {
            nesting += 1
            defer { nesting -= 1 }
            try checkNesting()
            let operand = try parseNot(allowEquality: allowEquality)
            return Expression(.not(operand), span: op.span.through(operand.span))
        }
        return try parseComparison(allowEquality: allowEquality)
    }

    mutating func parseComparison(allowEquality: Bool) throws(Abandon) -> Expression {
        let left = try parseConversion()
        let op: BinaryOperator?
        switch current.kind {
        case .equals: op = allowEquality ? .equal : nil
        case .notEquals: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        default: op = nil
        }
        guard let op else { return left }
        let opToken = advance()
        let right = try parseConversion()
        return Expression(.binary(op, left, right), span: left.span.through(right.span), operatorSpan: opToken.span)
    }

    mutating func parseConversion() throws(Abandon) -> Expression {
        let value = try parseAdditive()
        guard acceptKeyword("in") != nil else { return value }
        let unit = try parseUnit(allowPercent: true)
        return Expression(.convert(value, unit), span: value.span.through(unit.span))
    }

    mutating func parseAdditive() throws(Abandon) -> Expression {
        var left = try parseMultiplicative()
        while current.kind == .plus || current.kind == .minus {
            let opToken = advance()
            let right = try parseMultiplicative()
            left = try limited(Expression(
                .binary(opToken.kind == .plus ? .add : .subtract, left, right), span: left.span.through(right.span),
                operatorSpan: opToken.span))
        }
        return left
    }

    /// Refuses a level of nesting past `maximumNesting`; the caller has already counted it.
    ///
    /// Every construct that reads an operand by calling itself again (brackets, `if`, `not`,
    /// unary minus, arguments and indices) counts one level, so no input can recurse deeper
    /// than the limit here, in the checker or in the evaluator: 212,500 `not`s once overflowed
    /// the stack.
    mutating func checkNesting() throws(Abandon) {
        guard nesting <= Self.maximumNesting else {
            throw fail(
                "expression nested too deeply", help: "split it into named lines; at most \(Self.maximumNesting) levels are read")
        }
    }

    /// Tallest expression tree read: `a + b + c + ...` grows one level a term.
    static let maximumHeight = 500

    mutating func limited(_ expression: Expression) throws(Abandon) -> Expression {
        guard expression.height <= Self.maximumHeight else {
            diagnostics.append(Diagnostic(
                at: expression.operatorSpan ?? expression.span, "expression too long",
                help: "split it into named lines; at most \(Self.maximumHeight) levels of operators are read"))
            throw Abandon()
        }
        return expression
    }

    mutating func parseMultiplicative() throws(Abandon) -> Expression {
        var left = try parseUnary()
        while current.kind == .star || current.kind == .slash {
            let opToken = advance()
            let right = try parseUnary()
            left = try limited(Expression(
                .binary(opToken.kind == .star ? .multiply : .divide, left, right), span: left.span.through(right.span),
                operatorSpan: opToken.span))
        }
        return left
    }

    mutating func parseUnary() throws(Abandon) -> Expression {
        if let minus = accept(.minus) {
            nesting += 1
            defer { nesting -= 1 }
            try checkNesting()
            let operand = try parseUnary()
            return Expression(.negate(operand), span: minus.span.through(operand.span))
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws(Abandon) -> Expression {
        var value = try parsePrimary()
        while current.kind == .leftBracket {
            advance()
            var indices: [Expression] = []
            repeat {
                indices.append(try parseExpression())
            } while accept(.comma) != nil
            let close = try expect(.rightBracket, "']'", help: "close the index with ']', as in income[2017/18]")
            value = try limited(Expression(.index(value, indices), span: value.span.through(close.span)))
        }
        return value
    }

    mutating func parsePrimary() throws(Abandon) -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            let number = try readNumber(token)
            if let percent = accept(.percent) {
                return Expression(.percent(number), span: token.span.through(percent.span))
            }
            if startsUnit {
                let unit = try parseUnit()
                return Expression(.number(number, unit), span: token.span.through(unit.span))
            }
            return Expression(.number(number, nil), span: token.span)
        case .money:
            advance()
            guard current.kind == .number else {
                throw fail("expected an amount after '£', found \(describe(current))", help: "write amounts as £1,234.56")
            }
            let numberToken = advance()
            var amount = try readNumber(numberToken)
            var end = numberToken.span
            if current.kind == .identifier, !current.spaceBefore, current.text == "k" || current.text == "m" {
                let suffix = advance()
                end = suffix.span
                do throws(ArithmeticError) {
                    amount = try amount.multiplied(by: Exact(Int64(suffix.text == "k" ? 1_000 : 1_000_000)))
                } catch {
                    throw fail(error.message, at: token.span.through(end), help: "write a smaller amount")
                }
            }
            if startsUnit {
                let unit = try parseUnit()
                return Expression(.money(amount, unit), span: token.span.through(unit.span))
            }
            return Expression(.money(amount, nil), span: token.span.through(end))
        case .year:
            let year = try parseYear()
            if current.isKeyword("to"), peek().kind == .year {
                advance()
                let last = try parseYear()
                let span = token.span.through(tokens[position - 1].span)
                guard year <= last else {
                    throw fail("the years run backwards: \(year) comes after \(last)", at: span, help: "write the earlier year first")
                }
                return Expression(.yearRange(year, last), span: span)
            }
            return Expression(.year(year), span: token.span)
        case .string:
            advance()
            return Expression(.text(token.text), span: token.span)
        case .leftParen:
            advance()
            let inner = try parseExpression()
            let close = try expect(.rightParen, "')'", help: "close the bracket opened here")
            return Expression(inner.kind, span: token.span.through(close.span), operatorSpan: inner.operatorSpan)
        case .identifier where !Self.reservedWords.contains(token.text) || peek().kind == .leftParen:
            advance()
            if current.kind == .leftParen {
                return try parseCall(token)
            }
            return Expression(.name(token.text), span: token.span)
        default:
            throw fail(
                "expected a value, found \(describe(token))",
                help: "a value is a number, an amount such as £3.00, a percentage, a year, a name or a call such as sum(a, b)")
        }
    }

    mutating func parseCall(_ name: Token) throws(Abandon) -> Expression {
        advance()  // (
        var arguments: [Argument] = []
        if current.kind != .rightParen {
            repeat {
                if current.kind == .identifier, peek().kind == .colon {
                    let label = advance()
                    advance()
                    arguments.append(Argument(label: label.text, labelSpan: label.span, value: try parseExpression()))
                } else {
                    arguments.append(Argument(label: nil, labelSpan: nil, value: try parseExpression()))
                }
            } while accept(.comma) != nil
        }
        let close = try expect(.rightParen, "')' or ','", help: "separate arguments with ',' and close the call with ')'")
        return Expression(.call(name.text, arguments), span: name.span.through(close.span))
    }

    mutating func readNumber(_ token: Token) throws(Abandon) -> Exact {
        do throws(ExactParseError) {
            return try Exact(parsingDecimal: Substring(token.text))
        } catch {
            throw fail("'\(token.text)' is not a number this tool can hold exactly", at: token.span,
                       help: "write at most 18 decimal places and amounts below £10^15")
        }
    }
}

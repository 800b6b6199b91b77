/// Expressions, from loosest to tightest binding:
///
///     row          a | b | c                    (one value per year)
///     conditional  if c then a else b
///     or, and, not
///     comparison   = != < <= > >=               (at most one: a < b < c is a mistake)
///     conversion   x in hours per week          (at most one)
///     additive     + -
///     multiplicative * /
///     unary        -x
///     postfix      x[2017/18], x["Enderby"]
///     primary      numbers with units, £ amounts, 2%, years, "text", names, calls, (expr)
///
/// The levels from `or` to `*` are read by one loop that climbs precedence
/// (`parseBinary(above:)`), not by a function for each level: an operand costs one call, not
/// eight, and the tree is the one the grammar above describes.
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
        if let ifToken = acceptKeyword(.if) {
            let condition = try parseExpression()
            _ = try expectKeyword(.then, help: "write: if condition then value else other")
            let then = try parseExpression(allowEquality: allowEquality)
            _ = try expectKeyword(.else, help: "every 'if' needs an 'else': if condition then value else other")
            let otherwise = try parseExpression(allowEquality: allowEquality)
            return Expression(.conditional(condition, then, otherwise), span: span(ifToken).through(otherwise.span))
        }
        return try parseBinary(above: .loosest, allowEquality: allowEquality)
    }

    /// How tightly an operator binds: an operand of an operator reads only operators that bind
    /// more tightly than it.
    enum Precedence: Int, Comparable {
        case loosest = 0, or, and, not, comparison, conversion, additive, multiplicative

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    /// The binary operator (or the conversion `in`) at the current token, with its precedence.
    func binaryOperator(allowEquality: Bool) -> (BinaryOperator?, Precedence)? {
        let token = current
        switch token.kind {
        case .plus: return (.add, .additive)
        case .minus: return (.subtract, .additive)
        case .star: return (.multiply, .multiplicative)
        case .slash: return (.divide, .multiplicative)
        case .equals: return allowEquality ? (.equal, .comparison) : nil
        case .notEquals: return (.notEqual, .comparison)
        case .less: return (.less, .comparison)
        case .lessEqual: return (.lessEqual, .comparison)
        case .greater: return (.greater, .comparison)
        case .greaterEqual: return (.greaterEqual, .comparison)
        case .identifier:
            switch token.word {
            case .or: return (.or, .or)
            case .and: return (.and, .and)
            case .in: return (nil, .conversion)
            default: return nil
            }
        default: return nil
        }
    }

    /// Operators binding more tightly than `floor`, and their operands, by precedence climbing.
    ///
    /// `and`, `or`, `+`, `-`, `*` and `/` group to the left; a comparison and a conversion take
    /// one operand on each side, so after one only looser operators follow (`a < b < c` stops
    /// at the second `<`), and `not` reads everything from comparisons up, so after `not x`
    /// only `and` and `or` follow.
    mutating func parseBinary(above floor: Precedence, allowEquality: Bool) throws(Abandon) -> Expression {
        var left: Expression
        // The loosest operator that may still follow `left`.
        var ceiling = Precedence.multiplicative
        if floor < .not, let op = acceptKeyword(.not) {
            nesting += 1
            defer { nesting -= 1 }
            try checkNesting()
            let operand = try parseBinary(above: .and, allowEquality: allowEquality)
            left = Expression(.not(operand), span: span(op).through(operand.span))
            ceiling = .and
        } else {
            left = try parseUnary()
        }
        while let (op, precedence) = binaryOperator(allowEquality: allowEquality), precedence > floor, precedence <= ceiling {
            let opToken = advance()
            guard let op else {  // `in`: a unit follows, not an operand
                let unit = try parseUnit(allowPercent: true)
                left = Expression(.convert(left, unit), span: left.span.through(unit.span))
                ceiling = .comparison
                continue
            }
            let right = try parseBinary(above: precedence, allowEquality: allowEquality)
            let combined = Expression(.binary(op, left, right), span: left.span.through(right.span), operatorSpan: span(opToken))
            if precedence == .comparison {
                left = combined
                ceiling = .not
            } else {
                left = try limited(combined)
                ceiling = precedence
            }
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

    mutating func parseUnary() throws(Abandon) -> Expression {
        if let minus = accept(.minus) {
            nesting += 1
            defer { nesting -= 1 }
            try checkNesting()
            let operand = try parseUnary()
            return Expression(.negate(operand), span: span(minus).through(operand.span))
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
            value = try limited(Expression(.index(value, indices), span: value.span.through(span(close))))
        }
        return value
    }
}

extension Parser {
    /// Parses one expression filling the whole file.
    static func parseStandaloneExpression(_ file: SourceFile) -> (expression: Expression?, diagnostics: [Diagnostic]) {
        parseStandaloneExpression(SourceText(file))
    }

    /// Parses one expression filling a piece of typed text, such as the figure of a seek target
    /// or the step of a sensitivity range; its spans point into the text around the piece.
    static func parseStandaloneExpression(_ text: SourceText) -> (expression: Expression?, diagnostics: [Diagnostic]) {
        let (tokens, lexDiagnostics) = Lexer.tokenize(text)
        var parser = Parser(tokens: tokens, file: text.file)
        guard lexDiagnostics.isEmpty else { return (nil, lexDiagnostics) }
        do throws(Abandon) {
            let expression = try parser.parseExpression()
            try parser.endStatement()
            return (expression, [])
        } catch {
            return (nil, parser.diagnostics)
        }
    }
}

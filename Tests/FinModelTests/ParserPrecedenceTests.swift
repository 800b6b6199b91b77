import Testing
@testable import FinModel

/// The expression parser climbs precedence in one loop; these tables pin down the tree it must
/// build for every pair of levels, and the mistakes it must refuse where the grammar allows
/// only one comparison, one conversion, or `not` before a comparison.
@Suite struct ParserPrecedenceTests {
    /// The expression fully bracketed, so the tree shows in the text.
    static func bracketed(_ expression: Expression) -> String {
        let file = expression.span.file
        switch expression.kind {
        case .binary(let op, let left, let right): return "(\(bracketed(left)) \(op.rawValue) \(bracketed(right)))"
        case .negate(let inner): return "(-\(bracketed(inner)))"
        case .not(let inner): return "(not \(bracketed(inner)))"
        case .convert(let inner, let unit): return "(\(bracketed(inner)) in \(file.text(of: unit.span)))"
        case .conditional(let c, let a, let b): return "(if \(bracketed(c)) then \(bracketed(a)) else \(bracketed(b)))"
        case .index(let base, let indices): return "\(bracketed(base))[\(indices.map(bracketed).joined(separator: ", "))]"
        case .call(let name, let arguments):
            return "\(name)(\(arguments.map { ($0.label.map { "\($0): " } ?? "") + bracketed($0.value) }.joined(separator: ", ")))"
        case .row(let items): return items.map(bracketed).joined(separator: " | ")
        default: return file.text(of: expression.span)
        }
    }

    static func parse(_ text: String) -> (String?, [String]) {
        let (expression, problems) = Parser.parseStandaloneExpression(SourceFile(path: "x", text: text))
        return (expression.map(bracketed), problems.map(\.message))
    }

    @Test(arguments: [
        ("a + b * c", "(a + (b * c))"),
        ("a * b + c", "((a * b) + c)"),
        ("a - b - c", "((a - b) - c)"),
        ("a / b * c", "((a / b) * c)"),
        ("-a * b", "((-a) * b)"),
        ("- -a", "(-(-a))"),
        ("a + b in hours per week", "((a + b) in hours per week)"),
        ("a in hours < b in days", "((a in hours) < (b in days))"),
        ("a < b + c", "(a < (b + c))"),
        ("a = b and c != d or e", "(((a = b) and (c != d)) or e)"),
        ("a or b and c", "(a or (b and c))"),
        ("not a = b and c", "((not (a = b)) and c)"),
        ("not not a", "(not (not a))"),
        ("a and not b or c", "((a and (not b)) or c)"),
        ("if a > b then a - b else £0", "(if (a > b) then (a - b) else £0)"),
        ("x[2017/18] * 2", "(x[2017/18] * 2)"),
        ("round(a * 95%, half_up, £0.01)", "round((a * 95%), half_up, £0.01)"),
        ("total(a, over: p) + 1", "(total(a, over: p) + 1)"),
        ("(a + b) * c", "((a + b) * c)"),
    ])
    func operatorsBindAsTheGrammarSays(_ text: String, _ expected: String) {
        let (tree, problems) = Self.parse(text)
        #expect(problems.isEmpty)
        #expect(tree == expected)
    }

    @Test(arguments: [
        ("a = b = c", "unexpected '=' after the end of the statement"),
        ("a < b < c", "unexpected '<' after the end of the statement"),
        ("a in hours + b", "unexpected '+' after the end of the statement"),
        ("a in hours in days", "unexpected 'in' after the end of the statement"),
        ("not a = b = c", "unexpected '=' after the end of the statement"),
        ("a = not b", "expected a value, found 'not'"),
        ("a + if b then c else d", "expected a value, found 'if'"),
        ("a +", "expected a value, found the end of the line"),
    ])
    func aSecondComparisonOrConversionIsRefused(_ text: String, _ message: String) {
        let (tree, problems) = Self.parse(text)
        #expect(tree == nil)
        #expect(problems == [message])
    }

    @Test func aCheckReadsItsFirstEqualsAsTheStatedFigure() {
        let (syntax, problems) = Parser.parse(SourceFile(path: "x", text: "check a < b = yes\n"))
        #expect(problems.isEmpty)
        guard case .check(let computed, let stated, _, _)? = syntax.statements.first?.kind else {
            Issue.record("not a check")
            return
        }
        #expect(Self.bracketed(computed) == "(a < b)")
        #expect(Self.bracketed(stated) == "yes")
    }

    @Test func numbersAndYearsAreReadFromTheirBytes() {
        let (tree, problems) = Self.parse("£1,234.5 + 0.000001 + 2016/17 + FY17/18")
        #expect(problems.isEmpty)
        #expect(tree == "(((£1,234.5 + 0.000001) + 2016/17) + FY17/18)")
        let (amount, _) = Parser.parseStandaloneExpression(SourceFile(path: "x", text: "£1,234.5"))
        #expect(amount?.kind == .money(try! Exact(numerator: 2469, denominator: 2), nil))
        let (year, _) = Parser.parseStandaloneExpression(SourceFile(path: "x", text: "FY17/18"))
        #expect(year?.kind == .year(FinancialYear(startYear: 2017)))
        let (_, tooPrecise) = Self.parse("0.1234567890123456789012")
        #expect(tooPrecise == ["'0.1234567890123456789012' is not a number this tool can hold exactly"])
        let (_, badGroup) = Self.parse("1234,567")
        #expect(badGroup == ["'1234,567' is not a number this tool can hold exactly"])
        let (_, notConsecutive) = Self.parse("16/18")
        #expect(notConsecutive.count == 1 && notConsecutive[0].contains("'16/18' is not a financial year"))
    }
}

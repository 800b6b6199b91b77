import Testing
@testable import FinModel

@Test(arguments: [
    ("2%", "1/50"), ("0.25%", "1/400"), ("2.5 %", "1/40"), ("5%", "1/20"), ("100%", "1"), ("-1%", "-1/100"),
    ("  7 %  ", "7/100"), ("2\u{00A0}%", "1/50"), ("2", "1/50"), ("0%", "0"), ("1,000%", "10"),
])
func percentagesParseToExactFractions(_ text: String, _ fraction: String) throws {
    #expect(try Percentage(parsing: text).fraction == x(fraction))
}

@Test(arguments: [
    ("", ExactParseError.empty), ("%", .empty), ("2%%", .invalidCharacter("%", offset: 1)),
    (" 2x%", .invalidCharacter("x", offset: 2)), ("1,00%", .misplacedSeparator(offset: 1)),
    ("0.0000000000000000001%", .tooManyDecimalPlaces), ("% 2", .invalidCharacter("%", offset: 0)),
])
func malformedPercentagesAreRejected(_ text: String, _ error: ExactParseError) {
    #expect(throws: error) { try Percentage(parsing: text) }
}

@Test func percentPointsDivideByOneHundred() throws {
    #expect(try Percentage.percent(2) == Percentage(fraction: x("1/50")))
    #expect(try Percentage.percent(x("0.25")).fraction == x("1/400"))
    #expect(throws: ArithmeticError.overflow) { try Percentage.percent(Exact(Int128.max)).growthFactor }
}

@Test(arguments: [("2", "51/50"), ("-5", "19/20"), ("0", "1"), ("0.25", "401/400"), ("100", "2")])
func growthFactorIsOnePlusTheFraction(_ points: String, _ factor: String) throws {
    #expect(try Percentage.percent(x(points)).growthFactor == x(factor))
}

@Test(arguments: [("2", "2%"), ("0.25", "0.25%"), ("-5", "-5%"), ("100/3", "100/3%"), ("12.5", "12.5%")])
func descriptionShowsExactPoints(_ points: String, _ text: String) throws {
    #expect(try Percentage.percent(x(points)).description == text)
}

@Test func percentagesOrderBySize() throws {
    #expect(try Percentage(parsing: "0.25%") < Percentage(parsing: "2%"))
    #expect(try Percentage(parsing: "-1%") < Percentage(parsing: "0%"))
}

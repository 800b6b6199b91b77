import Testing
@testable import FinModel

@Test(arguments: [
    ("1234", "1234/1"), ("1,234.5678", "6172839/5000"), ("-0.25", "-1/4"), (".5", "1/2"),
    ("0.000001", "1/1000000"), ("+7", "7/1"), ("-.5", "-1/2"), ("1,234,567", "1234567/1"), ("0", "0/1"),
    ("-0", "0/1"), ("12,345.000", "12345/1"), ("0.123456789012345678", "61728394506172839/500000000000000000"),
    ("170141183460469231731687303715884105727", "\(Int128.max)/1"),
    ("-170141183460469231731687303715884105728", "\(Int128.min)/1"),
])
func plainDecimalsParseExactly(_ text: String, _ fraction: String) throws {
    let value = try Exact(parsingDecimal: text[...])
    #expect("\(value.numerator)/\(value.denominator)" == fraction)
}

@Test(arguments: [
    ("", ExactParseError.empty), ("-", .empty), (".", .empty),
    ("12a", .invalidCharacter("a", offset: 2)), (" 1", .invalidCharacter(" ", offset: 0)),
    ("1e5", .invalidCharacter("e", offset: 1)), ("£3", .invalidCharacter("£", offset: 0)),
    ("--1", .invalidCharacter("-", offset: 1)), ("1-", .invalidCharacter("-", offset: 1)),
    ("12,34", .misplacedSeparator(offset: 2)), ("1,2345", .misplacedSeparator(offset: 1)),
    (",123", .misplacedSeparator(offset: 0)), ("1234,567", .misplacedSeparator(offset: 4)),
    ("1,23.5", .misplacedSeparator(offset: 1)), ("1.234,5", .misplacedSeparator(offset: 5)),
    ("1..2", .misplacedSeparator(offset: 2)), ("5.", .misplacedSeparator(offset: 1)),
    ("1,,234", .misplacedSeparator(offset: 2)), ("1,234,", .misplacedSeparator(offset: 5)),
    ("0.1234567890123456789", .tooManyDecimalPlaces),
    ("170141183460469231731687303715884105728", .tooLarge),
    ("999999999999999999999999999999999999999999", .tooLarge),
])
func malformedDecimalsAreRejected(_ text: String, _ error: ExactParseError) {
    #expect(throws: error) { try Exact(parsingDecimal: text[...]) }
}

@Test func decimalParseErrorMessagesSayWhatWasExpected() {
    #expect(ExactParseError.empty.message == "expected a number such as '1,234.56'")
    #expect(ExactParseError.tooManyDecimalPlaces.message == "too many decimal places: at most 18 are allowed")
    #expect(ExactParseError.invalidCharacter("x", offset: 3).message.hasPrefix("unexpected 'x' in a number"))
}

@Test(arguments: [
    ("1234567/1000", 2, RoundingRule.halfUp, true, "1,234.57"),
    ("1234567/1000", 2, .halfUp, false, "1234.57"),
    ("-1/8", 2, .halfEven, false, "-0.12"), ("-1/8", 2, .halfUp, false, "-0.13"),
    ("-1/8", 2, .down, false, "-0.13"), ("-1/8", 2, .up, false, "-0.12"), ("1/8", 2, .towardZero, false, "0.12"),
    ("-1/1000", 2, .halfUp, false, "0.00"), ("5/2", 0, .halfEven, false, "2"), ("5/2", 0, .halfUp, false, "3"),
    ("1/3", 5, .halfUp, false, "0.33333"), ("2/3", 5, .halfUp, false, "0.66667"),
    ("9999/10", 0, .halfUp, true, "1,000"), ("-9995/10", 0, .halfEven, true, "-1,000"),
    ("999999/1000", 2, .halfUp, true, "1,000.00"), ("7", 3, .halfUp, false, "7.000"),
    ("-12345678", 0, .halfUp, true, "-12,345,678"), ("123", 0, .halfUp, true, "123"),
])
func decimalTextRoundsUnderTheRule(_ fraction: String, _ places: Int, _ rule: RoundingRule, _ grouping: Bool, _ text: String) throws {
    #expect(x(fraction).decimalText(places: places, rule: rule, grouping: grouping) == text)
}

@Test func decimalTextNeverOverflowsAtTheLimits() throws {
    let huge = try Exact(numerator: .max, denominator: .max - 1)
    #expect(huge.decimalText(places: 40, rule: .halfUp, grouping: false).hasPrefix("1.0000000000000000000000000000000000000"))
    #expect(Exact(Int128.min).decimalText(places: 1, rule: .halfUp, grouping: true).hasSuffix("728.0"))
    let tiny = try Exact(numerator: 1, denominator: 1 << 126)
    #expect(tiny.decimalPlaces == 126)
    #expect(tiny.description.count == 128)
}

@Test(arguments: [
    ("1/8", 3 as Int?), ("1/3", nil), ("12", 0), ("1/40", 3), ("3/625", 4), ("1/6", nil), ("-1/1024", 10),
])
func decimalPlacesCountsTerminatingDigits(_ fraction: String, _ places: Int?) throws {
    #expect(x(fraction).decimalPlaces == places)
}

@Test func descriptionIsExact() throws {
    #expect(try Exact(parsingDecimal: "1.02").power(3).description == "1.061208")
    #expect(try Exact(parsingDecimal: "0.061208").description == "0.061208")
    #expect(try Exact(numerator: -1, denominator: 3).description == "-1/3")
    #expect(Exact(-7).description == "-7")
    #expect(try Exact(parsingDecimal: "-1234567.5").description == "-1234567.5")
}

@Test func describedDecimalsParseBack() {
    checkProperty { g in
        let value = randomExact(&g)
        guard let places = value.decimalPlaces, places <= 18 else { return nil }
        let back = try? Exact(parsingDecimal: value.description[...])
        return back == value ? nil : "\(value) printed as \(value.description) parsed as \(String(describing: back))"
    }
}

import Testing
@testable import FinModel

// MARK: Formatting

@Test(arguments: [
    (Int64(123_456), MoneyFormat(), "£1,234.56"),
    (-208_300, MoneyFormat(scale: .pounds), "-£2,083"),
    (-208_300, MoneyFormat(scale: .pounds, negative: .parentheses), "(£2,083)"),
    (48_740_000, MoneyFormat(scale: .thousands(places: 0)), "£487k"),
    (48_750_000, MoneyFormat(scale: .thousands(places: 0)), "£488k"),
    (48_750_000, MoneyFormat(scale: .thousands(places: 0), rounding: .towardZero), "£487k"),
    (48_750_000, MoneyFormat(scale: .thousands(places: 1)), "£487.5k"),
    (108_550_000, MoneyFormat(scale: .millions(places: 2)), "£1.09m"),
    (195_000_000, MoneyFormat(scale: .millions(places: 2)), "£1.95m"),
    (300, MoneyFormat(scale: .pounds), "£3"),
    (123_456, MoneyFormat(symbol: false, grouping: false), "1234.56"),
    (0, MoneyFormat(), "£0.00"), (-1, MoneyFormat(), "-£0.01"), (-49, MoneyFormat(scale: .pounds), "£0"),
    (18_437_720, MoneyFormat(scale: .pounds), "£184,377"),
    (18_796_450, MoneyFormat(scale: .pounds), "£187,965"),
    (18_796_450, MoneyFormat(scale: .pounds, rounding: .halfEven), "£187,964"),
    (-208_350, MoneyFormat(scale: .pounds), "-£2,084"),
    (-208_350, MoneyFormat(scale: .pounds, negative: .parentheses, rounding: .towardZero), "(£2,083)"),
    (Int64.max, MoneyFormat(), "£92,233,720,368,547,758.07"),
    (Int64.min, MoneyFormat(scale: .millions(places: 0)), "-£92,233,720,369m"),
    (-49_999_999, MoneyFormat(scale: .millions(places: 0)), "£0m"),
    (18_796_450, MoneyFormat(display: DisplayRounding(step: .one, rule: .halfEven)), "£187,964"),
    (18_796_450, MoneyFormat(display: .pounds), "£187,965"),
    (18_796_320, MoneyFormat(scale: .multiple(of: Exact(5))), "£187,965"),
    (48_750_000, MoneyFormat(scale: .multiple(of: Exact(1_000))), "£488,000"),
    (-208_350, MoneyFormat(display: .pounds, symbol: false, grouping: false), "-2084"),
])
func formattingFollowsTheFormat(_ pence: Int64, _ format: MoneyFormat, _ text: String) {
    #expect(Money(pence: pence).formatted(format) == text)
}

@Test func descriptionIsPoundsAndPence() {
    #expect(Money(pence: -208_300).description == "-£2,083.00")
}

@Test(arguments: [
    ("182964.744", MoneyFormat(), "£182,964.74"), ("-1/3", MoneyFormat(), "-£0.33"),
    ("2/3", MoneyFormat(scale: .pounds), "£1"), ("487499.5", MoneyFormat(scale: .thousands(places: 0)), "£487k"),
    ("1/3", MoneyFormat(scale: .thousands(places: 2)), "£0.00k"), ("1085500", MoneyFormat(scale: .millions(places: 2)), "£1.09m"),
    ("1.9345", MoneyFormat(scale: .fixed(places: 4)), "£1.9345"), ("1.93455", MoneyFormat(scale: .fixed(places: 4)), "£1.9346"),
    ("2.5", MoneyFormat(scale: .multiple(of: Exact(5)), rounding: .halfEven), "£0"), ("2.5", MoneyFormat(scale: .multiple(of: Exact(5))), "£5"),
    ("-0.004", MoneyFormat(display: .pence), "£0.00"), ("0.125", MoneyFormat(scale: .multiple(of: x("0.05")), rounding: .down), "£0.10"),
])
func exactPoundsFormatLikeMoney(_ pounds: String, _ format: MoneyFormat, _ text: String) {
    #expect(x(pounds).formattedAsPounds(format) == text)
}

/// A table's footnote names its step as written: whole pounds without pence.
@Test(arguments: [("1", "£1"), ("0.5", "£0.50"), ("1000", "£1,000"), ("0.01", "£0.01"), ("0.0025", "£0.0025"), ("2.5", "£2.50")])
func displayStepsAreNamedAsWritten(_ step: String, _ text: String) {
    #expect(DisplayRounding(step: x(step), rule: .halfUp).stepText == text)
}

/// Figures in a table and money on its own are written by one formatter, so they agree.
@Test func figureTextWritesMoneyAsMoneyFormatDoes() {
    checkProperty { g in
        let pounds = try! Exact(numerator: Int128(Int64.random(in: -10_000_000...10_000_000, using: &g)), denominator: 100)
        let display = [DisplayRounding.pence, .pounds, DisplayRounding(step: Exact(5), rule: .halfEven)].randomElement(using: &g)!
        let a = FigureText.text(pounds, format: .money, display: display), b = pounds.formattedAsPounds(MoneyFormat(display: display))
        return a == b ? nil : "\(pounds): \(a) vs \(b)"
    }
}

@Test func exactPoundsAndMoneyAgreeOnWholePence() {
    let formats = [
        MoneyFormat(), MoneyFormat(scale: .pounds, negative: .parentheses), MoneyFormat(scale: .thousands(places: 1)),
        MoneyFormat(scale: .millions(places: 3), symbol: false, rounding: .down),
    ]
    checkProperty { g in
        let money = Money(pence: Int64.random(in: -10_000_000_000...10_000_000_000, using: &g))
        let format = formats.randomElement(using: &g)!
        let a = money.formatted(format), b = money.exactPounds.formattedAsPounds(format)
        return a == b ? nil : "\(money.pence)p: \(a) vs \(b)"
    }
}

// MARK: Parsing

@Test(arguments: [
    ("£1,234.56", Int64(123_456)), ("1234.56", 123_456), ("-£2,083", -208_300), ("£-2,083", -208_300),
    ("(£2,083)", -208_300), ("£487k", 48_700_000), ("£1.09m", 109_000_000), ("£3", 300), ("£ 3", 300),
    ("£\u{00A0}3", 300), ("£\u{202F}1\u{202F}234.5", 123_450), ("£1\u{00A0}234\u{00A0}567", 123_456_700),
    ("  £1,234.56\t", 123_456), ("\u{00A0}£3\u{00A0}", 300), ("£1.2345k", 123_450), ("£0.01", 1),
    ("-0.5", -50), ("£.5", 50), ("(2,083)", -208_300), ("£1.085500m", 108_550_000), ("3K", 300_000),
    ("£92,233,720,368,547,758.07", .max), ("-£92,233,720,368,547,758.08", .min),
])
func acceptedAmountsParseExactly(_ text: String, _ pence: Int64) throws {
    #expect(try Money(parsing: text).pence == pence)
}

@Test(arguments: [
    ("", MoneyParseError.empty), ("   ", .empty), ("£", .empty), ("-£", .empty), ("£k", .empty), ("()", .empty),
    ("£1.234", .fractionOfAPenny), ("1.001", .fractionOfAPenny), ("£1.234567k", .fractionOfAPenny),
    ("£12,34", .misplacedSeparator(offset: 3)), ("£1,2345", .misplacedSeparator(offset: 2)),
    ("£1\u{00A0}23", .misplacedSeparator(offset: 2)), ("£1..2", .misplacedSeparator(offset: 3)),
    ("£3.", .misplacedSeparator(offset: 2)),
    ("--3", .misplacedSign(offset: 1)), ("-£-3", .misplacedSign(offset: 2)), ("(-£3)", .misplacedSign(offset: 1)),
    ("£3-", .misplacedSign(offset: 2)),
    ("(£3", .unbalancedParentheses), ("£3)", .unbalancedParentheses),
    ("$3", .invalidCharacter("$", offset: 0)), ("£3 000", .invalidCharacter(" ", offset: 2)),
    ("£3e5", .invalidCharacter("e", offset: 2)), ("£ £3", .invalidCharacter("£", offset: 2)), ("3p", .invalidCharacter("p", offset: 1)),
    ("£92,233,720,368,547,758.08", .overflow), ("£99999999999999999m", .overflow),
    ("£999999999999999999999999999999999999999999", .overflow),
])
func malformedAmountsAreRejected(_ text: String, _ error: MoneyParseError) {
    #expect(throws: error) { try Money(parsing: text) }
}

@Test func moneyParseErrorMessagesSayWhatWasExpected() {
    #expect(MoneyParseError.empty.message == "expected an amount such as '£1,234.56', '-£2,083', '(£2,083)' or '£1.09m'")
    #expect(MoneyParseError.fractionOfAPenny.message == "expected whole pence: at most two decimal places of pounds")
    #expect(MoneyParseError.unbalancedParentheses.message == "expected the whole amount in parentheses, as in '(£2,083)'")
    #expect(MoneyParseError.overflow.message == "the amount is too large to hold exactly")
}

@Test func formattedMoneyParsesBack() {
    let formats = [MoneyFormat(), MoneyFormat(negative: .parentheses), MoneyFormat(symbol: false, grouping: false)]
    checkProperty { g in
        let money = Money(pence: Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &g))
        let text = money.formatted(formats.randomElement(using: &g)!)
        let back = try? Money(parsing: text)
        return back == money ? nil : "\(money.pence)p written \(text) read \(String(describing: back))"
    }
}

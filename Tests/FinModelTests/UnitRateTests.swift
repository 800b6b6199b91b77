import Testing
@testable import FinModel

private let elrPatients = Quantity(Exact(325_000), .patient)

@Test func transformationFundIsOnePoundFiftyPerPatient() throws {
    let rate = UnitRate(pounds: x("1.50"), per: .patient)
    #expect(try rate.times(elrPatients, rounding: .halfUp) == Money.pounds(487_500))
    #expect(try rate.times(elrPatients, rounding: .halfUp).formatted(MoneyFormat(scale: .thousands(places: 0), rounding: .towardZero)) == "£487k")
}

@Test func extendedAccessIsThreeThirtyFourThenSixPoundsPerPatient() throws {
    let from2018 = UnitRate(pounds: x("3.34"), per: .patient)
    let from2019 = UnitRate(pounds: x("6.00"), per: .patient)
    #expect(try from2018.times(elrPatients, rounding: .halfUp) == Money.pounds(1_085_500))
    #expect(try from2019.times(elrPatients, rounding: .halfUp) == Money.pounds(1_950_000))
    #expect(try from2018.times(elrPatients, rounding: .halfUp).formatted(MoneyFormat(scale: .millions(places: 2))) == "£1.09m")
    #expect(try from2019.times(elrPatients, rounding: .halfUp).formatted(MoneyFormat(scale: .millions(places: 2))) == "£1.95m")
}

@Test(arguments: [
    ("0.061208", "93492", RoundingRule.halfUp, Int64(572_246)), ("0.061208", "93492", .down, 572_245),
    ("1.005", "1", .halfUp, 101), ("1.005", "1", .halfEven, 100), ("-1.005", "1", .halfUp, -101),
    ("58620", "3", .halfUp, 17_586_000), ("2.5", "1/2", .up, 125), ("1/3", "1", .halfUp, 33),
])
func rateTimesCountIsRoundedOnceToThePenny(_ rate: String, _ count: String, _ rule: RoundingRule, _ pence: Int64) throws {
    let money = try UnitRate(pounds: x(rate), per: .day).times(Quantity(x(count), .day), rounding: rule)
    #expect(money.pence == pence)
}

@Test func unitsMustMatch() {
    let rate = UnitRate(pounds: x("1.50"), per: .patient)
    #expect(throws: UnitRateError.unitMismatch(rate: .patient, quantity: .hour)) {
        try rate.times(Quantity(Exact(3), .hour), rounding: .halfUp)
    }
    #expect(UnitRateError.unitMismatch(rate: .patient, quantity: .hour).message == "a rate per patient cannot apply to a quantity of hours")
}

@Test func overflowIsReportedAsArithmetic() {
    let rate = UnitRate(pounds: Exact(Int128(Int64.max)), per: .fte)
    #expect(throws: UnitRateError.arithmetic(.overflow)) { try rate.times(Quantity(Exact(2), .fte), rounding: .halfUp) }
}

@Test func unitsPrintTheirWords() {
    #expect(CountUnit.fte.singular == "FTE" && CountUnit.fte.plural == "FTE")
    #expect([CountUnit.patient, .practice, .hour, .day, .appointment].map(\.plural) == ["patients", "practices", "hours", "days", "appointments"])
    #expect(CountUnit.patient.description == "patient")
    #expect(Quantity(Exact(6_254), .patient).description == "6,254 patients")
    #expect(Quantity(.one, .day).description == "1 day")
    #expect(Quantity(x("3/2"), .day).description == "1.5 days")
    #expect(Quantity(x("1/3"), .fte).description == "1/3 FTE")
    #expect(CountUnit(singular: "visit", plural: "visits") != CountUnit(singular: "visit", plural: "visit"))
}

@Test func ratesPrintEveryDigit() {
    #expect(UnitRate(pounds: x("1.5"), per: .patient).description == "£1.50 per patient")
    #expect(UnitRate(pounds: x("0.061208"), per: .patient).description == "£0.061208 per patient")
    #expect(UnitRate(pounds: x("-58620"), per: .fte).description == "-£58,620.00 per FTE")
    #expect(UnitRate(pounds: x("1/3"), per: .hour).description == "£1/3 per hour")
}

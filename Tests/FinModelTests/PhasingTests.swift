import Testing
import TestSupport
@testable import FinModel

/// Phasing: an annual figure spread over its months to the penny, summing back exactly.

private let fy2019 = FinancialYear(startYear: 2019)   // holds 29 February 2020
private let fy2020 = FinancialYear(startYear: 2020)

@Test func flatPhasingPutsTheRemainderPenniesOnTheFirstMonths() throws {
    let months = try Phasing.flat.spread(x("100000"), over: fy2019)
    #expect(months == Array(repeating: x("8333.34"), count: 4) + Array(repeating: x("8333.33"), count: 8))
}

@Test func phasingByDaysCountsTheLeapDay() throws {
    let leap = try Phasing.days.spread(x("366"), over: fy2019)
    #expect(leap == [30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29, 31].map { Exact(Int64($0)) })
    let plain = try Phasing.days.spread(x("365"), over: fy2020)
    #expect(plain[10] == Exact(28))
}

@Test func aProfileSplitsByItsWeights() throws {
    let weights = [x("0.2")] + Array(repeating: x("0.08"), count: 10) + [x("0")]
    #expect(Phasing.sumsToOne(weights))
    let months = try Phasing.profile(weights).spread(x("1000"), over: fy2019)
    #expect(months == [x("200")] + Array(repeating: x("80"), count: 10) + [.zero])
    #expect(!Phasing.sumsToOne(Array(repeating: x("0.08"), count: 12)))
}

@Test func quartersAreTheSumsOfTheirMonths() throws {
    let annual = x("1000.07")
    let months = try Phasing.days.spread(annual, over: fy2019)
    for number in 1...4 {
        let quarter = FinancialQuarter(year: fy2019, number: number)
        let expected = try months[(number - 1) * 3..<number * 3].reduce(Exact.zero) { try $0.adding($1) }
        #expect(try Phasing.days.share(of: annual, in: .quarter(quarter)) == expected)
    }
    #expect(try Phasing.days.share(of: annual, in: .year(fy2019)) == annual)
}

@Test func theMonthsOfAYearSumBackToTheAnnualFigureToThePenny() throws {
    var random = SeededGenerator(seed: 20_190_401)
    let profile = (1...12).map { try! Exact(numerator: Int128($0), denominator: 78) }
    for _ in 0..<2_000 {
        let pence = Int64(random.next(below: 2_000_000_000)) - 1_000_000_000
        let annual = try Exact(numerator: Int128(pence), denominator: 100)
        for phasing in [Phasing.flat, .days, .profile(profile)] {
            let year = random.next(below: 2) == 0 ? fy2019 : fy2020
            let months = try phasing.spread(annual, over: year)
            let sum = try months.reduce(Exact.zero) { try $0.adding($1) }
            #expect(sum == annual, "seed \(random.seed), \(annual) by \(phasing)")
            for month in months {
                #expect(try month.multiplied(by: Exact(100)).isInteger, "seed \(random.seed): \(month) is not whole pence")
            }
        }
    }
}

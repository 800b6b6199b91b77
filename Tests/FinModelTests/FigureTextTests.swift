import Testing
@testable import FinModel

/// Figures as text: a percentage shown by moving the decimal point, exactly as multiplying by
/// 100 would show it, and still shown where multiplying would overflow.
@Suite struct FigureTextTests {
    @Test(arguments: [
        ("0.0669", "6.69%"), ("-0.125", "-12.5%"), ("1/3", "33.33%"), ("2/3", "66.67%"), ("-1/3", "-33.33%"),
        ("0", "0%"), ("1", "100%"), ("-0.00001", "0.00%"), ("0.000049", "0.00%"), ("0.00005", "0.01%"), ("12.3456", "1234.56%"),
        ("2000000000000000000000000000000000000", "200000000000000000000000000000000000000%"),
    ])
    func aPercentageMovesTheDecimalPoint(_ fraction: String, _ shown: String) {
        #expect(FigureText.percent(x(fraction)) == shown)
    }

    /// Wherever the fraction times 100 fits, the text is the one the multiplied figure gives.
    @Test func aPercentageReadsAsTheFractionTimesAHundred() {
        checkProperty(cases: 5_000) { generator in
            let numerator = Int128(Int64.random(in: -10_000_000...10_000_000, using: &generator))
            let denominator = Int128([1, 2, 3, 7, 8, 40, 1000, 3125, 99_999][Int.random(in: 0..<9, using: &generator)])
            let fraction = try! Exact(numerator: numerator, denominator: denominator)
            let hundred = try! fraction.multiplied(by: Exact(100))
            let expected = FigureText.number(hundred, maximumPlaces: 2, grouping: false) + "%"
            let shown = FigureText.percent(fraction)
            return shown == expected ? nil : "\(fraction): '\(shown)', multiplied '\(expected)'"
        }
    }
}

import Testing
@testable import FinModel

/// A check's figures as text: whenever stated and computed differ, they read differently and
/// the difference does not read as zero, however small it is.
@Suite struct CheckTextTests {
    static func check(_ stated: Exact, _ computed: Exact, format: ValueFormat) -> OutputCheck {
        OutputCheck(
            label: "c", place: "", stated: .figure(stated, format: format), computed: .figure(computed, format: format),
            difference: .figure(try! computed.subtracting(stated), format: format, showsSign: true), tolerance: .figure(.zero, format: format),
            status: .fail, path: "c.scenario", line: 1, column: 1)
    }

    @Test func figuresThatDifferReadDifferently() {
        let formats: [ValueFormat] = [.money, .percent, .quantity("days"), .quantity("£ per patient"), .plain]
        checkProperty(cases: 3_000) { generator in
            let format = formats[Int.random(in: 0..<formats.count, using: &generator)]
            let denominators: [Int128] = [1, 3, 7, 100, 1000, 9999, 1_000_000, 3_000_007]
            func value() -> Exact {
                try! Exact(numerator: Int128(Int64.random(in: -2_000_000...2_000_000, using: &generator)),
                           denominator: denominators[Int.random(in: 0..<denominators.count, using: &generator)])
            }
            let stated = value(), computed = value()
            guard stated != computed else { return nil }
            let figures = CheckText.figures(Self.check(stated, computed, format: format))
            if figures.stated == figures.computed { return "\(stated) and \(computed) both read '\(figures.stated)'" }
            if !figures.difference.contains(where: { $0 >= "1" && $0 <= "9" }) { return "\(stated) − \(computed) reads '\(figures.difference)'" }
            return nil
        }
    }

    @Test(arguments: [
        ("0.33", "1/3", "£0.33", "£0.333…", "+£0.003…"),
        ("0.33", "0.3349", "£0.33", "£0.3349", "+£0.0049"),
        ("100", "99", "£100.00", "£99.00", "-£1.00"),
        ("1/3", "0.33", "£0.333…", "£0.33", "-£0.003…"),
    ])
    func theDisplayIsKeptUnlessItHidesTheDifference(_ stated: String, _ computed: String, _ s: String, _ c: String, _ d: String) {
        let figures = CheckText.figures(Self.check(x(stated), x(computed), format: .money))
        #expect([figures.stated, figures.computed, figures.difference] == [s, c, d])
    }
}

import Foundation
import Testing
@testable import FinModel

/// Seek, sensitivity and explain take typed pieces, never command-line syntax: each piece keeps
/// its place in the text it was cut from, so a mistake is shown in the line the user typed.
@Suite struct TypedArgumentsTests {
    static let line = "seek surplas[2019/20] = 0 by practice_contributon"

    /// The piece of `typed` that is `word`, found by its text.
    static func piece(_ typed: SourceText, _ word: String) throws -> SourceText {
        typed.part(try #require(typed.text.range(of: word)))
    }

    @Test func partDropsSurroundingSpacesAndKeepsItsPlace() {
        let typed = SourceText("cost_uplift = 1%..3% : 1%", origin: "--vary")
        let name = typed.part(typed.text.startIndex..<typed.text.firstIndex(of: "=")!)
        #expect(name.text == "cost_uplift")
        #expect(name.utf8Offsets == 0..<11)
        let step = typed.part(typed.text.index(after: typed.text.lastIndex(of: ":")!)..<typed.text.endIndex)
        #expect(step.text == "1%")
        #expect(step.utf8Offsets == 23..<25)
        #expect(step.end.utf8Offsets == 25..<25)
    }

    @Test func partsOfAPartStayInTheWholeText() throws {
        let typed = SourceText("set £1.50 per patient..£2 per patient", origin: "input")
        let range = typed.part(typed.text.index(typed.text.startIndex, offsetBy: 4)..<typed.text.endIndex)
        let upper = range.part(try #require(range.text.range(of: "..")).upperBound..<range.text.endIndex)
        #expect(upper.text == "£2 per patient")
        // '£' is two bytes: the offsets count bytes of the whole line.
        #expect(upper.utf8Offsets == 24..<39)
    }

    @Test func aMistakeInTheFigureIsShownInTheTypedLine() throws {
        let scenario = try ScenarioSessionTests.options()
        let typed = SourceText(Self.line, origin: "input")
        let target = Scenario.SeekTarget(figure: try Self.piece(typed, "surplas[2019/20]"), value: try Self.piece(typed, "0 "))
        let (outcome, problems) = scenario.seek(target, varying: SourceText("practice_contribution", origin: "--vary"))
        #expect(outcome == nil)
        #expect(problems.map(\.location) == ["input:1:6"])
        #expect(DiagnosticRenderer.render(problems).contains("1 | \(Self.line)\n"))
    }

    @Test func anUnknownInputIsShownWhereItWasTyped() throws {
        let scenario = try ScenarioSessionTests.options()
        let typed = SourceText(Self.line, origin: "input")
        let target = Scenario.SeekTarget(figure: try Self.piece(typed, "surplas[2019/20]"), value: try Self.piece(typed, "0 "))
        let fixed = Scenario.SeekTarget(
            figure: SourceText("surplus[2019/20]", origin: "--target"), value: target.value)
        let (_, problems) = scenario.seek(fixed, varying: try Self.piece(typed, "practice_contributon"))
        #expect(problems.map(\.location) == ["input:1:30"])
        #expect(problems.first?.fixIt?.replacement == "practice_contribution")
    }

    /// The range typed as `vary cost_uplift=FROM..TO:STEP`, cut at its punctuation.
    static func range(_ typed: SourceText) throws -> Scenario.SensitivityRange {
        let text = typed.text
        let equals = try #require(text.firstIndex(of: "=")), dots = try #require(text.range(of: "..")),
            colon = try #require(text.lastIndex(of: ":"))
        return Scenario.SensitivityRange(
            input: typed.part(text.index(text.startIndex, offsetBy: 5)..<equals),
            from: typed.part(text.index(after: equals)..<dots.lowerBound), to: typed.part(dots.upperBound..<colon),
            step: typed.part(text.index(after: colon)..<text.endIndex))
    }

    @Test(arguments: [
        ("vary cost_uplift=1%..3%:0%", "input:1:25", "the step must be above zero"),
        ("vary cost_uplift=3%..1%:1%", "input:1:6", "the range runs backwards"),
        ("vary cost_uplift=1%..£3:1%", "input:1:22", "'£3' is '£' but 'cost_uplift' is a plain number"),
        ("vary cost_uplfit=1%..3%:1%", "input:1:6", "unknown input 'cost_uplfit'"),
    ])
    func eachPartOfARangeIsCheckedWhereItWasTyped(_ line: String, location: String, message: String) throws {
        let scenario = try ScenarioSessionTests.options()
        let range = try Self.range(SourceText(line, origin: "input"))
        let (table, problems) = scenario.sensitivity(of: SourceText("surplus[2019/20]", origin: "--target"), varying: [range])
        #expect(table == nil)
        #expect(problems.map(\.location) == [location])
        #expect(problems.map(\.message) == [message])
    }

    @Test func aGoodRangeGivesARowForEachValue() throws {
        let scenario = try ScenarioSessionTests.options()
        let range = try Self.range(SourceText("vary cost_uplift = 1% .. 3% : 1%", origin: "input"))
        let (table, problems) = scenario.sensitivity(of: SourceText("surplus[2019/20]", origin: "--target"), varying: [range])
        #expect(problems.isEmpty)
        #expect(table?.rowInput == "cost_uplift")
        #expect(table?.rowValues.count == 3)
    }
}

import Foundation
import Testing
import FinModel

/// The REPL's `ans` and `info` as the library gives them, through the public API only: an
/// answer is the exact value shown, usable in the next expression; details are what the session
/// evaluates, with the file's definition beside a replaced one.
@Suite struct ScenarioSessionAnswerTests {
    static let source = """
        title "Answers"
        years 2019/20 to 2020/21

        input rate = £3.00 per patient "seed 003"
        input uplift_rate = 2%

        list practices (list_size patients):
          "Enderby"     6,254
          "Northfield" 11,490

        variant generous "More":
          rate = £4.00 per patient

        table "Fund" by practices:
          fund "Fund" = uplift(rate * list_size, by: uplift_rate, from: 2019/20, policy: once, rule: half_up, step: £0.01)
          third = fund / 3
        """

    static func session(_ text: String = source) throws -> ScenarioSession {
        let (scenario, problems) = Scenario.load(path: "answers.scenario", text: text, files: .none)
        #expect(!problems.contains { $0.isError }, "\(problems)")
        let loaded = try #require(scenario)
        return try #require(ScenarioSession.open(loaded).0)
    }

    @Test func anAnswerIsTheExactValueShownAndOutlivesAChangeOfInput() throws {
        let session = try Self.session()
        let (first, problems) = session.evaluate("total(fund[2019/20])", naming: nil, as: "ans")
        #expect(problems.isEmpty)
        #expect(first?.text == "£53,232.00")
        #expect(session.set("rate", to: "£5.00 per patient").isEmpty)
        let (again, _) = session.evaluate("ans", naming: first, as: "ans")
        #expect(again?.text == "£53,232.00", "setting an input does not change a value already shown")
        // A third of it, exactly: three thirds make the whole again, not a penny out.
        let (third, _) = session.evaluate("ans / 3", naming: first, as: "ans")
        let (whole, _) = session.evaluate("ans * 3", naming: third, as: "ans")
        #expect(whole?.text == "£53,232.00")
    }

    @Test func anAnswerKeepsItsShapeAndUnit() throws {
        let session = try Self.session()
        let (shares, _) = session.evaluate("third", naming: nil, as: "ans")
        let (total, problems) = session.evaluate("total(ans, over: practices)", naming: shares, as: "ans")
        #expect(problems.isEmpty)
        #expect(total?.text == "2019/20: £17,744.00  2020/21: £18,098.88")
        let (wrong, unitProblems) = session.evaluate("ans + 1 patients", naming: shares, as: "ans")
        #expect(wrong == nil)
        #expect(unitProblems.first?.message == "cannot add 'patients' to '£'")
    }

    @Test func ansBeforeAnyAnswerIsAnErrorAtTheName() throws {
        let session = try Self.session()
        let (answer, problems) = session.evaluate("2 * ans", naming: nil, as: "ans")
        #expect(answer == nil)
        #expect(problems.map(\.message) == ["'ans' has no value yet"])
        #expect(problems.first?.span?.start == 4)
    }

    @Test func theScenariosOwnNameWinsOverAnAnswer() throws {
        let session = try Self.session(Self.source + "\n\nans = yearly(£1)\n")
        let (first, _) = session.evaluate("rate * 100 patients", naming: nil, as: "ans")
        #expect(first?.text == "£300.00")
        let (own, _) = session.evaluate("ans", naming: first, as: "ans")
        #expect(own?.text == "2019/20: £1.00  2020/21: £1.00")
    }

    @Test func detailsShowTheSessionsValueBesideTheFiles() throws {
        let session = try Self.session()
        #expect(session.choose(variant: "generous").isEmpty)
        let (rate, problems) = session.details(of: SourceText("rate", origin: "input"))
        #expect(problems.isEmpty)
        let details = try #require(rate)
        #expect(details.isInput && details.label == nil && details.note == "seed 003")
        #expect(details.value == "£4.00 per patient")
        #expect(details.unit == "£ per patient" && details.shape == "one value")
        #expect(details.formula == "£4.00 per patient" && details.fileFormula == "£3.00 per patient")
        #expect(details.location == "answers.scenario:4")
        #expect(details.dependents == ["fund", "third"])

        let fund = try #require(session.details(of: SourceText("fund", origin: "input")).0)
        #expect(!fund.isInput && fund.label == "Fund" && fund.fileFormula == nil)
        #expect(fund.shape == "a value for each of the practices in each year")
        #expect(fund.value == "Enderby: 2019/20: £25,016.00  2020/21: £25,516.32\nNorthfield: 2019/20: £45,960.00  2020/21: £46,879.20")
        #expect(fund.location == "answers.scenario:15" && fund.dependents == ["third"])
    }

    /// `name` as typed after `info `, so a diagnostic points into the line.
    static func typed(_ name: String) -> SourceText {
        let line = SourceText("info \(name)", origin: "input")
        return line.part(line.text.index(line.text.startIndex, offsetBy: 5)..<line.text.endIndex)
    }

    @Test(arguments: [
        ("rat", "unknown input or line 'rat'"),
        ("list_size", "'list_size' is an attribute of the list 'practices', not an input or a line"),
        ("practices", "'practices' is a list, not an input or a line"),
    ])
    func detailsOfWhatIsNotAnInputOrALineAreAnError(_ name: String, _ message: String) throws {
        let session = try Self.session()
        let (details, problems) = session.details(of: Self.typed(name))
        #expect(details == nil)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.span?.start == 5)
    }
}

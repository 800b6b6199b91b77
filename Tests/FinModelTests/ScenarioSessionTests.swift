import Foundation
import Testing
@testable import FinModel

/// The REPL's what-if path: re-evaluating only what a change touches must give exactly what a
/// full evaluation gives, and a change with a mistake must change nothing.
@Suite struct ScenarioSessionTests {
    static func options() throws -> Scenario {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios/federation-beyond-april-2019.scenario")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (scenario, problems) = Scenario.load(path: "options.scenario", text: text, files: .none)
        #expect(!problems.contains { $0.isError })
        return try #require(scenario)
    }

    static func rendered(_ report: Report?) -> String {
        report.map { TextWriter.write(OutputDocument(report: $0)) + CSVWriter.write(OutputDocument(report: $0)) } ?? "no report"
    }

    @Test func settingAnInputReevaluatesOnlyItsDependentsAndMatchesAFullRun() throws {
        let scenario = try Self.options()
        let session = try #require(ScenarioSession.open(scenario).0)
        let problems = session.set("practice_contribution", to: "£0.52 per patient")
        #expect(problems.isEmpty)
        // The input and the four lines that use it: contributions, income, surplus, reserves.
        #expect(session.lastEvaluatedCount == 5)
        let full = scenario.evaluate(overrides: [Override(name: "practice_contribution", value: "£0.52 per patient")]).0
        #expect(Self.rendered(session.report().0) == Self.rendered(full))
    }

    @Test func aChangeWithAMistakeChangesNothing() throws {
        let scenario = try Self.options()
        let session = try #require(ScenarioSession.open(scenario).0)
        let before = Self.rendered(session.report().0)
        #expect(session.set("practice_contribution", to: "£0.52").contains { $0.isError })
        #expect(session.set("no_such_input", to: "£1").contains { $0.isError })
        #expect(session.overrides.isEmpty)
        #expect(Self.rendered(session.report().0) == before)
    }

    @Test func unsetReturnsToTheFile() throws {
        let scenario = try Self.options()
        let session = try #require(ScenarioSession.open(scenario).0)
        let before = Self.rendered(session.report().0)
        _ = session.set("cost_uplift", to: "3%")
        #expect(Self.rendered(session.report().0) != before)
        #expect(session.unset("cost_uplift").isEmpty)
        #expect(Self.rendered(session.report().0) == before)
    }

    @Test func choosingAVariantMatchesRunningIt() throws {
        let scenario = try Self.options()
        let session = try #require(ScenarioSession.open(scenario).0)
        for variant in scenario.variantNames {
            #expect(session.choose(variant: variant).isEmpty)
            #expect(Self.rendered(session.report().0) == Self.rendered(scenario.evaluate(variant: variant).0), "\(variant)")
        }
        #expect(session.choose(variant: nil).isEmpty)
        #expect(Self.rendered(session.report().0) == Self.rendered(scenario.evaluate().0))
    }

    @Test func expressionsAtThePromptPrintWithTheirUnits() throws {
        let session = try #require(ScenarioSession.open(try Self.options()).0)
        #expect(session.evaluate("expenses[2019/20]").0 == "£178,561.20")
        #expect(session.evaluate("patients").0 == "325,000 patients")
        #expect(session.evaluate("uplfit").1.first?.message == "unknown name 'uplfit'")
    }

    /// A model of months whose pay awards are given once for each financial year
    /// (`Tests/Fixtures/periods/monthly-pay-awards.scenario`).
    static func monthlyAwards() throws -> Scenario {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/periods/monthly-pay-awards.scenario")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try #require(Scenario.load(path: "awards.scenario", text: text, files: .none).0)
    }

    @Test func setAndAVariantTakeOneFigureForEachFinancialYearInAModelOfMonths() throws {
        let scenario = try Self.monthlyAwards()
        let session = try #require(ScenarioSession.open(scenario).0)
        let before = Self.rendered(session.report().0)
        // Two figures for three financial years: refused, and nothing changes.
        #expect(session.set("pay_award", to: "0% | 3%").contains { $0.isError })
        #expect(Self.rendered(session.report().0) == before)
        #expect(session.set("pay_award", to: "0% | 3% | 2%").isEmpty)
        let full = scenario.evaluate(overrides: [Override(name: "pay_award", value: "0% | 3% | 2%")]).0
        #expect(Self.rendered(session.report().0) == Self.rendered(full))
        #expect(Self.rendered(session.report().0) != before)
        #expect(session.unset("pay_award").isEmpty)
        #expect(session.choose(variant: "lower").isEmpty)
        #expect(Self.rendered(session.report().0) == Self.rendered(scenario.evaluate(variant: "lower").0))
    }
}

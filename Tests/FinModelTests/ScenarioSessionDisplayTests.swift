import Testing
@testable import FinModel

/// A what-if change re-evaluates only the lines it touches; the lines it does not touch keep
/// how they are shown (`in minutes`, `%`), exactly as a full run shows them.
@Suite struct ScenarioSessionDisplayTests {
    static let source = """
        title "Displays"
        years 2019/20 to 2020/21

        input sessions = 4 sessions | 5 sessions
        input length = 2 hours
        input share = 25%
        input fee = £100

        table "Clinic":
          minutes "Session length" = length in minutes
          part "Share" = 25%
          total_time "Time" = sessions * length / 1 session in minutes
          cost "Cost" = yearly(fee)

        """

    static func lines(_ report: Report?) -> [String] {
        (report?.tables ?? []).flatMap(\.lines).map { "\($0.name) \($0.unit) \($0.format) \($0.values.map(\.description))" }
    }

    @Test(arguments: [("fee", "£120"), ("length", "3 hours"), ("share", "30%"), ("sessions", "6 sessions | 6 sessions")])
    func aSetKeepsEveryLinesDisplayAsAFullRunShowsIt(_ input: String, _ value: String) throws {
        let scenario = try #require(Scenario.load(path: "displays.scenario", text: Self.source, files: .none).0)
        let session = try #require(ScenarioSession.open(scenario).0)
        #expect(session.set(input, to: value).isEmpty)
        let full = scenario.evaluate(overrides: [Override(name: input, value: value)]).0
        #expect(Self.lines(session.report().0) == Self.lines(full))
        #expect(Self.lines(full).contains { $0.hasPrefix("minutes minutes") })
        #expect(Self.lines(full).contains { $0.hasPrefix("part % percent") })
    }

    @Test func aValueThatUsesANameIsCheckedAsAWholeFileWouldBe() throws {
        let scenario = try #require(Scenario.load(path: "displays.scenario", text: Self.source, files: .none).0)
        let session = try #require(ScenarioSession.open(scenario).0)
        #expect(session.set("fee", to: "£10 * 12").isEmpty)
        #expect(session.set("fee", to: "length").first?.message.contains("'fee' is '£'") == true)
        let full = scenario.evaluate(overrides: [Override(name: "fee", value: "£10 * 12")]).0
        #expect(Self.lines(session.report().0) == Self.lines(full))
    }
}

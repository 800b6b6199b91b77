import Testing
import TestSupport
@testable import FinModel

/// A bridge shares the change in one figure between the inputs two options set differently, by
/// Shapley values: exact, independent of any order, and adding up to the whole change.
@Suite struct BridgeTests {
    static func x(_ text: String) -> Exact { try! Exact(parsingDecimal: text) }

    @Test func anInteractionIsSplitEvenlyBetweenTheInputsThatShareIt() throws {
        // income = rate × patients; rate £0.50 → £0.60, patients 300,000 → 325,000.
        // v(none), v(rate), v(patients), v(both): the bit of each moved input set.
        let figures = [Exact(150_000), Exact(180_000), Exact(162_500), Exact(195_000)]
        let shares = try ShapleyAttribution.shares(count: 2, figures: figures)
        #expect(shares == [Exact(31_250), Exact(13_750)])  // 30,000 + 1,250 and 12,500 + 1,250
    }

    @Test func sharesAddUpToTheChangeWhateverTheFigures() throws {
        var generator = SeededGenerator(seed: 20_190_401)
        for count in 0...5 {
            let figures = (0..<(1 << count)).map { _ in Exact(Int128(Int.random(in: -1_000_000...1_000_000, using: &generator)), over: 100) }
            let shares = try ShapleyAttribution.shares(count: count, figures: figures)
            var sum = Exact.zero
            for share in shares { sum = try sum.adding(share) }
            #expect(sum == (try figures[(1 << count) - 1].subtracting(figures[0])))
        }
    }

    @Test func anInputThatNeverMovesTheFigureGetsNothing() throws {
        // The figure is 10 × input 0, whatever input 1 is.
        let figures = [Exact(0), Exact(10), Exact(0), Exact(10)]
        #expect(try ShapleyAttribution.shares(count: 2, figures: figures) == [Exact(10), .zero])
    }

    @Test func roundedSharesAddUpToTheChangeRoundedToThePenny() throws {
        let penny = Exact(1, over: 100)
        #expect(try ShapleyAttribution.rounded([Self.x("10.005"), Self.x("10.005"), Self.x("-5")], toMultipleOf: penny)
            == [Self.x("10.01"), Self.x("10.00"), Self.x("-5")])
        // Thirds of a penny: 1/3 each of £0.01 × 3 → one share takes the penny.
        let third = Exact(1, over: 300)
        #expect(try ShapleyAttribution.rounded([third, third, third], toMultipleOf: penny) == [penny, .zero, .zero])
        // Negative shares round down first: −£0.005 twice is −£0.01 and −£0.01, a penny short of
        // the total −£0.01, and the penny goes to the earlier of the two equal remainders.
        #expect(try ShapleyAttribution.rounded([Self.x("-0.005"), Self.x("-0.005")], toMultipleOf: penny) == [.zero, Self.x("-0.01")])
    }

    @Test func theOptionsBridgeAddsUpAndNamesOnlyTheInputsThatDiffer() throws {
        let scenario = try ScenarioSessionTests.options()
        let (found, problems) = scenario.bridge(SourceText("total(surplus)", origin: "--bridge"), from: "secured_fees", to: "all_streams")
        #expect(!problems.contains { $0.isError })
        let bridge = try #require(found)
        // B and C differ in their potential contracts, demand management, fees for service and
        // contribution; both keep the secured contracts at £200,000, so it is not a step.
        #expect(bridge.steps.map(\.input) == ["potential_contracts", "demand_management", "fees_for_service", "practice_contribution"])
        #expect(bridge.evaluations == 16)
        var exact = Exact.zero, shown = Exact.zero
        for step in bridge.steps {
            exact = try exact.adding(step.change)
            shown = try shown.adding(step.shown)
        }
        #expect(exact == bridge.change)
        #expect(shown == (try bridge.change.rounded(.halfUp, toMultipleOf: Exact(1, over: 100))))
        // The end is the other option's own figure.
        let end = try #require(scenario.bridge(SourceText("total(surplus)", origin: "--bridge"), from: "all_streams", to: "all_streams").0)
        #expect(end.start == bridge.end && end.steps.isEmpty)
    }

    @Test func aBridgeBackwardsIsTheSameBridgeNegated() throws {
        let scenario = try ScenarioSessionTests.options()
        let figure = SourceText("surplus[2020/21]", origin: "--bridge")
        let forward = try #require(scenario.bridge(figure, from: "contribution_only", to: "all_streams").0)
        let backward = try #require(scenario.bridge(figure, from: "all_streams", to: "contribution_only").0)
        #expect(forward.steps.map(\.input) == backward.steps.map(\.input))
        let negated = try backward.steps.map { try $0.change.negated() }
        #expect(forward.steps.map(\.change) == negated)
    }

    @Test func aFigureThatIsNotOneFigureIsRefused() throws {
        let scenario = try ScenarioSessionTests.options()
        let (bridge, problems) = scenario.bridge(SourceText("surplus", origin: "--bridge"), from: nil, to: "all_streams")
        #expect(bridge == nil)
        #expect(problems.map(\.message).contains { $0.hasPrefix("a bridge explains one figure") })
    }

    @Test func moreInputsThanTheLimitAreRefusedWithTheCount() throws {
        let count = ShapleyAttribution.maximumInputs + 1
        let inputs = (0..<count).map { "input a\($0) = £1" }.joined(separator: "\n")
        let sets = (0..<count).map { "  a\($0) = £2" }.joined(separator: "\n")
        let sum = (0..<count).map { "a\($0)" }.joined(separator: " + ")
        let text = "title \"Many\"\nyears 2019/20 to 2019/20\n\(inputs)\nvariant more:\n\(sets)\ntable \"T\":\n  t = \(sum)\n"
        let scenario = try #require(Scenario.load(path: "many.scenario", text: text, files: .none).0)
        let (bridge, problems) = scenario.bridge(SourceText("t", origin: "--bridge"), from: nil, to: "more")
        #expect(bridge == nil)
        #expect(problems.map(\.message) == ["the options differ in 13 inputs; a bridge shares a change between at most 12"])
    }
}

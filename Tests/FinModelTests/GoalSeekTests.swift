import Testing
@testable import FinModel

@Suite struct GoalSeekTests {
    static let penny = Exact(1, over: 100)

    static func solve(target: Exact, from start: Exact, _ figure: @escaping (Exact) -> Exact) throws(GoalSeek.Failure) -> GoalSeek.Solution {
        try GoalSeek.solve(target: target, start: start, step: penny) { (x: Exact) throws(GoalSeek.Failure) -> Exact in figure(x) }
    }

    static func abs(_ x: Exact) -> Exact { x < .zero ? try! x.negated() : x }

    @Test func aLinearFigureIsSolvedWithTheStepBackThatFallsShort() throws {
        // surplus = contribution × 325,000 − 168,561.20 first reaches 0 at £0.52.
        let solution = try Self.solve(target: .zero, from: .zero) { try! $0.multiplied(by: Exact(325_000)).subtracting(x("168561.20")) }
        #expect(solution.value == x("0.52") && solution.achieved == x("438.80"))
        #expect(solution.neighbour == x("0.51") && solution.neighbourAchieved == x("-2811.20"))
    }

    @Test func aStartThatAlreadyMeetsTheTargetIsTheAnswer() throws {
        // max(a, 500) = 500 from a = 100: met on a flat stretch, with no step back that misses.
        let solution = try Self.solve(target: Exact(500), from: Exact(100)) { Swift.max($0, Exact(500)) }
        #expect(solution.value == Exact(100) && solution.achieved == Exact(500))
        #expect(solution.neighbour == nil && solution.evaluations == 1)
    }

    @Test(arguments: [Exact(100), Exact(0), Exact(-30), x("50.01")])
    func theBottomOfAVMeetsATargetOfZero(_ start: Exact) throws {
        let solution = try Self.solve(target: .zero, from: start) { Self.abs(try! $0.subtracting(Exact(50))) }
        #expect(solution.value == Exact(50) && solution.achieved == .zero && solution.neighbour == nil)
    }

    @Test func aFlatStretchFoundFromBeyondItIsMetAtItsNearestEnd() throws {
        // max(a, 500) = 500 from a = 1,000: every a up to 500 meets it; 500 is the nearest.
        let solution = try Self.solve(target: Exact(500), from: Exact(1000)) { Swift.max($0, Exact(500)) }
        #expect(solution.value == Exact(500) && solution.neighbour == nil)
    }

    @Test func aTargetNeverMetIsStillNoSolution() {
        // abs(a − 50) + 10 never comes down to 5; min(a, 100) never comes up to 200.
        #expect { try Self.solve(target: Exact(5), from: Exact(100)) { try! Self.abs(try! $0.subtracting(Exact(50))).adding(Exact(10)) } }
            throws: { if case GoalSeek.Failure.noSolution = $0 { true } else { false } }
        #expect { try Self.solve(target: Exact(200), from: Exact(0)) { Swift.min($0, Exact(100)) } }
            throws: { if case GoalSeek.Failure.noSolution = $0 { true } else { false } }
    }

    @Test func aFigureThatNeverMovesHasNoEffectUnlessItIsAlreadyMet() throws {
        #expect(throws: GoalSeek.Failure.noEffect) { try Self.solve(target: Exact(1), from: .zero) { _ in Exact(7) } }
        #expect(try Self.solve(target: Exact(7), from: .zero) { _ in Exact(7) }.value == .zero)
    }

    static func solve(target: Exact, within bounds: ClosedRange<Exact>, _ figure: @escaping (Exact) -> Exact) throws(GoalSeek.Failure) -> GoalSeek.Solution {
        try GoalSeek.solve(target: target, within: bounds, step: penny) { (x: Exact) throws(GoalSeek.Failure) -> Exact in figure(x) }
    }

    @Test func withinBoundsARisingFigureIsSolvedWithTheStepBelow() throws {
        let surplus = { (c: Exact) in try! c.multiplied(by: Exact(325_000)).subtracting(x("168561.20")) }
        let solution = try Self.solve(target: .zero, within: x("0.40")...x("0.60"), surplus)
        #expect(solution.value == x("0.52") && solution.achieved == x("438.80"))
        #expect(solution.neighbour == x("0.51") && solution.neighbourAchieved == x("-2811.20"))
    }

    @Test func withinBoundsAFallingFigureIsSolvedToo() throws {
        // 1,000 − 100a falls through 0.5 at a = 9.995: the answer is the first grid value where it
        // is 0.5 or less (10.00, where it is 0), and the step below is where it is still above (1).
        let solution = try Self.solve(target: x("0.5"), within: Exact(0)...Exact(20)) { try! Exact(1000).subtracting($0.multiplied(by: Exact(100))) }
        #expect(solution.value == Exact(10) && solution.achieved == .zero)
        #expect(solution.neighbour == x("9.99") && solution.neighbourAchieved == Exact(1))
    }

    @Test func withinBoundsATargetMetAtABoundIsTheBound() throws {
        let solution = try Self.solve(target: Exact(500), within: Exact(100)...Exact(600)) { Swift.max($0, Exact(500)) }
        #expect(solution.value == Exact(100) && solution.neighbour == nil)
    }

    @Test func aTargetOutsideTheBoundsSaysWhatTheFigureIsAtEachEnd() {
        // The only answer is below zero (a = −20); within 0 to 10 the figure runs from 20 to 30.
        #expect(throws: GoalSeek.Failure.notWithin(low: Exact(0), high: Exact(10), atLow: Exact(20), atHigh: Exact(30))) {
            try Self.solve(target: .zero, within: Exact(0)...Exact(10)) { try! $0.adding(Exact(20)) }
        }
    }

    @Test func boundsBetweenTwoGridPointsHoldNoValue() {
        #expect(throws: GoalSeek.Failure.notWithin(low: x("0.001"), high: x("0.009"), atLow: .zero, atHigh: .zero)) {
            try Self.solve(target: .zero, within: x("0.001")...x("0.009")) { $0 }
        }
    }
}

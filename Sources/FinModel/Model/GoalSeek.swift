/// Finds the input that makes a figure reach a target, on a grid of whole steps (a penny).
///
/// Money models are piecewise linear in their inputs, so two evaluations usually give the answer
/// exactly: the line through them crosses the target at one point, which is then snapped to the
/// grid and confirmed with its neighbour. Where the figure is not linear (rounding, `if`,
/// `max`), a bracketing search on the grid takes over. The answer is the grid point where the
/// target is reached, and its neighbour one step back is where it is not:
///
///     surplus(contribution) = contribution × 325,000 − 168,561.20, target 0, step 0.01
///     → 0.52 (surplus 438.80); at 0.51 the surplus is −2,811.20
///
/// A figure that equals the target exactly meets it, even where no step back falls short: the
/// start itself when it already meets the target, or on a flat stretch or at the bottom of a
/// V, the grid point the search found nearest the start.
///
///     max(a, 500), target 500, from a = 100 → 100 (already met)
///     abs(a − 50), target 0, from a = 100   → 50 (the bottom of the V)
public enum GoalSeek {
    /// Where the search stopped: the grid value reaching the target, and the value one step back.
    public struct Solution: Sendable, Equatable {
        /// The grid value at which the figure first reaches the target.
        public let value: Exact
        /// The figure at `value`.
        public let achieved: Exact
        /// One step back, where the target is not reached; nil when `value` meets it exactly and
        /// no step back was needed (the start already met it, or a flat stretch or a V did).
        public let neighbour: Exact?
        /// The figure at `neighbour`.
        public let neighbourAchieved: Exact?
        /// How many times the figure was evaluated.
        public let evaluations: Int
    }

    /// Why no value could be found.
    public enum Failure: Error, Equatable, Sendable {
        /// The figure is the same whatever the input.
        case noEffect
        /// No grid value within the bounds reaches the target.
        case noSolution(lowest: Exact, highest: Exact)
        /// Evaluation failed at an input value (division by zero, overflow).
        case evaluationFailed(at: Exact, message: String)
        /// Bounded: the figure at both bounds is on the same side of the target.
        case notWithin(low: Exact, high: Exact, atLow: Exact, atHigh: Exact)
    }

    /// How far the search may go from the start, in steps, before it says there is no solution.
    static let maximumSteps: Int128 = 1_000_000_000_000_000

    /// - Parameters:
    ///   - start: where to start (the input's current value).
    ///   - step: the grid (the input's precision); must be above zero.
    ///   - figure: the figure as a function of the input.
    public static func solve(
        target: Exact, start: Exact, step: Exact, figure: (Exact) throws(Failure) -> Exact
    ) throws(Failure) -> Solution {
        var evaluations = 0
        // Work on whole steps k: input = k × step.
        let startStep = start.divided(byStep: step)
        var cache: [Int128: Exact] = [:]
        /// The answer at a grid point where the figure equals the target: no neighbour needed.
        func exactly(at k: Int128) -> Solution {
            Solution(value: (try? Exact(k).multiplied(by: step)) ?? start, achieved: target, neighbour: nil,
                     neighbourAchieved: nil, evaluations: evaluations)
        }
        func f(_ k: Int128) throws(Failure) -> Exact {
            if let known = cache[k] { return known }
            evaluations += 1
            guard let x = try? Exact(k).multiplied(by: step) else { throw .noSolution(lowest: start, highest: start) }
            let value = try figure(x)
            cache[k] = value
            return value
        }
        let f0 = try f(startStep)
        // The current value already meets the target: nothing to search for.
        if f0 == target { return exactly(at: startStep) }
        // Probe further and further out until the figure moves.
        var probe: Int128 = 1024
        var direction = 0
        var probeValue = f0
        while probe <= maximumSteps {
            probeValue = try f(startStep + probe)
            if probeValue != f0 { direction = probeValue > f0 ? 1 : -1; break }
            let back = try f(startStep - probe)
            if back != f0 { direction = back > f0 ? -1 : 1; probe = -probe; probeValue = back; break }
            probe *= 1024
        }
        guard direction != 0 else { throw .noEffect }
        // A flat stretch or the bottom of a V meets the target without a step where it is not
        // reached: before saying there is no solution, answer the grid point found to meet it
        // exactly nearest the start (the lower of two as near).
        func exactlyMetOr(_ failure: Failure) throws(Failure) -> Solution {
            let met = cache.filter { $0.value == target }.map(\.key)
            guard let nearest = met.min(by: { (abs($0 - startStep), $0) < (abs($1 - startStep), $1) }) else { throw failure }
            return exactly(at: nearest)
        }
        // "Reached" means the figure is at or above the target; stepping against `direction` leaves it.
        func reached(_ k: Int128) throws(Failure) -> Bool { try f(k) >= target }
        // The straight line through the two points crosses the target near here.
        var guess = startStep
        if let slope = try? probeValue.subtracting(f0).divided(by: Exact(probe)),
           let offset = try? target.subtracting(f0).divided(by: slope)
        {
            guess = startStep + offset.roundedToInteger(direction > 0 ? .up : .down)
        }
        // Bracket: `hit` reaches the target, `miss` (one side further back) does not.
        var hit: Int128, miss: Int128
        if try reached(guess) {
            hit = guess
            var distance: Int128 = 1
            miss = guess - Int128(direction)
            while try reached(miss) {
                hit = miss
                distance *= 2
                guard distance <= maximumSteps else { return try exactlyMetOr(.noSolution(lowest: start, highest: start)) }
                miss = hit - Int128(direction) * distance
            }
        } else {
            miss = guess
            var distance: Int128 = 1
            hit = guess + Int128(direction)
            while try !reached(hit) {
                miss = hit
                distance *= 2
                guard distance <= maximumSteps else {
                    return try exactlyMetOr(.noSolution(
                        lowest: (try? Exact(Swift.min(startStep, hit)).multiplied(by: step)) ?? start,
                        highest: (try? Exact(Swift.max(startStep, hit)).multiplied(by: step)) ?? start))
                }
                hit = miss + Int128(direction) * distance
            }
        }
        // Bisect until the two are one step apart.
        while abs(hit - miss) > 1 {
            let middle = miss + (hit - miss) / 2
            if try reached(middle) { hit = middle } else { miss = middle }
        }
        let value = (try? Exact(hit).multiplied(by: step)) ?? start
        let achieved = try f(hit)
        let neighbour = (try? Exact(miss).multiplied(by: step)) ?? start
        return Solution(value: value, achieved: achieved, neighbour: neighbour, neighbourAchieved: try f(miss), evaluations: evaluations)
    }
}

extension GoalSeek {
    /// Finds the input within `bounds` that makes the figure reach the target, by bisection
    /// between the grid points nearest inside each bound.
    ///
    /// A search without bounds takes whichever value reaches the target, however implausible
    /// (a cost uplift of −94.29%); the user who knows the sensible range says so, and the answer
    /// then lies in it or the failure gives the figure at both ends:
    ///
    ///     surplus(uplift) rising from −£1,200 at 0% to £300 at 10%, target £0, step 0.01%
    ///     → the first grid value where the surplus is £0 or more, and the step below it
    ///
    /// - Precondition: `bounds` are in the input's unit; `step` is above zero.
    public static func solve(
        target: Exact, within bounds: ClosedRange<Exact>, step: Exact, figure: (Exact) throws(Failure) -> Exact
    ) throws(Failure) -> Solution {
        var evaluations = 0
        func x(_ k: Int128) -> Exact { (try? Exact(k).multiplied(by: step)) ?? bounds.lowerBound }
        func f(_ k: Int128) throws(Failure) -> Exact {
            evaluations += 1
            return try figure(x(k))
        }
        // The grid points inside the bounds: the low one rounded up, the high one down.
        let low = bounds.lowerBound.divided(byStep: step) + (x(bounds.lowerBound.divided(byStep: step)) < bounds.lowerBound ? 1 : 0)
        let high = bounds.upperBound.divided(byStep: step)
        guard low <= high else { throw .notWithin(low: bounds.lowerBound, high: bounds.upperBound, atLow: .zero, atHigh: .zero) }
        let atLow = try f(low)
        if atLow == target {
            return Solution(value: x(low), achieved: atLow, neighbour: nil, neighbourAchieved: nil, evaluations: evaluations)
        }
        let atHigh = try f(high)
        if atHigh == target {
            return Solution(value: x(high), achieved: atHigh, neighbour: nil, neighbourAchieved: nil, evaluations: evaluations)
        }
        guard (atLow < target) != (atHigh < target) else {
            throw .notWithin(low: x(low), high: x(high), atLow: atLow, atHigh: atHigh)
        }
        // `hit` is on the high bound's side of the target, `miss` on the low one's; bisect until
        // they are one step apart, keeping that.
        let rising = atLow < target
        func reached(_ value: Exact) -> Bool { rising ? value >= target : value <= target }
        var (hit, miss, hitValue, missValue) = (high, low, atHigh, atLow)
        while hit - miss > 1 {
            let middle = miss + (hit - miss) / 2
            let value = try f(middle)
            if reached(value) { (hit, hitValue) = (middle, value) } else { (miss, missValue) = (middle, value) }
        }
        return Solution(value: x(hit), achieved: hitValue, neighbour: x(miss), neighbourAchieved: missValue, evaluations: evaluations)
    }
}

extension Exact {
    /// How many whole steps fit, rounded down.
    func divided(byStep step: Exact) -> Int128 {
        ((try? divided(by: step)) ?? .zero).roundedToInteger(.down)
    }
}

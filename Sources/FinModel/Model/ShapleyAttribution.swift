/// Shares the change in a figure between the inputs that changed together, by Shapley values.
///
/// When two options differ in several inputs, the change in a figure is not the sum of each
/// input's own effect: a higher contribution per patient *and* more patients move income by
/// more than the two moves one at a time. Attributing in a chosen order ("first the rate, then
/// the patients") gives the interaction to whichever comes second, so the bars change with the
/// order. The Shapley value gives each input its marginal effect averaged over every order in
/// which the inputs could be changed:
///
///     φᵢ = Σ over sets S of the other inputs  |S|! (n − |S| − 1)! / n!  × (v(S ∪ {i}) − v(S))
///
/// where `v(S)` is the figure with the inputs in `S` at their new values and the rest at their
/// old ones. The values add up to `v(all) − v(none)` exactly (efficiency), an input that never
/// moves the figure gets zero, two inputs that act alike get the same, and the interaction is
/// split evenly between the inputs that share it:
///
///     income = rate × patients; rate £0.50 → £0.60, patients 300,000 → 325,000
///     change £45,000 = rate £31,250 (3,125,000 p: 30,000 + 2,500/2) + patients £13,750
///
/// - Precondition: at most `maximumInputs` inputs: the figure is evaluated 2ⁿ times.
public enum ShapleyAttribution {
    /// Most inputs one attribution takes: 2¹² = 4,096 evaluations of the figure.
    public static let maximumInputs = 12

    /// Each input's share of `figures[all] − figures[none]`, exact.
    ///
    /// - Parameter figures: the figure for every set of moved inputs, `figures[mask]`, where bit
    ///   `i` of the mask is set when input `i` is at its new value; 2ⁿ figures.
    public static func shares(count n: Int, figures: [Exact]) throws(ArithmeticError) -> [Exact] {
        precondition((0...maximumInputs).contains(n) && figures.count == 1 << n, "2ⁿ figures for at most \(maximumInputs) inputs")
        // weight(s) × n! = s! (n − s − 1)!: whole numbers, so each input's sum is added up per
        // set size and divided by n! once.
        let factorial = (0...n).map { k in (1...max(1, k)).reduce(Int128(1)) { $0 * Int128($1) } }
        var result: [Exact] = []
        for i in 0..<n {
            var bySize = [Exact](repeating: .zero, count: n)
            for mask in 0..<(1 << n) where mask & (1 << i) == 0 {
                let size = mask.nonzeroBitCount
                bySize[size] = try bySize[size].adding(try figures[mask | (1 << i)].subtracting(figures[mask]))
            }
            var weighted = Exact.zero
            for size in 0..<n where bySize[size] != .zero {
                weighted = try weighted.adding(try bySize[size].multiplied(by: Exact(factorial[size] * factorial[n - size - 1])))
            }
            result.append(try weighted.divided(by: Exact(factorial[n])))
        }
        return result
    }

    /// Shares rounded to whole steps that still add up to the total rounded half up to the step.
    ///
    /// Each share is rounded down to the step; the steps still missing go one each to the shares
    /// that lost most (the largest remainder), ties to the earlier share. A bridge drawn to the
    /// penny then adds up to its change to the penny, as its bars must.
    ///
    ///     shares £10.005, £10.005, −£5.00 (total £15.01) → £10.01, £10.00, −£5.00
    public static func rounded(_ shares: [Exact], toMultipleOf step: Exact) throws(ArithmeticError) -> [Exact] {
        var total = Exact.zero
        for share in shares { total = try total.adding(share) }
        let roundedTotal = try total.rounded(.halfUp, toMultipleOf: step)
        var floors: [Exact] = []
        var remainders: [(remainder: Exact, index: Int)] = []
        var floorTotal = Exact.zero
        for (index, share) in shares.enumerated() {
            let floor = try share.rounded(.down, toMultipleOf: step)
            floors.append(floor)
            floorTotal = try floorTotal.adding(floor)
            remainders.append((try share.subtracting(floor), index))
        }
        // 0 ≤ missing ≤ count: the remainders are each under a step, and the total rounds to
        // their sum's nearest whole number of steps.
        let missing = Int(try roundedTotal.subtracting(floorTotal).divided(by: step).roundedToInteger(.halfUp))
        let order = remainders.sorted { ($0.remainder, -$0.index) > ($1.remainder, -$1.index) }
        for (_, index) in order.prefix(missing) { floors[index] = try floors[index].adding(step) }
        return floors
    }
}

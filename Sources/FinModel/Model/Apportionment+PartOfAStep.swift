extension Apportionment {
    /// `steps` units, a whole number or not, split in proportion to `weights` into whole units
    /// but one, each part times `unit`: the parts add up exactly to `steps × unit`.
    ///
    /// Largest remainder carried one place further. Each member's exact share of the units is
    /// rounded down; what is left over is some whole units and a part of one. The whole units go
    /// one each to the largest remainders (ties: the larger weight, then the earlier member), as
    /// in `largestRemainder(_:weights:)`; the part of a unit goes to the member next in that
    /// order. So every part is within one unit of its exact share, only one part is not a whole
    /// number of units, and for a whole number of units this is `largestRemainder` exactly. A
    /// negative amount is split as its magnitude and negated. Zero weights get zero.
    ///
    /// | units  | weights       | exact shares            | parts             | why                                        |
    /// |--------|---------------|-------------------------|-------------------|--------------------------------------------|
    /// | 10,000.5 | 6,254, 11,490 | 3,524.54…, 6,475.95… | 3,524.5, 6,476    | 1.5 left: a whole unit to .95, the half to .54 |
    /// | 2.5    | 1, 1, 1       | ⅚, ⅚, ⅚                 | 1, 1, ½           | 2.5 left: equal remainders, earlier first  |
    /// | 0.25   | 1, 3          | 1/16, 3/16              | 0, ¼              | only a part of a unit: the larger remainder |
    ///
    /// Rounding the amount to the step first would instead lose or invent part of a step, and
    /// the parts would not add up to the amount that `check total(...)` compares them with.
    ///
    /// - Throws: `.noWeights`, `.negativeWeight`, `.allWeightsZero`; `.arithmetic(.overflow)` when a
    ///   share does not fit 128 bits.
    static func splitLeavingPartOfAStep(_ steps: Exact, unit: Exact, weights: [Exact]) throws(ApportionmentError) -> [Exact] {
        // The same checks of the weights as every split.
        _ = try Apportioner(weights: weights)
        do throws(ArithmeticError) {
            let negative = steps.signum < 0
            let units = negative ? try steps.negated() : steps
            var sum = Exact.zero
            for weight in weights { sum = try sum.adding(weight) }
            var parts: [Exact] = []
            var remainders: [Exact] = []
            var allotted = Exact.zero
            for weight in weights {
                let share = try units.multiplied(by: weight).divided(by: sum)
                let whole = Exact(share.roundedToInteger(.down))
                parts.append(whole)
                remainders.append(try share.subtracting(whole))
                allotted = try allotted.adding(whole)
            }
            // Fewer whole units than there are members with a weight, and a part of one.
            let leftover = try units.subtracting(allotted)
            let wholeLeft = Int(leftover.roundedToInteger(.down))
            let partLeft = try leftover.subtracting(Exact(Int128(wholeLeft)))
            let order = weights.indices.sorted { a, b in
                if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
                if weights[a] != weights[b] { return weights[a] > weights[b] }
                return a < b
            }
            for index in order.prefix(wholeLeft) { parts[index] = try parts[index].adding(.one) }
            if partLeft.signum != 0 {
                parts[order[wholeLeft]] = try parts[order[wholeLeft]].adding(partLeft)
            }
            return try parts.map { part throws(ArithmeticError) in
                let amount = try part.multiplied(by: unit)
                return negative ? try amount.negated() : amount
            }
        } catch {
            throw .arithmetic(error)
        }
    }
}

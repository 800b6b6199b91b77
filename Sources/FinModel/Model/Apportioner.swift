/// Weights prepared once for splitting many amounts the same way: a year into its twelve months,
/// each year's cost across the same practices.
///
/// Preparing scales the weights to coprime integers and checks them once; each split is then
/// largest remainder (Hamilton) exactly as `Apportionment.largestRemainder(_:weights:)`
/// documents it, which is itself a one-off `Apportioner`. Splits work in 64-bit integers whenever
/// the weights allow, and in 128 bits otherwise, with the same results.
///
///     let months = try Apportioner(weights: Array(repeating: Exact.one, count: 12))
///     try months.split(1_000_003)   // 83,334 × 7, then 83,333 × 5: adds up to 1,000,003
///
///     var cells: [Money] = []
///     try months.split(Money(pence: 1_000_003), appendingTo: &cells)   // the same twelve parts
///
/// - Important: A split never rounds a part on its own: each part is floor(total × w ÷ W) or one
///   more, and the parts always add up exactly to the total.
public struct Apportioner: Sendable {
    /// The weights as coprime non-negative integers with the same ratios.
    private let weights: [UInt128]
    /// The same weights when the sum (and so every weight) fits 64 bits; empty otherwise.
    private let narrowWeights: [UInt64]
    /// The sum of `weights`, above zero.
    private let sum: UInt128
    /// Whether every weight is the same, so (coprime) every weight is 1 and the sum is the count.
    private let equalWeights: Bool
    /// The number of weights, prepared for dividing by it without a hardware division.
    private let countDivisor: PreparedDivisor
    /// For equal weights, up to `Self.maskedCountLimit` of them: row `leftover` holds `count`
    /// masks, all ones for the first `leftover` parts and zero after, so part k of a split is
    /// `smaller + (±1 & mask[leftover][k])` in one branch-free pass. Empty otherwise.
    private let leftoverMasks: [Int64]
    private static let maskedCountLimit = 64

    /// Prepares `weights` (list sizes, days, or twelve equal months).
    ///
    /// - Throws: `.noWeights`, `.negativeWeight`, `.allWeightsZero`; `.arithmetic(.overflow)` when
    ///   the weights' common denominator or their sum does not fit 128 bits.
    public init(weights: [Exact]) throws(ApportionmentError) {
        let integers = try Apportioner.integerWeights(weights)
        self.weights = integers
        // integerWeights checked that the sum fits.
        var sum: UInt128 = 0
        for weight in integers { sum += weight }
        self.sum = sum
        self.narrowWeights = sum <= UInt128(UInt64.max) ? integers.map { UInt64(truncatingIfNeeded: $0) } : []
        self.equalWeights = integers.allSatisfy { $0 == integers[0] }
        // At least one weight (integerWeights checked), and far fewer than 2^63.
        self.countDivisor = PreparedDivisor(UInt64(integers.count))!
        var masks: [Int64] = []
        if equalWeights && integers.count <= Self.maskedCountLimit {
            let count = integers.count
            masks.reserveCapacity((count + 1) * count)
            for leftover in 0...count {
                for part in 0..<count { masks.append(part < leftover ? -1 : 0) }
            }
        }
        self.leftoverMasks = masks
    }

    /// How many parts each split gives.
    public var count: Int { weights.count }

    /// `total` split in proportion to the weights; the parts add up exactly to `total`.
    ///
    /// A negative total is split as its magnitude and negated. Zero weights get zero.
    ///
    /// - Throws: `.arithmetic(.overflow)` when a total times a weight does not fit 128 bits.
    public func split(_ total: Int64) throws(ApportionmentError) -> [Int64] {
        var parts: [Int64] = []
        parts.reserveCapacity(weights.count)
        try appendParts(of: total, to: &parts)
        return parts
    }

    /// `amount` split in whole pence, appended to `parts`.
    ///
    ///     var cells: [Money] = []
    ///     try months.split(Money(pence: 1_200), appendingTo: &cells)   // twelve £1.00 cells
    ///
    /// - Throws: `.arithmetic(.overflow)` when the amount times a weight does not fit 128 bits;
    ///   `parts` is then unchanged.
    public func split(_ amount: Money, appendingTo parts: inout [Money]) throws(ApportionmentError) {
        try split(CollectionOfOne(amount), appendingTo: &parts)
    }

    /// Each amount split in whole pence, all the parts appended to `parts` in order: the way to
    /// fill one large table of cells (the months of each year of each stream) without an array
    /// per split.
    ///
    ///     let years = [Money(pence: 1_200), Money(pence: 1_205)]
    ///     try months.split(years, appendingTo: &cells)   // twelve £1.00 cells, then £1.01 × 5 and £1.00 × 7
    ///
    /// - Throws: `.arithmetic(.overflow)` when an amount times a weight does not fit 128 bits;
    ///   `parts` is then unchanged.
    public func split(_ amounts: [Money], appendingTo parts: inout [Money]) throws(ApportionmentError) {
        try split(amounts[...], appendingTo: &parts)
    }

    /// Each amount split in whole pence, the parts written in order into `cells`: the way to
    /// fill memory the caller owns, such as one part of a large buffer of cells that several
    /// threads fill at once, each through its own span.
    ///
    ///     var cells = OutputSpan(buffer: practiceCells, initializedCount: 0)   // memory the caller owns
    ///     try months.split(years, into: &cells)
    ///     let written = cells.finalize(for: practiceCells)   // 12 × years.count parts
    ///
    /// - Throws: `.arithmetic(.overflow)` when an amount times a weight does not fit 128 bits;
    ///   `cells` then holds what it held before.
    /// - Precondition: `cells` has room for `amounts.count × count` more parts.
    public func split(_ amounts: [Money], into cells: inout OutputSpan<Money>) throws(ApportionmentError) {
        precondition(cells.freeCapacity >= amounts.count * weights.count, "Apportioner.split needs room for every part")
        try write(amounts[...], to: &cells)
    }

    /// The splits of `amounts`, appended; shared by the public forms.
    private func split<Amounts: Collection<Money>>(_ amounts: Amounts, appendingTo parts: inout [Money]) throws(ApportionmentError) {
        // Written straight into the array's new capacity: appending part by part, or split
        // by split, costs more in the array's bookkeeping than the split itself.
        try parts.append(addingCapacity: amounts.count * weights.count) { (cells: inout OutputSpan<Money>) throws(ApportionmentError) in
            try write(amounts, to: &cells)
        }
    }

    /// The splits of `amounts`, written into `cells`, which has room for them; on a throw,
    /// `cells` holds what it held before.
    private func write<Amounts: Collection<Money>>(_ amounts: Amounts, to cells: inout OutputSpan<Money>) throws(ApportionmentError) {
        guard leftoverMasks.isEmpty else {
            appendEqualSplits(of: amounts, to: &cells)
            return
        }
        let start = cells.count
        do {
            for amount in amounts { try append(amount, to: &cells) }
        } catch {
            cells.removeLast(cells.count - start)
            throw error
        }
    }

    /// Equal-weight splits of every amount, written with the leftover masks: each part is the
    /// smaller share plus ±1 where its mask is set, so each split is one straight loop.
    private func appendEqualSplits<Amounts: Collection<Money>>(of amounts: Amounts, to cells: inout OutputSpan<Money>) {
        let count = weights.count
        leftoverMasks.withUnsafeBufferPointer { masks in
            cells.withUnsafeMutableBufferPointer { buffer, initialized in
                // The span has room for amounts.count × count parts after `initialized`.
                var next = initialized
                for amount in amounts {
                    let (each, leftover) = countDivisor.quotientAndRemainder(amount.pence.magnitude)
                    let negative = amount.pence < 0
                    // |smaller| <= |amount| and the leftover parts are one further from zero,
                    // which still fits because they add up to the amount.
                    let smaller = Self.signed(each, negative: negative)
                    let step: Int64 = negative ? -1 : 1
                    // Row pointers, so the loop has no checked index arithmetic and vectorises:
                    // the row lies within the table (leftover <= count) and the parts within the span.
                    let mask = masks.baseAddress! + Int(leftover) &* count
                    let target = buffer.baseAddress! + next
                    for part in 0..<count {
                        target[part] = Money(pence: smaller &+ (step & mask[part]))
                    }
                    next &+= count
                }
                initialized = next
            }
        }
    }

    /// Appends the parts of `amount` to `cells`, which has room for them.
    @inline(__always)
    private func append(_ amount: Money, to cells: inout OutputSpan<Money>) throws(ApportionmentError) {
        let negative = amount.pence < 0
        if equalWeights {
            // Equal weights: every remainder is the same, so the leftover pence go to the first
            // parts in order. The common case (months of a year), worth its own path.
            let (each, leftover) = countDivisor.quotientAndRemainder(amount.pence.magnitude)
            // each + 1 <= the amount's magnitude when there is a leftover, so both parts fit.
            cells.append(repeating: Money(pence: Self.signed(each &+ 1, negative: negative)), count: Int(leftover))
            cells.append(repeating: Money(pence: Self.signed(each, negative: negative)), count: weights.count - Int(leftover))
            return
        }
        var magnitudes: [UInt64] = []
        try appendMagnitudes(of: amount.pence.magnitude, to: &magnitudes)
        for magnitude in magnitudes { cells.append(Money(pence: Self.signed(magnitude, negative: negative))) }
    }

    /// The parts of `total`, signed, appended to `parts`.
    private func appendParts(of total: Int64, to parts: inout [Int64]) throws(ApportionmentError) {
        var magnitudes: [UInt64] = []
        try appendMagnitudes(of: total.magnitude, to: &magnitudes)
        for magnitude in magnitudes { parts.append(Self.signed(magnitude, negative: total < 0)) }
    }

    /// Largest remainder on a magnitude: floor(units × w ÷ W) each, then one more unit for each of
    /// the largest remainders (ties: larger weight, then earlier position) until the parts add up.
    private func appendMagnitudes(of units: UInt64, to parts: inout [UInt64]) throws(ApportionmentError) {
        let start = parts.count
        var remainders: [UInt128] = []
        remainders.reserveCapacity(weights.count)
        var allotted: UInt64 = 0
        if !narrowWeights.isEmpty {
            let sum = UInt64(truncatingIfNeeded: self.sum)
            for weight in narrowWeights {
                // units × weight < 2^64 × sum, so the quotient fits 64 bits: one hardware division.
                let (part, remainder) = sum.dividingFullWidth(units.multipliedFullWidth(by: weight))
                parts.append(part)
                remainders.append(UInt128(remainder))
                allotted &+= part
            }
        } else {
            for weight in weights {
                let (product, overflow) = UInt128(units).multipliedReportingOverflow(by: weight)
                if overflow {
                    parts.removeSubrange(start...)
                    throw .arithmetic(.overflow)
                }
                let (part, remainder) = product.quotientAndRemainder(dividingBy: sum)
                // part <= units, which fits 64 bits.
                parts.append(UInt64(truncatingIfNeeded: part))
                remainders.append(remainder)
                allotted &+= UInt64(truncatingIfNeeded: part)
            }
        }
        // The parts sum to at most units and miss it by fewer units than there are weights; each
        // leftover unit goes to a different part.
        let leftover = Int(units - allotted)
        guard leftover > 0 else { return }
        if equalWeights {
            for index in 0..<leftover { parts[start + index] += 1 }
            return
        }
        let order = weights.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if weights[a] != weights[b] { return weights[a] > weights[b] }
            return a < b
        }
        for index in order.prefix(leftover) { parts[start + index] += 1 }
    }

    /// A part of at most 2^63 with the total's sign; it fits `Int64` because the total did.
    private static func signed(_ magnitude: UInt64, negative: Bool) -> Int64 {
        negative ? Int64(truncatingIfNeeded: 0 &- magnitude) : Int64(magnitude)
    }

    /// The weights scaled to coprime non-negative integers with the same ratios.
    ///
    /// Multiplying by the common denominator and dividing by the common factor changes no share,
    /// so a split depends only on the weights' ratios.
    private static func integerWeights(_ weights: [Exact]) throws(ApportionmentError) -> [UInt128] {
        guard !weights.isEmpty else { throw .noWeights }
        var common: UInt128 = 1
        for (index, weight) in weights.enumerated() {
            if weight.signum < 0 { throw .negativeWeight(index: index) }
            let denominator = UInt128(weight.denominator)
            if denominator == 1 || denominator == common { continue }
            let (lcm, overflow) = (common / Exact.gcd(common, denominator)).multipliedReportingOverflow(by: denominator)
            if overflow { throw .arithmetic(.overflow) }
            common = lcm
        }
        var integers: [UInt128] = []
        integers.reserveCapacity(weights.count)
        var factor: UInt128 = 0
        var sum: UInt128 = 0
        for weight in weights {
            // numerator / denominator × common is a whole number, as denominator divides common.
            let (scaled, o1) = UInt128(weight.numerator).multipliedReportingOverflow(by: common / UInt128(weight.denominator))
            let (next, o2) = sum.addingReportingOverflow(scaled)
            if o1 || o2 { throw .arithmetic(.overflow) }
            sum = next
            if factor != 1 { factor = Exact.gcd(factor, scaled) }
            integers.append(scaled)
        }
        guard factor != 0 else { throw .allWeightsZero }
        return factor == 1 ? integers : integers.map { $0 / factor }
    }
}

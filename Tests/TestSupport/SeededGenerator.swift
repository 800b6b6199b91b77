/// SplitMix64: a tiny, fast, seeded generator so property tests are reproducible without libraries.
///
/// The same seed always yields the same sequence, on every platform, so a failing case is
/// reproduced by printing `seed` and running again with it. Both test targets draw from this
/// one generator; a second copy could drift and make a printed seed reproduce nothing.
///
///     var random = SeededGenerator(seed: 20190401)
///     let die = Int.random(in: 1...6, using: &random)   // the same number on every run
///     let index = random.next(below: 10)                 // 0..<10, also the same every run
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed this generator started from: print it with a failure to reproduce the run.
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`, by remainder: slightly biased, but fixed by this file alone,
    /// not by the standard library's choice of algorithm for `Int.random(in:using:)`.
    ///
    /// - Precondition: `bound` is positive.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "next(below:) needs a positive bound")
        return Int(next() % UInt64(bound))
    }
}

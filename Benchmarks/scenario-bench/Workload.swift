/// The "national projection" workload: sizes, its generator and inputs, and the reference values.
///
/// The specification is in docs/performance.md, and the peers in `Benchmarks/peers/`: a 64-bit
/// LCG draws list sizes, per-patient rates and annual uplifts; each practice's each stream is
/// compounded year by year ("round each year", half to even, to the penny) and each year is split
/// into twelve months that add up to it. Every implementation prints the grand total and a weighted checksum of the
/// cells in index order, so they can be compared to the penny.
struct Sizes: Hashable, CustomStringConvertible {
    /// Practices, streams and years.
    var practices: Int
    var streams: Int
    var years: Int

    var months: Int { 12 * years }
    var cells: Int { practices * streams * months }
    var description: String { "P=\(practices) S=\(streams) Y=\(years)" }

    /// National scale: 6,500 practices, 30 streams, 10 years; 23,400,000 monthly cells.
    static let national = Sizes(practices: 6_500, streams: 30, years: 10)

    func with(practices: Int) -> Sizes { Sizes(practices: practices, streams: streams, years: years) }
}

/// What a projection must agree on: the grand total, and Σ cell_i · (i mod 7 + 1) mod 2^64.
struct Checksums: Equatable {
    var grandTotalPence: Int64
    var checksum: UInt64

    /// The published reference values (Benchmarks/peers, and the workload's specification).
    static func reference(for sizes: Sizes) -> Checksums? {
        switch (sizes.practices, sizes.streams, sizes.years) {
        case (10, 3, 2): Checksums(grandTotalPence: 544_578_375, checksum: 2_170_139_627)
        case (100, 30, 10): Checksums(grandTotalPence: 318_241_028_585, checksum: 1_272_941_080_591)
        case (650, 30, 10): Checksums(grandTotalPence: 2_363_763_332_950, checksum: 9_454_988_503_908)
        case (6_500, 30, 10): Checksums(grandTotalPence: 24_948_967_258_293, checksum: 99_795_430_473_321)
        default: nil
        }
    }
}

/// The workload's generator: x ← (6364136223846793005·x + 1442695040888963407) mod 2^64 from
/// 20190401; `next(n)` steps, then takes the top 31 bits modulo n.
struct WorkloadGenerator {
    private var state: UInt64 = 20_190_401

    mutating func next(_ n: UInt64) -> Int64 {
        state = 6_364_136_223_846_793_005 &* state &+ 1_442_695_040_888_963_407
        return Int64((state >> 33) % n)
    }
}

/// The drawn inputs: list sizes in patients, rates in pence per patient per year, uplifts in
/// basis points a year.
struct WorkloadInputs {
    var listSizes: [Int64]
    var ratePence: [Int64]
    var upliftBasisPoints: [Int64]

    /// Draws in the workload's order: every list size, then each stream's rate and uplift.
    init(_ sizes: Sizes) {
        var generator = WorkloadGenerator()
        listSizes = (0..<sizes.practices).map { _ in 2_000 + generator.next(38_001) }
        ratePence = []
        upliftBasisPoints = []
        for _ in 0..<sizes.streams {
            ratePence.append(100 + generator.next(901))
            upliftBasisPoints.append(generator.next(301))
        }
    }
}

/// The workload computed the plainest way, in integers and without storing cells, to check any
/// size the published table does not cover (and the scenario's yearly totals). Not timed.
enum PlainReference {
    struct Result {
        var checksums: Checksums
        /// Annual totals over practices, `[stream][year]`, in pence.
        var streamYearTotals: [[Int64]]
    }

    static func run(_ sizes: Sizes) -> Result {
        let inputs = WorkloadInputs(sizes)
        var total: Int64 = 0
        var checksum: UInt64 = 0
        var index: UInt64 = 0
        var streamYear = [[Int64]](repeating: [Int64](repeating: 0, count: sizes.years), count: sizes.streams)
        for p in 0..<sizes.practices {
            for s in 0..<sizes.streams {
                var annual = inputs.listSizes[p] * inputs.ratePence[s]
                for y in 0..<sizes.years {
                    if y > 0 {
                        let scaled = annual * (10_000 + inputs.upliftBasisPoints[s])
                        let (q, r) = scaled.quotientAndRemainder(dividingBy: 10_000)
                        annual = r > 5_000 || (r == 5_000 && q % 2 == 1) ? q + 1 : q
                    }
                    streamYear[s][y] += annual
                    for k in 0..<12 {
                        let cell = annual / 12 + (Int64(k) < annual % 12 ? 1 : 0)
                        total += cell
                        checksum &+= UInt64(cell) &* (index % 7 + 1)
                        index += 1
                    }
                }
            }
        }
        return Result(checksums: Checksums(grandTotalPence: total, checksum: checksum), streamYearTotals: streamYear)
    }
}

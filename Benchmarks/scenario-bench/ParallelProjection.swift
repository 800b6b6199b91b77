import FinModel

/// The projection at the machine's limit: the library calls of `LibraryProjection` (a `Money`
/// base, `Money.uplifted(by:years:policy:appendingTo:)`, an `Apportioner` for the months), with
/// every core working and every cell written into one `CellBuffer` in huge pages.
///
/// Practices are shared among the cores in chunks; each practice's cells go to their own place
/// in the buffer (cell `((p·S + s)·M + 12·y + k)`, as in the workload), written through an
/// `OutputSpan` over that place by `Apportioner.split(_:into:)`. Each worker reads its
/// practices' totals back from the cells while they are in cache, into totals of its own; the
/// workers' totals are added at the end (wrapping, as the checksum is specified).
///
/// `run` takes the buffer from its caller: a fresh one for each run is what the peers do (each
/// run's memory is new to the process), and one buffer kept across runs is what an open session
/// re-running the projection does (`projection-rerun`): after the first run, no page faults.
enum ParallelProjection {
    /// Practices per chunk a worker takes: at national scale a chunk's cells are 1.8 MB, about
    /// one huge page, and there are about a hundred chunks per worker.
    static let chunk = 64

    static func run(_ sizes: Sizes, into buffer: CellBuffer<Money>, workers: Int) throws -> LibraryProjection.Outcome {
        precondition(buffer.cells.count >= sizes.cells, "the buffer holds every cell")
        let inputs = WorkloadInputs(sizes)
        let rates = inputs.ratePence.map { Money(pence: $0) }
        let uplifts = try inputs.upliftBasisPoints.map { points in try Percentage.percent(Exact(numerator: Int128(points), denominator: 100)) }
        let policy = CompoundingPolicy.roundEachYear(.halfEven)
        let months = try Apportioner(weights: Array(repeating: Exact.one, count: 12))
        let block = sizes.streams * sizes.months  // one practice's cells
        let listSizes = inputs.listSizes
        let partials = (0..<workers).map { _ in WorkerTotals(streamYears: sizes.streams * sizes.years) }
        let practiceTotals = CellBuffer<Int64>(count: sizes.practices, hugePages: false)!

        Cores.share(sizes.practices, chunk: chunk, workers: workers) { worker, practices in
            let cells = buffer.cells
            let mine = partials[worker]
            guard mine.failure == nil else { return }
            var annual: [Money] = []  // one base's years, reused for every stream of every practice
            annual.reserveCapacity(sizes.years)
            do {
                for practice in practices {
                    let blockStart = practice &* block
                    let place = UnsafeMutableBufferPointer<Money>(rebasing: cells[blockStart..<(blockStart + block)])
                    var span = OutputSpan(buffer: place, initializedCount: 0)
                    for stream in 0..<sizes.streams {
                        // Year 0: the rate per patient times the list size, in whole pence.
                        let base = try rates[stream].multiplied(by: listSizes[practice])
                        annual.removeAll(keepingCapacity: true)
                        try base.uplifted(by: uplifts[stream], years: sizes.years - 1, policy: policy, appendingTo: &annual)
                        try months.split(annual, into: &span)
                    }
                    _ = span.finalize(for: place)
                    practiceTotals.cells[practice] = mine.add(UnsafeBufferPointer(cells), from: blockStart, streamYears: sizes.streams * sizes.years)
                }
            } catch {
                mine.failure = error
            }
        }
        if let failure = partials.lazy.compactMap(\.failure).first { throw failure }
        var streamYear = [Int64](repeating: 0, count: sizes.streams * sizes.years)
        var grandTotal: Int64 = 0
        var checksum: UInt64 = 0
        for partial in partials {
            for index in streamYear.indices { streamYear[index] &+= partial.streamYear[index] }
            grandTotal &+= partial.grandTotal
            checksum &+= partial.checksum
        }
        return LibraryProjection.Outcome(checksums: Checksums(grandTotalPence: grandTotal, checksum: checksum),
                                         streamYearTotals: streamYear, practiceTotals: Array(practiceTotals.cells), cells: [])
    }
}

/// One worker's totals: only that worker writes them, and they are read after every worker ends.
final class WorkerTotals: @unchecked Sendable {
    var streamYear: [Int64]
    var grandTotal: Int64 = 0
    var checksum: UInt64 = 0
    var failure: Error?

    init(streamYears: Int) { streamYear = [Int64](repeating: 0, count: streamYears) }

    /// Adds one practice's cells (`streamYears` years of twelve months from `start`) to these
    /// totals, and returns the practice's total. The adds wrap, as in `LibraryProjection`: no
    /// total comes near 2^63, and every total is compared with the reference afterwards.
    @inline(__always)
    func add(_ cells: UnsafeBufferPointer<Money>, from start: Int, streamYears: Int) -> Int64 {
        var practiceTotal: Int64 = 0
        var index = start
        streamYear.withUnsafeMutableBufferPointer { totals in
            for streamYearIndex in 0..<streamYears {
                var yearTotal: Int64 = 0
                for month in 0..<12 { yearTotal &+= cells[index &+ month].pence }
                totals[streamYearIndex] &+= yearTotal
                practiceTotal &+= yearTotal
                index &+= 12
            }
        }
        checksum &+= LibraryProjection.weightedSum(of: cells, from: start, to: index)
        grandTotal &+= practiceTotal
        return practiceTotal
    }
}

/// The memory line in huge pages on every core: as many 64-bit cells written into a fresh
/// `CellBuffer` and read back, chunk by chunk while in cache, with no arithmetic beyond the sum
/// that keeps the reads honest. The projection's own limit on this machine.
enum HugePageMemoryLimit {
    static func run(cells count: Int, workers: Int) -> (sum: Int64, buffer: CellBuffer<Int64>?) {
        guard let buffer = CellBuffer<Int64>(count: count) else { return (0, nil) }
        let sums = (0..<workers).map { _ in WorkerTotals(streamYears: 0) }
        // Chunks of 2 MiB, one huge page each.
        Cores.share(count, chunk: CellBuffer<Int64>.hugePageSize / 8, workers: workers) { worker, range in
            let cells = buffer.cells
            for index in range { cells[index] = Int64(truncatingIfNeeded: index) }
            var sum: Int64 = 0
            for index in range { sum &+= cells[index] }
            sums[worker].grandTotal &+= sum
        }
        return (sums.reduce(0) { $0 &+ $1.grandTotal }, buffer)
    }
}

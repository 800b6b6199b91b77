import FinModel

/// The workload projected with FinModel's own types and functions, as a program using the
/// library would write it: `Money` for every amount, a `Percentage` uplift compounded with the
/// round-each-year policy (half to even, to the penny) by `Money.uplifted(by:years:policy:appendingTo:)`
/// (the code `upliftSeries` runs, without a `Series` per base), and each year split into twelve
/// penny-exact months by an `Apportioner`, the same largest-remainder code the scenario
/// language's `apportion` and `Money.apportioned(byWeights:)` run.
///
/// Every monthly cell is materialised in one `[Money]` in the workload's index order. The
/// totals a report needs (grand total, checksum, per-stream-per-year and per-practice) are taken
/// from the stored cells practice by practice, straight after each practice's cells are written,
/// while they are still in cache: the cells are read back from the array, not recomputed.
enum LibraryProjection {
    struct Outcome {
        var checksums: Checksums
        /// Annual totals over practices, `[stream * years + year]`, in pence.
        var streamYearTotals: [Int64]
        var practiceTotals: [Int64]
        var cells: [Money]
    }

    /// The projection, from drawing the inputs to the totals: what the timings cover.
    static func run(_ sizes: Sizes) throws -> Outcome {
        let inputs = WorkloadInputs(sizes)
        let rates = inputs.ratePence.map { Money(pence: $0) }
        let uplifts = try inputs.upliftBasisPoints.map { points in try Percentage.percent(Exact(numerator: Int128(points), denominator: 100)) }
        let policy = CompoundingPolicy.roundEachYear(.halfEven)
        let months = try Apportioner(weights: Array(repeating: Exact.one, count: 12))

        var cells: [Money] = []
        cells.reserveCapacity(sizes.cells)
        var annual: [Money] = []  // one base's years, reused for every practice's every stream
        annual.reserveCapacity(sizes.years)
        var streamYear = [Int64](repeating: 0, count: sizes.streams * sizes.years)
        var practiceTotals = [Int64](repeating: 0, count: sizes.practices)
        var grandTotal: Int64 = 0
        var checksum: UInt64 = 0
        for practice in 0..<sizes.practices {
            let blockStart = cells.count
            for stream in 0..<sizes.streams {
                // Year 0: the rate per patient times the list size, in whole pence.
                let base = try rates[stream].multiplied(by: inputs.listSizes[practice])
                annual.removeAll(keepingCapacity: true)
                try base.uplifted(by: uplifts[stream], years: sizes.years - 1, policy: policy, appendingTo: &annual)
                try months.split(annual, appendingTo: &cells)
            }
            // This practice's totals, read back from its stored cells. A cell is below 10^8 pence
            // and there are at most a few hundred million, so no total comes near 2^63: the adds
            // wrap (unchecked, as in the C peer) so that they vectorise, and every total is
            // compared with the reference afterwards.
            var practiceTotal: Int64 = 0
            cells.withUnsafeBufferPointer { stored in
                var index = blockStart
                for streamYearIndex in 0..<(sizes.streams * sizes.years) {
                    var yearTotal: Int64 = 0
                    for month in 0..<12 { yearTotal &+= stored[index &+ month].pence }
                    streamYear[streamYearIndex] &+= yearTotal
                    practiceTotal &+= yearTotal
                    index &+= 12
                }
                checksum &+= weightedSum(of: stored, from: blockStart, to: index)
            }
            practiceTotals[practice] = practiceTotal
            grandTotal &+= practiceTotal
        }
        return Outcome(checksums: Checksums(grandTotalPence: grandTotal, checksum: checksum),
                       streamYearTotals: streamYear, practiceTotals: practiceTotals, cells: cells)
    }

    /// Σ cell_i · (i mod 7 + 1) over `start..<end`, wrapping in 64 bits.
    ///
    /// Cells are summed by weight class, seven at a time from an index that is a multiple of 7,
    /// and each class is weighted once at the end: seven additions per seven cells and no
    /// multiplication or division per cell.
    @inline(__always)
    static func weightedSum(of cells: UnsafeBufferPointer<Money>, from start: Int, to end: Int) -> UInt64 {
        var sum: UInt64 = 0
        var index = start
        while index < end && index % 7 != 0 {
            sum &+= UInt64(bitPattern: cells[index].pence) &* UInt64(index % 7 + 1)
            index += 1
        }
        var c1: UInt64 = 0, c2: UInt64 = 0, c3: UInt64 = 0, c4: UInt64 = 0, c5: UInt64 = 0, c6: UInt64 = 0, c7: UInt64 = 0
        while index + 7 <= end {
            c1 &+= UInt64(bitPattern: cells[index].pence)
            c2 &+= UInt64(bitPattern: cells[index + 1].pence)
            c3 &+= UInt64(bitPattern: cells[index + 2].pence)
            c4 &+= UInt64(bitPattern: cells[index + 3].pence)
            c5 &+= UInt64(bitPattern: cells[index + 4].pence)
            c6 &+= UInt64(bitPattern: cells[index + 5].pence)
            c7 &+= UInt64(bitPattern: cells[index + 6].pence)
            index += 7
        }
        sum &+= c1 &+ 2 &* c2 &+ 3 &* c3 &+ 4 &* c4 &+ 5 &* c5 &+ 6 &* c6 &+ 7 &* c7
        while index < end {
            sum &+= UInt64(bitPattern: cells[index].pence) &* UInt64(index % 7 + 1)
            index += 1
        }
        return sum
    }

    /// The checksums recomputed from the stored cells alone, in one separate pass (not timed):
    /// proof that every cell was materialised with the right value in the right place.
    static func checksums(ofStored cells: UnsafeBufferPointer<Money>) -> Checksums {
        var total: Int64 = 0
        var checksum: UInt64 = 0
        for (index, cell) in cells.enumerated() {
            total += cell.pence
            checksum &+= UInt64(bitPattern: cell.pence) &* (UInt64(index) % 7 + 1)
        }
        return Checksums(grandTotalPence: total, checksum: checksum)
    }
}

/// The memory line: write as many 64-bit cells as the projection materialises into a fresh array
/// and read them back, with no arithmetic beyond the running sum that keeps the reads honest.
/// A projection cannot beat this by much; it shows how close to the machine the library gets.
enum MemoryLimit {
    static func run(cells count: Int) -> (sum: Int64, cells: [Int64]) {
        let cells = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = Int64(truncatingIfNeeded: index) }
            initialized = count
        }
        var sum: Int64 = 0
        for cell in cells { sum &+= cell }
        return (sum, cells)
    }
}

extension NearestName {
    /// The Damerau–Levenshtein distance between two names when it is at most `bound`, else nil.
    ///
    /// Knowing the bound keeps the work small. Cell (x, y) of the classic table, the distance
    /// between `a[..<x]` and `b[..<y]`, is at least |x − y|, so only the band of cells within
    /// `bound` of the diagonal is computed: time O(bound × length). A swap reaching back from
    /// row x to row x' costs at least x − x', so only the last `bound + 2` rows are kept, each
    /// as long as the shorter name: memory O(bound × min(n, m)), not O(n × m).
    ///
    /// Every value above `bound` is stored as `bound + 1`. The invariant kept: a cell whose
    /// distance is at most `bound` holds it exactly (each of its terms comes from a cell no
    /// larger than itself), and any other cell holds `bound + 1`.
    ///
    ///     distance(Array("uplfit"), Array("uplift"), atMost: 2)   // 1
    ///     distance(Array("kitten"), Array("sitting"), atMost: 2)  // nil (it is 3)
    static func distance(_ first: [Character], _ second: [Character], atMost bound: Int) -> Int? {
        // Rows run over the longer name, so each kept row is as long as the shorter one.
        let (a, b) = first.count >= second.count ? (first, second) : (second, first)
        let n = a.count
        let m = b.count
        guard n - m <= bound else { return nil }
        if m == 0 { return n }
        let beyond = bound + 1
        let kept = bound + 2
        // rows[x % kept][y] is cell (x, y), meaningful only for |x − y| ≤ bound.
        var rows = [[Int]](repeating: [Int](repeating: beyond, count: m + 1), count: kept)
        func cell(_ x: Int, _ y: Int) -> Int {
            if abs(x - y) > bound { return beyond }
            if x == 0 { return y }
            if y == 0 { return x }
            return rows[x % kept][y]
        }
        // The last row in which each character of `a` was seen.
        var lastRow: [Character: Int] = [:]
        for x in 1...n {
            let low = max(1, x - bound)
            let high = min(m, x + bound)
            var lastMatchColumn = 0
            // A match more than `bound` columns back cannot give a swap within the bound.
            if low > 1 {
                for y in max(1, low - bound)..<low where a[x - 1] == b[y - 1] { lastMatchColumn = y }
            }
            if low <= high {
                for y in low...high {
                    let x1 = lastRow[b[y - 1]] ?? 0
                    let y1 = lastMatchColumn
                    let cost: Int
                    if a[x - 1] == b[y - 1] {
                        cost = 0
                        lastMatchColumn = y
                    } else {
                        cost = 1
                    }
                    var best = min(cell(x - 1, y - 1) + cost, cell(x, y - 1) + 1, cell(x - 1, y) + 1)
                    // Swap a[x1 - 1]…a[x - 1] with b[y1 - 1]…b[y - 1], editing what lies between.
                    if x1 > 0, y1 > 0, x - x1 <= bound {
                        best = min(best, cell(x1 - 1, y1 - 1) + (x - x1 - 1) + 1 + (y - y1 - 1))
                    }
                    rows[x % kept][y] = min(best, beyond)
                }
            }
            lastRow[a[x - 1]] = x
        }
        let result = cell(n, m)
        return result <= bound ? result : nil
    }
}

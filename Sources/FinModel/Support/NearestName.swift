/// Finds the known name a mistyped one was probably meant to be, for "did you mean" help.
///
/// Names are compared by Damerau–Levenshtein distance over characters, ignoring case: the
/// fewest insertions, deletions, substitutions and swaps of two adjacent characters that turn
/// one name into the other. A candidate is a plausible typo when that distance is at most a
/// third of the name's length, and never less than 1 (so one slip is always forgiven).
///
///     NearestName.suggestion(for: "uplfit", among: ["uplift", "list_size"])   // "uplift"
///     NearestName.suggestion(for: "total", among: ["uplift", "list_size"])    // nil
public enum NearestName {
    /// The candidate closest to `name` by Damerau–Levenshtein distance (case-insensitive), when
    /// close enough to be a plausible typo (distance ≤ max(1, name.count/3)); ties -> the
    /// alphabetically first. nil otherwise.
    ///
    /// The allowed distance grows with the name: names of up to 5 characters may be 1 edit
    /// away, 6 to 8 characters 2 edits, and so on. An empty name has no suggestion. Ties are
    /// broken by comparing the candidates as written, so the answer does not depend on their
    /// order.
    ///
    ///     suggestion(for: "fromat", among: ["format", "from"])   // "format" (one swap)
    ///     suggestion(for: "Uplift", among: ["uplift"])           // "uplift" (case only)
    ///     suggestion(for: "cat", among: ["bat", "cap"])          // "bat" (tie, first A–Z)
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        guard !name.isEmpty else { return nil }
        let target = Array(name.lowercased())
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            // The distance is at least the difference in length, so skip hopeless candidates.
            guard abs(other.count - target.count) <= limit else { continue }
            let d = distance(target, other)
            guard d <= limit else { continue }
            if let current = best, d > current.distance || (d == current.distance && candidate >= current.name) {
                continue
            }
            best = (candidate, d)
        }
        return best?.name
    }

    /// The Damerau–Levenshtein distance between two names, each swap of adjacent characters
    /// counting as one edit even when other edits touch the same characters.
    ///
    /// This is the unrestricted distance (Lowrance and Wagner), so `"ca"` to `"abc"` is 2
    /// (swap, then insert), where the simpler "optimal string alignment" gives 3.
    ///
    ///     distance(Array("uplfit"), Array("uplift"))   // 1
    ///     distance(Array("ca"), Array("abc"))          // 2
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        let n = a.count
        let m = b.count
        if n == 0 { return m }
        if m == 0 { return n }
        let infinity = n + m
        // Row i + 1, column j + 1 of `table` is the distance between a[..<i] and b[..<j];
        // row and column 0 hold the infinity sentinel.
        let width = m + 2
        var table = [Int](repeating: 0, count: (n + 2) * width)
        table[0] = infinity
        for i in 0...n {
            table[(i + 1) * width] = infinity
            table[(i + 1) * width + 1] = i
        }
        for j in 0...m {
            table[j + 1] = infinity
            table[width + j + 1] = j
        }
        // The last row in which each character of `a` was seen.
        var lastRow: [Character: Int] = [:]
        for i in 1...n {
            var lastMatchColumn = 0
            for j in 1...m {
                let i1 = lastRow[b[j - 1]] ?? 0
                let j1 = lastMatchColumn
                let cost: Int
                if a[i - 1] == b[j - 1] {
                    cost = 0
                    lastMatchColumn = j
                } else {
                    cost = 1
                }
                let substitute = table[i * width + j] + cost
                let insert = table[(i + 1) * width + j] + 1
                let delete = table[i * width + j + 1] + 1
                let transpose = table[i1 * width + j1] + (i - i1 - 1) + 1 + (j - j1 - 1)
                table[(i + 1) * width + j + 1] = min(substitute, insert, delete, transpose)
            }
            lastRow[a[i - 1]] = i
        }
        return table[(n + 1) * width + m + 1]
    }
}

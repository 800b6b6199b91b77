/// Finds the known name a mistyped one was probably meant to be, for "did you mean" help.
///
/// Names are compared by Damerau–Levenshtein distance over characters, ignoring case: the
/// fewest insertions, deletions, substitutions and swaps of two adjacent characters that turn
/// one name into the other. A candidate is a plausible typo when that distance is at most a
/// third of the name's length, and never less than 1 (so one slip is always forgiven).
///
///     NearestName.suggestion(for: "uplfit", among: ["uplift", "list_size"])   // "uplift"
///     NearestName.suggestion(for: "total", among: ["uplift", "list_size"])    // nil
///
/// - Precondition: names longer than `maximumLength` get no suggestion: nobody mistypes a
///   100-character name by hand, and comparing a million-character name with its neighbour
///   once needed a table of 8 TB.
public enum NearestName {
    /// The longest name, in characters, for which a suggestion is looked for.
    public static let maximumLength = 100

    /// The candidate closest to `name` by Damerau–Levenshtein distance (case-insensitive), when
    /// close enough to be a plausible typo (distance ≤ max(1, name.count/3)); ties -> the
    /// alphabetically first. nil otherwise, and for a name longer than `maximumLength`.
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
        guard !name.isEmpty, name.count <= maximumLength else { return nil }
        let target = Array(name.lowercased())
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            // The distance is at least the difference in length, so skip hopeless candidates.
            guard abs(other.count - target.count) <= limit else { continue }
            // Only as close as the best so far can still win (a tie goes to the first A–Z).
            guard let d = distance(target, other, atMost: best.map { min($0.distance, limit) } ?? limit) else { continue }
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
        // No two names are further apart than the longer one's length.
        distance(a, b, atMost: max(a.count, b.count))!
    }
}

/// Reverse incremental search through history (Ctrl-R), as a pure value.
///
/// Each character typed narrows the search and keeps the current match while it still fits;
/// Ctrl-R again steps to the next older entry that matches (skipping entries identical to the
/// one shown, which would look like nothing happened). When nothing matches, the search is
/// marked failed but the last match stays on screen, as in readline, so one mistyped letter
/// does not throw away what was found. Matching is case-sensitive, like readline's default.
///
///     var search = HistorySearch(entries: ["show totals", "set pay = 3%", "show pay"])
///     search.type("sh")     // match: "show pay"
///     search.searchOlder()  // match: "show totals"
///     search.type("x")      // failed; match still "show totals"
struct HistorySearch: Sendable, Equatable {
    let entries: [String]
    private(set) var query = ""
    /// The index in `entries` of the entry shown, if any has matched.
    private(set) var matchIndex: Int?
    /// True when the query as typed matches no entry (at or before the one shown).
    private(set) var failed = false

    init(entries: [String]) {
        self.entries = entries
    }

    /// The entry shown: the newest that contains the query, or nil before any match.
    var match: String? { matchIndex.map { entries[$0] } }

    /// The character offset in `match` where the query is found, for placing the cursor.
    var matchOffset: Int {
        guard let match, !query.isEmpty, let range = match.firstRange(of: query) else { return 0 }
        return match.distance(from: match.startIndex, to: range.lowerBound)
    }

    /// The prompt readline shows during the search, such as ``(reverse-i-search)`sh': ``.
    var prompt: String {
        "(\(failed ? "failed " : "")reverse-i-search)`\(query)': "
    }

    /// Adds `text` to the query and finds the newest match at or before the one shown.
    mutating func type(_ text: String) {
        query += text
        find(from: matchIndex ?? entries.count - 1, skippingShown: false)
    }

    /// Removes the query's last character and searches again from the newest entry.
    mutating func deleteBackward() {
        guard !query.isEmpty else { return }
        query.removeLast()
        matchIndex = nil
        failed = false
        guard !query.isEmpty else { return }
        find(from: entries.count - 1, skippingShown: false)
    }

    /// Steps to the next older entry that matches (Ctrl-R again).
    mutating func searchOlder() {
        guard !query.isEmpty else { return }
        find(from: (matchIndex ?? entries.count) - 1, skippingShown: true)
    }

    /// Finds the newest entry at or before `start` that contains the query.
    private mutating func find(from start: Int, skippingShown: Bool) {
        let shown = match
        var index = min(start, entries.count - 1)
        while index >= 0 {
            let entry = entries[index]
            if entry.contains(query), !(skippingShown && entry == shown) {
                matchIndex = index
                failed = false
                return
            }
            index -= 1
        }
        failed = true
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines entered in this and earlier sessions, with Up/Down navigation over them.
///
/// Entries are kept oldest first, never blank, never the same line twice in a row, and at most
/// `limit` of them, so the file stays small and Up never shows a line twice in a row. A history
/// made with a `HistoryFile` saves itself after every `add(_:)`, so a session that is killed
/// loses nothing; a failed save prints one warning for the whole session and is otherwise
/// ignored, because losing history is no reason to stop someone working.
///
/// Navigation keeps what was typed: Up from a half-written line and Down again returns it, and
/// an entry edited on the way is kept as edited until the next line is accepted, as in readline.
///
///     let history = History(entries: ["show", "set pay = 3%"])
///     history.startNavigation()
///     history.older(than: "sh")   // "set pay = 3%"
///     history.newer(than: "set pay = 3%")   // "sh"
final class History {
    /// The most entries kept; older ones are dropped first.
    static let limit = 1_000

    private(set) var entries: [String]
    let file: HistoryFile?
    private let warn: (String) -> Void
    private var hasWarned = false

    /// Which entry Up/Down is showing; `entries.count` is the line being written.
    private var position = 0
    /// Text as edited at each position visited, including the line being written.
    private var edits: [Int: String] = [:]

    /// A history holding `entries` (normalised), saved to `file` if one is given.
    ///
    /// `warn` receives the one warning about a failed save; by default it goes to stderr.
    init(entries: [String] = [], file: HistoryFile? = nil, warn: @escaping (String) -> Void = History.warnOnStandardError) {
        self.entries = Self.normalized(entries)
        self.file = file
        self.warn = warn
        position = self.entries.count
    }

    /// A history loaded from `file`; a missing, unreadable or corrupt file gives what it can.
    static func loaded(from file: HistoryFile?, warn: @escaping (String) -> Void = History.warnOnStandardError) -> History {
        History(entries: file?.load() ?? [], file: file, warn: warn)
    }

    /// Appends `line` unless it is blank or repeats the last entry, then saves.
    ///
    /// Navigation starts afresh either way, so the next Up shows the newest entry.
    func add(_ line: String) {
        defer { startNavigation() }
        guard !line.allSatisfy(\.isWhitespace), line != entries.last else { return }
        entries.append(line)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        save()
    }

    /// Writes the entries to the file now; a failure warns once per session and is ignored.
    func save() {
        guard let file else { return }
        do {
            try file.save(entries)
        } catch {
            guard !hasWarned else { return }
            hasWarned = true
            warn("scenario: warning: \(error)")
        }
    }

    // MARK: Navigation

    /// Starts a new line: Up will show the newest entry, and earlier edits are forgotten.
    func startNavigation() {
        position = entries.count
        edits = [:]
    }

    /// The entry before the one shown (Up), remembering `current` as the text shown now.
    ///
    /// Nil at the oldest entry, where the line stays as it is.
    func older(than current: String) -> String? {
        guard position > 0 else { return nil }
        edits[position] = current
        position -= 1
        return edits[position] ?? entries[position]
    }

    /// The entry after the one shown (Down), ending at the line being written.
    ///
    /// Nil on the line being written, where the line stays as it is.
    func newer(than current: String) -> String? {
        guard position < entries.count else { return nil }
        edits[position] = current
        position += 1
        return edits[position] ?? (position < entries.count ? entries[position] : "")
    }

    /// True while Up/Down is showing an entry rather than the line being written.
    var isShowingEntry: Bool { position < entries.count }

    // MARK: Support

    /// `lines` without blanks and consecutive repeats, keeping only the newest `limit`.
    static func normalized(_ lines: [String]) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(min(lines.count, limit))
        for line in lines where !line.allSatisfy(\.isWhitespace) && line != kept.last {
            kept.append(line)
        }
        return Array(kept.suffix(limit))
    }

    /// Writes `message` and a newline to stderr, unbuffered.
    static func warnOnStandardError(_ message: String) {
        Terminal.write(message + "\n", to: STDERR_FILENO)
    }
}

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

/// What can complete the word before the cursor: where that word starts, and the candidates.
///
/// A completer returns one for the line and cursor it is given; the editor then replaces the
/// characters from `start` to the cursor. With one candidate it puts that candidate and a space;
/// with several it puts their longest common prefix, and a second Tab lists them all.
/// `start` counts characters, like the cursor, so a line holding `日本` completes correctly.
///
///     Completion.matching(["show", "set", "seek"], line: "help se", cursor: 7)
///     // Completion(start: 5, candidates: ["set", "seek"])
struct Completion: Sendable, Equatable {
    /// The character index where the completed word starts.
    let start: Int
    let candidates: [String]

    /// No completion: Tab does nothing.
    static let none = Completion(start: 0, candidates: [])

    /// The words that start with the word before the cursor, in the order given.
    ///
    /// The word runs back from the cursor to the nearest whitespace. This is all a completer
    /// needs when any word can go anywhere; a real one picks `words` from what comes before.
    static func matching(_ words: [String], line: String, cursor: Int) -> Completion {
        let characters = Array(line)
        let cursor = min(max(cursor, 0), characters.count)
        var start = cursor
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<cursor])
        return Completion(start: start, candidates: words.filter { $0.hasPrefix(word) })
    }

    /// The longest prefix, in whole characters, that every one of `words` starts with.
    ///
    ///     Completion.commonPrefix(of: ["seek", "set", "sensitivity"])   // "se"
    static func commonPrefix(of words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// `words` sorted and laid out in columns that fit `width`, read down then across, like `ls`.
    ///
    /// Each row is one string without a line ending; a word wider than the terminal gets a row
    /// of its own and wraps as the terminal likes.
    ///
    ///     Completion.listing(["set", "seek", "sensitivity", "show"], width: 30)
    ///     // ["seek         set", "sensitivity  show"]
    static func listing(_ words: [String], width: Int) -> [String] {
        let words = words.sorted()
        guard !words.isEmpty else { return [] }
        let widths = words.map(DisplayWidth.columns)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = max(1, (max(width, 1) + 2) / columnWidth)
        let rows = (words.count + columns - 1) / columns
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < words.count else { break }
                let isLast = column == columns - 1 || index + rows >= words.count
                let padding = isLast ? 0 : columnWidth - widths[index]
                line += DisplayWidth.visible(words[index]) + String(repeating: " ", count: padding)
            }
            return line
        }
    }
}

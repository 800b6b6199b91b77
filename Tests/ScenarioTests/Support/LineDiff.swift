/// A line diff of two texts by longest common subsequence, printed in unified style.
///
/// Lines are split at LF and keep their terminator, so a missing final line break is a
/// difference, shown as in `diff -u` with `\ No newline at end of file`. A carriage return is
/// shown as `␍` so that CRLF and LF lines look different.
///
///     print(LineDiff.unified(from: "a\nb\nc\n", to: "a\nB\nc\n", fromName: "x.expected", toName: "actual"))
///     // --- x.expected
///     // +++ actual
///     // @@ -1,3 +1,3 @@
///     //  a
///     // -b
///     // +B
///     //  c
enum LineDiff {
    /// One step turning the old lines into the new.
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The lines of `text`, each with its LF if it has one.
    static func lines(of text: String) -> [String] {
        var lines = Transcript.lines(of: text)
        let last = lines.removeLast()  // after the final LF, or the unterminated last line
        return lines.map { $0 + "\n" } + (last.isEmpty ? [] : [last])
    }

    /// A shortest edit script from `old` to `new`: kept lines form a longest common
    /// subsequence, and within a change removals come before additions.
    ///
    ///     LineDiff.edits(from: ["a", "b"], to: ["b", "c"])   // [-a, =b, +c]
    static func edits(from old: [String], to new: [String]) -> [Edit] {
        // Equal lines at both ends are kept as they are; only the middle needs the table.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = old[prefix..<(old.count - suffix)]
        let b = new[prefix..<(new.count - suffix)]
        var edits = old[..<prefix].map(Edit.same)
        let n = a.count
        let m = b.count
        if n * m > 16_000_000 {
            // Too large for the table: show the middle as replaced wholesale.
            edits += a.map(Edit.removed) + b.map(Edit.added)
        } else {
            // lcs[i * (m + 1) + j] is the length of a longest common subsequence of a[i...], b[j...].
            var lcs = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i * (m + 1) + j] = a[a.startIndex + i] == b[b.startIndex + j]
                        ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n, j < m, a[a.startIndex + i] == b[b.startIndex + j] {
                    edits.append(.same(a[a.startIndex + i]))
                    i += 1
                    j += 1
                } else if j == m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                    edits.append(.removed(a[a.startIndex + i]))
                    i += 1
                } else {
                    edits.append(.added(b[b.startIndex + j]))
                    j += 1
                }
            }
        }
        return edits + old[(old.count - suffix)...].map(Edit.same)
    }

    /// The unified diff from `old` to `new` with `context` lines around each change, or the
    /// empty string when the texts are equal.
    static func unified(
        from old: String, to new: String, fromName: String = "expected", toName: String = "actual",
        context: Int = 3
    ) -> String {
        let edits = edits(from: lines(of: old), to: lines(of: new))
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        guard let firstChange = changed.first else { return "" }
        // Group changes whose context would touch or overlap into one hunk.
        var hunks: [ClosedRange<Int>] = []
        var start = firstChange
        var end = firstChange
        for index in changed.dropFirst() {
            if index - end > 2 * context {
                hunks.append(start...end)
                start = index
            }
            end = index
        }
        hunks.append(start...end)

        var output = "--- \(fromName)\n+++ \(toName)\n"
        // Line numbers in the old and new text before each edit.
        var oldLine = [Int](repeating: 0, count: edits.count + 1)
        var newLine = oldLine
        for (k, edit) in edits.enumerated() {
            oldLine[k + 1] = oldLine[k] + (edit.isAdded ? 0 : 1)
            newLine[k + 1] = newLine[k] + (edit.isRemoved ? 0 : 1)
        }
        for hunk in hunks {
            let lower = max(0, hunk.lowerBound - context)
            let upper = min(edits.count - 1, hunk.upperBound + context)
            let oldCount = oldLine[upper + 1] - oldLine[lower]
            let newCount = newLine[upper + 1] - newLine[lower]
            // As in diff -u, an empty side names the line before it.
            let oldStart = oldCount == 0 ? oldLine[lower] : oldLine[lower] + 1
            let newStart = newCount == 0 ? newLine[lower] : newLine[lower] + 1
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in edits[lower...upper] {
                output += edit.rendered
            }
        }
        return output
    }
}

extension LineDiff.Edit {
    var isAdded: Bool { if case .added = self { true } else { false } }
    var isRemoved: Bool { if case .removed = self { true } else { false } }

    /// The line with its ` `, `-` or `+` mark, and the no-newline note when it lacks an LF.
    var rendered: String {
        let (mark, line) = switch self {
        case .same(let line): (" ", line)
        case .removed(let line): ("-", line)
        case .added(let line): ("+", line)
        }
        let visible = line.unicodeScalars.map { $0 == "\r" ? "␍" : String($0) }.joined()
        if visible.hasSuffix("\n") {
            return mark + visible
        }
        return mark + visible + "\n\\ No newline at end of file\n"
    }
}

import Testing

@Suite struct LineDiffTests {
    typealias Edit = LineDiff.Edit

    @Test(arguments: [
        ([], [], []),
        (["a"], ["a"], [.same("a")]),
        (["a"], [], [.removed("a")]),
        ([], ["a"], [.added("a")]),
        (["a", "b"], ["b", "c"], [.removed("a"), .same("b"), .added("c")]),
        (["a", "b", "c"], ["a", "x", "c"], [.same("a"), .removed("b"), .added("x"), .same("c")]),
        (["a", "b", "c", "d"], ["a", "c", "b", "d"], [.same("a"), .removed("b"), .same("c"), .added("b"), .same("d")]),
    ] as [([String], [String], [Edit])])
    func editsKeepALongestCommonSubsequence(_ old: [String], _ new: [String], expected: [Edit]) {
        #expect(LineDiff.edits(from: old, to: new) == expected)
    }

    @Test func editsRebuildBothSidesAndKeepAsManyLinesAsPossible() {
        // Exhaustive over all pairs of sequences of up to four lines from {a, b, c}.
        var sequences: [[String]] = [[]]
        var longest: [[String]] = [[]]
        for _ in 1...4 {
            longest = longest.flatMap { s in ["a", "b", "c"].map { s + [$0] } }
            sequences += longest
        }
        for old in sequences {
            for new in sequences {
                let edits = LineDiff.edits(from: old, to: new)
                let kept = edits.filter { !$0.isAdded && !$0.isRemoved }
                let oldSide = edits.filter { !$0.isAdded }.map(\.line)
                let newSide = edits.filter { !$0.isRemoved }.map(\.line)
                #expect(oldSide == old && newSide == new, "\(old) → \(new)")
                #expect(kept.count == Self.lcsLength(old, new), "\(old) → \(new)")
            }
        }
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(LineDiff.unified(from: "a\nb\n", to: "a\nb\n") == "")
        #expect(LineDiff.unified(from: "", to: "") == "")
    }

    @Test func changedLineShowsWithContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacing("line 5\n", with: "line five\n")
        #expect(LineDiff.unified(from: old, to: new, fromName: "t.expected", toName: "actual") == """
            --- t.expected
            +++ actual
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test func distantChangesMakeSeparateHunksAndNearOnesMerge() {
        let old = (1...20).map { "\($0)\n" }.joined()
        let far = old.replacing("\n2\n", with: "\nB\n").replacing("\n19\n", with: "\nS\n")
        #expect(Self.hunkCount(LineDiff.unified(from: old, to: far)) == 2)
        let near = old.replacing("\n5\n", with: "\nE\n").replacing("\n11\n", with: "\nK\n")
        #expect(Self.hunkCount(LineDiff.unified(from: old, to: near)) == 1)
    }

    @Test func missingFinalNewlineIsShown() {
        #expect(LineDiff.unified(from: "a\n", to: "a") == """
            --- expected
            +++ actual
            @@ -1,1 +1,1 @@
            -a
            +a
            \\ No newline at end of file

            """)
    }

    @Test func insertionIntoEmptyTextNamesLineZero() {
        #expect(LineDiff.unified(from: "", to: "x\n") == "--- expected\n+++ actual\n@@ -0,0 +1,1 @@\n+x\n")
    }

    @Test func carriageReturnsAreVisible() {
        #expect(LineDiff.unified(from: "a\n", to: "a\r\n").contains("+a␍\n"))
    }

    static func hunkCount(_ diff: String) -> Int {
        diff.split(separator: "\n").filter { $0.hasPrefix("@@ -") }.count
    }

    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table[a.count][b.count]
    }
}

extension LineDiff.Edit {
    var line: String {
        switch self {
        case .same(let line), .removed(let line), .added(let line): line
        }
    }
}

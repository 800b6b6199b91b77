import Testing
@testable import FinModel

@Suite struct NearestNameTests {
    static let lines = ["uplift", "list_size", "global_sum", "rate", "total", "format", "from"]

    @Test(arguments: [
        ("uplfit", "uplift"),       // swapped pair
        ("upift", "uplift"),        // dropped letter
        ("uplifts", "uplift"),      // extra letter
        ("uplaft", "uplift"),       // wrong letter
        ("UPLIFT", "uplift"),       // case only
        ("Uplfit", "uplift"),       // case and swap
        ("lsit_size", "list_size"),
        ("list-size", "list_size"),
        ("globl_sm", "global_sum"), // two edits in ten letters
        ("rtae", "rate"),
        ("fromat", "format"),
        ("form", "from"),
        ("totl", "total"),
    ])
    func plausibleTyposSuggestTheIntendedName(_ typo: String, intended: String) {
        #expect(NearestName.suggestion(for: typo, among: Self.lines) == intended)
    }

    @Test(arguments: [
        "",                // nothing to compare
        "x",               // one letter matches nothing within one edit
        "income",          // unrelated
        "upliftment",      // four extra letters in ten is more than a third
        "rt",              // two edits from 'rate' but a two-letter name allows one
        "glob",            // a prefix, six letters short
        "tfilpu",          // 'uplift' backwards: too many edits
    ])
    func farNamesHaveNoSuggestion(_ name: String) {
        #expect(NearestName.suggestion(for: name, among: Self.lines) == nil)
    }

    @Test(arguments: [
        ("cat", ["cap", "bat", "cot"], "bat"),
        ("cat", ["cot", "cap", "bat"], "bat"),
        ("abcd", ["abxd", "abdc", "abcdx"], "abcdx"),
        ("rate", ["Rate", "rate"], "Rate"),        // equal ignoring case: first as written
    ] as [(String, [String], String)])
    func tiesGoToTheAlphabeticallyFirstWhateverTheOrder(_ name: String, candidates: [String], expected: String) {
        #expect(NearestName.suggestion(for: name, among: candidates) == expected)
        #expect(NearestName.suggestion(for: name, among: candidates.reversed()) == expected)
    }

    @Test func closerCandidateBeatsAlphabeticalOrder() {
        #expect(NearestName.suggestion(for: "lsit_size", among: ["last_size", "list_size"]) == "list_size")
        #expect(NearestName.suggestion(for: "formatt", among: ["aformat", "format"]) == "format")
    }

    @Test func emptyCandidatesGiveNoSuggestion() {
        #expect(NearestName.suggestion(for: "uplift", among: [String]()) == nil)
    }

    @Test func acceptsAnySequenceOfStrings() {
        let keys: Set<String> = ["uplift", "rate"]
        #expect(NearestName.suggestion(for: "rtae", among: keys) == "rate")
        #expect(NearestName.suggestion(for: "uplfit", among: keys.lazy.map { $0 }) == "uplift")
    }

    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3),
        ("abc", "abc", 0), ("abc", "acb", 1), ("abc", "bac", 1),
        ("ca", "abc", 2),            // swap then insert: unrestricted Damerau–Levenshtein
        ("kitten", "sitting", 3), ("uplfit", "uplift", 1),
        ("abcdef", "badcfe", 3),     // three independent swaps
        ("🏥é", "é🏥", 1),           // characters, not bytes
    ])
    func distanceCountsSwapsAsOneEdit(_ a: String, _ b: String, expected: Int) {
        #expect(NearestName.distance(Array(a), Array(b)) == expected)
        #expect(NearestName.distance(Array(b), Array(a)) == expected)
    }

    @Test func distanceIsAMetricOnSmallWords() {
        // Exhaustive over all words of up to three letters from "ab": identity, symmetry,
        // triangle inequality, and never more than the longer length.
        var words = [""]
        for _ in 1...3 { words += words.flatMap { [$0 + "a", $0 + "b"] } }
        words = Array(Set(words))
        for x in words {
            for y in words {
                let dxy = NearestName.distance(Array(x), Array(y))
                #expect((dxy == 0) == (x == y))
                #expect(dxy == NearestName.distance(Array(y), Array(x)))
                #expect(dxy <= max(x.count, y.count))
                for z in words {
                    let dxz = NearestName.distance(Array(x), Array(z))
                    let dzy = NearestName.distance(Array(z), Array(y))
                    #expect(dxy <= dxz + dzy, "\(x) \(y) \(z)")
                }
            }
        }
    }

    @Test func namesLongerThanTheMaximumGetNoSuggestion() {
        let longest = String(repeating: "a", count: NearestName.maximumLength)
        #expect(NearestName.suggestion(for: longest, among: [longest + "c"]) == longest + "c")
        #expect(NearestName.suggestion(for: longest + "c", among: [longest]) == nil)
    }

    @Test func longCandidatesAreComparedWithinTheBound() {
        // A 90-character name may be 30 edits away; a candidate of 100,000 characters is
        // skipped by length, and one of 100 characters is compared in a band, not a table.
        let name = String(repeating: "ab", count: 45)
        let candidates = [String(repeating: "b", count: 100_000), name + "cc", String(name.reversed())]
        #expect(NearestName.suggestion(for: name, among: candidates) == name + "cc")
    }

    @Test func boundedDistanceAgreesWithTheFullTable() {
        // Exhaustive over all words of up to four letters from "abc", for every bound: the
        // distance when within the bound, nil past it, the same as the full n × m table.
        var words = [""]
        for _ in 1...4 { words += words.flatMap { [$0 + "a", $0 + "b", $0 + "c"] } }
        words = Array(Set(words))
        for x in words {
            for y in words {
                let full = Self.fullTableDistance(Array(x), Array(y))
                #expect(NearestName.distance(Array(x), Array(y)) == full, "\(x) \(y)")
                for bound in 0...5 {
                    let bounded = NearestName.distance(Array(x), Array(y), atMost: bound)
                    #expect(bounded == (full <= bound ? full : nil), "\(x) \(y) within \(bound)")
                }
            }
        }
    }

    /// Lowrance and Wagner's unrestricted Damerau–Levenshtein distance over the whole table,
    /// as `NearestName` computed it before it kept only a band of rows: the reference.
    static func fullTableDistance(_ a: [Character], _ b: [Character]) -> Int {
        let n = a.count
        let m = b.count
        if n == 0 { return m }
        if m == 0 { return n }
        let infinity = n + m
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
        var lastRow: [Character: Int] = [:]
        for i in 1...n {
            var lastMatchColumn = 0
            for j in 1...m {
                let i1 = lastRow[b[j - 1]] ?? 0
                let j1 = lastMatchColumn
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                if cost == 0 { lastMatchColumn = j }
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

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
}

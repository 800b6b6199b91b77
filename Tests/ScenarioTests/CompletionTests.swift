import Testing

@testable import scenario

@Suite struct CompletionTests {
    @Test(arguments: [
        ("sen", 3, Completion(start: 0, candidates: ["sensitivity"])),
        ("help s", 6, Completion(start: 5, candidates: ["show", "set", "seek", "sensitivity"])),
        ("show x", 2, Completion(start: 0, candidates: ["show"])),
        ("", 0, Completion(start: 0, candidates: ReplCommand.words)),
        ("日本 ex", 5, Completion(start: 3, candidates: ["exit", "explain"])),
        ("x", 99, Completion(start: 0, candidates: [])),
    ])
    func matchingOffersTheWordsThatStartWithTheWordBeforeTheCursor(_ line: String, _ cursor: Int, _ completion: Completion) {
        #expect(Completion.matching(ReplCommand.words, line: line, cursor: cursor) == completion)
    }

    @Test(arguments: [
        (["seek", "set", "sensitivity"], "se"), (["show"], "show"), (["a", "b"], ""), ([], ""),
        (["e\u{301}a", "e\u{301}b", "e"], ""),  // whole characters: é does not start with e
    ] as [([String], String)])
    func theCommonPrefixIsSharedByEveryCandidate(_ words: [String], _ prefix: String) {
        #expect(Completion.commonPrefix(of: words) == prefix)
    }

    @Test(arguments: [
        (30, ["seek         set", "sensitivity  show"]),
        (100, ["seek         sensitivity  set          show"]),
        (5, ["seek", "sensitivity", "set", "show"]),
    ])
    func theListingFillsColumnsDownThenAcross(_ width: Int, _ rows: [String]) {
        #expect(Completion.listing(["show", "set", "seek", "sensitivity"], width: width) == rows)
    }
}

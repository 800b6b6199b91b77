import Foundation
import Testing

@testable import scenario

@Suite struct HistoryTests {
    @Test(arguments: [
        (["a", "a", "b"], ["a", "b"]),
        (["a", "", "  ", "\t", "b"], ["a", "b"]),
        (["a", "b", "a"], ["a", "b", "a"]),
        (["a", " a"], ["a", " a"]),
    ])
    func entriesHaveNoBlanksAndNoConsecutiveRepeats(_ lines: [String], _ expected: [String]) {
        let history = History()
        for line in lines { history.add(line) }
        #expect(history.entries == expected)
        #expect(History(entries: lines).entries == expected)
    }

    @Test func historyKeepsOnlyTheNewestThousandEntries() {
        let history = History(entries: (0..<1_500).map { "line \($0)" })
        #expect(history.entries.count == History.limit)
        #expect(history.entries.first == "line 500")
        history.add("newest")
        #expect(history.entries.count == History.limit)
        #expect(history.entries.first == "line 501")
        #expect(history.entries.last == "newest")
    }

    @Test func upAndDownKeepTheLineBeingEdited() {
        let history = History(entries: ["first", "second"])
        history.startNavigation()
        #expect(history.older(than: "half wri") == "second")
        #expect(history.older(than: "second") == "first")
        #expect(history.older(than: "first") == nil)  // the oldest: the line stays
        #expect(history.newer(than: "first") == "second")
        #expect(history.newer(than: "second") == "half wri")
        #expect(history.newer(than: "half wri") == nil)
        #expect(!history.isShowingEntry)
    }

    @Test func anEntryEditedWhileNavigatingKeepsItsEditUntilTheLineIsAccepted() {
        let history = History(entries: ["first", "second"])
        history.startNavigation()
        _ = history.older(than: "")
        #expect(history.older(than: "second, edited") == "first")
        #expect(history.newer(than: "first") == "second, edited")
        history.add("accepted")
        #expect(history.entries == ["first", "second", "accepted"])
        #expect(history.older(than: "") == "accepted")
        #expect(history.older(than: "accepted") == "second")
    }

    @Test func navigatingAnEmptyHistoryLeavesTheLineAlone() {
        let history = History()
        history.startNavigation()
        #expect(history.older(than: "typed") == nil)
        #expect(history.newer(than: "typed") == nil)
    }

    // MARK: Reverse search

    private static let searched = ["show totals", "set pay = 3%", "show pay", "explain pay"]

    @Test(arguments: [
        ("sh", "show pay", false),
        ("show t", "show totals", false),
        ("pay", "explain pay", false),
        ("3%", "set pay = 3%", false),
        ("SHOW", nil, true),  // case-sensitive
        ("zzz", nil, true),
    ] as [(String, String?, Bool)])
    func typingFindsTheNewestEntryContainingTheQuery(_ query: String, _ match: String?, _ failed: Bool) {
        var search = HistorySearch(entries: Self.searched)
        search.type(query)
        #expect(search.match == match)
        #expect(search.failed == failed)
    }

    @Test func ctrlRAgainFindsTheNextOlderMatch() {
        var search = HistorySearch(entries: Self.searched)
        search.type("pay")
        #expect(search.match == "explain pay")
        search.searchOlder()
        #expect(search.match == "show pay")
        search.searchOlder()
        #expect(search.match == "set pay = 3%")
        search.searchOlder()
        #expect(search.match == "set pay = 3%")  // no older match: the last one stays, marked failed
        #expect(search.failed)
        #expect(search.prompt == "(failed reverse-i-search)`pay': ")
    }

    @Test func ctrlRAgainSkipsEntriesIdenticalToTheOneShown() {
        var search = HistorySearch(entries: ["show a", "show b", "show a"])
        search.type("show")
        #expect(search.matchIndex == 2)
        search.searchOlder()
        #expect(search.match == "show b")
    }

    @Test func aFailedLetterKeepsTheLastMatchAndBackspaceRecovers() {
        var search = HistorySearch(entries: Self.searched)
        search.type("show t")
        search.type("x")
        #expect(search.failed)
        #expect(search.match == "show totals")
        search.deleteBackward()
        #expect(!search.failed)
        #expect(search.match == "show totals")
        #expect(search.prompt == "(reverse-i-search)`show t': ")
        #expect(search.matchOffset == 0)
    }

    @Test func theCursorGoesWhereTheQueryIsFound() {
        var search = HistorySearch(entries: ["set 日本 = 3%"])
        search.type("= 3")
        #expect(search.matchOffset == 7)
    }

    @Test func searchingAnEmptyHistoryFailsWithoutAMatch() {
        var search = HistorySearch(entries: [])
        search.type("x")
        search.searchOlder()
        #expect(search.failed)
        #expect(search.match == nil)
    }
}

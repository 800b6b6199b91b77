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

@Suite struct HistoryFileTests {
    @Test(arguments: [
        (["XDG_STATE_HOME": "/state", "HOME": "/home/ana"], "/state/scenario/history"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/ana"], "/home/ana/.local/state/scenario/history"),
        (["XDG_STATE_HOME": "", "HOME": "/home/ana"], "/home/ana/.local/state/scenario/history"),
        (["HOME": "/home/ana"], "/home/ana/.local/state/scenario/history"),
        ([:], nil),
    ] as [([String: String], String?)])
    func historyLivesInTheXDGStateFolder(_ environment: [String: String], _ path: String?) {
        #expect(HistoryFile.standard(environment: environment)?.path == path)
    }

    @Test func entriesSurviveASaveAndALoad() throws {
        let folder = TemporaryFolder()
        let file = HistoryFile(path: folder.path + "/state/scenario/history")
        let entries = ["show totals", "set pay = 3%", "日本 😀", #"a\b\n"#, "pasted\nlines\r\nhere", "trailing\\"]
        let history = History(entries: [], file: file)
        for entry in entries { history.add(entry) }
        #expect(History.loaded(from: file).entries == entries)
    }

    @Test func theFileIsCreatedWithModeSixHundredAndKeptSo() throws {
        let folder = TemporaryFolder()
        let file = HistoryFile(path: folder.path + "/new/folders/history")
        try file.save(["one"])
        #expect(try folder.mode(of: "new/folders/history") == 0o600)
        #expect(try folder.mode(of: "new/folders") == 0o700)
        chmod(file.path, 0o644)
        try file.save(["one", "two"])
        #expect(try folder.mode(of: "new/folders/history") == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/new/folders") == ["history"])
    }

    @Test(arguments: [
        ("invalid UTF-8 lines are dropped", [0x61, 0x0A, 0xFF, 0xFE, 0x0A, 0x62, 0x0A], ["a", "b"]),
        ("NUL bytes are removed", [0x00, 0x00, 0x61, 0x00, 0x0A, 0x00, 0x0A, 0x62], ["a", "b"]),
        ("CRLF line ends", Array("a\r\nb\r\n".utf8), ["a", "b"]),
        ("repeats and blanks", Array("a\na\n\n  \nb".utf8), ["a", "b"]),
        ("an unknown escape stays", Array(#"x\q\"#.utf8), [#"x\q\"#]),
        ("only garbage", [0xC0, 0x80, 0x0A, 0xED, 0xA0, 0x80], []),
    ] as [(String, [UInt8], [String])])
    func aCorruptFileLoadsWhatItCan(_ name: String, _ bytes: [UInt8], _ expected: [String]) throws {
        let folder = TemporaryFolder()
        try folder.write(bytes, to: "history")
        #expect(HistoryFile(path: folder.path + "/history").load() == expected, "\(name)")
    }

    @Test func aHugeFileIsReadOnlyFromItsLastMegabyte() throws {
        let folder = TemporaryFolder()
        let line = Array(String(repeating: "x", count: 1_000).utf8) + [0x0A]
        var bytes: [UInt8] = []
        for _ in 0..<3_000 { bytes += line }
        bytes += Array("the newest\n".utf8)
        try folder.write(bytes, to: "history")
        let entries = HistoryFile(path: folder.path + "/history").load()
        #expect(entries == [String(repeating: "x", count: 1_000), "the newest"])
    }

    @Test(arguments: ["missing", "folder"])
    func aMissingOrOddFileLoadsAsEmpty(_ name: String) throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/folder", withIntermediateDirectories: true)
        #expect(HistoryFile(path: folder.path + "/" + name).load() == [])
    }

    @Test func aFailedSaveWarnsOnceAndKeepsTheSessionGoing() throws {
        let folder = TemporaryFolder()
        try folder.write([], to: "blocker")  // a file where a folder should be
        let warnings = WarningLog()
        let history = History(entries: [], file: HistoryFile(path: folder.path + "/blocker/scenario/history"), warn: warnings.record)
        history.add("one")
        history.add("two")
        #expect(history.entries == ["one", "two"])
        #expect(warnings.lines.count == 1)
        #expect(warnings.lines.first?.hasPrefix("scenario: warning: cannot save history to '") == true)
    }
}

/// Collects warnings a `History` would print.
final class WarningLog {
    private(set) var lines: [String] = []
    func record(_ line: String) { lines.append(line) }
}

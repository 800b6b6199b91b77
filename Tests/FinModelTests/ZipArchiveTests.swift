import Foundation
import Testing
import TestSupport
@testable import FinModel

/// The ZIP writer, checked against Python's zipfile: an independent reader that verifies every
/// entry's CRC-32 and sizes as `unzip` and spreadsheets do.
@Suite struct ZipArchiveTests {
    @Test(arguments: [
        ("", UInt32(0x0000_0000)),
        ("a", UInt32(0xE8B7_BE43)),
        ("123456789", UInt32(0xCBF4_3926)),
        ("The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
    ])
    func crcMatchesTheStandardCheckValues(_ text: String, _ crc: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == crc)
    }

    @Test func oneSmallFileHasTheDocumentedSize() throws {
        var archive = ZipArchive()
        try archive.add("hello.txt", Array("Hello\n".utf8))
        // 30 + 9 (local header and name) + 6 (data) + 46 + 9 (central header and name) + 22 (end).
        #expect(archive.bytes().count == 122)
        #expect(Array(archive.bytes().prefix(4)) == [0x50, 0x4b, 0x03, 0x04])
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        func make() throws -> [UInt8] {
            var archive = ZipArchive()
            try archive.add("a.xml", Array("<a/>".utf8))
            try archive.add("b/c.xml", Array("<c/>".utf8))
            return archive.bytes()
        }
        #expect(try make() == make())
    }

    @Test func aPathAddedTwiceIsRefused() throws {
        var archive = ZipArchive()
        try archive.add("xl/workbook.xml", [1])
        #expect(throws: ZipArchiveError.duplicate("xl/workbook.xml")) { try archive.add("xl/workbook.xml", [2]) }
        #expect(throws: ZipArchiveError.badName("")) { try archive.add("", [2]) }
        #expect(archive.paths == ["xl/workbook.xml"])
    }

    /// Names with £ and accents, an empty file, every byte value, and a file of 300 kB.
    @Test(.enabled(if: PythonZip.python != nil, "python3 not found: the archive is not read back"))
    func pythonZipfileReadsBackEveryEntryWithItsCRC() throws {
        var entries: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("empty", []),
            ("£ per patient/Enderby ünïcode.txt", Array("£58,620\n".utf8)),
            ("bytes.bin", (0..<256).map(UInt8.init)),
        ]
        var generator = SeededGenerator(seed: propertySeed)
        entries.append(("large/random.bin", (0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try PythonZip.check(entries)
    }

    /// Many small archives of random names and contents, each read back whole.
    @Test(.enabled(if: PythonZip.python != nil, "python3 not found: the archive is not read back"))
    func randomArchivesReadBackExactly() throws {
        var failure: String?
        checkProperty(cases: 20) { generator in
            let count = Int.random(in: 1...12, using: &generator)
            let entries: [(String, [UInt8])] = (0..<count).map { index in
                let length = Int.random(in: 0...2_000, using: &generator)
                return ("folder\(index % 3)/file \(index).xml", (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            }
            do { try PythonZip.check(entries) } catch { failure = "\(error)"; return failure }
            return nil
        }
        #expect(failure == nil)
    }
}

/// Writes an archive to a temporary file and has Python's zipfile list and read it.
enum PythonZip {
    static let python: URL? = ["/usr/local/bin/python3", "/usr/bin/python3", "/bin/python3"]
        .map { URL(fileURLWithPath: $0) }.first { FileManager.default.isExecutableFile(atPath: $0.path) }

    struct Mismatch: Error, CustomStringConvertible {
        let description: String
    }

    static let script = """
        import json, sys, zipfile, zlib
        z = zipfile.ZipFile(sys.argv[1])
        bad = z.testzip()
        out = {"bad": bad, "entries": []}
        for info in z.infolist():
            data = z.read(info)
            out["entries"].append({"name": info.filename, "size": info.file_size, "crc": info.CRC,
                                   "computed": zlib.crc32(data), "stored": info.compress_type == zipfile.ZIP_STORED,
                                   "hex": data.hex()})
        print(json.dumps(out))
        """

    static func check(_ entries: [(String, [UInt8])]) throws {
        var archive = ZipArchive()
        for (name, data) in entries { try archive.add(name, data) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip")
        try Data(archive.bytes()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let python else { throw Mismatch(description: "python3 not found") }
        // The listing of a 300 kB entry in hex is 600 kB: far more than a pipe holds.
        let outcome = try ProcessRunner(python, ["-c", script, url.path], timeout: .seconds(120)).run()
        let data = Data(outcome.stdout)
        guard outcome.termination == .exit(0), let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let read = json["entries"] as? [[String: Any]]
        else { throw Mismatch(description: "zipfile could not read the archive (\(outcome.termination)): \(outcome.stdoutText) \(outcome.stderrText)") }
        guard json["bad"] is NSNull else { throw Mismatch(description: "zipfile found a bad CRC in \(json["bad"]!)") }
        guard read.count == entries.count else { throw Mismatch(description: "zipfile found \(read.count) entries, not \(entries.count)") }
        for ((name, bytes), entry) in zip(entries, read) {
            let hex = bytes.map { String(format: "%02x", $0) }.joined()
            guard entry["name"] as? String == name, entry["size"] as? Int == bytes.count, entry["stored"] as? Bool == true,
                  entry["crc"] as? Int == Int(CRC32.checksum(bytes)), entry["computed"] as? Int == Int(CRC32.checksum(bytes)),
                  entry["hex"] as? String == hex
            else { throw Mismatch(description: "entry '\(name)' reads back as \(entry.filter { $0.key != "hex" })") }
        }
    }
}

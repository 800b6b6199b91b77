import Foundation
import Testing

/// Inputs too big or too odd to keep as fixture files, generated here and run through the built
/// `scenario`: each must give a clear answer and the right exit code, never a crash or a hang.
@Suite struct HostileInputTests {
    static func write(_ name: String, _ data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-hostile-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    static func run(_ arguments: String) throws -> Transcript.Block {
        try TranscriptRunner.forPackage().run(command: "scenario \(arguments)")
    }

    static let simple = "title \"Simple\"\nyears 2019/20 to 2020/21\n\ninput patients = 325,000 patients\ninput rate = £3.34 per patient | £6.00 per patient\n\ntable \"Funding\":\n  funding = rate * patients\n"

    @Test func byteOrderMarkCarriageReturnsAndTabsAreAccepted() throws {
        let plain = try Self.write("plain.scenario", Data(Self.simple.utf8))
        let odd = Self.simple.replacingOccurrences(of: "\n  ", with: "\n\t").replacingOccurrences(of: "\n", with: "\r\n")
        let windows = try Self.write("windows.scenario", Data(("\u{FEFF}" + odd).utf8))
        let expected = try Self.run("run \(plain)")
        let actual = try Self.run("run \(windows)")
        #expect(actual.termination == .exit(0))
        #expect(actual.stdout == expected.stdout)
    }

    @Test func aTenMegabyteLineIsReportedInAWindow() throws {
        let line = String(repeating: "@", count: 10 << 20)
        let path = try Self.write("long-line.scenario", Data("title \"Long\"\nyears 2019/20 to 2019/20\ninput x = \(line)\n".utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(2))
        #expect(block.stderr.hasPrefix("\(path):3:11: error: unexpected characters, starting with '@'"))
        #expect(block.stderr.utf8.count < 64 << 10, "the diagnostics quote a window of the line, not all of it")
    }

    @Test func aTenMegabyteCommentIsJustAComment() throws {
        let comment = "# " + String(repeating: "x", count: 10 << 20)
        let path = try Self.write("long-comment.scenario", Data("\(comment)\n\(Self.simple)".utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(0))
        #expect(block.stdout.contains("£1,085,500.00"))
    }

    @Test func aHundredThousandLinesEvaluate() throws {
        var text = "title \"Many\"\nyears 2019/20 to 2019/20\n\n"
        for index in 0..<99_990 { text += "line_\(index) = £\(index)\n" }
        text += "table \"Last\":\n  last = yearly(line_99989)\n"
        let path = try Self.write("many.scenario", Data(text.utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(0))
        #expect(block.stdout.contains("£99,989.00"))
    }

    @Test func expressionsNestedTenThousandDeepAreRefused() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let path = try Self.write("deep.scenario", Data("title \"Deep\"\nyears 2019/20 to 2019/20\ninput x = \(deep)\n".utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(2))
        #expect(block.stderr.contains("error: expression nested too deeply"))
    }

    @Test func aLongChainOfOperatorsIsRefused() throws {
        let chain = Array(repeating: "1", count: 100_000).joined(separator: " + ")
        let path = try Self.write("chain.scenario", Data("title \"Chain\"\nyears 2019/20 to 2019/20\ninput x = \(chain)\n".utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(2))
        #expect(block.stderr.contains("error: expression too long"))
    }

    /// `not` and unary minus read their operand by calling themselves, so each counts a level
    /// of nesting like a bracket; 212,500 `not`s once overflowed the stack (exit 139).
    @Test(arguments: ["not ", "- "])
    func longChainsOfPrefixOperatorsAreRefused(_ prefix: String) throws {
        let operand = prefix == "not " ? "year > 2019/20" : "£1"
        let chain = String(repeating: prefix, count: 212_500) + operand
        let line = prefix == "not " ? "if \(chain) then £1 else £2" : chain
        let path = try Self.write("prefix-chain-\(prefix == "not " ? "not" : "minus").scenario", Data("title \"Chain\"\nyears 2019/20 to 2019/20\ntable \"T\":\n  x = \(line)\n".utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(2))
        #expect(block.stderr.contains("error: expression nested too deeply"))
    }

    /// The did-you-mean search once built an n × m table: this file asked for 8 TB and aborted.
    @Test func aTypoOfAMillionCharacterNameIsReportedWithoutASuggestion() throws {
        let name = String(repeating: "a", count: 1_000_000)
        let text = "title \"x\"\nyears 2019/20 to 2019/20\ninput \(name) = £1\ntable \"X\":\n  y = \(name)c * 2\n"
        let path = try Self.write("long-name-typo.scenario", Data(text.utf8))
        let block = try Self.run("run \(path)")
        #expect(block.termination == .exit(2))
        #expect(block.stderr.contains("error: unknown name '"))
        #expect(!block.stderr.contains("did you mean"))
    }
}

import Foundation
import Testing
import TestSupport

/// `scenario help language` prints docs/language.md, built into the binary at build time by the
/// EmbedLanguageManual plugin: an installed binary has the manual without the source tree.
@Suite struct LanguageHelpTests {
    static let manual = TranscriptRunner.packageRoot.appendingPathComponent("docs/language.md")

    @Test func helpLanguagePrintsTheManualByteForByte() throws {
        let binary = try CompletionScriptTests.scenarioBinary()
        // Run from an empty folder: the text must come from the binary, not from a docs/ nearby.
        let folder = TemporaryFolder()
        let outcome = try ProcessRunner(binary, ["help", "language"], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"],
                                        workingDirectory: URL(fileURLWithPath: folder.path)).run()
        let expected = try [UInt8](Data(contentsOf: Self.manual))
        #expect(outcome.status == 0)
        #expect(outcome.stderrText == "")
        #expect(outcome.stdout.count == expected.count)
        #expect(outcome.stdout == expected, "scenario help language differs from docs/language.md: rebuild, or see Plugins/EmbedText")
    }

    @Test func theOverviewPointsAtTheLanguageHelp() throws {
        let overview = try TranscriptRunner.forPackage().run(command: "scenario --help")
        #expect(overview.stdout.contains("  language   the language manual"))
        #expect(overview.stdout.contains("'scenario help language' describes the language"))
        #expect(!overview.stdout.contains("docs/language.md"))
    }
}

/// The tool the plugin runs turns any UTF-8 text into a Swift literal holding exactly that text:
/// quotes, backslashes, interpolation, tabs, carriage returns, control characters, text with no
/// final line feed. It is checked by compiling what it writes and printing the string back.
@Suite struct EmbedTextTests {
    static let awkward = "# \"\"\" quotes \"\"\"# and \\(interpolation) \\\\ \\n\n\tindented\r\nbell \u{7}\u{0} nul\n\n  trailing  \n£ 日本 👩‍⚕️ last line without a line feed"

    @Test(arguments: [awkward, "", "\n", "one line\n"])
    func theGeneratedLiteralHoldsTheTextExactly(_ text: String) throws {
        let (embedder, _) = TranscriptRunner.builtProduct(named: "EmbedText")
        let tool = try #require(embedder, "build the EmbedText tool first (swift build)")
        let swiftc = ["/usr/bin/swiftc", "/usr/local/bin/swiftc"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/swiftc" }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
        let compiler = try #require(swiftc, "swiftc is not on PATH")
        let folder = TemporaryFolder()
        let input = try folder.file("docs/text.md", holding: Array(text.utf8))
        let generated = URL(fileURLWithPath: folder.path + "/Embedded.swift")
        let embedded = try ProcessRunner(tool, [input.path, generated.path, "Embedded"]).run()
        #expect(embedded.status == 0, "\(embedded.stderrText)")
        let main = try folder.file("main.swift", holding: Array("print(Embedded.text, terminator: \"\")\n".utf8))
        let program = folder.path + "/printer"
        let compiled = try ProcessRunner(URL(fileURLWithPath: compiler), ["-Onone", "-o", program, main.path, generated.path],
                                         timeout: .seconds(300)).run()
        #expect(compiled.status == 0, "\(compiled.stderrText)")
        let printed = try ProcessRunner(URL(fileURLWithPath: program)).run()
        #expect(printed.stdout == Array(text.utf8))
    }
}

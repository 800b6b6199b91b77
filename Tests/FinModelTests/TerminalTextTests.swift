import Foundation
import Testing
@testable import FinModel

/// Text from a scenario reaches the terminal only as visible characters: every control, bidi
/// control and line separator is written out, in every writer whose output is printed and in
/// the diagnostics.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("Reserve\u{1B}[1A", "Reserve^[[1A"),
        ("Enderby\nSurgery", "Enderby⏎Surgery"),
        ("a\tb\rc\u{0}d\u{7}", "a^Ib^Mc^@d^G"),
        ("delete\u{7F}", "delete^?"),
        ("CSI\u{9B}31m", "CSI\\u{9B}31m"),
        ("\u{202E}01£", "\\u{202E}01£"),
        ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
        ("line\u{2028}separator", "line\\u{2028}separator"),
        ("Enderby £6,254 Ærø 日本", "Enderby £6,254 Ærø 日本"),
    ])
    func controlsAreWrittenVisibly(_ text: String, _ shown: String) {
        #expect(TerminalText.visible(text) == shown)
    }

    /// Over every Unicode scalar: what needs showing is replaced by characters that do not, and
    /// everything else is left exactly as it was.
    @Test func everyScalarIsShownOrKept() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            let text = String(Character(scalar))
            let shown = TerminalText.visible(text)
            if TerminalText.needsShowing(scalar) {
                #expect(!shown.unicodeScalars.contains(where: TerminalText.needsShowing), "U+\(String(value, radix: 16)) shown as '\(shown)'")
                #expect(shown.count >= 1)
            } else if shown != text {
                Issue.record("U+\(String(value, radix: 16)) was changed to '\(shown)'")
            }
        }
    }

    /// Every control a file can hold, in every kind of text a scenario or its CSV list gives.
    static let controls: String = {
        var text = ""
        for value in UInt8(0x00)...0x1F where value != 0x0A && value != 0x0D {
            text.unicodeScalars.append(Unicode.Scalar(value))
        }
        return text + "\u{7F}\u{85}\u{9B}\u{202E}\u{2067}\u{2028}"
    }()

    static var hostile: String {
        let c = controls
        return """
            title "Title \(c)"
            years 2018/19 to 2019/20

            list practices (list_size patients):
              "Member \(c)" 6,254
              "Plain" 11,490

            input rate = £3 per patient "note \(c)"

            variant higher "description \(c)":
              rate = £4 per patient

            table "Table \(c)":
              income "Label \(c)" = yearly(rate * 1,000 patients)
              surplus "Surplus" = income - £1,000

            table "Share \(c)" by practices:
              share "Share \(c)" = apportion(surplus, by: list_size, step: £1)

            check surplus = £1,000 | £1,001 "Check \(c)"

            """
    }

    /// Whether `text` holds only line feeds and characters that need no showing.
    static func isSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\n" || !TerminalText.needsShowing($0) }
    }

    @Test func printedDocumentsHoldNoControlsButLineBreaks() throws {
        let (loaded, problems) = Scenario.load(path: "hostile \(Self.controls).scenario", text: Self.hostile, files: .none)
        #expect(problems.filter { $0.isError }.isEmpty, "\(DiagnosticRenderer.render(problems))")
        let scenario = try #require(loaded)
        let report = try #require(scenario.evaluate().0)
        let comparison = try #require(scenario.compare(variants: []).0)
        let explanation = try #require(scenario.explain(SourceText("rate", origin: "explain"), depth: 3).0)
        let documents = [
            OutputDocument(report: report), OutputDocument(comparison: comparison, changedOnly: false),
            OutputDocument(checks: report.checks), OutputDocument(explanation: explanation),
        ]
        for document in documents {
            for text in [TextWriter.write(document), MarkdownWriter.write(document)] {
                #expect(Self.isSafe(text), "\(text)")
                #expect(text.contains("^@^A"))
            }
        }
        let failures = TextWriter.failures(OutputChecks(report.checks, layout: .listing))
        #expect(Self.isSafe(failures) && failures.contains("Check ^@^A"), "\(failures)")
    }

    @Test func diagnosticsShowTheControlsOfTheLineTheyQuote() throws {
        let source = "years 2018/19 to 2019/20\ntable \"T \(Self.controls)\":\n  income \"Label \(Self.controls)\" = incme\n"
        let scenario = try #require(Scenario.load(path: "bad \u{1B}[2J.scenario", text: source, files: .none).0)
        let problems = scenario.evaluate().1
        let text = DiagnosticRenderer.render(problems)
        #expect(problems.contains { $0.isError })
        #expect(Self.isSafe(text), "\(text)")
        #expect(text.contains("bad ^[[2J.scenario:3:"))
        // The caret stays under the name it marks, however wide the controls before it are shown.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let quoted = try #require(lines.first { $0.hasPrefix("3 | ") })
        let caret = try #require(lines.first { $0.contains("^^^^^") })
        let column = try #require(caret.firstIndex(of: "^"))
        let offset = caret.distance(from: caret.startIndex, to: column)
        #expect(String(quoted.dropFirst(offset).prefix(5)) == "incme", "\(text)")
    }
}

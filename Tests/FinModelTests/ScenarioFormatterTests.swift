import Foundation
import Testing
@testable import FinModel

/// The formatter's promises: one layout, stable under repetition, and never a change of meaning.
@Suite struct FormatterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scenarios() -> [String] {
        let folder = root.appendingPathComponent("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".scenario") }.sorted()
    }

    static func read(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Scenarios").appendingPathComponent(name), encoding: .utf8)
    }

    /// What a scenario evaluates to, with nothing that depends on layout (line numbers).
    static func meaning(_ text: String) -> String {
        let (scenario, problems) = Scenario.load(path: "x.scenario", text: text, files: .none)
        guard let scenario, !problems.contains(where: \.isError) else { return DiagnosticRenderer.render(problems) }
        let (report, more) = scenario.evaluate()
        guard let report else { return DiagnosticRenderer.render(more) }
        return TextWriter.write(OutputDocument(report: report)) + CSVWriter.write(OutputDocument(report: report))
    }

    @Test(arguments: scenarios())
    func shippedScenariosAreFormatted(_ name: String) throws {
        let text = try Self.read(name)
        let (formatted, problems) = ScenarioFormatter.format(path: name, text: text)
        #expect(problems.isEmpty)
        #expect(formatted == text, "run: scenario fmt --write Scenarios/\(name)")
    }

    @Test(arguments: [
        "title \"T\"\nyears 2019/20 to 2020/21\ninput a=£1000|£2000 # note\n\n\n\ntable \"X\":\n  b=a*2\n  # kept\n  c \"Label\"=-b+a\n",
        "# leading comment\ntitle \"T\"\nyears FY19/20 to 20/21\n\ninput rate = £3.34 per patient|£6 per patient\ninput patients=325000 patients\ntable \"F\":\n  f = rate*patients\n  share = yearly(patients/1,075,000 patients) in % \n",
        "title \"T\"\r\nyears 2019/20 to 2019/20\r\nlist p (list_size patients):\r\n  \"A\" 6254\r\n  \"Bee\" 11490\r\ntable \"P\" by p:\n  s = apportion(£100, by: list_size, step: £0.01)\n",
        "\u{FEFF}title \"T\"\nyears 2019/20 to 2019/20\ninput big = £487k\ninput x = round(big/3, half_up, £1)\ncheck x = £162,333 within £1 \"third\"\n",
        // Lists' attributes by year, text, yes/no and %; aggregates with where; a figure on every row.
        "title \"T\"\nyears 2019/20 to 2020/21\nlist p (size patients by year,locality text,opted_in yes/no,uplift %):\n"
            + "  \"A\" 6254|6300 \"Blaby\" yes 2.84%\n  \"Bee\" 11490|11600 \"Melton\" no 1.5%\ninput rate=£1 per patient\n"
            + "table \"P\" by p:\n  r = rate\n  s = share(size where opted_in and locality != \"Melton\")\n"
            + "  c = yearly(count(p where opted_in))*£1\n  t = yearly(total(uplift where locality=\"Blaby\"))\n  m = min(size where opted_in)\n",
    ])
    func formattingIsIdempotentAndKeepsMeaning(_ text: String) throws {
        let (once, problems) = ScenarioFormatter.format(path: "x.scenario", text: text)
        #expect(problems.isEmpty)
        let formatted = try #require(once)
        let (twice, _) = ScenarioFormatter.format(path: "x.scenario", text: formatted)
        #expect(twice == formatted)
        #expect(Self.meaning(formatted) == Self.meaning(text))
    }

    @Test func commentsAndBlankLinesAreKept() throws {
        let text = "# top\ntitle \"T\"   # trailing\n\n\n\nyears 2019/20 to 2019/20\n"
        let formatted = try #require(ScenarioFormatter.format(path: "x", text: text).0)
        #expect(formatted == "# top\ntitle \"T\"  # trailing\n\nyears 2019/20 to 2019/20\n")
    }

    @Test func numbersGetThousandsSeparatorsAndYearsTheirCanonicalSpelling() throws {
        let text = "title \"T\"\nyears FY2019/20 to 20/21\ninput patients = 325000 patients\n"
        let formatted = try #require(ScenarioFormatter.format(path: "x", text: text).0)
        #expect(formatted == "title \"T\"\nyears 2019/20 to 2020/21\ninput patients = 325,000 patients\n")
    }

    @Test func aFileThatDoesNotParseIsLeftAlone() {
        let (formatted, problems) = ScenarioFormatter.format(path: "x", text: "title \"T\"\nyears 2019/20 to\n")
        #expect(formatted == nil)
        #expect(problems.contains { $0.isError })
    }
}

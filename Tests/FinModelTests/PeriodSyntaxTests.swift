import Testing
@testable import FinModel

/// The syntax of months and quarters: a month is `2019-07` only when written without spaces, the
/// declarations and `from … until …` survive the formatter, and a yearly model is untouched.

private func figures(_ source: String) -> String {
    let (scenario, problems) = Scenario.load(path: "x.scenario", text: source, files: .none)
    guard let scenario, !problems.contains(where: \.isError) else { return DiagnosticRenderer.render(problems) }
    let (report, more) = scenario.evaluate()
    guard let report else { return DiagnosticRenderer.render(more) }
    return CSVWriter.write(OutputDocument(report: report))
}

@Test func aMonthIsWrittenWithoutSpacesAndSubtractionWithThem() {
    let tokens = Lexer.tokenize(SourceFile(path: "x", text: "2019-07 2019 - 07 2019-7 2019-07.5")).tokens.map(\.kind)
    #expect(tokens.prefix(8) == [.month, .number, .minus, .number, .number, .minus, .number, .number])
    #expect(figures("years 2019/20 to 2019/20\ntable \"T\":\n  x \"X\" = 2019 - 7\n").contains(",2012"))
}

@Test func declarationsAndWindowsSurviveTheFormatter() throws {
    let source = """
        title "Periods"
        months 2019-10 to 2020-06

        input rent = £100,000 per year

        table "Costs":
          rent_months "Rent" = phase(rent, profile: 5% | 5% | 5% | 5% | 5% | 10% | 10% | 15% | 15% | 10% | 10% | 5%) from 2019-12 until 2020-03

        """
    let (formatted, problems) = ScenarioFormatter.format(path: "x.scenario", text: source)
    #expect(problems.isEmpty)
    let once = try #require(formatted)
    #expect(once.contains("months 2019-10 to 2020-06"))
    #expect(once.contains("from 2019-12 until 2020-03"))
    #expect(ScenarioFormatter.format(path: "x.scenario", text: once).0 == once)
    #expect(figures(once) == figures(source))
    let quarters = "title \"Q\"\nquarters 2019/20 Q3 to 2020/21 Q1\n"
    #expect(ScenarioFormatter.format(path: "x.scenario", text: quarters).0 == quarters)
}

@Test func aYearlyRateIsExactlyATwelfthInAMonthlyModel() {
    let source = """
        months 2019-04 to 2019-05
        input patients = 12,345 patients
        table "T":
          x "X" = £1.01 per patient per year * patients
        """
    // 1.01 × 12,345 ÷ 12 = 12,468.45 ÷ 12 = 1,039.0375 exactly: each month, and 2,078.075 over two.
    #expect(figures(source).contains("X,£,1039.0375,1039.0375,2078.075"))
}

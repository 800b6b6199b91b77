import Testing
@testable import FinModel

/// One member's figure of a list attribute by year, quarter or month, set for one period: it
/// holds in every model period within that period and in no other, reads back by the name it
/// was given, and moves `compare`'s inputs and a bridge as an input does.
@Suite struct ListFigureByPeriodTests {
    /// Populations by year in a model of months from January to June 2020: 2019/20 holds
    /// January to March, 2020/21 April to June.
    static let source = """
        title "Populations"
        months 2020-01 to 2020-06
        list ccgs (population patients by year):
          "ELR"  325,000 | 330,000
          "City" 380,000 | 385,000
        variant estimate:
          population["City", 2020/21] = 390,000 patients
        table "Populations" by ccgs:
          registered "Population" = population

        """

    static func scenario() throws -> Scenario {
        let (scenario, problems) = Scenario.load(path: "populations.scenario", text: source, files: .none)
        #expect(problems.filter(\.isError).isEmpty, "\(DiagnosticRenderer.render(problems))")
        return try #require(scenario)
    }

    /// The member's row, month by month, under `overrides` or `variant`.
    static func city(overrides: [Override] = [], variant: String? = nil) throws -> [Exact] {
        let (report, problems) = try scenario().evaluate(overrides: overrides, variant: variant)
        let line = try #require(report?.tables.first?.lines.first, "\(DiagnosticRenderer.render(problems))")
        return Array(line.values[6..<12])
    }

    @Test func aYearsFigureSetInAModelOfMonthsHoldsInEachOfItsMonthsAndNoOther() throws {
        let set = try Self.city(overrides: [Override(name: "population[\"City\", 2019/20]", value: "400,000 patients")])
        #expect(set == [400_000, 400_000, 400_000, 385_000, 385_000, 385_000].map { Exact(Int64($0)) })
        let variant = try Self.city(variant: "estimate")
        #expect(variant == [380_000, 380_000, 380_000, 390_000, 390_000, 390_000].map { Exact(Int64($0)) })
    }

    @Test(arguments: ["population[\"City\", 2019/20]", "population[\"City\", 2019/20 Q3]", "population[\"City\", 2020-04]"])
    func aFigureNamedWithAPeriodReadsBackAsTheNameGiven(_ typed: String) throws {
        let name = try #require(Parser.parseListFigureName(SourceText(SourceFile(path: "typed", text: typed))))
        let figure = ListFigure(list: "ccgs", attribute: name.attribute.name, member: name.member.name, memberIndex: 1,
                                period: name.period?.period)
        #expect(figure.reference == typed)
    }

    @Test func compareShowsTheListFigureAnOptionSetsMarkedWhereItDiffers() throws {
        let (comparison, problems) = try Self.scenario().compare(variants: ["estimate"])
        let grid = OutputGrid.optionInputs(try #require(comparison, "\(DiagnosticRenderer.render(problems))"), changedOnly: true)
        let row = try #require(grid.rows.first)
        #expect(grid.rows.count == 1)
        #expect(CellText.plain(row.headers[0]) == "population[\"City\", 2020/21]")
        #expect(row.cells.map(CellText.plain) == ["385000", "390000", "a figure of the list 'ccgs'"])
        #expect(row.cells.map(\.status) == [nil, .changed, nil])
    }

    @Test func aBridgeGivesTheListFigureItsOwnStepAndTheWholeChange() throws {
        let (bridge, problems) = try Self.scenario().bridge(
            SourceText("total(registered[\"City\"])", origin: "--bridge"), from: nil, to: "estimate")
        let found = try #require(bridge, "\(DiagnosticRenderer.render(problems))")
        #expect(found.steps.map(\.input) == ["population[\"City\", 2020/21]"])
        #expect(found.steps.map(\.change) == [Exact(15_000)])
        #expect(found.change == Exact(15_000))
    }
}

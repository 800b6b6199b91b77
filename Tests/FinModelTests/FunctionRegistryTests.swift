import Foundation
import Testing
@testable import FinModel

/// The function registry is the one description of the built-in functions: the manual's table
/// and `scenario help functions` are printed from it, and every name in it evaluates.
@Suite struct FunctionRegistryTests {
    static let startMarker = "<!-- functions: printed from the function registry; RECORD=1 swift test rewrites it -->\n"
    static let endMarker = "<!-- end functions -->\n"

    @Test func theManualsFunctionTableIsTheRegistrys() throws {
        let path = LanguageManualTests.manualPath
        let manual = try String(contentsOf: path, encoding: .utf8)
        let start = try #require(manual.range(of: Self.startMarker), "docs/language.md lost its function-table marker")
        let end = try #require(manual.range(of: Self.endMarker, range: start.upperBound..<manual.endIndex))
        let written = String(manual[start.upperBound..<end.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD"] == "1", written != FunctionHelp.markdownTable {
            try (manual[..<start.upperBound] + FunctionHelp.markdownTable + manual[end.lowerBound...])
                .write(to: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == FunctionHelp.markdownTable, "docs/language.md's function table differs from the registry; RECORD=1 swift test rewrites it")
    }

    @Test func everyFunctionIsListedInHelpWithItsParameters() {
        let help = FunctionHelp.text
        for function in BuiltinFunction.all {
            #expect(help.contains("  \(function.signature)\n"), "\(function.spelling) missing from help")
            for parameter in function.parameters where !function.isVariadic {
                #expect(function.signature.contains(parameter.name), "\(function.spelling) signature lacks \(parameter.name)")
            }
        }
        #expect(BuiltinFunction.all.count == BuiltinFunction.Name.allCases.count)
        #expect(help.contains("rule: half_even, half_up, toward_zero, down, up, floor, ceiling"))
    }

    @Test func everyFunctionsUsageExampleEvaluates() throws {
        for function in BuiltinFunction.all {
            // phase(...) spreads a yearly amount over months: four months, as the rows have four figures;
            // the forecast functions read a line's actuals, April to June, to the cut-off.
            let readsActuals: Set<BuiltinFunction.Name> = [.forecast, .yearToDate, .outturn, .variance, .variancePercent]
            let monthly = function.name == .phase || readsActuals.contains(function.name)
            let periods = monthly ? "months 2018-04 to 2018-07" : "years 2018/19 to 2021/22"
            let actuals = readsActuals.contains(function.name)
                ? "input cutoff = 2018-06\nactuals from \"actuals.csv\"\nstaff = phase(£120,000 per year, flat)\n" : ""
            let files = FileAccess { _ in ("actuals.csv", "line,month,amount\nstaff,2018-04,9500\nstaff,2018-05,10250.50\nstaff,2018-06,9980\n") }
            let source = """
            \(periods)
            \(actuals)
            list practices (list_size patients, locality text, opted_in yes/no):
              "A" 1,000 "Melton" yes
              "B" 3,000 "Blaby" no
            cost = list_size * yearly(£1 per patient)
            input income = £1 | £2 | £3 | £4
            input surplus = £5 | £6 | £7 | £8
            input a = £1
            input b = £2
            input c = £3
            input value = £4
            x = \(function.usage)

            """
            let (scenario, problems) = Scenario.load(path: "usage.scenario", text: source, files: readsActuals.contains(function.name) ? files : .none)
            #expect(problems.isEmpty, "\(function.usage): \(problems.map(\.message))")
            let (report, more) = try #require(scenario).evaluate()
            #expect(report != nil, "\(function.usage) does not evaluate: \(more.map(\.message))")
        }
    }
}

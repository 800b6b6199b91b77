import FinModel
import Foundation

// The NHS England clinical pharmacists' four-year costing (seed 002, appendix B), computed with
// FinModel's exact types and printed; Scenarios/nhse-pharmacists.scenario is the same model in
// the scenario language. Every amount is whole pence, every rate an exact fraction, and every
// rounding is named where it happens. Its output is expected-output.txt beside this package.

// The years, the pay and its uplift.
let years = try FinancialYearRange(parsing: "2018/19 to 2021/22")
let salary = try Money.pounds(58_620)
let pay = try upliftSeries(
    base: salary.multiplied(by: 3), rate: .percent(2), over: years, policy: .roundEachYear(.halfUp))
let support = Series(years: years, repeating: try Money.pounds(5_000))
let totalCost = try pay.adding(support)

// What NHS England pays; the practices pay the rest.
let nhseFunding = try Series(years: years, values: [87_000, 60_000, 33_000, 0].map { try Money.pounds($0) })
let practicesPay = try totalCost.subtracting(nhseFunding)

// The 11 practices sharing the pharmacists, and their registered patients.
let practices: [(name: String, listSize: Int64)] = [
    ("Enderby", 6_254), ("Northfield", 11_490), ("Masharani", 6_000), ("Croft", 9_130),
    ("South Wigston", 8_701), ("County", 11_918), ("Oakham", 16_000), ("Market Overton", 4_000),
    ("Empingham", 6_460), ("Billesdon", 6_939), ("Long Clawson", 6_600),
]
let listSizes = practices.map(\.listSize)
let patients = listSizes.reduce(0, +)

// Each year's contributions split by list size in whole pence: the parts add up to the year's
// amount exactly, the pennies left over going to the largest remainders.
let contributions = try practicesPay.values.map { try $0.apportioned(byListSize: listSizes) }

// 15 pharmacist days a week, split to a tenth of a day.
let days = try Apportionment.split(Exact(15), step: Exact(parsingDecimal: "0.1"), weights: listSizes.map { Exact($0) })

// Print: figures to the pound as the source shows them, to the penny where they are split.
let pounds = MoneyFormat(scale: .pounds)
func row(_ label: String, _ cells: [String], width: Int = 14) -> String {
    label.padding(toLength: 24, withPad: " ", startingAt: 0)
        + cells.map { String(repeating: " ", count: max(width - $0.count, 1)) + $0 }.joined()
}
func money(_ series: Series<Money>, _ format: MoneyFormat) throws -> [String] {
    series.values.map { $0.formatted(format) } + [try series.total().formatted(format)]
}

print("NHS England clinical pharmacists: four-year costing (\(years))")
print()
print(row("", years.map(\.description) + ["Total"]))
print(row("Pay, uplifted 2% a year", try money(pay, pounds)))
print(row("Federation support", try money(support, pounds)))
print(row("Grand total cost", try money(totalCost, pounds)))
print(row("NHS England funding", try money(nhseFunding, pounds)))
print(row("Paid by practices", try money(practicesPay, pounds)))
let perPatient = try totalCost.values.map { try $0.exactPounds.divided(by: Exact(patients)) }
let overall = try totalCost.total().exactPounds.divided(by: Exact(patients * Int64(years.count)))
print(row("£ per patient", (perPatient + [overall]).map { "£" + $0.decimalText(places: 2, rule: .halfUp, grouping: false) }))
print()

print("Paid by practices, split by list size (\(patients.formatted()) patients)")
print()
print(row("", ["Patients", "Days a week"] + years.map(\.description) + ["Total"], width: 13))
for (index, practice) in practices.enumerated() {
    let shares = contributions.map { $0[index] }
    let cells = [practice.listSize.formatted(), days[index].decimalText(places: 1, rule: .halfUp, grouping: false)]
        + (shares + [try Money.sum(shares)]).map { $0.formatted() }
    print(row(practice.name, cells, width: 13))
}
let yearTotals = try contributions.map { try Money.sum($0) }
print(row("Total", [patients.formatted(), "15.0"] + (yearTotals + [try Money.sum(yearTotals)]).map { $0.formatted() }, width: 13))
print()

// The source subtracts NHS England's funding from the year-1 cost in every year, leaving out the
// uplift (domain inconsistency 2): its contributions add to £543,440.
let yearOneCost = totalCost.values[0]
let statedContributions = try nhseFunding.map { funding throws(ArithmeticError) in try yearOneCost.subtracting(funding) }
let omitted = try practicesPay.total().subtracting(statedContributions.total())
print("The source's contributions, without the uplift: \(try statedContributions.total().formatted(pounds))")
print("With the uplift: \(try practicesPay.total().formatted(pounds)), \(omitted.formatted(pounds)) more")
print()

// The same model written in the scenario language, loaded and evaluated from Swift: its
// practice contributions are the split above, to the penny.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let path = repository.appendingPathComponent("Scenarios/nhse-pharmacists.scenario").path
let (loaded, loadProblems) = Scenario.load(path: path, text: try String(contentsOfFile: path, encoding: .utf8), files: .none)
guard let scenario = loaded, let report = scenario.evaluate().0 else {
    FileHandle.standardError.write(Data(DiagnosticRenderer.render(loadProblems + (loaded?.evaluate().1 ?? [])).utf8))
    exit(2)
}
let line = report.tables.flatMap(\.lines).first { $0.name == "contribution" }!
let split = practices.indices.flatMap { index in contributions.map { $0[index].exactPounds } }  // member by member
print("\(scenario.title): the same split, to the penny: \(line.values == split ? "yes" : "no")")

// A what-if: the pay uplift at 3% instead of 2%, set as on the command line.
let (higher, _) = scenario.evaluate(overrides: [Override(name: "pay_uplift", value: "3%")])
let costs = higher!.tables.flatMap(\.lines).first { $0.name == "total_cost" }!
print("Grand total cost with a 3% uplift: \(costs.values.map { $0.formattedAsPounds(pounds) }.joined(separator: " / "))")

extension Int64 {
    /// The count with thousands separators, as the tables show it: 93,492.
    func formatted() -> String {
        Exact(self).decimalText(places: 0, rule: .halfUp, grouping: true)
    }
}

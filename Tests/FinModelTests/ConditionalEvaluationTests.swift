import Testing
@testable import FinModel

/// `if` takes each cell from the branch its condition chooses, so a guard such as
/// `if patients = 0 patients then £0 else cost / patients` works cell by cell, and a failure in a
/// cell that is chosen is still reported, where and as it was.
@Suite struct ConditionalEvaluationTests {
    enum Outcome: Equatable {
        case success([Exact])
        case failure([String])
    }

    /// The cells of `line`, or the errors, of a two-year scenario with `patients` 0 then 100.
    static func evaluate(_ lines: String, line: String = "x") throws -> Outcome {
        let text = """
            title "If"
            years 2019/20 to 2020/21
            input patients = 0 patients | 100 patients
            input cost = £500
            input flag = 0 | 0
            list practices (list_size patients):
              "Enderby"     0
              "Northfield" 50
            \(lines)

            """
        let scenario = try #require(Scenario.load(path: "if.scenario", text: text, files: .none).0)
        let (prepared, problems) = scenario.prepare()
        guard let prepared else { return .failure(problems.map(\.message)) }
        let (evaluator, errors) = prepared.values()
        guard let evaluator else { return .failure(errors.filter(\.isError).map { "\($0.span!.line):\($0.span!.column): \($0.message)" }) }
        return .success(try #require(evaluator.value(of: line)).cells)
    }

    @Test(arguments: [
        // The guard the division-by-zero help suggests.
        ("x = if patients = 0 patients then £0 per patient else cost / patients", ["0", "5"]),
        ("x = if patients != 0 patients then cost / patients else £0 per patient", ["0", "5"]),
        // Through cell-by-cell functions, operators, nested ifs and indexing.
        ("x = if patients = 0 patients then £0 else round(cost / patients, half_up, £0.01 per patient) * 1 patients", ["0", "5"]),
        ("x = if patients = 0 patients then £0 else max(cost / patients * 1 patients, £1) + £1", ["0", "6"]),
        ("x = if patients > 50 patients then £1 else if patients = 0 patients then £2 else cost / patients * 1 patients", ["2", "1"]),
        // `and` and `or` guard their right side as `if` does.
        ("x = if not (patients = 0 patients) and cost / patients > £1 per patient then £1 else £0", ["0", "1"]),
        ("x = if patients = 0 patients or cost / patients > £1 per patient then £1 else £0", ["1", "1"]),
        ("x = if patients = 0 patients then 0 else (cost / patients)[2020/21] / £1 per patient", ["0", "5"]),
        ("x = if patients = 0 patients then £0 else yearly(cost) / patients * 1 patients", ["0", "5"]),
        // A whole function over the years in a branch never chosen.
        ("x = if flag = 1 then yearly(total(cost / patients)) else £0 per patient", ["0", "0"]),
        // By list: a member with no patients.
        ("x = if list_size = 0 patients then £0 per patient else cost / list_size", ["0", "10"]),
    ])
    func aBranchFailsOnlyInTheCellsItIsChosenFor(_ line: String, expected: [String]) throws {
        let outcome = try Self.evaluate(line)
        #expect(outcome == .success(expected.map(x)), "\(outcome)")
    }

    @Test(arguments: [
        ("x = if patients = 0 patients then cost / patients else £0 per patient", "9:40: division by zero in 2019/20"),
        ("x = if patients > 50 patients then £1 else round(cost / patients, half_up, £0.01 per patient) * 1 patients", "9:55: division by zero in 2019/20"),
        ("x = if flag = 0 then yearly(total(cost / patients)) else £0 per patient", "9:40: division by zero in 2019/20"),
        ("x = if cost / patients > £1 per patient then £1 else £0", "9:13: division by zero in 2019/20"),
    ])
    func aFailedCellThatIsChosenIsReportedWhereItFailed(_ line: String, expected: String) throws {
        let outcome = try Self.evaluate(line)
        #expect(outcome == .failure([expected]), "\(outcome)")
    }

    @Test func withoutAnIfADivisionByZeroIsReportedAsBefore() throws {
        #expect(try Self.evaluate("x = cost / patients") == .failure(["9:10: division by zero in 2019/20"]))
    }
}

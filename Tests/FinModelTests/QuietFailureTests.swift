import Testing
@testable import FinModel

/// A line may fail quietly only when a line it reads failed first and said why: if the checker
/// accepts something the evaluator cannot compute, the line must not vanish from the output
/// without a word, because a blank figure in a board paper reads as zero.
@Suite struct QuietFailureTests {
    /// Evaluates the scenario with the line `broken` replaced, after checking, by an expression
    /// the checker never lets through (a text), as a fault in the tool would.
    static func evaluateWithFault() throws -> (diagnostics: [String], failed: [String]) {
        let (loaded, problems) = Scenario.load(path: "fault.scenario", text: """
            years 2019/20 to 2020/21
            input rate = £2.00 per patient
            input patients = 100 patients
            broken = rate * patients
            after = broken + £1
            apart = rate * patients
            """, files: .none)
        try #require(problems.filter(\.isError).isEmpty, "\(problems.map(\.message))")
        let (checked, checkProblems) = try #require(loaded).prepare()
        let prepared = try #require(checked, "\(checkProblems.map(\.message))")
        var model = prepared.model
        let original = try #require(model.values["broken"]).definition
        model.values["broken"] = Model.NamedValue(
            definition: Definition(name: original.name, nameSpan: original.nameSpan, label: nil,
                                   expression: Expression(.text("not a figure"), span: original.expression.span),
                                   total: nil, note: nil, citations: []),
            isInput: false, original: nil)
        let faulty = CheckedScenario(model: model, order: prepared.order, graph: prepared.graph, types: prepared.types, displays: prepared.displays)
        var evaluator = Evaluator(checked: faulty)
        evaluator.evaluate(faulty.order)
        return (evaluator.diagnostics.map(\.message), faulty.order.filter { evaluator.value(of: $0) == nil })
    }

    @Test func aLineThatFailsWithoutACauseSaysSo() throws {
        let (diagnostics, failed) = try Self.evaluateWithFault()
        #expect(diagnostics == ["'broken' could not be evaluated, though the checker accepted it"])
        // The line reading it fails quietly, its cause already reported; the rest stand.
        #expect(failed == ["broken", "after"])
    }
}

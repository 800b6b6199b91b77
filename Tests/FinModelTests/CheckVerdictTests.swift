import Testing
@testable import FinModel

/// Floors, ceilings, expected discrepancies and checks over a list, as every writer shows them:
/// a known discrepancy is visible with its note in each format and fails nothing, one that has
/// gone fails, and a check over many members shows the few that fail, then counts the rest.
@Suite struct CheckVerdictTests {
    /// (comparison, computed − stated, allowance, verdict)
    static let verdicts: [(CheckComparison, Int64, Int64, CheckComparison.Verdict)] = [
        (.equal, 0, 0, .holds), (.equal, 1, 1, .withinTolerance), (.equal, -1, 1, .withinTolerance), (.equal, 2, 1, .fails),
        (.atLeast, 5, 0, .holds), (.atLeast, 0, 0, .holds), (.atLeast, -1, 1, .withinTolerance), (.atLeast, -2, 1, .fails),
        (.atMost, -5, 0, .holds), (.atMost, 1, 1, .withinTolerance), (.atMost, 2, 1, .fails),
        (.above, 1, 0, .holds), (.above, 0, 0, .fails), (.above, 0, 1, .withinTolerance), (.above, -1, 1, .fails),
        (.below, -1, 0, .holds), (.below, 0, 0, .fails), (.below, 0, 1, .withinTolerance), (.below, 1, 1, .fails),
    ]

    @Test(arguments: verdicts)
    func aComparisonHoldsExactlyWithinTheAllowanceOrNot(_ comparison: CheckComparison, _ difference: Int64, _ allowance: Int64, _ verdict: CheckComparison.Verdict) {
        #expect(comparison.verdict(difference: Exact(difference), allowance: Exact(allowance)) == verdict)
    }

    static func check(_ place: String, _ computed: String, status: OutputStatus, expected: String? = nil, list: String? = nil) -> OutputCheck {
        let stated = try! Exact(parsingDecimal: "100"), value = try! Exact(parsingDecimal: computed)
        return OutputCheck(
            label: "Spend", place: place, stated: .figure(stated, format: .money), computed: .figure(value, format: .money),
            difference: .figure(try! value.subtracting(stated), format: .money, showsSign: true), tolerance: .figure(.zero, format: .money),
            status: status, path: "x.scenario", line: 7, column: 1, comparison: .atLeast, expected: expected, list: list)
    }

    static func document(_ checks: [OutputCheck]) -> OutputDocument {
        OutputDocument(sections: [OutputSection(.checks, title: "Checks", blocks: [.checks(OutputChecks(checks, layout: .table))])])
    }

    @Test func anExpectedDiscrepancyShowsItsNoteInEveryFormatAndFailsNothing() {
        let known = Self.check("2017/18", "99", status: .expected, expected: "the paper's total is £1 low")
        let document = Self.document([known])
        let outputs = [
            TextWriter.write(document), MarkdownWriter.write(document), HTMLWriter.write(document), JSONWriter.write(document),
        ]
        for output in outputs {
            #expect(output.contains("expected discrepancy"), "\(output)")
            #expect(output.contains("the paper") && output.contains("total is £1 low"), "\(output)")
        }
        #expect(TextWriter.write(document).contains("at least £100.00"))
        #expect(CheckText.summary([known]) == "1 check: 0 passed, 0 failed, 1 expected discrepancy")
        #expect(known.passed)
        #expect(TextWriter.failures(OutputChecks([known], layout: .listing)).isEmpty)
    }

    @Test func aDiscrepancyThatHasGoneFailsAndSaysToRemoveExpected() {
        let gone = Self.check("2017/18", "100", status: .fail, expected: "the paper's total is £1 low")
        #expect(!gone.passed && gone.discrepancyGone)
        let failures = TextWriter.failures(OutputChecks([gone], layout: .listing))
        #expect(failures.contains("x.scenario:7:1: error: check 'Spend [2017/18]' expected a discrepancy, but the figures now agree"))
        #expect(failures.contains("help: remove 'expected'"))
        #expect(TextWriter.write(Self.document([gone])).contains("remove 'expected'"))
    }

    @Test func aCheckOverAListShowsTheFirstFiveFailuresThenCountsTheRest() {
        let members = (0..<10).map { index in
            Self.check("P\(index)", index < 7 ? "90" : "100", status: index < 7 ? .fail : .pass, list: "practices")
        }
        let rows = CheckText.rows(members)
        #expect(rows.count == 6)
        let shown = rows.compactMap { row -> String? in if case .check(let check) = row { check.place } else { nil } }
        #expect(shown == ["P0", "P1", "P2", "P3", "P4"])
        guard case .more(_, let hidden, let status, let passed, _, let total)? = rows.last else {
            Issue.record("no count of the other members")
            return
        }
        #expect((hidden, status, passed, total) == (2, .fail, 3, 10))
        let text = TextWriter.write(Self.document(members))
        #expect(text.contains("Spend [practices]  and 2 more failed, 3 of 10 passed"), "\(text)")
        let failures = TextWriter.failures(OutputChecks(members, layout: .listing))
        #expect(failures.contains("error: check 'Spend' failed for 2 more of the practices"))
        #expect(HTMLWriter.write(Self.document(members)).contains("and 2 more failed, 3 of 10 passed"))
    }

    @Test func aCheckOverAListThatPassesIsOneLine() {
        let members = (0..<31).map { Self.check("P\($0)", "100", status: .pass, list: "practices") }
        let rows = CheckText.rows(members)
        #expect(rows.count == 1)
        #expect(TextWriter.write(Self.document(members)).contains("pass  Spend [practices]  all 31 passed"))
        #expect(CheckText.summary(members) == "31 checks: 31 passed, 0 failed")
    }
}

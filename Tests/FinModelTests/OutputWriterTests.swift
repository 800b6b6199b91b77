import Testing
@testable import FinModel

/// Each writer on one hand-made document (not built from a scenario, so the writers are shown
/// to need nothing but the output model): a table by year shown to £1, with a count line, and
/// three checks (a pass, a pass within tolerance, a failure). Whole documents, exact text.
@Suite struct OutputWriterTests {
    static let years = ["2019/20", "2020/21"]

    static func line(_ name: String, _ label: String, unit: String, format: ValueFormat, sourceLine: Int) -> OutputLine {
        OutputLine(name: name, label: label, unit: unit, format: format, hasYears: true, sourceLine: sourceLine, note: nil)
    }

    static var costs: OutputGrid {
        func pay(_ value: String, total: OutputCell.Total? = nil) -> OutputCell {
            .figure(x(value), format: .money, rounding: .pounds, places: 2, total: total)
        }
        func days(_ value: String, total: OutputCell.Total? = nil) -> OutputCell {
            .figure(x(value), format: .quantity("days"), places: 1, total: total)
        }
        return OutputGrid(
            title: "Costs", arrangement: .byYear, headers: [OutputLabel("", plain: "line")],
            columns: years.map { OutputColumn(heading: .text($0)) } + [OutputColumn(heading: .text("Total", plain: "total"), role: .total)],
            rows: [
                OutputRow(headers: [.text("Pay")], cells: [pay("1000.50"), pay("-2000"), pay("-999.50", total: .ofRow)],
                          line: line("pay", "Pay", unit: "£", format: .money, sourceLine: 4)),
                OutputRow(headers: [.text("Days (days)", plain: "Days")], cells: [days("1.5"), days("2"), days("3.5", total: .ofRow)],
                          line: line("days", "Days", unit: "days", format: .quantity("days"), sourceLine: 5)),
            ],
            rounding: .pounds)
    }

    static var checks: [OutputCheck] {
        func check(_ label: String, _ stated: String, _ computed: String, tolerance: String, _ status: OutputStatus, line: Int) -> OutputCheck {
            let difference = try! x(computed).subtracting(x(stated))
            return OutputCheck(
                label: label, place: "2019/20", stated: .figure(x(stated), format: .money), computed: .figure(x(computed), format: .money),
                difference: .figure(difference, format: .money, showsSign: true), tolerance: .figure(x(tolerance), format: .money),
                status: status, path: "board.scenario", line: line, column: 1)
        }
        return [
            check("Pay", "1000.50", "1000.50", tolerance: "0", .pass, line: 8),
            check("Rounded", "1000", "1000.50", tolerance: "1", .withinTolerance, line: 9),
            check("Typo", "100", "1000.50", tolerance: "0", .fail, line: 10),
        ]
    }

    static var document: OutputDocument {
        OutputDocument(
            title: "Board paper", periods: years, source: "board.scenario", byline: ["Scenario board.scenario"],
            sections: [
                OutputSection(.tables, title: "Tables", blocks: [.grid(costs)]),
                OutputSection(.checks, title: "Checks", blocks: [.checks(OutputChecks(checks, layout: .table))]),
            ])
    }

    @Test func textAlignsColumnsRoundsMoneyByTheTableAndListsTheChecks() {
        #expect(TextWriter.write(Self.document) == """
            Board paper

            Costs        2019/20  2020/21    Total
            Pay           £1,001  -£2,000  -£1,000
            Days (days)      1.5      2.0      3.5
            (money shown to £1, half_up; totals are of exact values, and 1 differs from the sum of the figures shown)

            Checks
              pass               Pay [2019/20]      stated £1,000.50  computed £1,000.50
              pass within £1.00  Rounded [2019/20]  stated £1,000.00  computed £1,000.50  difference +£0.50
              FAIL               Typo [2019/20]     stated £100.00  computed £1,000.50  difference +£900.50
            3 checks: 2 passed (1 within tolerance), 1 failed

            """)
    }

    @Test func textListsChecksWithTheirPlaceAndFailuresInTheDiagnosticLayout() {
        let checks = OutputChecks(Self.checks, layout: .listing)
        let listing = OutputDocument(sections: [OutputSection(.checks, title: "Checks", blocks: [.checks(checks), .checks(OutputChecks(Self.checks, layout: .summary))])])
        #expect(TextWriter.write(listing) == """
            board.scenario:8: pass  Pay [2019/20]: stated £1,000.50, computed £1,000.50
            board.scenario:9: pass within £1.00  Rounded [2019/20]: stated £1,000.00, computed £1,000.50, difference +£0.50
            board.scenario:10: FAIL  Typo [2019/20]: stated £100.00, computed £1,000.50, difference +£900.50
            3 checks: 2 passed (1 within tolerance), 1 failed

            """)
        #expect(TextWriter.failures(checks) == """
            board.scenario:10:1: error: check 'Typo [2019/20]' failed
              stated:     £100.00
              computed:   £1,000.50
              difference: +£900.50

            """)
    }

    @Test func csvHasPlainFiguresAndPlainLabels() {
        #expect(CSVWriter.write(Self.document) == "line,unit,2019/20,2020/21,total\r\nPay,£,1000.50,-2000.00,-999.50\r\nDays,days,1.5,2,3.5\r\n")
        #expect(CSVWriter.write(Self.document, byteOrderMark: true).hasPrefix("\u{FEFF}line,"))
    }

    /// The OWASP rule on text cells only: a label a spreadsheet would run gets a `'` and quotes;
    /// a negative figure, or one with `+`, is a number and is written as it is.
    @Test(arguments: [
        ("=SUM(A1)", "\"'=SUM(A1)\""), ("+1", "\"'+1\""), ("-Loss", "\"'-Loss\""), ("@cmd", "\"'@cmd\""),
        ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("a=b", "a=b"), ("Enderby, East", "\"Enderby, East\""), (" =x", " =x"),
    ])
    func csvTextThatASpreadsheetWouldRunIsNeutralised(_ label: String, _ written: String) {
        let grid = OutputGrid(
            title: "T", arrangement: .byYear, headers: [OutputLabel("", plain: "line")], columns: [OutputColumn(heading: .text("2019/20"))],
            rows: [OutputRow(headers: [.text(label)], cells: [.figure(x("-1200.5"), format: .money)]),
                   OutputRow(headers: [.text("Change")], cells: [.figure(x("4"), format: .money, showsSign: true)])])
        let document = OutputDocument(sections: [OutputSection(.tables, title: "Tables", blocks: [.grid(grid)])])
        #expect(CSVWriter.write(document) == "line,unit,2019/20\r\n\(written),£,-1200.50\r\nChange,£,+4.00\r\n")
        let raw = CSVWriter.write(document, guardsFormulas: false)
        #expect(raw == "line,unit,2019/20\r\n\(CSVWriter.field(label)),£,-1200.50\r\nChange,£,+4.00\r\n")
    }

    @Test func markdownHasAPipeTableTheRoundingNoteAndTheChecks() {
        #expect(MarkdownWriter.write(Self.document) == """
            # Board paper

            ## Costs

            |  | 2019/20 | 2020/21 | Total |
            |:---|---:|---:|---:|
            | Pay | £1,001 | -£2,000 | -£1,000 |
            | Days (days) | 1.5 | 2.0 | 3.5 |

            Money shown to £1, half_up; totals are of exact values, and 1 differs from the sum of the figures shown.

            ## Checks

            | Check | Stated | Computed | Difference | Result |
            |:---|---:|---:|---:|:---|
            | Pay \\[2019/20\\] | £1,000.50 | £1,000.50 |  | pass |
            | Rounded \\[2019/20\\] | £1,000.00 | £1,000.50 | +£0.50 | **pass within £1.00** |
            | Typo \\[2019/20\\] | £100.00 | £1,000.50 | +£900.50 | **FAIL** |

            3 checks: 2 passed (1 within tolerance), 1 failed

            """)
    }

    @Test func jsonKeepsEachLineWithExactFiguresWhatIsShownAndTheChecksWithASummary() {
        #expect(JSONWriter.write(Self.document) == """
            {
              "title": "Board paper",
              "variant": null,
              "periods": ["2019/20", "2020/21"],
              "tables": [
                {
                  "title": "Costs",
                  "by": null,
                  "display": {
                    "step": "1",
                    "rule": "half_up"
                  },
                  "lines": [
                    {
                      "name": "pay",
                      "label": "Pay",
                      "unit": "£",
                      "format": "money",
                      "source_line": 4,
                      "values": {
                        "2019/20": "1000.50",
                        "2020/21": "-2000.00"
                      },
                      "total": "-999.50",
                      "shown": {
                        "values": {
                          "2019/20": "£1,001",
                          "2020/21": "-£2,000"
                        },
                        "total": "-£1,000"
                      }
                    },
                    {
                      "name": "days",
                      "label": "Days",
                      "unit": "days",
                      "format": "quantity",
                      "source_line": 5,
                      "values": {
                        "2019/20": "1.5",
                        "2020/21": "2"
                      },
                      "total": "3.5",
                      "shown": {
                        "values": {
                          "2019/20": "1.5",
                          "2020/21": "2.0"
                        },
                        "total": "3.5"
                      }
                    }
                  ]
                }
              ],
              "checks": [
                {
                  "label": "Pay",
                  "place": "2019/20",
                  "line": 8,
                  "stated": "1000.50",
                  "computed": "1000.50",
                  "difference": "0.00",
                  "tolerance": "0.00",
                  "passed": true,
                  "shown": {
                    "stated": "£1,000.50",
                    "computed": "£1,000.50",
                    "difference": "£0.00"
                  }
                },
                {
                  "label": "Rounded",
                  "place": "2019/20",
                  "line": 9,
                  "stated": "1000.00",
                  "computed": "1000.50",
                  "difference": "0.50",
                  "tolerance": "1.00",
                  "passed": true,
                  "shown": {
                    "stated": "£1,000.00",
                    "computed": "£1,000.50",
                    "difference": "+£0.50"
                  }
                },
                {
                  "label": "Typo",
                  "place": "2019/20",
                  "line": 10,
                  "stated": "100.00",
                  "computed": "1000.50",
                  "difference": "900.50",
                  "tolerance": "0.00",
                  "passed": false,
                  "shown": {
                    "stated": "£100.00",
                    "computed": "£1,000.50",
                    "difference": "+£900.50"
                  }
                }
              ],
              "summary": {
                "checks": 3,
                "passed": 2,
                "failed": 1
              }
            }

            """)
    }

    @Test func htmlShowsTheSameCellsAsTheTerminalAndMarksNegatives() {
        let html = HTMLWriter.write(Self.document)
        #expect(html.contains("<tr><th scope=\"row\">Pay</th><td class=\"num\">£1,001</td><td class=\"num neg\">-£2,000</td><td class=\"num neg\">-£1,000</td></tr>"))
        #expect(html.contains("<p class=\"note\">Money shown to £1, half_up; totals are of exact values, and 1 differs from the sum of the figures shown.</p>"))
        #expect(html.contains("<p class=\"summary fail\">3 checks: 2 passed (1 within tolerance), 1 failed</p>"))
        #expect(html.contains("<nav aria-label=\"Contents\"><ol><li><a href=\"#tables\">Tables</a></li><li><a href=\"#checks\">Checks</a></li></ol></nav>"))
        #expect(html.hasSuffix("<footer><p>Made by scenario \(FinModel.version) from board.scenario. Figures are exact; money is rounded only for display, as each table says.</p></footer>\n</body>\n</html>\n"))
    }

    @Test func theWorkbookHasASheetPerGridWithTotalsAsSums() {
        let sheets = XLSXWriter.sheets(Self.document)
        #expect(sheets.map(\.name) == ["Costs"])
        #expect(sheets[0].cell(row: 0, column: 3) == .text("Total", .heading))
        #expect(sheets[0].cell(row: 1, column: 0) == .text("Pay", .text))
        #expect(sheets[0].cell(row: 1, column: 3) == .formula("SUM(B2:C2)", cached: x("-999.50"), XLSXStyle(format: .moneyPounds, bold: true)))
        #expect(sheets[0].cell(row: 2, column: 2) == .number(Exact(2), XLSXStyle(format: .oneDecimal)))
    }
}

import Testing
import TestSupport
@testable import FinModel

/// Tables at a terminal's width, and in colour: a table wider than the width is split into
/// blocks of whole columns, every figure printed once beside its label, and colour is added
/// around figures without moving a column.
@Suite struct TextGridLayoutTests {
    /// A table by year with `years` columns of figures of random sizes, and a total.
    static func grid(years: Int, lines: Int, using generator: inout SeededGenerator) -> OutputGrid {
        let headings = (0..<years).map { "\(2016 + $0)/\(String(17 + $0).suffix(2))" }
        let rows = (0..<lines).map { line in
            let cells = (0...years).map { _ in
                OutputCell.figure(Exact(Int64.random(in: -9_999_999_999...9_999_999_999, using: &generator)), format: .money)
            }
            return OutputRow(headers: [.text("Line \(line) " + String(repeating: "x", count: Int.random(in: 0...20, using: &generator)))], cells: cells)
        }
        return OutputGrid(
            title: "Income", arrangement: .byYear, headers: [OutputLabel("", plain: "line")],
            columns: headings.map { OutputColumn(heading: .text($0)) } + [OutputColumn(heading: .text("Total", plain: "total"), role: .total)],
            rows: rows)
    }

    /// At any width: lines fit unless a block holds a single column; each figure is printed
    /// once, whole, on its row's line; and blocks together hold every column in order.
    @Test func aWideTableIsSplitIntoBlocksOfWholeColumns() {
        checkProperty(cases: 300) { generator in
            let grid = Self.grid(years: Int.random(in: 1...12, using: &generator), lines: Int.random(in: 1...4, using: &generator), using: &generator)
            let width = Int.random(in: 10...200, using: &generator)
            let layout = TextGridLayout(grid)
            let blocks = layout.blocks(width: width)
            if blocks.flatMap({ Array($0) }) != Array(0..<grid.columns.count) { return "blocks \(blocks) do not cover the columns" }
            let text = TextWriter.grid(grid, options: RenderOptions(width: width))
            let lines = text.split(separator: "\n")
            for block in blocks where block.count > 1 {
                let widest = layout.labelsWidth + block.reduce(0) { $0 + 2 + layout.widths[$1] }
                if widest > width { return "a block of \(block.count) columns is \(widest) wide, more than \(width)" }
            }
            for (row, source) in zip(layout.rows, grid.rows) {
                let printed = lines.filter { $0.hasPrefix(row.labels[0] + " ") }
                let words = printed.flatMap { $0.dropFirst(row.labels[0].count).split(separator: " ").map(String.init) }
                if words != source.cells.map(CellText.figure) { return "row '\(row.labels[0])' printed \(words) at width \(width)" }
            }
            return nil
        }
    }

    @Test func withoutAWidthTheTableIsOneBlock() {
        var generator = SeededGenerator(seed: 1)
        let grid = Self.grid(years: 30, lines: 2, using: &generator)
        #expect(TextGridLayout(grid).blocks(width: nil) == [0..<31])
        #expect(TextWriter.grid(grid).split(separator: "\n").count == 3)
    }

    /// A changed line's figures in cyan, a failure red, a pass within tolerance amber; with the
    /// colour codes taken out, the text is exactly the text without colour.
    @Test func colourGoesAroundFiguresWithoutMovingAColumn() {
        let grid = OutputGrid(
            title: "Costs", arrangement: .byYear, headers: [OutputLabel("", plain: "line")],
            columns: [OutputColumn(heading: .text("2019/20")), OutputColumn(heading: .text("Total", plain: "total"), role: .total)],
            rows: [
                OutputRow(headers: [.text("Pay")], cells: [
                    OutputCell(.figure(x("1000")), format: .money, status: .changed), OutputCell(.figure(x("1000")), format: .money, status: .changed),
                ], status: .changed),
                OutputRow(headers: [.text("Days")], cells: [.figure(x("2"), format: .plain), .empty]),
            ])
        let checks = OutputWriterTests.checks
        let document = OutputDocument(sections: [
            OutputSection(.tables, title: "Tables", blocks: [.grid(grid)]),
            OutputSection(.checks, title: "Checks", blocks: [.checks(OutputChecks(checks, layout: .table))]),
        ])
        let plain = TextWriter.write(document)
        let coloured = TextWriter.write(document, options: RenderOptions(colour: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[36mPay *\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36m£1,000.00\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31mFAIL\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33mpass within £1.00\u{1B}[0m"))
        #expect(!coloured.contains("\u{1B}[31mpass") && !coloured.contains(" \u{1B}[0m"))
        let stripped = coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }
}

/// A grid measured for the terminal: every cell's text and every column's width, and how the
/// columns split into blocks that fit a terminal's width.
///
/// A table wider than the terminal would wrap each line in the middle of a figure. Instead its
/// columns are split into blocks, each as wide as fits, printed one under another with the
/// label columns repeated, so every figure stays whole and beside its label:
///
///     Income           2016/17     2017/18     2018/19
///     CCG           £98,923.00 £131,250.00 £119,827.00
///
///     Income                 Total
///     CCG              £350,000.00
///
/// A block holds at least one column, however narrow the terminal. A group of columns under one
/// label (a line's years in a table by list) is not cut in two when it fits a block of its own;
/// a part of a group cut in two is headed by the group's label again.
struct TextGridLayout {
    struct Row {
        var labels: [String]
        var cells: [String]
        /// Each cell's status, for colour.
        var statuses: [OutputStatus?]
        var status: OutputStatus?
        var isTotal: Bool
    }

    /// Adjacent columns under one group label.
    struct Span {
        var start: Int
        var end: Int
        var label: String
    }

    let isDataTable: Bool
    /// The headings over the label columns: the table's title, or a data table's inputs.
    let headerHeadings: [String]
    let headings: [String]
    /// Each column's group label, or "".
    let groups: [String]
    let rows: [Row]
    private(set) var labelWidths: [Int]
    private(set) var widths: [Int]
    let spans: [Span]
    /// Columns of words (an input's source), padded on the right where figures are on the left.
    let leftAligned: [Bool]

    init(_ grid: OutputGrid) {
        let isDataTable = if case .dataTable = grid.arrangement { true } else { false }
        self.isDataTable = isDataTable
        // The title heads the first header column, unless it stands above the grid.
        headerHeadings = isDataTable ? grid.headers.map(\.text) : [grid.title] + grid.headers.dropFirst().map { _ in "" }
        // In the options' inputs, each value an option sets differently is marked, not its row.
        let marksCells = if case .optionInputs = grid.arrangement { true } else { false }
        var previous: [String] = []
        rows = grid.rows.map { row in
            var labels = row.headers.map(CellText.figure)
            if let first = labels.first, row.status == .changed || row.status == .moved { labels[0] = first + " *" }
            // A member whose figure is set for this run: its name, the last label, is marked.
            if let last = labels.last, row.status == .overridden { labels[labels.count - 1] = last + " *" }
            // With a line and an option per row, the line's label is written once for its options.
            let shown = labels.count > 1 && labels.first == previous.first ? [""] + labels.dropFirst() : labels
            previous = labels
            let cells = row.cells.map { CellText.figure($0) + (marksCells && $0.status == .changed ? " *" : "") }
            return Row(labels: shown, cells: cells, statuses: row.cells.map(\.status), status: row.status, isTotal: row.isTotal)
        }
        headings = grid.columns.map { column in
            CellText.figure(column.heading) + (column.group == nil && column.status == .changed ? " *" : "")
        }
        groups = grid.columns.map { column in column.group.map { $0.text + (column.status == .changed ? " *" : "") } ?? "" }
        spans = Self.spans(groups, in: 0..<groups.count)
        leftAligned = grid.columns.map { $0.role == .words }
        labelWidths = headerHeadings.map(\.count)
        widths = headings.map { max($0.count, 1) }
        for row in rows {
            for (index, label) in row.labels.enumerated() where index < labelWidths.count { labelWidths[index] = max(labelWidths[index], label.count) }
            for (index, cell) in row.cells.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        // A group label spans its columns; widen the last of them if it is longer.
        for span in spans where span.label.count > Self.width(of: span, widths) { widths[span.end] += span.label.count - Self.width(of: span, widths) }
    }

    /// The runs of adjacent columns under one group label, among `columns`.
    static func spans(_ groups: [String], in columns: Range<Int>) -> [Span] {
        var spans: [Span] = []
        for index in columns where !groups[index].isEmpty {
            if let last = spans.last, last.label == groups[index], last.end == index - 1 {
                spans[spans.count - 1].end = index
            } else {
                spans.append(Span(start: index, end: index, label: groups[index]))
            }
        }
        return spans
    }

    static func width(of span: Span, _ widths: [Int]) -> Int {
        (span.start...span.end).reduce(0) { $0 + widths[$1] } + 2 * (span.end - span.start)
    }

    /// The width of the label columns with the spaces between them.
    var labelsWidth: Int { labelWidths.reduce(0, +) + 2 * (labelWidths.count - 1) }

    /// The columns in blocks whose lines fit `width` characters (one block when nil or when
    /// everything fits).
    func blocks(width: Int?) -> [Range<Int>] {
        let count = widths.count
        guard let width, count > 0 else { return [0..<count] }
        func needed(_ columns: ClosedRange<Int>) -> Int { columns.reduce(labelsWidth) { $0 + 2 + widths[$1] } }
        var blocks: [Range<Int>] = []
        var start = 0
        while start < count {
            var end = start + 1  // at least one column, however narrow the terminal
            while end < count, needed(start...end) <= width { end += 1 }
            // Break before a group that would be cut in two, when it fits a block of its own.
            if end < count, let group = spans.first(where: { $0.start < end && $0.end >= end }), group.start > start,
               needed(group.start...group.end) <= width
            {
                end = group.start
            }
            blocks.append(start..<end)
            start = end
        }
        return blocks
    }

    /// A column's heading, aligned as its cells are.
    private func heading(_ column: Int) -> String {
        leftAligned[column] ? headings[column].padding(widths[column]) : headings[column].leftPadding(widths[column])
    }

    /// The header and the rows of the columns in `columns`, with colour when asked.
    func render(_ columns: Range<Int>, colour: Bool) -> String {
        // A group cut in two is headed again in each block, as wide as its part there allows.
        var widths = self.widths
        let spans = Self.spans(groups, in: columns)
        for span in spans where span.label.count > Self.width(of: span, widths) { widths[span.end] += span.label.count - Self.width(of: span, widths) }

        func line(_ labels: [String], _ cells: [String], statuses: [OutputStatus?] = [], status: OutputStatus? = nil) -> String {
            var texts = zip(labels, labelWidths).map { isDataTable ? $0.leftPadding($1) : $0.padding($1) }
            if colour, !texts.isEmpty { texts[0] = TextColour.painted(texts[0], status) }
            var text = texts.joined(separator: "  ")
            for index in columns where index < cells.count {
                let cell = leftAligned[index] ? cells[index].padding(widths[index]) : cells[index].leftPadding(widths[index])
                text += "  " + (colour && index < statuses.count ? TextColour.painted(cell, statuses[index]) : cell)
            }
            return text.trimmingTrailingSpaces() + "\n"
        }
        var out = ""
        if spans.isEmpty {
            out += line(headerHeadings, headings)
        } else {
            var text = zip(headerHeadings, labelWidths).map { $0.padding($1) }.joined(separator: "  ")
            var column = columns.lowerBound
            for span in spans {
                while column < span.start {
                    text += "  " + heading(column)
                    column += 1
                }
                text += "  " + span.label.padding(Self.width(of: span, widths))
                column = span.end + 1
            }
            // Columns after the last group (a line with one figure per member) keep their headings.
            while column < columns.upperBound {
                text += "  " + heading(column)
                column += 1
            }
            out += text.trimmingTrailingSpaces() + "\n"
            out += line(headerHeadings.map { _ in "" }, zip(groups, headings).map { $0.isEmpty ? "" : $1 })
        }
        for row in rows {
            if row.isTotal {
                out += String(repeating: "-", count: columns.reduce(labelsWidth) { $0 + 2 + widths[$1] }) + "\n"
            }
            out += line(row.labels, row.cells, statuses: row.statuses, status: row.status)
        }
        return out
    }
}

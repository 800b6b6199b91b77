/// Lays formatted lines out: indents, blank lines, and alignment within runs of similar lines.
enum Layout {
    static func render(_ lines: [FormattedLine]) -> String {
        var out: [String] = []
        var index = 0
        while index < lines.count {
            // A run: consecutive lines of one kind at one indent with no blank line between.
            var end = index + 1
            let kind = lines[index].kind
            if kind == .definition || kind == .listRow {
                while end < lines.count, !lines[end].blankBefore, lines[end].kind == kind,
                      lines[end].indented == lines[index].indented, lines[end].verbatim == nil,
                      sameStatement(lines[end], lines[index])
                {
                    end += 1
                }
            }
            if lines[index].blankBefore, !out.isEmpty { out.append("") }
            out += renderRun(Array(lines[index..<end]))
            index = end
        }
        return out.map { $0.trimmingTrailingWhitespace() }.joined(separator: "\n") + "\n"
    }

    /// Inputs align with inputs, and lines with lines.
    static func sameStatement(_ a: FormattedLine, _ b: FormattedLine) -> Bool {
        a.tokens.first?.isKeyword(.input) == b.tokens.first?.isKeyword(.input)
    }

    static func renderRun(_ run: [FormattedLine]) -> [String] {
        let indent = run[0].indented ? "  " : ""
        if let verbatim = run[0].verbatim { return [indent + verbatim] }
        switch run[0].kind {
        case .comment, .other:
            return run.map { line in
                indent + [line.head, line.tail].filter { !$0.isEmpty }.joined(separator: line.kind == .comment ? "" : "  ")
            }
        case .definition, .listRow:
            let aligned = run.count > 1
            let headWidth = aligned ? run.map(\.head.count).max()! : 0
            // Rows of several values align column by column with rows of the same length.
            var widths: [Int: [Int]] = [:]
            for line in run where line.cells.count > 1 || line.kind == .listRow {
                var columns = widths[line.cells.count] ?? Array(repeating: 0, count: line.cells.count)
                for (i, cell) in line.cells.enumerated() { columns[i] = max(columns[i], cell.count) }
                widths[line.cells.count] = columns
            }
            return run.map { line in
                var text = indent + line.head.paddedTo(headWidth) + (line.kind == .definition ? " =" : "")
                let separator = line.kind == .listRow ? "  " : " | "
                let gap = line.kind == .listRow ? "  " : " "
                if let columns = widths[line.cells.count], aligned {
                    text += gap + line.cells.enumerated().map { $1.leftPaddedTo(columns[$0]) }.joined(separator: separator)
                } else {
                    text += gap + line.cells.joined(separator: separator)
                }
                if !line.note.isEmpty { text += " " + line.note }
                if !line.tail.isEmpty { text += "  " + line.tail }
                return text
            }
        }
    }
}

extension String {
    func paddedTo(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPaddedTo(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    func trimmingTrailingWhitespace() -> String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}

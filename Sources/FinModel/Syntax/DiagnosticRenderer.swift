/// Renders diagnostics the way compilers do: location, message, the line, a caret, then help.
///
///     Scenarios/federation.scenario:14:9: error: unknown name 'uplfit'
///        |
///     14 | total = uplfit * 1.02
///        |         ^^^^^^ did you mean 'uplift'?
///        = help: names are defined by 'input' or by a line 'name = ...'
public enum DiagnosticRenderer {
    /// Widest piece of a source line shown under a diagnostic.
    static let maximumLineWidth = 100
    /// Most diagnostics printed for one run.
    public static let maximumShown = 50

    /// One diagnostic as text: its place, message, the line with a caret, and its help.
    ///
    /// Every piece of text that can come from a file or a command line (the path, the message
    /// with the names it quotes, the source line, notes and help) is shown through
    /// `TerminalText.visible`, so a name holding an escape sequence cannot move the cursor.
    public static func render(_ diagnostic: Diagnostic) -> String {
        let show = TerminalText.visible
        var out = ""
        guard let span = diagnostic.span else {
            let prefix = diagnostic.path.map { "\(show($0)): " } ?? ""
            out += "\(prefix)\(diagnostic.severity.rawValue): \(show(diagnostic.message))\n"
            if let help = diagnostic.help { out += "  = help: \(show(help))\n" }
            return out
        }
        let line = span.line, column = span.column
        out += "\(show(span.file.path)):\(line):\(column): \(diagnostic.severity.rawValue): \(show(diagnostic.message))\n"
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        let fullLine = span.file.lineText(line)
        // The caret covers the span's characters on its first line (at least one).
        let endOnLine = span.file.line(of: max(span.start, span.end - 1)) == line
            ? span.file.column(of: span.end) : fullLine.count + 1
        var width = max(1, endOnLine - column)
        // Long lines are shown as a window around the caret, so a 10 MB line prints a screenful.
        var shown = Substring(fullLine)
        var caretColumn = column
        var prefix = "", suffix = ""
        if fullLine.count > Self.maximumLineWidth {
            let start = max(0, column - 1 - Self.maximumLineWidth / 2)
            let lower = fullLine.index(fullLine.startIndex, offsetBy: start)
            let upper = fullLine.index(lower, offsetBy: min(Self.maximumLineWidth, fullLine.count - start))
            shown = fullLine[lower..<upper]
            caretColumn = column - start
            if start > 0 { prefix = "..." }
            if upper < fullLine.endIndex { suffix = "..." }
            width = min(width, shown.count - caretColumn + 1)
        }
        // Each character as shown: a tab as four spaces, a control as `^[`; the caret line
        // counts the same widths, so it stays under the characters it marks.
        let pieces = shown.map { $0 == "\t" ? "    " : show(String($0)) }
        let before = pieces.prefix(caretColumn - 1), marked = pieces.dropFirst(caretColumn - 1).prefix(width)
        out += "\(gutter) |\n"
        out += "\(number) | \(prefix)\(pieces.joined())\(suffix)\n"
        let lead = String(repeating: " ", count: prefix.count + before.reduce(0) { $0 + $1.count })
        var caret = "\(gutter) | \(lead)\(String(repeating: "^", count: max(1, marked.reduce(0) { $0 + $1.count })))"
        if let label = diagnostic.label { caret += " \(show(label))" }
        out += caret + "\n"
        for note in diagnostic.notes {
            if let noteSpan = note.span {
                out += "\(gutter) = note: \(show(noteSpan.file.path)):\(noteSpan.line):\(noteSpan.column): \(show(note.message))\n"
            } else {
                out += "\(gutter) = note: \(show(note.message))\n"
            }
        }
        if let help = diagnostic.help { out += "\(gutter) = help: \(show(help))\n" }
        return out
    }

    /// Renders many, separated by blank lines, then a count line when there is more than one error.
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        // Source order: by file as first met, then by position; problems with no place first.
        let files = diagnostics.compactMap { $0.span?.file.path }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let ordered = diagnostics.enumerated().sorted { a, b in
            let keyA = (a.element.span.map { files.firstIndex(of: $0.file.path)! + 1 } ?? 0, a.element.span?.start ?? 0, a.offset)
            let keyB = (b.element.span.map { files.firstIndex(of: $0.file.path)! + 1 } ?? 0, b.element.span?.start ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
        // A sensible limit: past it, the first mistakes are the ones worth fixing first.
        let shown = ordered.prefix(maximumShown)
        var text = shown.map(render).joined(separator: "\n")
        if ordered.count > maximumShown {
            text += "\n... and \(ordered.count - maximumShown) more; fix these first\n"
        }
        let errors = diagnostics.filter(\.isError).count
        if errors > 1 { text += "\n\(errors) errors\n" }
        return text
    }
}

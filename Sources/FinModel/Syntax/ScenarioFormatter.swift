/// Prints a scenario in one canonical layout: two-space block indents, single spaces around
/// operators, numbers with thousands separators, years as `2016/17`, one blank line at most
/// between statements, values aligned within a block, and every comment kept where it was.
///
/// Formatting never changes what a file evaluates to (the tests and the fuzzer check that the
/// formatted file evaluates to the same report), and formatting twice changes nothing.
public enum ScenarioFormatter {
    /// The formatted text, or the file's parse errors (a file that does not parse is left alone).
    public static func format(path: String, text: String) -> (String?, [Diagnostic]) {
        let file = SourceFile(path: path, text: text)
        let (_, problems) = Parser.parse(file)
        guard !problems.contains(where: \.isError) else { return (nil, problems) }
        let (tokens, _) = Lexer.tokenize(file, keepComments: true)
        var lines: [FormattedLine] = []
        var current: [Token] = []
        var previousEndLine = 0
        for token in tokens where token.kind != .end {
            if token.kind == .newline {
                if !current.isEmpty {
                    let firstLine = file.span(of: current[0]).line
                    let blankBefore = previousEndLine > 0 && firstLine > previousEndLine + 1
                    lines.append(FormattedLine(tokens: current, blankBefore: blankBefore, file: file))
                    previousEndLine = file.line(of: max(current.last!.start, current.last!.end - 1))
                }
                current = []
            } else {
                current.append(token)
            }
        }
        return (Layout.render(lines), [])
    }
}

/// One statement (or comment) line and how its parts are written.
struct FormattedLine {
    let tokens: [Token]
    let blankBefore: Bool
    let indented: Bool
    /// Written as in the source: a statement with a comment inside its brackets.
    let verbatim: String?
    /// The line split for alignment: the part before `=` (or a list member's name), then the
    /// cells (`|`-separated values, or a list row's values), then what follows (a note, a comment).
    let head: String
    let cells: [String]
    /// A definition's note and citations: `"overheads" from coo_2018 "appendix B"`.
    var note = ""
    let tail: String
    let kind: Kind

    enum Kind { case comment, definition, listRow, other }

    init(tokens: [Token], blankBefore: Bool, file: SourceFile) {
        self.tokens = tokens
        self.blankBefore = blankBefore
        self.indented = tokens[0].indented
        let commentInside = tokens.dropLast().contains { $0.kind == .comment }
        if commentInside {
            let first = file.line(of: tokens[0].start), last = file.line(of: tokens.last!.start)
            verbatim = (first...last).map { file.lineText($0) }.joined(separator: "\n").trimmingLeadingSpaces()
            (head, cells, tail, kind) = ("", [], "", .other)
            return
        }
        verbatim = nil
        var body = tokens
        var comment = ""
        if body.last?.kind == .comment { comment = file.text(of: body.removeLast()) }
        if body.isEmpty {
            (head, cells, tail, kind) = (comment, [], "", .comment)
            return
        }
        let pieces = FormattedLine.pieces(body, in: file)
        // A definition: NAME ["Label"] = value | value ... ["note"]
        if let equals = body.firstIndex(where: { $0.kind == .equals }), body[0].kind == .identifier, !body[0].isKeyword(.check),
           equals <= 3, body[..<equals].allSatisfy({ $0.kind == .identifier || $0.kind == .string })
        {
            let headText = FormattedLine.join(Array(pieces[..<equals]), body: Array(body[..<equals]))
            var rest = Array(body[(equals + 1)...])
            var restPieces = Array(pieces[(equals + 1)...])
            var trailing = ""
            // The citations after the note (`from coo_2018 "appendix B"`) stay with the note, unaligned;
            // `from` outside brackets can only start them.
            var citations = ""
            if let from = Self.citationStart(rest) {
                citations = FormattedLine.join(Array(restPieces[from...]), body: Array(rest[from...]))
                rest.removeSubrange(from...)
                restPieces.removeSubrange(from...)
            }
            if rest.count > 1, rest.last?.kind == .string {
                trailing = restPieces.removeLast()
                rest.removeLast()
            }
            var cells: [String] = []
            var start = 0, depth = 0
            for (index, token) in rest.enumerated() {
                switch token.kind {
                case .leftParen, .leftBracket: depth += 1
                case .rightParen, .rightBracket: depth -= 1
                case .pipe where depth == 0:
                    cells.append(FormattedLine.join(Array(restPieces[start..<index]), body: Array(rest[start..<index])))
                    start = index + 1
                default: break
                }
            }
            cells.append(FormattedLine.join(Array(restPieces[start...]), body: Array(rest[start...])))
            head = headText
            self.cells = cells
            note = [trailing, citations].filter { !$0.isEmpty }.joined(separator: " ")
            tail = comment
            kind = .definition
            return
        }
        // A list member: "Name" value value ...
        if body[0].kind == .string, body.count > 1, tokens[0].indented, !body.contains(where: { $0.kind == .equals }) {
            head = pieces[0]
            var values: [String] = []
            var index = 1
            while index < body.count {
                var end = index + 1
                // A value is a number with its sign, currency and unit words.
                // A row of figures for each year (`325,000 | 330,000`) is one value.
                while end < body.count, body[end].kind != .string,
                      !(body[end].kind == .number && body[end - 1].kind != .money && body[end - 1].kind != .minus && body[end - 1].kind != .pipe) {
                    end += 1
                }
                values.append(FormattedLine.join(Array(pieces[index..<end]), body: Array(body[index..<end])))
                index = end
            }
            cells = values
            tail = comment
            kind = .listRow
            return
        }
        head = FormattedLine.join(pieces, body: body)
        cells = []
        tail = comment
        kind = .other
    }

    /// Where a definition's citations start: the first `from` outside brackets, after the value.
    static func citationStart(_ tokens: [Token]) -> Int? {
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth -= 1
            case .identifier where depth == 0 && index > 0 && token.isKeyword(.from): return index
            default: break
            }
        }
        return nil
    }

    /// Each token's canonical text.
    static func pieces(_ tokens: [Token], in file: SourceFile) -> [String] {
        tokens.map { token in
            let text = file.text(of: token)
            switch token.kind {
            case .number: return grouped(text)
            case .year: return (try? FinancialYear(parsing: Substring(text)))?.description ?? text
            case .string: return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
            case .equals: return "="
            default: return text
            }
        }
    }

    /// `325000` → `325,000`; decimals are kept as written.
    static func grouped(_ number: String) -> String {
        let digits = number.filter { $0 != "," }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var out = ""
        while integer.count > 3 {
            out = "," + integer.suffix(3) + out
            integer.removeLast(3)
        }
        out = integer + out
        return parts.count > 1 ? out + "." + parts[1] : out
    }

    /// Joins canonical pieces with the spacing rules of the language.
    static func join(_ pieces: [String], body: [Token]) -> String {
        var out = ""
        for (index, token) in body.enumerated() {
            if index > 0, spaceBetween(body[index - 1], token, previous: index > 1 ? body[index - 2] : nil, lineStart: body[0]) { out += " " }
            out += pieces[index]
        }
        return out
    }

    static let prefixKeywords: Set<Token.Word> = [.if, .then, .else, .and, .or, .not, .within, .to, .in, .per]

    static func spaceBetween(_ a: Token, _ b: Token, previous: Token?, lineStart: Token) -> Bool {
        switch b.kind {
        case .comma, .rightParen, .rightBracket, .colon: return false
        case .percent: return a.kind != .number
        case .leftBracket: return false
        // `opted_in yes/no` in a list's header: a flag's kind, not a division.
        case .slash where lineStart.isKeyword(.list): return false
        case .leftParen: return a.kind != .identifier || lineStart.isKeyword(.list)
        case .number where a.kind == .money: return false
        case .identifier where (b.word == .k || b.word == .m) && !b.spaceBefore && a.kind == .number: return false
        // `shown in £m`: the scale is written against its `£`, as `£000` is.
        case .identifier where b.word == .m && !b.spaceBefore && a.kind == .money: return false
        default: break
        }
        switch a.kind {
        case .leftParen, .leftBracket: return false
        case .slash where lineStart.isKeyword(.list): return false
        case .minus: return !isUnaryMinus(previous: previous)
        default: return true
        }
    }

    /// A minus is unary when nothing that ends a value comes before it.
    static func isUnaryMinus(previous: Token?) -> Bool {
        guard let previous else { return true }
        switch previous.kind {
        case .number, .string, .year, .month, .rightParen, .rightBracket, .percent: return false
        case .identifier: return prefixKeywords.contains(previous.word)
        default: return true
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
}

/// Parses tokens into a `ScenarioSyntax`, one statement per line, recovering at the next line.
///
/// Keywords are contextual: `table`, `input`, `check` and the rest start statements only at the
/// start of a line, so a finance user's line may still be called `total` or `check_figure`.
struct Parser {
    let tokens: [Token]
    let file: SourceFile
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// How deep expressions nest; past the limit the parser stops instead of exhausting the stack.
    var nesting = 0
    var yearsWritten = false
    /// Set while a table's display step is read: a unit's words end at a rounding rule, so
    /// `0.25 hours half_up` is a step in hours and its rule.
    var unitsEndAtRule = false
    /// In a list's row, `yes` and `no` are a flag's value, never a unit: `6,254 yes`.
    var unitsEndAtFlag = false
    static let maximumNesting = 200

    init(tokens: [Token], file: SourceFile) {
        self.tokens = tokens
        self.file = file
    }

    static func parse(_ file: SourceFile) -> (syntax: ScenarioSyntax, diagnostics: [Diagnostic]) {
        let (tokens, lexDiagnostics) = Lexer.tokenize(file)
        var parser = Parser(tokens: tokens, file: file)
        let syntax = parser.parseFile()
        return (syntax, lexDiagnostics + parser.diagnostics)
    }

    // MARK: Token access

    // The token readers run for nearly every token, so they are always inlined.
    var current: Token { @inline(__always) get { tokens[position] } }
    @inline(__always) func peek(_ ahead: Int = 1) -> Token { tokens[min(position + ahead, tokens.count - 1)] }
    var atLineEnd: Bool { current.kind == .newline || current.kind == .end }

    /// Where a token is in the file.
    func span(_ token: Token) -> SourceSpan { file.span(of: token) }

    /// A token's text (a string's value): read from the source only when the tree keeps it.
    func text(_ token: Token) -> String { file.text(of: token) }

    /// Whether `token` is spelled `word`, read from the bytes without making a string.
    func spells(_ token: Token, _ word: StaticString) -> Bool { file.spells(token, word) }

    @discardableResult @inline(__always)
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    @inline(__always) mutating func accept(_ kind: Token.Kind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    @inline(__always) mutating func acceptKeyword(_ word: Token.Word) -> Token? {
        current.isKeyword(word) ? advance() : nil
    }

    /// Thrown to abandon the current statement after its diagnostic has been recorded.
    struct Abandon: Error {}

    mutating func fail(_ message: String, at span: SourceSpan? = nil, label: String? = nil, help: String) -> Abandon {
        diagnostics.append(Diagnostic(at: span ?? self.span(current), message, label: label, help: help))
        return Abandon()
    }

    mutating func expect(_ kind: Token.Kind, _ what: String, help: String) throws(Abandon) -> Token {
        if let token = accept(kind) { return token }
        throw fail("expected \(what), found \(describe(current))", help: help)
    }

    mutating func expectKeyword(_ word: Token.Word, help: String) throws(Abandon) -> Token {
        if let token = acceptKeyword(word) { return token }
        throw fail("expected '\(word.spelling)', found \(describe(current))", help: help)
    }

    mutating func expectName(_ what: String, help: String) throws(Abandon) -> NameReference {
        // A word of the language (`where`, `total`, `if` …) cannot be a name: a line called
        // `where` would make `total(x where where)` ambiguous. Said as such, not as a bad name.
        if current.kind == .identifier, current.word.isReserved {
            let word = text(current)
            throw fail("'\(word)' is a word of the scenario language, so it cannot be a name", label: "a reserved word",
                       help: "choose another name, such as '\(word)_\(word == "where" ? "rule" : "value")'")
        }
        guard current.isName else {
            throw fail("expected \(what), found \(describe(current))", help: help)
        }
        let token = advance()
        return NameReference(name: text(token), span: span(token))
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "the end of the line"
        case .end: "the end of the file"
        case .string: "text \"\(text(token))\""
        default: "'\(text(token))'"
        }
    }

    /// Skips to the start of the next line, so one mistake costs one statement.
    mutating func skipLine() {
        while !atLineEnd { advance() }
        _ = accept(.newline)
    }

    mutating func endStatement() throws(Abandon) {
        if current.kind == .end { return }
        if current.isKeyword(.where) {
            throw fail("'where' keeps the members of a list that a total, average, min, max, count or share takes in",
                       help: "write it inside one of them, as in total(list_size where opted_in)")
        }
        guard current.kind == .newline else {
            throw fail(
                "unexpected \(describe(current)) after the end of the statement",
                help: "put one statement on each line; start a comment with '#'")
        }
        advance()
    }

    // MARK: File and statements

    mutating func parseFile() -> ScenarioSyntax {
        var statements: [Statement] = []
        while current.kind != .end {
            if accept(.newline) != nil { continue }
            if current.indented {
                diagnostics.append(Diagnostic(
                    at: span(current), "unexpected indentation",
                    help: "indent only the lines of a 'table', 'list' or 'variant' block; start this line at column 1"))
                skipLine()
                continue
            }
            let start = position
            do throws(Abandon) {
                statements.append(try parseStatement())
            } catch {
                if position == start { advance() }
                skipLine()
                skipIndentedBody()
            }
        }
        return ScenarioSyntax(statements: statements, yearsWritten: yearsWritten)
    }

    /// After a broken block header, the block's indented lines are skipped with it.
    mutating func skipIndentedBody() {
        while current.indented { skipLine() }
    }

    mutating func parseStatement() throws(Abandon) -> Statement {
        let first = current
        let startSpan = span(first)
        // A statement's span ends at its last token, not at the line break after it.
        func finish(_ kind: Statement.Kind) -> Statement {
            var last = max(0, position - 1)
            while last > 0, tokens[last].kind == .newline || tokens[last].kind == .end { last -= 1 }
            return Statement(kind: kind, span: startSpan.through(span(tokens[last])))
        }
        // `title = ...` and `table "Label" = ...` define lines; keywords start statements otherwise.
        let isDefinition = peek().kind == .equals || (peek().kind == .string && peek(2).kind == .equals)
        if first.kind == .identifier, !isDefinition, let granularity = periodDeclaration(first) {
            yearsWritten = true
            advance()
            let axis = try parsePeriodRange(granularity)
            try endStatement()
            return finish(.periods(axis))
        }
        if first.kind == .identifier, !isDefinition {
            switch first.word {
            case .title:
                advance()
                let title = try expect(.string, "the title in double quotes", help: "write: title \"Federation income and expenditure\"")
                try endStatement()
                return finish(.title(text(title)))
            case .years:
                yearsWritten = true
                advance()
                let (from, through) = try parseYearRange()
                try endStatement()
                return finish(.years(first: from, last: through))
            case .unit:
                advance()
                let singular = try expectName("a unit name", help: "write: unit pharmacist, pharmacists")
                var plural: String?
                if accept(.comma) != nil {
                    plural = try expectName("the plural of the unit", help: "write: unit pharmacist, pharmacists").name
                }
                try endStatement()
                return finish(.unit(singular: singular.name, plural: plural))
            case .input:
                advance()
                let definition = try parseDefinition(allowTotal: false)
                try endStatement()
                return finish(.input(definition))
            case .list:
                return try parseList()
            case .table:
                return try parseTable()
            case .check:
                return try parseCheck()
            case .variant:
                return try parseVariant()
            case .chart:
                return try parseChart()
            case .source:
                return try parseSource()
            case .actuals:
                return try parseActuals()
            case .include:
                advance()
                let path = try expect(.string, "the file's name in double quotes", help: "write: include \"options.scenario\"")
                try endStatement()
                return finish(.include(path: text(path), span: span(path)))
            default:
                break
            }
        }
        guard first.kind == .identifier else {
            throw fail(
                "expected a statement, found \(describe(first))",
                help: "a line starts with 'input', 'table', 'check', 'list', 'years', 'title' or a name and '='")
        }
        let definition = try parseDefinition(allowTotal: true)
        try endStatement()
        return finish(.line(definition))
    }

    /// `name ["Label"] = expression [total: expression | none] ["note"] [from SOURCE ["place"], ...]`
    mutating func parseDefinition(allowTotal: Bool, allowMember: Bool = false) throws(Abandon) -> Definition {
        let name = try expectName("a name", help: "names start with a letter and use letters, digits and '_', as in 'practice_contribution'")
        // `list_size["Enderby"] = 6,300 patients`: one member's figure, in a variant or `--set`.
        var member: NameReference?
        var memberPeriod: PeriodReference?
        if allowMember, accept(.leftBracket) != nil {
            let memberToken = try expect(.string, "a member's name in double quotes",
                                         help: "name the member as the list writes it, as in \(name.name)[\"Enderby\"]")
            member = NameReference(name: text(memberToken), span: span(memberToken))
            // `list_size["Enderby", 2020/21] = ...`: one period's figure of an attribute by period.
            memberPeriod = try parseFigurePeriod(for: name, member: text(memberToken))
            _ = try expect(.rightBracket, "']' after the member's name", help: "write: \(name.name)[\"Enderby\"] = value, or \(name.name)[\"Enderby\", 2020/21] = value for one period's figure")
        }
        var label: String?
        if member == nil, current.kind == .string { label = text(advance()) }
        guard accept(.equals) != nil else {
            throw fail(
                "expected '=' after '\(name.name)', found \(describe(current))",
                help: "define a value as: \(name.name) = expression")
        }
        let expression = try parseRow()
        let window = try parseWindow()
        let total = allowTotal ? try parseTotal() : nil
        var note: String?
        if current.kind == .string { note = text(advance()) }
        let citations = acceptKeyword(.from) != nil ? try parseCitations() : []
        return Definition(name: name.name, nameSpan: name.span, label: label, expression: expression, total: total, note: note,
                          citations: citations, window: window, member: member, memberPeriod: memberPeriod)
    }

    /// Parses a whole file that is one override, `NAME = VALUE` or `ATTRIBUTE["MEMBER"] = VALUE`,
    /// as `--set` and the REPL's `set` give it.
    static func parseOverride(_ file: SourceFile) -> (definition: Definition?, diagnostics: [Diagnostic]) {
        let (tokens, lexDiagnostics) = Lexer.tokenize(file)
        guard lexDiagnostics.isEmpty else { return (nil, lexDiagnostics) }
        var parser = Parser(tokens: tokens, file: file)
        do throws(Abandon) {
            let definition = try parser.parseDefinition(allowTotal: false, allowMember: true)
            try parser.endStatement()
            return (definition, parser.diagnostics)
        } catch {
            return (nil, parser.diagnostics)
        }
    }
}

/// One member's figure named as typed: `list_size["Croft"]`, or for an attribute by period
/// `list_size["Croft", 2020/21]`, `list_size["Croft", 2019/20 Q3]`, `list_size["Croft", 2020-04]`.
///
/// The member and the period are the indices a formula writes for a cell of a line by a list
/// and by period (`share["Enderby", 2019/20]`), so a figure is set, varied and explained by the
/// name a formula would read it by. A quarter is written as the `quarters` statement writes it.
struct ListFigureName: Sendable, Hashable {
    let attribute: NameReference
    let member: NameReference
    let period: PeriodReference?
}

/// A period written as an index: `2020/21`, `2019/20 Q3` or `2020-04`, with where it was written.
struct PeriodReference: Sendable, Hashable {
    let period: Period
    let span: SourceSpan
}

extension Parser {
    /// After a list figure's member, `, 2020/21` (or a quarter or a month) naming one period of
    /// an attribute by period; nil when the index ends at the member.
    mutating func parseFigurePeriod(for name: NameReference, member: String) throws(Abandon) -> PeriodReference? {
        guard accept(.comma) != nil else { return nil }
        let start = span(current)
        let example = "\(name.name)[\"\(member)\", 2020/21]"
        switch current.kind {
        case .month:
            let month = try parseMonth()
            return PeriodReference(period: .month(month), span: start)
        case .year:
            // `2019/20 Q3` is a quarter: the year, then the quarter's word.
            let word = text(peek()).uppercased()
            if peek().kind == .identifier, word.count == 2, word.first == "Q" {
                let quarterWord = peek()
                let quarter = try parseQuarter()
                return PeriodReference(period: .quarter(quarter), span: start.through(span(quarterWord)))
            }
            let year = try parseYear()
            return PeriodReference(period: .year(year), span: start)
        default:
            throw fail("expected a period after the member's name, found \(describe(current))",
                       help: "name a year, a quarter or a month, as in \(example), \(name.name)[\"\(member)\", 2019/20 Q3] or \(name.name)[\"\(member)\", 2020-04]")
        }
    }

    /// Parses a whole piece of typed text that names one member's figure, as `seek --vary`,
    /// `sensitivity --vary`, `explain` and the REPL's `unset` take it; nil, with no diagnostic,
    /// when the text is not of that form, so the caller can read it as something else.
    static func parseListFigureName(_ text: SourceText) -> ListFigureName? {
        let (tokens, lexDiagnostics) = Lexer.tokenize(text)
        guard lexDiagnostics.isEmpty else { return nil }
        var parser = Parser(tokens: tokens, file: text.file)
        do throws(Abandon) {
            guard parser.current.isName else { return nil }
            let nameToken = parser.advance()
            let name = NameReference(name: parser.text(nameToken), span: parser.span(nameToken))
            _ = try parser.expect(.leftBracket, "'['", help: "")
            let memberToken = try parser.expect(.string, "a member's name", help: "")
            let member = NameReference(name: parser.text(memberToken), span: parser.span(memberToken))
            let period = try parser.parseFigurePeriod(for: name, member: member.name)
            _ = try parser.expect(.rightBracket, "']'", help: "")
            try parser.endStatement()
            return ListFigureName(attribute: name, member: member, period: period)
        } catch {
            return nil
        }
    }
}

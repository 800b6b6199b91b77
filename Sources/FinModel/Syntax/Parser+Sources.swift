/// The `source` statement, and the citations that name a source after a figure or a table.
///
///     source coo_2018 "ELR GP Federation, Chief Operating Officer report, April 2018"
///
///     input salary = £58,620 per pharmacist "rate per pharmacist, year 1" from coo_2018 "appendix B"
///     input rate   = £3.34 per patient "from April 2018" from blueprint "section 7", delivery_plan
///     table "Income and expenditure" from strategy_2018 "table 2" shown to £1 half_up:
///
/// A document is declared once, by its full title, and cited by a short name with the place in
/// it (a page, a table, an appendix): the report's sources list then gives each document once,
/// with every figure that cites it and where, and no title is typed twice or drifts apart.
/// `from` already ends an expression (it is a reserved word), so a citation after a value can
/// never be read as part of it.
struct CitationSyntax: Sendable, Hashable {
    /// The source's name, as declared by a `source` statement.
    let source: NameReference
    /// Where in the document: `"appendix B"`, `"table 2"`; nil for the document as a whole.
    let place: String?
    /// The name and its place, for a diagnostic about the citation.
    let span: SourceSpan
}

extension Parser {
    /// `source NAME "Title, date"`.
    mutating func parseSource() throws(Abandon) -> Statement {
        let header = advance()
        let example = "source coo_2018 \"ELR GP Federation, Chief Operating Officer report, April 2018\""
        let name = try expectName("the source's name", help: "name the document, then give its title: \(example)")
        let title = try expect(.string, "the document's title in double quotes", help: "write: \(example)")
        if text(title).allSatisfy(\.isWhitespace) {
            throw fail("a source needs a title", at: span(title), help: "give the document's title and date, as a reader would look it up: \(example)")
        }
        try endStatement()
        return Statement(kind: .source(name, title: text(title)), span: span(header).through(span(title)))
    }

    /// After `from` (already read): one or more `NAME ["place"]`, separated by commas.
    mutating func parseCitations() throws(Abandon) -> [CitationSyntax] {
        var citations: [CitationSyntax] = []
        repeat {
            let name = try expectName("a source's name after 'from'", help: "cite a document declared with 'source', and the place in it: from coo_2018 \"appendix B\"")
            var place: String?
            var citationSpan = name.span
            if current.kind == .string {
                let token = advance()
                place = text(token)
                citationSpan = citationSpan.through(span(token))
            }
            citations.append(CitationSyntax(source: name, place: place, span: citationSpan))
        } while accept(.comma) != nil
        return citations
    }
}

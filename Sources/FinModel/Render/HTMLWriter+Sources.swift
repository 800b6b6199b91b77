/// The report's sources list, and the links to it from each input and table that cites a document.
///
/// Each document is listed once, by its full title, with an anchor (`#source-coo_2018`); each
/// input's row in the assumptions has an anchor too (`#input-salary`), so a reader goes from a
/// figure to the document it comes from and back:
///
///     <li id="source-coo_2018"><cite>ELR GP Federation, Chief Operating Officer report, April 2018</cite>
///       <ul><li><a href="#input-salary">Salary</a> <code>salary</code>: appendix B</li></ul></li>
extension HTMLWriter {
    /// Every document, with each input, line, table and variant value that cites it and where.
    static func sources(_ sources: [OutputSource]) -> String {
        var out = "<ol class=\"sources\">\n"
        for source in sources {
            out += "<li id=\"\(sourceAnchor(source.name))\"><cite>\(HTMLText.escape(source.title))</cite> <code>\(HTMLText.escape(source.name))</code>"
            out += "<ul>"
            if source.citedBy.isEmpty { out += "<li>\(HTMLText.escape(SourceListText.notCited))</li>" }
            for citing in source.citedBy {
                let label = HTMLText.escape(citing.label)
                out += "<li>"
                switch citing.kind {
                case .input: out += "<a href=\"#\(inputAnchor(citing.name))\">\(label)</a> <code>\(HTMLText.escape(citing.name))</code>"
                case .line: out += "\(label) <code>\(HTMLText.escape(citing.name))</code>"
                case .table: out += "the table <q>\(label)</q>"
                case .variant: out += "\(label) <code>\(HTMLText.escape(citing.name))</code>"
                }
                out += (citing.place.map { ": " + HTMLText.escape($0) } ?? "") + "</li>"
            }
            out += "</ul></li>\n"
        }
        return out + "</ol>\n"
    }

    /// `Source: <a href="#source-coo_2018">ELR GP Federation, …</a>, appendix B`, each citation linked to the list.
    static func citationLinks(_ citations: [OutputCitation]) -> String {
        citations.map { citation in
            "<a href=\"#\(sourceAnchor(citation.source))\">\(HTMLText.escape(citation.title))</a>"
                + (citation.place.map { ", " + HTMLText.escape($0) } ?? "")
        }.joined(separator: "; ")
    }

    /// The sources list's anchor for a document: names are letters, digits and `_`, so the id is exact.
    static func sourceAnchor(_ name: String) -> String { "source-" + HTMLText.escape(name) }

    /// The assumptions' anchor for an input's row.
    static func inputAnchor(_ name: String) -> String { "input-" + HTMLText.escape(name) }
}

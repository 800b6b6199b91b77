/// Source documents: each declared once by `source`, and every citation naming one of them.
///
/// A citation of an undeclared document is an error with the nearest declared name, as an
/// unknown line is; a document that nothing cites is a warning, since a sources list that
/// names a document no figure comes from would send a reviewer looking for nothing.
extension ModelBuilder {
    /// Records `source NAME "Title"`; a second source with the name is an error.
    mutating func addSource(_ name: NameReference, title: String, span: SourceSpan) {
        if let first = model.sources[name.name] {
            diagnostics.append(Diagnostic(
                at: name.span, "the source '\(name.name)' is declared twice", help: "give this document another name, or remove one of the two",
                notes: [Diagnostic.Note(span: first.span, message: "'\(name.name)' is first declared here")]))
            return
        }
        model.sources[name.name] = Model.Source(name: name.name, title: title, span: span)
        model.sourceOrder.append(name.name)
    }

    /// Every citation names a declared source, and every declared source is cited.
    mutating func checkCitations() {
        var cited: Set<String> = []
        // No definition, table or variant value cites anything in most models: nothing to walk.
        if anyCitation {
            let model = self.model
            var unknown: [Diagnostic] = []
            model.forEachCitation { citation in
                if model.sources[citation.source.name] != nil {
                    cited.insert(citation.source.name)
                } else {
                    let example = "source \(citation.source.name) \"Title of the document, date\""
                    unknown.append(.unknown(
                        "source", citation.source.name, at: citation.source.span, among: model.sourceOrder,
                        help: model.sourceOrder.isEmpty ? "declare the document first: \(example)" : "cite a declared source, or declare this one: \(example)"))
                }
            }
            diagnostics += unknown
        }
        // After a mistyped citation, "not cited" would only repeat the same mistake.
        guard !diagnostics.contains(where: { $0.message.hasPrefix("unknown source") }) else { return }
        for name in model.sourceOrder where !cited.contains(name) {
            diagnostics.append(Diagnostic(
                .warning, at: model.sources[name]!.span, "the source '\(name)' is not cited",
                help: "cite it after a figure's note, as in: input x = £5 \"what it is\" from \(name) \"page 3\"; or remove it"))
        }
    }
}

extension Model {
    /// Calls `body` on every citation in the file, in order: of inputs and lines, of tables,
    /// and of variants' values.
    ///
    /// A walk rather than an array: a model of tens of thousands of definitions, nearly all
    /// citing nothing, would otherwise build an array for each and join them all.
    func forEachCitation(_ body: (CitationSyntax) -> Void) {
        for name in names {
            guard let citations = values[name]?.definition.citations, !citations.isEmpty else { continue }
            citations.forEach(body)
        }
        for table in tables { table.citations.forEach(body) }
        for name in variantOrder {
            guard let variant = variants[name] else { continue }
            for override in variant.overrides { override.citations.forEach(body) }
        }
    }

    /// A citation as a reader looks it up: the document's title, then the place in it.
    ///
    ///     "ELR GP Federation, Chief Operating Officer report, April 2018, appendix B"
    func citationText(_ citation: CitationSyntax) -> String {
        let title = sources[citation.source.name]?.title ?? citation.source.name
        return citation.place.map { "\(title), \($0)" } ?? title
    }

    /// A figure's note and the documents it cites, in one sentence for `explain`: nil when it has neither.
    ///
    ///     "rate per pharmacist, year 1 (ELR GP Federation, Chief Operating Officer report, April 2018, appendix B)"
    func sourceNote(of definition: Definition) -> String? {
        let cited = definition.citations.map(citationText).joined(separator: "; ")
        switch (definition.note, cited.isEmpty) {
        case (nil, true): return nil
        case (let note?, true): return note
        case (nil, false): return cited
        case (let note?, false): return "\(note) (\(cited))"
        }
    }
}

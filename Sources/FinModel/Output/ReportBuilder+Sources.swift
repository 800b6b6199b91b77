/// The report's sources list, and each figure's and table's citations with the documents' titles.
extension ReportBuilder {
    /// Citations as written, with each document's title looked up.
    func citations(_ syntax: [CitationSyntax]) -> [OutputCitation] {
        syntax.map { citation in
            let name = citation.source.name
            return OutputCitation(source: name, title: model.sources[name]?.title ?? name, place: citation.place)
        }
    }

    /// Each declared document once, in file order, with the inputs, lines, tables and variants'
    /// values that cite it and where.
    func sources() -> [OutputSource] {
        var citedBy: [String: [OutputSource.Citing]] = [:]
        func add(_ citations: [CitationSyntax], _ kind: OutputSource.Citing.Kind, name: String, label: String) {
            for citation in citations {
                citedBy[citation.source.name, default: []].append(
                    OutputSource.Citing(kind: kind, name: name, label: label, place: citation.place))
            }
        }
        for name in model.names {
            let named = model.values[name]!
            // A variant or `--set` keeps the file's citations unless it gives its own; the list
            // is of the file's, as the variants' own are listed below.
            let definition = named.original ?? named.definition
            // Most lines cite nothing: their label is not worked out for nothing.
            guard !definition.citations.isEmpty else { continue }
            add(definition.citations, named.isInput ? .input : .line, name: name, label: definition.label ?? Self.label(for: name))
        }
        for table in model.tables {
            add(table.citations, .table, name: table.title, label: table.title)
        }
        for variant in model.variantOrder {
            for override in model.variants[variant]!.overrides {
                add(override.citations, .variant, name: "\(variant).\(override.name)", label: model.variants[variant]!.description ?? variant)
            }
        }
        return model.sourceOrder.map { name in
            OutputSource(name: name, title: model.sources[name]!.title, citedBy: citedBy[name] ?? [])
        }
    }
}

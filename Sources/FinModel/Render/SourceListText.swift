/// The sources list as the terminal and Markdown show it: each document once, by its full
/// title, then each place in it with what cites that place.
///
///     Sources
///       coo_2018: ELR GP Federation, Chief Operating Officer report, April 2018
///         appendix B: salary, federation_support, nhse_funding
///         the whole document: pharmacists
///
/// Inputs and lines are named as `explain` and `--set` take them; a table by its title in
/// quotes; a variant's value as `variant.input`.
enum SourceListText {
    /// Each place cited in `source`, in the order first cited, with what cites it there.
    static func places(_ source: OutputSource) -> [(place: String, names: [String])] {
        var order: [String] = []
        var names: [String: [String]] = [:]
        for citing in source.citedBy {
            let place = citing.place ?? "the whole document"
            if names[place] == nil { order.append(place) }
            names[place, default: []].append(citing.kind == .table ? "table '\(citing.name)'" : citing.name)
        }
        return order.map { ($0, names[$0]!) }
    }

    /// `(not cited)` for a document nothing cites, which the scenario also warns about.
    static let notCited = "(not cited)"
}

extension TextWriter {
    /// The sources list, under the heading `Sources`.
    static func sources(_ sources: [OutputSource]) -> String {
        var out = "Sources\n"
        for source in sources {
            out += "  \(source.name): \(source.title)\n"
            let places = SourceListText.places(source)
            if places.isEmpty { out += "    \(SourceListText.notCited)\n" }
            for (place, names) in places { out += "    \(place): \(names.joined(separator: ", "))\n" }
        }
        return out
    }
}

extension MarkdownWriter {
    /// The sources list as a section: each document in italics, its places in a nested list.
    static func sources(_ sources: [OutputSource]) -> String {
        var out = "## Sources\n\n"
        for source in sources {
            out += "- *\(escape(source.title))* (`\(source.name)`)\n"
            let places = SourceListText.places(source)
            if places.isEmpty { out += "  - \(SourceListText.notCited)\n" }
            for (place, names) in places {
                out += "  - \(escape(place)): " + names.map { "`\($0)`" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}

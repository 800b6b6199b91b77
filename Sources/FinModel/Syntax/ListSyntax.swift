/// A practice (or CCG) list's attribute: `list_size patients`, `uplift %`, `locality text`,
/// `opted_in yes/no`, `population patients by year`.
struct AttributeSyntax: Sendable, Hashable {
    /// What an attribute's values are: figures (in a unit, or money), percentages, text that
    /// names a group (a locality), or a yes/no flag.
    enum Kind: Sendable, Hashable {
        case number, percent, text, flag
    }

    let name: String
    let nameSpan: SourceSpan
    let unit: UnitSyntax?
    /// `£` columns are money.
    let isMoney: Bool
    var kind: Kind = .number
    /// `by year`: a figure for each of the scenario's years rather than one. A figure per month
    /// or quarter would be another period here, read the same way.
    var byYear: Bool = false
}

/// One member's row of an inline list: its name, then a figure (or a row of figures) per attribute.
struct ListRowSyntax: Sendable, Hashable {
    let name: String
    let nameSpan: SourceSpan
    let values: [Expression]
}

/// Where a list's rows come from: written in the scenario, or a CSV file in its folder.
enum ListSource: Sendable, Hashable {
    case inline([ListRowSyntax])
    case csv(path: String, span: SourceSpan)
}

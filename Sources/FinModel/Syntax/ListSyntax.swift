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
    /// `by year`, `by quarter` or `by month`: a figure for each such period rather than one;
    /// nil for one figure per member.
    var period: PeriodAxis.Granularity? = nil
    /// Where the period's word is written (`month` in `by month`): a period the model cannot
    /// hold is reported there.
    var periodSpan: SourceSpan? = nil

    /// Whether the attribute has a figure for each period (year, quarter or month) of the
    /// model, once the list is read: its values are then a member's periods in order.
    var hasPeriods: Bool { period != nil }
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

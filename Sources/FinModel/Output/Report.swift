/// An evaluated scenario, ready to render: tables of lines, inputs, and check results.
///
/// Values are exact; renderers round only for display, by the table's stated display rule.
public struct Report: Sendable {
    /// The scenario's title.
    public let title: String
    /// The scenario file evaluated.
    public let path: String
    /// The years the model covers, in order.
    public let years: [FinancialYear]
    /// The variant evaluated, or nil for the base model.
    public let variant: String?
    /// The inputs with their figures and notes, in file order.
    public let inputs: [ReportLine]
    /// The tables, in file order.
    public let tables: [ReportTable]
    /// Every check's result, in file order; a check by year once per year.
    public let checks: [CheckResult]
    /// The charts the scenario's `chart` statements ask for, in file order; empty when it has none.
    public let charts: [OutputChart]
    /// The documents the scenario's `source` statements declare, each with what cites it, in
    /// file order; empty when it declares none.
    public let sources: [OutputSource]
    /// The inputs set for this run by `--set` or the variant, in file order; empty for the file as written.
    public internal(set) var overrides: [ReportOverride] = []
    /// The lines and inputs whose figures differ from the file's own because of `overrides`.
    public internal(set) var moved: Set<String> = []
    /// For each list, the members one of whose figures is set for this run
    /// (`--set 'list_size["Croft"] = 7,500 patients'`, or a variant): their rows are marked.
    public internal(set) var setMembers: [String: Set<String>] = [:]
    /// The list figures set for this run by `--set` or the variant, each with the list's own
    /// figure: what `compare` shows among each option's inputs.
    public internal(set) var listFigures: [ReportListFigure] = []
    /// Each column's label in a model of months or quarters (`2019-07`, `2019/20 Q2`), where
    /// `years` holds each column's financial year; nil in a model by years.
    public internal(set) var periodLabels: [String]? = nil
}

/// One table of the report: its lines, by year or by the members of a list.
public struct ReportTable: Sendable {
    /// The table's title, as `--table` takes it.
    public let title: String
    /// The list the table runs over (one row per member), or nil for a table by year.
    public let list: String?
    /// The list's members, in order; empty for a table by year.
    public let members: [String]
    /// The table's lines, in the order the table lists them.
    public let lines: [ReportLine]
    /// How money is shown: `shown to £1 half_up`; nil means to the penny, half up.
    public let display: DisplayRounding?
    /// Where the table statement is, to tell apart two tables with one title.
    public let sourceLine: Int
    /// The documents the table's header cites: `from strategy_2018 "table 2"`.
    public var citations: [OutputCitation] = []
    /// `with negatives in brackets`: every negative figure of the table written `(£2,083)`.
    public var negativesInBrackets = false
    /// `shown with year to date`: after the totals, each period's total so far in its financial year.
    public var yearToDate = false
    /// `shown by quarter` or `shown by year`: the periods summed into quarters or years.
    public var shownBy: PeriodAxis.Granularity? = nil
    /// `grouped by locality`: the text attribute whose texts group the members, or nil.
    public var groupedBy: String? = nil
    /// The groups of members, in the order each group's first member appears in the list;
    /// empty when the table is not grouped.
    public var groups: [ReportGroup] = []
}

/// One group of a grouped table by list: the text its members share and their positions.
public struct ReportGroup: Sendable, Equatable {
    /// The text the members share: `Melton`.
    public let text: String
    /// The positions in `ReportTable.members` of the group's members, in list order.
    public let members: [Int]
}

/// One line of a table (or an input), with its exact figures and totals.
public struct ReportLine: Sendable {
    /// The name in the file: `surplus`.
    public let name: String
    /// The label tables show: `Surplus / deficit`.
    public let label: String
    /// The unit as written: `£`, `£ per patient`, `%`.
    public let unit: String
    /// How the figures are shown.
    public let format: ValueFormat
    /// Whether the line has a figure for each year.
    public let hasYears: Bool
    /// The list it has a figure for each member of, if any.
    public let list: String?
    /// Cells member-major, year-minor, already divided by the display unit's factor.
    public let values: [Exact]
    /// For lines by year: each member's total over the years (one entry without a list); nil when it does not add up.
    public let totals: [Exact]?
    /// For lines over a list: the total over members, per year (one entry without years); nil when it does not add up.
    public let memberTotals: [Exact]?
    /// The grand total over members and years, when both exist and add up.
    public let grandTotal: Exact?
    /// Where the line is defined, for tracing a figure to its formula.
    public let line: Int
    /// The note written after the definition: what the figure is.
    public let note: String?
    /// The documents the definition cites after its note: `from coo_2018 "appendix B"`.
    public var citations: [OutputCitation] = []
    /// How the table rounds this line's figures when they are not money: its step in the
    /// line's unit (`shown to 0.25 hours half_up`), or a percentage's places
    /// (`in % to 2 places`); nil to show them as they are.
    public internal(set) var rounding: DisplayRounding? = nil
    /// How its periods make a quarter, a year and the total: summed, or a level's average,
    /// opening or closing figure (`total: average`).
    public internal(set) var rollUp: PeriodRollUp = .sum
}

/// One check of a stated figure against the computed one, for one year or member where it is per cell.
public struct CheckResult: Sendable {
    /// The check's message, or its expression as written.
    public let label: String
    /// The year or member a per-cell check is about ("2017/18", "Enderby"), or empty.
    public let place: String
    /// The figure the source states.
    public let stated: Exact
    /// The figure the scenario computes.
    public let computed: Exact
    /// How far apart they may be and still pass; zero for an exact check.
    public let tolerance: Exact
    /// How the figures are shown.
    public let format: ValueFormat
    /// `=`, or the floor or ceiling the source states (`>=`, `<=`, `>`, `<`).
    public let comparison: CheckComparison
    /// Whether `tolerance` is a share of the stated figure (`within 0.5%`) rather than an amount.
    public let toleranceIsRelative: Bool
    /// Whether the figures satisfy the comparison, exactly or only within the tolerance.
    public let verdict: CheckComparison.Verdict
    /// The note of a discrepancy the source is known to have (`expected "…"`), or nil.
    public let expected: String?
    /// The list a check over members is about (each member a result), or nil.
    public let list: String?
    /// Whether the check does not fail `scenario check`: the figures agree, or they disagree
    /// as an expected discrepancy says they do.
    public var passed: Bool { (verdict == .fails) == (expected != nil) }
    /// The file the check is in.
    public let path: String
    /// The check's line in the file.
    public let line: Int
    /// The check's column in the file.
    public let column: Int
    /// The check's place in the file, for a diagnostic pointing at it.
    public let span: SourceSpan

    /// computed − stated.
    public var difference: Exact { (try? computed.subtracting(stated)) ?? .zero }
}

extension ReportTable {
    /// The same table with only the named lines, as `show LINE` prints it.
    public func keeping(lines names: Set<String>) -> ReportTable {
        ReportTable(title: title, list: list, members: members, lines: lines.filter { names.contains($0.name) }, display: display,
                    sourceLine: sourceLine, citations: citations, negativesInBrackets: negativesInBrackets, yearToDate: yearToDate,
                    shownBy: shownBy, groupedBy: groupedBy, groups: groups)
    }
}

/// An input set for this run rather than taken from the file: by `--set`, by the variant
/// chosen, or in a session.
public struct ReportOverride: Sendable, Equatable {
    /// The input's name.
    public let name: String
    /// The value in force, as written: `£0.52 per patient`.
    public let value: String
    /// The file's own value, as written there.
    public let fileValue: String
    /// What set it: `--set` or `variant all_streams`.
    public let origin: String
}

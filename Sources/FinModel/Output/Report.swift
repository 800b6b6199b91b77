/// An evaluated scenario, ready to render: tables of lines, inputs, and check results.
///
/// Values are exact; renderers round only for display, by the table's stated display rule.
public struct Report: Sendable {
    public let title: String
    public let path: String
    public let years: [FinancialYear]
    public let variant: String?
    public let inputs: [ReportLine]
    public let tables: [ReportTable]
    public let checks: [CheckResult]
    /// The charts the scenario's `chart` statements ask for, in file order; empty when it has none.
    public let charts: [OutputChart]
}

public struct ReportTable: Sendable {
    public let title: String
    /// The list the table runs over (one row per member), or nil for a table by year.
    public let list: String?
    public let members: [String]
    public let lines: [ReportLine]
    /// How money is shown: `shown to £1 half_up`; nil means to the penny, half up.
    public let display: DisplayRounding?
    /// Where the table statement is, to tell apart two tables with one title.
    public let sourceLine: Int
}

public struct ReportLine: Sendable {
    public let name: String
    public let label: String
    public let unit: String
    public let format: ValueFormat
    public let hasYears: Bool
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
    public let note: String?
}

public struct CheckResult: Sendable {
    public let label: String
    /// The year or member a per-cell check is about ("2017/18", "Enderby"), or empty.
    public let place: String
    public let stated: Exact
    public let computed: Exact
    public let tolerance: Exact
    public let format: ValueFormat
    public let passed: Bool
    public let path: String
    public let line: Int
    public let column: Int
    public let span: SourceSpan

    /// computed − stated.
    public var difference: Exact { (try? computed.subtracting(stated)) ?? .zero }
}

extension ReportTable {
    /// The same table with only the named lines, as `show LINE` prints it.
    public func keeping(lines names: Set<String>) -> ReportTable {
        ReportTable(title: title, list: list, members: members, lines: lines.filter { names.contains($0.name) }, display: display,
                    sourceLine: sourceLine)
    }
}

/// A scenario's declarations, collected and resolved: what every name means and where it is.
///
/// Built from the syntax by `ModelBuilder`; the evaluator walks it in dependency order.
struct Model: Sendable {
    struct NamedValue: Sendable {
        let definition: Definition
        let isInput: Bool
        /// The source's expression, kept when a variant or `--set` replaces `definition`.
        let original: Definition?
    }

    struct List: Sendable {
        let name: String
        let span: SourceSpan
        let members: [String]
        let memberSpans: [SourceSpan]
        let attributes: [AttributeSyntax]
        /// attribute name -> its figures: one per member, or for an attribute by year one per
        /// member and year, member-major (`values[member * years + year]`), as a line's cells are.
        /// A text attribute holds each member's text as its number in `texts`; a flag 1 or 0.
        var values: [String: [Exact]]
        /// text attribute name -> its distinct texts in the order first met: text `n` is held as `n`.
        var texts: [String: [String]] = [:]
        /// attribute by period name -> where each of its figures is stated, member-major as
        /// `values` is: the inline value, or the CSV cell (a month's row, or its column).
        var periodPlaces: [String: [ListCellPlace]] = [:]

        /// The attribute called `name`, as its header declares it.
        func attribute(_ name: String) -> AttributeSyntax? { attributes.first { $0.name == name } }
    }

    struct Table: Sendable {
        let title: String
        let span: SourceSpan
        let list: NameReference?
        let lines: [String]
        let display: DisplaySyntax?
        /// The documents the table's figures are taken from, as its header cites them.
        var citations: [CitationSyntax] = []
        /// `grouped by locality`: the text attribute of the list whose texts group the rows.
        var groupedBy: NameReference? = nil
    }

    /// A document declared by `source NAME "Title"`, which figures and tables cite by name.
    struct Source: Sendable {
        let name: String
        let title: String
        let span: SourceSpan
    }

    /// A `check` statement, as written: the model keeps the syntax itself, span and all.
    typealias Check = CheckSyntax

    /// A `chart` statement: its title and the lines it draws, resolved to figures by the report.
    struct Chart: Sendable {
        let title: String
        let span: SourceSpan
        let series: [ChartSeriesSyntax]
    }

    struct Variant: Sendable {
        let name: NameReference
        let description: String?
        let overrides: [Definition]
    }

    var title: String?
    /// The financial year of each column: each year once in a yearly model, and in a model of
    /// months or quarters the year each period lies in, repeated (uplifts by year read it).
    var years: [FinancialYear] = []
    var yearsSpan: SourceSpan?
    /// The months or quarters of a model declared with `months` or `quarters`; nil for a model by
    /// years, which is evaluated exactly as before periods existed.
    var axis: PeriodAxis?
    var units = UnitCatalogue.builtIn
    var values: [String: NamedValue] = [:]
    /// Definition names in source order.
    var names: [String] = []
    var lists: [String: List] = [:]
    var listOrder: [String] = []
    /// attribute name -> list name
    var attributes: [String: String] = [:]
    var attributeUnits: [String: Unit] = [:]
    /// List figures a variant or `--set` replaced, in the order they were set (`ListFigure`).
    var replacedListFigures: [ListFigureReplacement] = []
    var tables: [Table] = []
    var checks: [Check] = []
    var charts: [Chart] = []
    var variants: [String: Variant] = [:]
    var variantOrder: [String] = []
    var sources: [String: Source] = [:]
    /// Source names in the order they are declared, the order of the report's sources list.
    var sourceOrder: [String] = []
    /// The figures spent so far, when an `actuals from "…"` statement names a file.
    var actuals: ActualFigures?
    let file: SourceFile

    init(file: SourceFile) { self.file = file }

    /// Each column's label: `2019/20` in a yearly model, `2019-07` or `2019/20 Q2` otherwise.
    var periodLabels: [String] {
        axis?.periods.map(\.label) ?? years.map(\.description)
    }

    /// "months" or "quarters" in a model of periods shorter than the year; "years" otherwise.
    var periodWord: String { axis?.granularity.plural ?? "years" }

    /// "month" or "quarter" in a model of periods shorter than the year; "year" otherwise: what
    /// `prev`'s messages call the column before which there is no figure.
    var periodNoun: String { axis?.granularity.rawValue ?? "year" }

    /// What a value of `shape` varies over, in the model's periods: "a value for each month".
    func describe(_ shape: ValueShape) -> String { shape.description(per: periodNoun) }

    /// How to pick one figure of a line that varies by period, for a message's help:
    /// `surplus[2019/20]`, or a month and a year's total in a model of months.
    var oneFigureHelp: String {
        guard let axis, let first = axis.periods.first, let year = years.first else {
            return "pick a year (and a member), as in surplus[2019/20]"
        }
        return "pick a \(periodNoun) (and a member), as in surplus[\(first.label)], or a year's total, as in total(surplus, over: \(year) to \(year))"
    }

    /// The first column's label (`2019-10`, `2019/20 Q3` or `2019/20`), or "the first month"
    /// (quarter, year) in a model with no columns.
    var firstPeriodLabel: String { periodLabels.first ?? "the first \(periodNoun)" }

    /// The declaration of the attribute `name` (of whichever list has it), or nil.
    func attribute(_ name: String) -> AttributeSyntax? {
        attributes[name].flatMap { lists[$0]?.attribute(name) }
    }

    /// Every name a reference could mean, for suggestions.
    var knownNames: [String] {
        names + Array(attributes.keys) + ["year"]
    }
}

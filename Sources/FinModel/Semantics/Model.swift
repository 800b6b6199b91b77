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
        /// attribute name -> one expression per member (from the file) or exact values (from CSV).
        var values: [String: [Exact]]
    }

    struct Table: Sendable {
        let title: String
        let span: SourceSpan
        let list: NameReference?
        let lines: [String]
        let display: DisplaySyntax?
        /// The documents the table's figures are taken from, as its header cites them.
        var citations: [CitationSyntax] = []
    }

    /// A document declared by `source NAME "Title"`, which figures and tables cite by name.
    struct Source: Sendable {
        let name: String
        let title: String
        let span: SourceSpan
    }

    struct Check: Sendable {
        let computed: Expression
        let comparison: CheckComparison
        let stated: Expression
        let tolerance: Expression?
        let message: String?
        /// The note of a discrepancy known in the source: shown, not a failure, until it goes away.
        let expected: ExpectedSyntax?
        let span: SourceSpan

        /// Whether the tolerance is a share of the stated figure rather than an allowance in the
        /// figures' unit: a percentage (`within 0.5%`) on figures that are not themselves plain
        /// numbers or percentages (on those, `within 0.5%` is half a percentage point).
        func toleranceIsRelative(figuresIn unit: Unit) -> Bool {
            guard let tolerance, !unit.isNone else { return false }
            switch tolerance.kind {
            case .percent: return true
            case .negate(let inner): if case .percent = inner.kind { return true } else { return false }
            default: return false
            }
        }
    }

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
    var years: [FinancialYear] = []
    var yearsSpan: SourceSpan?
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
    let file: SourceFile

    init(file: SourceFile) { self.file = file }

    /// Every name a reference could mean, for suggestions.
    var knownNames: [String] {
        names + Array(attributes.keys) + ["year"]
    }
}

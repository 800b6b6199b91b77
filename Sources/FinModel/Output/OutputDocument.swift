/// Every command's result as one typed structure that any writer can show: a title, facts
/// about where it came from, and sections of grids, checks, charts and analyses.
///
/// The builders (`OutputDocument(report:)`, `OutputDocument(comparison:changedOnly:)`, and the
/// ones for seek, sensitivity and explain) turn each kind of result into a document; each
/// writer in `Render/` turns any document into its format. So a new result kind needs a
/// builder, not a renderer per format, and a new format needs a writer, not a change to every
/// command.
///
///     let document = OutputDocument(report: report)
///     let text = OutputFormat.text.text(of: document)
public struct OutputDocument: Sendable {
    /// The scenario's title; nil for a result that stands without one (a data table, a seek).
    public var title: String?
    /// The variant evaluated, when one was.
    public var variant: String?
    /// The options compared side by side, the base first, when the document compares them.
    public var comparedVariants: [String]?
    /// The years the figures run over, as `2019/20`; nil when the document has no years of its own.
    public var periods: [String]?
    /// The scenario file the figures come from.
    public var source: String?
    /// Facts shown under the title of a page: the file, the years, the variant.
    public var byline: [String]
    /// The program and version that made the document, for a file's properties.
    public var generator: String
    /// The parts of the document, in the order they are shown.
    public var sections: [OutputSection]
    /// The day the document is dated, as people write it (`2 December 2018`); nil leaves it out.
    public var date: String?
    /// A short hash of the scenario file (the first 12 hex digits of its SHA-256), so a reader
    /// can tell which version of the file a printed report shows; nil leaves it out.
    public var sourceHash: String?

    /// A document of `sections`, made by this version of the library.
    public init(
        title: String? = nil, variant: String? = nil, comparedVariants: [String]? = nil, periods: [String]? = nil,
        source: String? = nil, byline: [String] = [], sections: [OutputSection]
    ) {
        self.title = title
        self.variant = variant
        self.comparedVariants = comparedVariants
        self.periods = periods
        self.source = source
        self.byline = byline
        self.generator = "scenario \(FinModel.version)"
        self.sections = sections
    }

    /// The title as people read it: `Federation (variant all_streams)`, or
    /// `Federation: variants compared`.
    public var heading: String? {
        guard let title else { return nil }
        if comparedVariants != nil { return "\(title): variants compared" }
        return title + (variant.map { " (variant \($0))" } ?? "")
    }

    /// The first section with `role`.
    public func section(_ role: OutputSection.Role) -> OutputSection? {
        sections.first { $0.role == role }
    }
}

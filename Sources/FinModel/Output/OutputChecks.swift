/// Checks of stated figures against computed ones, and how to lay them out.
public struct OutputChecks: Sendable, Equatable {
    /// How the checks are shown.
    public enum Layout: Sendable, Equatable {
        /// A table of every check under a `Checks` heading, then the count: a report's section.
        case table
        /// One line per check, starting with its file and line, as `scenario check` prints.
        case listing
        /// Only the count of checks passed and failed.
        case summary
    }

    /// The checks, in file order, a per-year check once per year.
    public var results: [OutputCheck]
    /// How they are shown.
    public var layout: Layout

    /// Checks shown with `layout`.
    public init(_ results: [OutputCheck], layout: Layout) {
        self.results = results
        self.layout = layout
    }
}

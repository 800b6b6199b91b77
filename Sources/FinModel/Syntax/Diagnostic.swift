/// One problem found in a scenario: where it is, what it is, and how to fix it.
///
/// Every stage (lexer, parser, checker, evaluator) reports problems as diagnostics and carries on
/// where it can, so a user sees all the mistakes in a file in one run. Only the command line
/// decides what a diagnostic means for the exit code.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is; only errors stop a scenario from being evaluated.
    public enum Severity: String, Sendable, Hashable { case error, warning, note }

    /// A secondary place that explains the first, such as the other half of a cycle.
    public struct Note: Sendable, Hashable {
        /// Where the note points, if anywhere.
        public let span: SourceSpan?
        /// What the note says.
        public let message: String
    }

    /// A replacement the user can apply, shown under the caret ("did you mean 'uplift'?").
    public struct FixIt: Sendable, Hashable {
        /// The text to replace.
        public let span: SourceSpan
        /// What to put in its place: the near name suggested.
        public let replacement: String
    }

    /// Whether it stops evaluation (error) or only informs (warning, note).
    public let severity: Severity
    /// Where the problem is; nil only for problems with no place (a missing file).
    public let span: SourceSpan?
    /// Lower-case, no full stop, names in single quotes: `unknown name 'uplfit'`.
    public let message: String
    /// Short text printed under the caret.
    public let label: String?
    /// How to fix it, printed as `help: ...`.
    public let help: String?
    /// Secondary places that explain the first, shown after it.
    public let notes: [Note]
    /// A replacement the user can apply, if there is an obvious one.
    public let fixIt: FixIt?
    /// For problems outside any source file: the path the problem is about.
    public let path: String?

    init(
        _ severity: Severity = .error, at span: SourceSpan?, _ message: String, label: String? = nil,
        help: String? = nil, notes: [Note] = [], fixIt: FixIt? = nil, path: String? = nil
    ) {
        self.severity = severity
        self.span = span
        self.message = message
        self.label = label
        self.help = help
        self.notes = notes
        self.fixIt = fixIt
        self.path = path
    }

    /// Whether the diagnostic is an error, which stops the scenario from being evaluated.
    public var isError: Bool { severity == .error }
}

extension Diagnostic {
    /// A diagnostic suggesting a near name, with the fix-it that replaces the span by it.
    static func unknown(
        _ what: String, _ name: String, at span: SourceSpan, among candidates: [String], help: String
    ) -> Diagnostic {
        let shown = shortened(name)
        if let near = NearestName.suggestion(for: name, among: candidates) {
            return Diagnostic(
                at: span, "unknown \(what) '\(shown)'", label: "did you mean '\(shortened(near))'?", help: help,
                fixIt: FixIt(span: span, replacement: near))
        }
        return Diagnostic(at: span, "unknown \(what) '\(shown)'", help: help)
    }

    /// A name as a message quotes it: whole up to 120 characters, else its first 60 and a count,
    /// so a mistyped name of a million characters does not fill the terminal (the caret line
    /// below already shows where it is).
    ///
    ///     shortened("uplfit")                       // uplfit
    ///     shortened(String(repeating: "a", count: 1_000))   // "aaa…a… (1,000 characters)", 60 a's
    static func shortened(_ name: String) -> String {
        let count = name.count
        guard count > 120 else { return name }
        return "\(name.prefix(60))… (\(Exact.grouped(String(count))) characters)"
    }
}

/// One stated figure against the computed one, with the difference kept even when it is within
/// tolerance, so a reviewer sees every pound the source rounded away.
public struct OutputCheck: Sendable, Equatable {
    /// The check's message, or its expression as written.
    public var label: String
    /// The year or member a per-cell check is about (`2017/18`, `Enderby`), or empty.
    public var place: String
    /// The figure the source states.
    public var stated: OutputCell
    /// The figure the scenario computes.
    public var computed: OutputCell
    /// computed − stated, written with its sign.
    public var difference: OutputCell
    /// How far apart they may be and still pass; zero for an exact check.
    public var tolerance: OutputCell
    /// `.pass`, `.withinTolerance`, `.expected` (a known discrepancy) or `.fail`.
    public var status: OutputStatus
    /// `=`, or the floor or ceiling stated (`>=`, `<=`, `>`, `<`).
    public var comparison: CheckComparison
    /// Whether the tolerance is a share of the stated figure (`within 0.5%`), not an amount.
    public var toleranceIsRelative: Bool
    /// The note of an expected discrepancy: what is wrong in the source.
    public var expected: String?
    /// The list a check over members is about, so writers can show its failures and count the rest.
    public var list: String?
    /// The scenario file the check is in.
    public var path: String
    /// The check's line in the file.
    public var line: Int
    /// The check's column in the file.
    public var column: Int

    /// A check result with every part a writer shows.
    public init(
        label: String, place: String, stated: OutputCell, computed: OutputCell, difference: OutputCell, tolerance: OutputCell,
        status: OutputStatus, path: String, line: Int, column: Int, comparison: CheckComparison = .equal,
        toleranceIsRelative: Bool = false, expected: String? = nil, list: String? = nil
    ) {
        self.comparison = comparison
        self.toleranceIsRelative = toleranceIsRelative
        self.expected = expected
        self.list = list
        self.label = label
        self.place = place
        self.stated = stated
        self.computed = computed
        self.difference = difference
        self.tolerance = tolerance
        self.status = status
        self.path = path
        self.line = line
        self.column = column
    }

    /// The label with its place: `Total income [2017/18]`.
    public var name: String { place.isEmpty ? label : "\(label) [\(place)]" }

    /// Whether the check does not fail: it passed, exactly or within its tolerance, or it shows
    /// an expected discrepancy.
    public var passed: Bool { status != .fail }

    /// Whether an expected discrepancy has gone: the figures now agree, so `expected` must go.
    public var discrepancyGone: Bool { expected != nil && status == .fail }
}

/// A piece of text as people read it and as machines read it: `Days per week (days)` in a
/// table, `Days per week` in CSV; `Total` and `total`.
public struct OutputLabel: Sendable, Hashable {
    /// The text people read, with its unit: `Days per week (days)`.
    public var text: String
    /// The text a machine reads, without decoration: `Days per week`.
    public var plain: String

    /// A label read the same by both, unless `plain` says otherwise.
    public init(_ text: String, plain: String? = nil) {
        self.text = text
        self.plain = plain ?? text
    }
}

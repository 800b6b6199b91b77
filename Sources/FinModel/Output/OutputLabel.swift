/// A piece of text as people read it and as machines read it: `Days per week (days)` in a
/// table, `Days per week` in CSV; `Total` and `total`.
public struct OutputLabel: Sendable, Hashable {
    public var text: String
    public var plain: String

    public init(_ text: String, plain: String? = nil) {
        self.text = text
        self.plain = plain ?? text
    }
}

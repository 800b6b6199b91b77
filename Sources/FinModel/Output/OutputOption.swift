/// A variant of the scenario offered for comparison, as `variant NAME "description":` declares it.
public struct OutputOption: Sendable, Equatable {
    /// The variant's name: `all_streams`.
    public var name: String
    /// The variant's description, as declared.
    public var description: String

    /// An option with its name and description.
    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

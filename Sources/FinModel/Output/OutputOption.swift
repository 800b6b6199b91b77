/// A variant of the scenario offered for comparison, as `variant NAME "description":` declares it.
public struct OutputOption: Sendable, Equatable {
    public var name: String
    public var description: String

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// How a figure is shown.
public enum ValueFormat: Sendable, Hashable {
    case money
    /// A count or rate with its unit text, such as `patients` or `hours per week`.
    case quantity(String)
    case percent
    case plain
    case year
    case boolean
}

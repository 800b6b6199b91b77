/// How a figure is shown.
public enum ValueFormat: Sendable, Hashable {
    /// An amount of money: `£1,234.56`.
    case money
    /// A count or rate with its unit text, such as `patients` or `hours per week`.
    case quantity(String)
    /// A fraction shown as a percentage: `2%`.
    case percent
    /// A number without a unit: `1.02`.
    case plain
    /// A financial year: `2019/20`.
    case year
    /// A month of a monthly model: `2018-09`.
    case month
    /// A yes/no condition: `yes`, `no`.
    case boolean
}

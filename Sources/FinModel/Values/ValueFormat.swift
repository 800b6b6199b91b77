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

extension ValueFormat {
    /// A yearly amount in a model of months or quarters (`£ per year`): the outturn of a year, a
    /// budget before it is phased. A table shows it under the Total as money, under the table's
    /// money rounding, so a finance reader sees `£179,293`, not `Outturn (£ per year) 179,293.27`.
    var isMoneyPerYear: Bool { self == .quantity("£ per year") }
}

/// How a value of each kind is shown: money, a quantity with its unit, a percentage, a year.
extension Value.Kind {
    func format(display: DisplayUnit?) -> ValueFormat {
        switch self {
        case .year: return .year
        case .month: return .month
        case .boolean: return .boolean
        case .text: return .plain
        case .number(let unit):
            if let display { return display.isPercent ? .percent : .quantity(display.text) }
            if unit.isMoney { return .money }
            if unit.isNone { return .plain }
            return .quantity(unit.description)
        }
    }
}

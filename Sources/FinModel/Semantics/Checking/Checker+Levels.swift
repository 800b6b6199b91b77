/// A level shown without its rule: a population or a list size by period in a table, whose
/// periods would otherwise be added up.
extension Checker {
    /// A warning for a table's line that shows a list attribute by period (a population, a list
    /// size) as it is, or its total over the list, without saying how its periods make its
    /// Total: added up, two years of a CCG of 325,000 patients show a total of 650,000. The
    /// line still runs as written, since a count by period may be a flow (appointments by
    /// month), but the reader is told to say which: `total: average`, `closing`, `opening`
    /// or `none`.
    func levelWarning(_ name: String, _ definition: Definition, type: ValueType) -> Diagnostic? {
        guard definition.total == nil, type.shape.hasYears,
              case .number(let unit) = type.kind, !unit.isMoney, let attribute = levelAttribute(in: definition.expression) else { return nil }
        let periods = model.axis?.granularity.plural ?? "years"
        return Diagnostic(
            .warning, at: definition.expression.span, "'\(name)' shows '\(attribute)', a figure for each of the \(periods), and its total adds the \(periods) up",
            label: "a level, as a population or a list size is",
            help: "say what its total is: total: average (its mean over the \(periods)), total: closing or total: opening (its last or first figure), or total: none")
    }

    /// The list attribute by period an expression shows as it is: `population`, or its total,
    /// average, smallest or largest over the list.
    private func levelAttribute(in expression: Expression) -> String? {
        switch expression.kind {
        case .name(let name):
            guard let list = model.attributes[name],
                  model.lists[list]?.attributes.contains(where: { $0.name == name && $0.hasPeriods && $0.kind != .text && $0.kind != .flag }) == true else { return nil }
            return name
        case .call(let function, let arguments) where ["total", "average", "min", "max"].contains(function) && arguments.count == 1:
            return levelAttribute(in: arguments[0].value)
        case .convert(let inner, _):
            return levelAttribute(in: inner)
        default:
            return nil
        }
    }
}

/// What the checker knows of an expression before any figure is computed: its kind (a number
/// in some unit, a condition, a year, text) and its shape (the axes it varies over).
struct ValueType: Sendable, Hashable {
    var kind: ValueKind
    var shape: ValueShape
}

enum ValueKind: Sendable, Hashable {
    case number(Unit)
    case boolean
    case year
    /// A month of a monthly model, held as its `FinancialMonth.ordinal`: `input cutoff = 2018-09`.
    case month
    case text

    var unit: Unit? {
        if case .number(let unit) = self { return unit }
        return nil
    }

    var description: String {
        switch self {
        case .number(let unit): unit.isNone ? "a plain number" : "'\(unit)'"
        case .boolean: "a yes/no condition"
        case .year: "a financial year"
        case .month: "a month"
        case .text: "text"
        }
    }
}

/// The axes a value varies over: the model's years, and the members of at most one list.
struct ValueShape: Sendable, Hashable {
    var list: String?
    var hasYears: Bool

    static let scalar = ValueShape(list: nil, hasYears: false)

    var description: String { description(per: "year") }

    /// As `description`, with the model's period: "a value for each month" in a model of months.
    func description(per period: String) -> String {
        switch (list, hasYears) {
        case (nil, false): "one value"
        case (nil, true): "a value for each \(period)"
        case (let list?, false): "a value for each of the \(list)"
        case (let list?, true): "a value for each of the \(list) in each \(period)"
        }
    }
}

/// Why a type or a figure could not be worked out.
enum ExpressionFailure: Error {
    /// A problem to report.
    case reported(Diagnostic)
    /// Something this depends on already failed and was reported; stay quiet.
    case dependencyFailed
}

/// How a line is displayed when its expression ends in `in unit`: `in minutes`, `in %`.
struct DisplayUnit: Sendable, Hashable {
    let unit: Unit
    /// Base units per displayed unit: shown value = stored value ÷ factor.
    let factor: Exact
    let text: String
    let isPercent: Bool
    /// `in % to 2 places half_up`: the decimals of the percentage and their rule; nil for `in %` alone.
    var places: (count: Int, rule: RoundingRule)? {
        placesCount.map { ($0, placesRule) }
    }
    var placesCount: Int? = nil
    var placesRule: RoundingRule = .halfUp
}

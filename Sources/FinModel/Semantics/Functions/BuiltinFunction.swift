/// A built-in function of the scenario language, described once: its parameters, the unit of its
/// result, how `explain` states the rounding it does, and its one line of help.
///
/// The checker binds calls through it, the dependency walk asks it which arguments are words
/// rather than names, `explain` asks it how a call rounds, and `scenario help functions` and the
/// manual's function table are printed from it, so none of them can disagree about a function.
/// Its evaluation is `Evaluator.apply(_:)`, a `switch` over `Name` that the compiler checks is
/// complete.
///
/// A class: every call the checker and the evaluator bind hands one on, and a class is handed
/// on by one reference count rather than one for each of its strings, lists and closure.
final class BuiltinFunction: Sendable {
    enum Name: String, CaseIterable, Sendable {
        case abs, apportion, average, count, cumulative, max, min, prev, phase, proRata = "pro_rata", round, share, sum, total, uplift, yearly
        case forecast, yearToDate = "year_to_date", outturn, variance, variancePercent = "variance_percent"
    }

    struct Parameter: Sendable {
        enum Role: Sendable, Equatable {
            /// A value: a figure, a line, an expression.
            case value
            /// One of a fixed set of words, such as a rounding rule; never a name in the scenario.
            case word([String])
            /// What to total or average over: `years`, a range of years, or a list's name.
            case axis
        }

        let name: String
        let role: Role
        let isRequired: Bool

        static func value(_ name: String, required: Bool = true) -> Parameter { Parameter(name: name, role: .value, isRequired: required) }
        static func word(_ name: String, _ words: [String], required: Bool = true) -> Parameter {
            Parameter(name: name, role: .word(words), isRequired: required)
        }
        static func axis(_ name: String) -> Parameter { Parameter(name: name, role: .axis, isRequired: false) }
    }

    let name: Name
    /// For a variadic function, the one parameter every argument binds to.
    let parameters: [Parameter]
    /// `sum(a, b, c)`: any number of unlabelled values of one unit.
    let isVariadic: Bool
    /// A call as a user would write it, shown in help and in errors: `round(cost, half_up, £1)`.
    let usage: String
    /// What the result is, and in what unit.
    let result: String
    /// How `explain` states the rounding a call does, from the source text of its bound
    /// arguments (`["rule": "half_up", "step": "£1"]`); nil for a function that does not round.
    let rounding: (@Sendable ([String: String]) -> String)?
    /// The name as written, kept rather than spelt from `name` at each call: every call of a
    /// scenario is looked up by it (`named`).
    let spelling: String
    /// True when every parameter takes a value: no argument is a word or an axis, so the walk
    /// over a line's names need not look at labels (`isNotAValue`).
    let takesOnlyValues: Bool
    /// position → whether that parameter takes a value, read without copying the parameter.
    private let takesValue: [Bool]

    init(name: Name, parameters: [Parameter], isVariadic: Bool, usage: String, result: String,
         rounding: (@Sendable ([String: String]) -> String)?) {
        self.name = name
        self.parameters = parameters
        self.isVariadic = isVariadic
        self.usage = usage
        self.result = result
        self.rounding = rounding
        self.spelling = name.rawValue
        self.takesOnlyValues = parameters.allSatisfy { $0.role == .value }
        self.takesValue = parameters.map { $0.role == .value }
    }

    /// Whether a call of `min` or `max` with one value takes the smallest or largest over the
    /// value's list (or years) rather than cell by cell: `min(list_size where opted_in)`.
    static func isAggregateExtreme(_ name: String, argumentCount: Int) -> Bool {
        argumentCount == 1 && (name == Name.min.rawValue || name == Name.max.rawValue)
    }

    /// The words a parameter accepts, or nil for a value or an axis.
    func words(for parameter: String) -> [String]? {
        guard let found = parameters.first(where: { $0.name == parameter }), case .word(let words) = found.role else { return nil }
        return words
    }

    /// True when the argument at `position` (or with `label`) is a word or an axis, not a value,
    /// so a name written there is not a reference to a line: `round(x, half_up, £1)` does not use
    /// an input called `half_up`, and a line called `once` is not used by `policy: once`.
    func isNotAValue(label: String?, position: Int) -> Bool {
        if isVariadic || takesOnlyValues { return false }
        if let label {
            guard let index = parameterIndex(named: label) else { return false }
            return !takesValue[index]
        }
        return position < takesValue.count && !takesValue[position]
    }

    /// The position of the parameter called `label`, or nil when the function has none.
    ///
    /// Lengths are compared before spellings: most labels differ from most parameters' names in
    /// length, and comparing two unequal strings is a call where comparing lengths is not.
    func parameterIndex(named label: String) -> Int? {
        let length = label.utf8.count
        for index in parameters.indices {
            let name = parameters[index].name
            if name.utf8.count == length && name == label { return index }
        }
        return nil
    }
}

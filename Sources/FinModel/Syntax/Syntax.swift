/// The syntax tree of a scenario file, as written: nothing here is resolved or evaluated yet.
///
/// Every node keeps its span so that the checker and the evaluator can point at the exact
/// operator or name a problem comes from.
struct ScenarioSyntax: Sendable {
    var statements: [Statement]
    /// True when a `years` line was written, even one with a mistake, so it is not also "missing".
    var yearsWritten = false
}

/// A unit as written after a number: `patients`, `£ per patient`, `minutes per week per 1,000 patients`.
struct UnitSyntax: Sendable, Hashable {
    struct Word: Sendable, Hashable {
        let name: String
        let span: SourceSpan
        /// +1 in the numerator, -1 after `per`.
        let exponent: Int
    }
    var words: [Word]
    /// A number written in a denominator, such as the 1,000 in `per 1,000 patients`.
    var divisor: Exact
    let span: SourceSpan
    /// For `%` only: `to 2 places half_up`, the decimals a percentage is shown to.
    var places: PercentPlacesSyntax? = nil
}

/// An expression as written, with where it was written.
///
/// A class, so that a tree is handed on, kept in a `Model` and copied into a definition by one
/// reference count each, not one for every span and child inside it; it never changes after
/// the parser builds it, and two expressions are equal when they are written alike in the same
/// places.
final class Expression: Sendable, Hashable {
    /// The cases holding an `Exact` (16-byte aligned) are `indirect`: held inline, they made
    /// every node 16-byte aligned, which the runtime allocates far more slowly than a node of
    /// 8-byte alignment, and only a few nodes are numbers.
    enum Kind: Sendable, Hashable {
        /// A number, optionally with a unit: `325,000 patients`, `0.5`.
        indirect case number(Exact, UnitSyntax?)
        /// An amount of money, optionally per something: `£3.00 per patient`.
        indirect case money(Exact, UnitSyntax?)
        /// `2%` is the number 1/50.
        indirect case percent(Exact)
        case year(FinancialYear)
        case yearRange(FinancialYear, FinancialYear)
        /// `2019-07`: a month of a monthly model, as an index (`rent[2019-07]`).
        case month(FinancialMonth)
        case text(String)
        case name(String)
        /// One value per year, in order: `£98,923 | £131,250 | £119,827`.
        case row([Expression])
        case negate(Expression)
        case not(Expression)
        case binary(BinaryOperator, Expression, Expression)
        case call(String, [Argument])
        /// `income[2017/18]`, `cost["Enderby"]`.
        case index(Expression, [Expression])
        case conditional(Expression, Expression, Expression)
        /// `capacity in hours per week`: the same quantity shown in another unit.
        indirect case convert(Expression, UnitSyntax)
        /// `list_size where opted_in`: the members a total, average, min, max, count or share
        /// takes in; only ever an argument of one of those.
        case filtered(Expression, condition: Expression)
    }

    let kind: Kind
    let span: SourceSpan
    /// The span of the operator for binary expressions (where unit errors point).
    let operatorSpan: SourceSpan?
    /// Levels of the tree below and including this node; every later stage recurses this deep,
    /// so the parser refuses trees taller than it allows rather than overflow the stack.
    let height: Int

    init(_ kind: Kind, span: SourceSpan, operatorSpan: SourceSpan? = nil) {
        self.kind = kind
        self.span = span
        self.operatorSpan = operatorSpan
        self.height = 1 + Self.tallestChild(of: kind)
    }

    /// The height of the tallest child, worked out without gathering the children into an
    /// array: every node the parser builds asks, so it must cost no allocation.
    private static func tallestChild(of kind: Kind) -> Int {
        switch kind {
        case .number, .money, .percent, .year, .yearRange, .month, .text, .name: 0
        case .row(let items): items.reduce(0) { max($0, $1.height) }
        case .negate(let inner), .not(let inner), .convert(let inner, _): inner.height
        case .binary(_, let left, let right): max(left.height, right.height)
        case .call(_, let arguments): arguments.reduce(0) { max($0, $1.value.height) }
        case .index(let base, let indices): indices.reduce(base.height) { max($0, $1.height) }
        case .conditional(let a, let b, let c): max(a.height, b.height, c.height)
        case .filtered(let value, let condition): max(value.height, condition.height)
        }
    }

    static func == (a: Expression, b: Expression) -> Bool {
        a === b || (a.span == b.span && a.operatorSpan == b.operatorSpan && a.kind == b.kind)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(kind)
    }

    /// Calls `body` on each child in the order written, without gathering them into an array.
    func forEachChild(_ body: (Expression) -> Void) {
        switch kind {
        case .number, .money, .percent, .year, .yearRange, .month, .text, .name: break
        case .row(let items): items.forEach(body)
        case .negate(let inner), .not(let inner), .convert(let inner, _): body(inner)
        case .binary(_, let left, let right):
            body(left)
            body(right)
        case .call(_, let arguments): for argument in arguments { body(argument.value) }
        case .index(let base, let indices):
            body(base)
            indices.forEach(body)
        case .conditional(let a, let b, let c):
            body(a)
            body(b)
            body(c)
        case .filtered(let value, let condition):
            body(value)
            body(condition)
        }
    }
}

enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and, or

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }
}

/// A call argument, positional or named (`by: list_size`).
struct Argument: Sendable, Hashable {
    let label: String?
    let labelSpan: SourceSpan?
    let value: Expression
}

/// A named value: an input or a line.
///
/// A class for the reason `Expression` is one: a model keeps tens of thousands of them, and
/// handing one on costs one reference count.
final class Definition: Sendable, Hashable {
    let name: String
    let nameSpan: SourceSpan
    /// Shown in tables instead of the name: `ccg "CCG" = ...`.
    let label: String?
    let expression: Expression
    /// `total: expr`, `total: none` or `total: average` after a line; nil means the default (sum
    /// where it adds up).
    let total: TotalSyntax?
    /// What the figure is, shown with inputs: `input x = £5 "overheads, not uplifted"`.
    let note: String?
    /// The documents the figure is taken from, after `from`: `from coo_2018 "appendix B"`.
    let citations: [CitationSyntax]
    /// `from 2019-07 until 2021-03` after the formula: the months the line runs in.
    let window: PeriodWindowSyntax?

    /// The member whose figure a variant or `--set` replaces, as in `list_size["Enderby"] = ...`,
    /// where `name` is the list's attribute; nil for an input or a line.
    let member: NameReference?
    /// The period of the member's figure a variant or `--set` replaces, for an attribute by
    /// period, as in `list_size["Enderby", 2020/21] = ...`; nil otherwise.
    let memberPeriod: PeriodReference?

    init(name: String, nameSpan: SourceSpan, label: String?, expression: Expression, total: TotalSyntax?, note: String?,
         citations: [CitationSyntax], window: PeriodWindowSyntax? = nil, member: NameReference? = nil,
         memberPeriod: PeriodReference? = nil) {
        self.memberPeriod = memberPeriod
        self.window = window
        self.name = name
        self.nameSpan = nameSpan
        self.member = member
        self.label = label
        self.expression = expression
        self.total = total
        self.note = note
        self.citations = citations
    }

    static func == (a: Definition, b: Definition) -> Bool {
        a === b || (a.name == b.name && a.nameSpan == b.nameSpan && a.label == b.label && a.expression == b.expression
            && a.total == b.total && a.note == b.note && a.citations == b.citations && a.window == b.window && a.member == b.member
            && a.memberPeriod == b.memberPeriod)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(nameSpan)
    }
}

/// `from 2019-07`, `until 2021-03` or both after a line's formula, as written: the line is its
/// formula in those months and zero outside them.
struct PeriodWindowSyntax: Sendable, Hashable {
    var start: FinancialMonth?
    var startSpan: SourceSpan?
    var end: FinancialMonth?
    var endSpan: SourceSpan?
}

/// A name as written, with where it was written.
struct NameReference: Sendable, Hashable {
    let name: String
    let span: SourceSpan
}

struct Statement: Sendable {
    /// Every case whose payload is more than two words is `indirect`, so a statement is a few
    /// words and copying one (into the statements array, into the model builder) costs a
    /// reference count, not a copy of the largest case (a table's header) for every input.
    enum Kind: Sendable {
        case title(String)
        case years(first: FinancialYear, last: FinancialYear)
        /// `months 2019-07 to 2021-03` or `quarters 2019/20 Q3 to 2020/21 Q4`: a model counted
        /// in periods shorter than the year.
        indirect case periods(PeriodAxis)
        /// `unit pharmacy` or `unit pharmacist, pharmacists`; no plural means the regular one.
        indirect case unit(singular: String, plural: String?)
        case input(Definition)
        case line(Definition)
        indirect case list(NameReference, attributes: [AttributeSyntax], source: ListSource)
        indirect case table(title: String, by: NameReference?, groupedBy: NameReference?, lines: [Definition], display: DisplaySyntax?, citations: [CitationSyntax])
        indirect case check(CheckSyntax)
        indirect case variant(NameReference, description: String?, overrides: [Definition])
        /// `include "options.scenario"`: the statements of another file in the scenario's folder.
        indirect case include(path: String, span: SourceSpan)
        /// `chart "Income against expenditure" bars income, expenses line surplus`: what a report draws.
        indirect case chart(title: String, series: [ChartSeriesSyntax])
        /// `source coo_2018 "ELR GP Federation, Chief Operating Officer report, April 2018"`: a
        /// document that figures cite by name.
        indirect case source(NameReference, title: String)
        /// `actuals from "actuals.csv"`: the figures spent so far, by line and month.
        indirect case actuals(path: String, span: SourceSpan)
    }
    let kind: Kind
    let span: SourceSpan
}

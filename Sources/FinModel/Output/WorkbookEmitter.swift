/// Why a cell is written as its figure rather than a formula: said in the cell's comment.
struct WorkbookUnsupported: Error, Sendable {
    let reason: String
}

/// Writes a `WorkbookTerm` as the spreadsheet formula of one cell: the member and year of the
/// cell decide which cells each name reads, as they decide which figures the evaluator combines.
///
/// Every construct of the language has its formula here or in the extensions beside this file,
/// documented in docs/workbook.md:
///
/// | scenario                         | formula                                   |
/// |----------------------------------|-------------------------------------------|
/// | `rate * patients`                | `Inputs!D2*patients`                      |
/// | `income - expenses`              | `B2-B7`                                   |
/// | `fund["ELR"]`                    | `'Transformation fund by CCG'!B2`         |
/// | `if f then a else b`             | `IF(f,a,b)`                               |
/// | `a and b`, `a or b`              | `IF(a,b,FALSE)`, `IF(a,TRUE,b)`           |
/// | `sum(a, b)`, `min`, `max`, `abs` | `SUM(B2:B3)`, `MIN(…)`, `MAX(…)`, `ABS(…)` |
/// | `total(x)`, `average(x, over:)`  | `SUM(B2:E2)`, `AVERAGE(C2:E2)`            |
/// | `cumulative(x)`, `prev(x, first:)` | `SUM(B9:D9)`, `C9` (the year before)    |
/// | `round`, `uplift`, `apportion`   | see `+Rounding`, `+Series`, `WorkbookApportionment` |
struct WorkbookEmitter {
    /// Where every named figure's cells are.
    let places: [String: WorkbookPlace]
    /// Names of whole ranges, so a total of a list's attribute reads `SUM(list_size)`: keyed by
    /// sheet and range, `Lists!B2:B12`.
    let rangeNames: [String: String]
    let years: [FinancialYear]
    /// Each apportionment's workings, placed.
    let apportionments: [WorkbookApportionment]
    /// The sheet the formula is written on, whose own cells need no sheet name.
    var sheet: String
    /// Each forecast's block, placed.
    var forecasts: [WorkbookForecast] = []

    /// The formula of `term` in the cell of `member` and `year` (each from 0, and ignored where
    /// the term does not vary by it).
    func formula(_ term: WorkbookTerm, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        switch term {
        case .number(let value):
            return .number(value)
        case .name(let name):
            return try reference(name, member: member, year: year)
        case .year:
            guard year < years.count else { throw WorkbookUnsupported(reason: "a year outside the model") }
            return .number(Exact(Int64(years[year].startYear)))
        case .row(let items):
            guard year < items.count else { throw WorkbookUnsupported(reason: "a row with no figure for this year") }
            return try formula(items[year], member: member, year: year)
        case .negate(let inner):
            let value = try formula(inner, member: member, year: year)
            if let constant = value.constant, let negated = try? constant.negated() { return .number(negated) }
            return WorkbookFormula("-" + value.operand(of: .negation), .negation)
        case .not(let inner):
            return .call("NOT", [try condition(inner, member: member, year: year).text], isLogical: true)
        case .operation(let op, let left, let right):
            return try operation(op, left, right, member: member, year: year)
        case .function(let name, let arguments):
            let values = try arguments.map { (argument) throws(WorkbookUnsupported) in try formula(argument, member: member, year: year) }
            if name == "SUM" { return sum(values) }
            return .call(name, values.map(\.text))
        case .round(let value, let rule, let step, let exact):
            let rounded = try formula(value, member: member, year: year)
            if let exact { try hazard(exact, member: member, year: year, rule: rule, step: step) }
            return try self.rounded(rounded, rule: rule, step: step, member: member, year: year)
        case .aggregate(let value, let axis, let average):
            if let range = wholeRange(value, axis, member: member, year: year) {
                return .call(average ? "AVERAGE" : "SUM", [range])
            }
            var parts: [WorkbookFormula] = []
            switch axis {
            case .years(let range):
                for each in range { parts.append(try formula(value, member: member, year: each)) }
            case .members(let count):
                for each in 0..<count { parts.append(try formula(value, member: each, year: year)) }
            }
            return average ? self.average(parts) : sum(parts)
        case .cumulative(let value):
            var parts: [WorkbookFormula] = []
            for each in 0...year { parts.append(try formula(value, member: member, year: each)) }
            return sum(parts)
        case .previous(let value, let first):
            return year == 0 ? try formula(first, member: member, year: 0) : try formula(value, member: member, year: year - 1)
        case .window(let value, let periods):
            return periods.contains(year) ? try formula(value, member: member, year: year) : .number(.zero)
        case .proRata(let value, let months):
            let product = WorkbookFormula.binary("*", try formula(value, member: member, year: year), try formula(months, member: member, year: year), .multiplicative)
            return .binary("/", product, .number(Exact(12)), .multiplicative)
        case .uplift(let uplift):
            return try self.uplift(uplift, member: member, year: year)
        case .apportion(let index):
            guard index < apportionments.count, let cell = apportionments[index].partCell(member: member, year: year) else {
                throw WorkbookUnsupported(reason: "an apportionment with no workings")
            }
            return .reference(cell, from: sheet)
        case .forecast(let index, let figure):
            guard index < forecasts.count, let cell = forecasts[index].cell(figure, period: year) else {
                throw WorkbookUnsupported(reason: "a forecast with no workings")
            }
            return .reference(cell, from: sheet)
        case .listAggregate(let aggregate):
            return try listAggregate(aggregate, member: member, year: year)
        case .text(let text):
            return WorkbookFormula("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"", .atom)
        case .atYear(let value, let position):
            return try formula(value, member: member, year: position)
        case .atMember(let value, let position):
            return try formula(value, member: position, year: year)
        case .conditional(let test, let then, let otherwise):
            let chosen = try condition(test, member: member, year: year)
            let a = try formula(then, member: member, year: year), b = try formula(otherwise, member: member, year: year)
            return .call("IF", [chosen.text, a.text, b.text], isLogical: a.isLogical && b.isLogical)
        case .unsupported(let reason):
            throw WorkbookUnsupported(reason: reason)
        }
    }

    /// A name's cell for this member and year, divided back into the unit it is computed in
    /// when its line is shown in another, and compared with "yes" when it holds yes or no.
    func reference(_ name: String, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        guard let place = places[name] else { throw WorkbookUnsupported(reason: "'\(name)' has no cells in the workbook") }
        var cell = WorkbookFormula.reference(place.cell(member: member, year: year), from: sheet)
        if let name = place.name { cell = WorkbookFormula(name, .atom) }
        if place.isCondition { return .binary("=", cell, WorkbookFormula("\"yes\"", .atom), .comparison, isLogical: true) }
        guard let factor = place.factor else { return cell }
        // Shown = computed ÷ factor, so computed = shown × factor: minutes back to hours is ÷ 60.
        if let inverse = try? Exact.one.divided(by: factor), inverse.isInteger {
            return .binary("/", cell, .number(inverse), .multiplicative)
        }
        return .binary("*", cell, .number(factor), .multiplicative)
    }

    /// A yes/no term as TRUE or FALSE: comparisons are already, a yes/no line is compared with "yes".
    func condition(_ term: WorkbookTerm, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        let value = try formula(term, member: member, year: year)
        guard value.isLogical else { throw WorkbookUnsupported(reason: "a condition that is not a comparison") }
        return value
    }

    private func operation(_ op: BinaryOperator, _ left: WorkbookTerm, _ right: WorkbookTerm, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        switch op {
        case .and, .or:
            // IF, not AND or OR: a spreadsheet's AND reads both sides, so a division by zero on
            // the right would show even where the left decides, as the scenario's 'and' does not.
            let a = try condition(left, member: member, year: year), b = try condition(right, member: member, year: year)
            return .call("IF", op == .and ? [a.text, b.text, "FALSE"] : [a.text, "TRUE", b.text], isLogical: true)
        case .equal where left.isText || right.isText, .notEqual where left.isText || right.isText:
            // A spreadsheet's = ignores case in text; the scenario's comparison does not.
            let same = WorkbookFormula.call("EXACT", [try formula(left, member: member, year: year).text, try formula(right, member: member, year: year).text], isLogical: true)
            return op == .equal ? same : .call("NOT", [same.text], isLogical: true)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let symbol = switch op {
            case .equal: "="
            case .notEqual: "<>"
            case .less: "<"
            case .lessEqual: "<="
            case .greater: ">"
            default: ">="
            }
            return .binary(symbol, try formula(left, member: member, year: year), try formula(right, member: member, year: year), .comparison, isLogical: true)
        case .add, .subtract:
            return .binary(op == .add ? "+" : "-", try formula(left, member: member, year: year), try formula(right, member: member, year: year), .additive)
        case .multiply, .divide:
            return .binary(op == .multiply ? "*" : "/", try formula(left, member: member, year: year), try formula(right, member: member, year: year), .multiplicative)
        }
    }

    /// `SUM` of the parts: a range where they are the cells of one block, side by side or one
    /// under another (`SUM(B2:E2)`, or `SUM(list_size)` where the range is named), else each
    /// part. Parts that are sums of cells themselves (a total of totals) merge into one range.
    func sum(_ parts: [WorkbookFormula]) -> WorkbookFormula {
        if parts.count == 1 { return parts[0] }
        let cells = parts.compactMap(\.summed)
        if cells.count == parts.count, let range = range(of: cells.flatMap { $0 }) {
            var formula = WorkbookFormula.call("SUM", [range])
            formula.summed = cells.flatMap { $0 }
            return formula
        }
        return .call("SUM", chunked(parts.map(\.text)))
    }

    /// The mean of the parts: `AVERAGE(range)`, or their `SUM` over their number.
    func average(_ parts: [WorkbookFormula]) -> WorkbookFormula {
        let cells = parts.compactMap(\.reference)
        if cells.count == parts.count, let range = range(of: cells) { return .call("AVERAGE", [range]) }
        return .binary("/", sum(parts), .number(Exact(Int64(parts.count))), .multiplicative)
    }

    /// The range a total of a line's cells reads, worked out from its place rather than cell by
    /// cell (a total over 20,000 practices in each of their rows would be 20,000² references):
    /// for a plain line whose cells along the axis are one row or one column.
    func wholeRange(_ term: WorkbookTerm, _ axis: WorkbookAxis, member: Int, year: Int) -> String? {
        guard case .name(let name) = term, let place = places[name], place.factor == nil, !place.isCondition, place.name == nil else { return nil }
        let (first, last): (WorkbookCellReference, WorkbookCellReference)
        switch axis {
        case .years(let range):
            guard place.hasYears, range.count > 1 else { return nil }
            (first, last) = (place.cell(member: member, year: range.lowerBound), place.cell(member: member, year: range.upperBound))
        case .members(let count):
            guard place.list != nil, count > 1 else { return nil }
            (first, last) = (place.cell(member: 0, year: year), place.cell(member: count - 1, year: year))
        }
        return range(of: [first, last], corners: true)
    }

    /// A spreadsheet function takes at most 255 arguments: more are summed in groups.
    func chunked(_ arguments: [String]) -> [String] {
        guard arguments.count > 255 else { return arguments }
        return stride(from: 0, to: arguments.count, by: 255).map { start in
            "SUM(" + arguments[start..<min(start + 255, arguments.count)].joined(separator: ",") + ")"
        }
    }

    /// The range `cells` fill exactly, each once, when they are on one sheet and more than one;
    /// with `corners`, the range whose corners they are.
    func range(of cells: [WorkbookCellReference], corners: Bool = false) -> String? {
        guard cells.count > 1, let first = cells.first, cells.allSatisfy({ $0.sheet == first.sheet }),
              Set(cells).count == cells.count else { return nil }
        let rows = cells.map(\.row), columns = cells.map(\.column)
        let (top, bottom, left, right) = (rows.min()!, rows.max()!, columns.min()!, columns.max()!)
        guard corners || (bottom - top + 1) * (right - left + 1) == cells.count else { return nil }
        let text = OutputSheet.reference(row: top, column: left) + ":" + OutputSheet.reference(row: bottom, column: right)
        if let name = rangeNames[first.sheet + "!" + text] { return name }
        return WorkbookFormula.prefix(first.sheet, from: sheet) + text
    }
}

extension WorkbookEmitter {
    /// The longest formula written: Excel holds 8,192 characters in a cell's formula.
    static let longestFormula = 8_000

    /// The cell of a computed figure: its formula with the exact figure cached; the figure alone
    /// where the formula is a number whose decimals end (a constant is data, not a calculation);
    /// or the figure with a comment saying why it has no formula.
    func cell(cached: OutputCell, heading: Bool = false, _ compute: () throws(WorkbookUnsupported) -> WorkbookFormula) -> OutputSheetCell {
        do {
            let formula = try compute()
            if let constant = formula.constant, constant.decimalPlaces != nil { return .figure(cached, heading: heading) }
            guard formula.text.count <= Self.longestFormula else {
                return .figure(cached, heading: heading, comment: Self.note("the formula would be longer than a spreadsheet cell holds"))
            }
            return .figure(cached, formula: formula.text, heading: heading)
        } catch {
            return .figure(cached, heading: heading, comment: Self.note(error.reason))
        }
    }

    /// The comment on a figure written without its formula.
    static func note(_ reason: String) -> String {
        "No formula: \(reason). The figure is the scenario's exact value."
    }
}

/// `count`, `share`, `min` and `max` of one value, and `total` and `average` with a `where`:
/// the aggregates over a list's members (or, for `min` and `max` of a value with no list, over
/// its years), written as formulas over the member's cells.
///
/// | scenario | formula (members in rows 2 to 5) |
/// |---|---|
/// | `count(practices)` | `4` (a list's members are data) |
/// | `count(practices where opted_in)` | `SUM(IF(Lists!D2="yes",1,0),…,IF(Lists!D5="yes",1,0))` |
/// | `total(list_size where opted_in)` | `SUM(IF(Lists!D2="yes",Lists!B2,0),…)` |
/// | `average(list_size where opted_in)` | the total over the count: `#DIV/0!` where none is kept, as the scenario reports an error |
/// | `min(list_size)`, `max(list_size)` | `MIN(list_size)`, `MAX(list_size)` |
/// | `min(list_size where opted_in)` | `IF(count=0,NA(),MIN(IF(Lists!D2="yes",Lists!B2,1E+307),…))` |
/// | `share(list_size)` | `Lists!B2/SUM(list_size)` |
/// | `share(list_size where opted_in)` | `IF(Lists!D2="yes",Lists!B2,0)/SUM(IF(Lists!D2="yes",Lists!B2,0),…)` |
///
/// A condition on a text attribute compares with `EXACT` (a spreadsheet's `=` ignores case, the
/// scenario's does not). Each kept member's figure is chosen by `IF`, which reads it only where
/// the condition holds. A filter over more members than a cell's formula can hold is written as
/// the figure, with a note.
struct WorkbookListAggregate: Sendable {
    enum Kind: Sendable {
        case total, average, min, max, count, share
    }

    let kind: Kind
    /// The value aggregated; nil for `count`.
    let value: WorkbookTerm?
    /// The `where` condition, if any.
    let condition: WorkbookTerm?
    let axis: WorkbookAxis

    /// The most members a filter's formula is written for: each member's `IF(…)` takes a dozen
    /// characters at least, so more than this would pass the 8,000 a cell's formula may hold.
    static let mostMembers = 600
}

extension WorkbookEmitter {
    /// The aggregate's formula in the cell of `member` (for `share`) and `year`.
    func listAggregate(_ aggregate: WorkbookListAggregate, member: Int, year: Int) throws(WorkbookUnsupported) -> WorkbookFormula {
        let count: Int, positions: [(member: Int, year: Int)]
        switch aggregate.axis {
        case .members(let members):
            count = members
            positions = (0..<members).map { ($0, year) }
        case .years(let range):
            count = range.count
            positions = range.map { (member, $0) }
        }
        if aggregate.condition != nil, count > WorkbookListAggregate.mostMembers {
            throw WorkbookUnsupported(reason: "a filter over \(count) members, whose formula would be longer than a spreadsheet cell holds")
        }
        func values() throws(WorkbookUnsupported) -> [WorkbookFormula] {
            guard let value = aggregate.value else { return [] }
            return try positions.map { (position) throws(WorkbookUnsupported) in try formula(value, member: position.member, year: position.year) }
        }
        /// Each member's figure where the condition keeps it, else `otherwise`.
        func chosen(_ otherwise: String, figures: [WorkbookFormula]?) throws(WorkbookUnsupported) -> [String] {
            guard let condition = aggregate.condition else { return figures?.map(\.text) ?? [] }
            var parts: [String] = []
            for (index, position) in positions.enumerated() {
                let test = try self.condition(condition, member: position.member, year: position.year)
                parts.append("IF(\(test.text),\(figures?[index].text ?? "1"),\(otherwise))")
            }
            return parts
        }
        func whole(_ function: String) -> WorkbookFormula? {
            guard aggregate.condition == nil, let value = aggregate.value,
                  let range = wholeRange(value, aggregate.axis, member: member, year: year) else { return nil }
            return .call(function, [range])
        }
        func summed(_ parts: [String]) -> WorkbookFormula { .call("SUM", chunked(parts)) }
        let kept: () throws(WorkbookUnsupported) -> WorkbookFormula = { () throws(WorkbookUnsupported) in
            summed(try chosen("0", figures: nil))
        }

        switch aggregate.kind {
        case .count:
            guard aggregate.condition != nil else { return .number(Exact(Int64(count))) }
            return try kept()
        case .total:
            if let whole = whole("SUM") { return whole }
            let figures = try values()
            return aggregate.condition == nil ? sum(figures) : summed(try chosen("0", figures: figures))
        case .average:
            if let whole = whole("AVERAGE") { return whole }
            let figures = try values()
            guard aggregate.condition != nil else { return average(figures) }
            return .binary("/", summed(try chosen("0", figures: figures)), try kept(), .multiplicative)
        case .min, .max:
            let function = aggregate.kind == .min ? "MIN" : "MAX"
            if let whole = whole(function) { return whole }
            let figures = try values()
            guard aggregate.condition != nil else { return .call(function, chunked(figures.map(\.text))) }
            // A member left out must never be the smallest (or largest): it stands at the far end.
            let far = aggregate.kind == .min ? "1E+307" : "-1E+307"
            let extreme = WorkbookFormula.call(function, chunked(try chosen(far, figures: figures)))
            return .call("IF", ["\(try kept().text)=0", "NA()", extreme.text])
        case .share:
            guard let value = aggregate.value else { throw WorkbookUnsupported(reason: "a share of nothing") }
            let own = try formula(value, member: member, year: year)
            if aggregate.condition == nil {
                var total: WorkbookFormula
                if let whole = whole("SUM") { total = whole } else { total = sum(try values()) }
                return .binary("/", own, total, .multiplicative)
            }
            let test = try condition(aggregate.condition!, member: member, year: year)
            let part = WorkbookFormula.call("IF", [test.text, own.text, "0"])
            return .binary("/", part, summed(try chosen("0", figures: try values())), .multiplicative)
        }
    }
}

extension WorkbookCompiler {
    /// `count`, `share`, `min` or `max` of one value, or `total` or `average` with a `where`.
    mutating func listAggregate(_ kind: WorkbookListAggregate.Kind, _ syntax: Expression) -> WorkbookTerm {
        var valueSyntax = syntax
        var condition: WorkbookTerm?
        if case .filtered(let base, let filter) = syntax.kind {
            valueSyntax = base
            condition = compile(filter)
        }
        if kind == .count {
            guard case .name(let list) = valueSyntax.kind, let members = model.lists[list]?.members.count else {
                return .unsupported("count(...) of something that is not a list")
            }
            return .listAggregate(WorkbookListAggregate(kind: kind, value: nil, condition: condition, axis: .members(members)))
        }
        guard let type = checked.type(of: valueSyntax).0 else { return .unsupported("an aggregate whose value has no type") }
        let axis: WorkbookAxis
        if let list = type.shape.list, let members = model.lists[list]?.members.count {
            axis = .members(members)
        } else if condition == nil, type.shape.hasYears, !model.years.isEmpty, kind == .min || kind == .max {
            axis = .years(0...(model.years.count - 1))
        } else {
            return .unsupported("an aggregate over an axis the value does not have")
        }
        return .listAggregate(WorkbookListAggregate(kind: kind, value: compile(valueSyntax), condition: condition, axis: axis))
    }
}

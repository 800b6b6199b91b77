/// What `explain` says of the filters in a formula: which members each `where` kept, so a
/// reviewer sees who a total, an average or a count took in without working the condition out.
///
///     explain opted_in_patients   →   where opted_in keeps 2 of 4 practices: Enderby, Market Overton
extension Explainer {
    /// One sentence for each `where` in `expression`: the members it keeps in `year` (or, for a
    /// condition by year with no year asked, in each year), and how many of the list's.
    func keptMembers(in expression: Expression, year: FinancialYear?) -> [String] {
        var found: [String] = []
        expression.forEachValueNode { node in
            guard case .filtered(let value, let condition) = node.kind,
                  let kept = try? evaluator.evaluate(condition) else { return }
            var list = kept.shape.list
            if list == nil {
                if case .name(let name) = value.kind, model.lists[name] != nil { list = name }
                else { list = (try? evaluator.evaluate(value))?.shape.list }
            }
            guard let list, let members = model.lists[list]?.members else { return }
            let conditionText = condition.span.file.text(of: condition.span)
            let years = kept.shape.hasYears ? model.years : []
            let asked = year.flatMap { model.years.firstIndex(of: $0) }
            let columns: [Int?] = kept.shape.hasYears ? (asked.map { [$0] } ?? Array(years.indices)) : [nil]
            for column in columns {
                let names = members.indices.filter { member in
                    let index = (kept.shape.list == nil ? 0 : member) * (kept.shape.hasYears ? years.count : 1) + (column ?? 0)
                    return index < kept.cells.count && kept.cells[index] != .zero
                }.map { members[$0] }
                let when = column.map { " in \(years[$0])" } ?? ""
                let listed = names.count > 5 ? names.prefix(5).joined(separator: ", ") + " and \(names.count - 5) more" : names.joined(separator: ", ")
                found.append("where \(conditionText) keeps \(names.count) of \(members.count) \(list)\(when)\(names.isEmpty ? "" : ": " + listed)")
            }
        }
        return found
    }
}

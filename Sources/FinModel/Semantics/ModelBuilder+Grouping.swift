/// `table "Patients" by practices grouped by locality`: the members of a table by a list in
/// groups of one text attribute, each group with its subtotal.
///
/// Only a text attribute groups members: a figure (a list size) or a flag names no group a
/// reader could read, so grouping by one is a mistake at its name, as is an attribute the list
/// does not have (with the nearest text attribute suggested).
extension ModelBuilder {
    /// The mistake in a table's `grouped by`, or nil when it names a text attribute of the
    /// table's list (or there is no grouping, or the list itself is unknown and was reported).
    func groupingProblem(_ table: Model.Table) -> Diagnostic? {
        guard let grouping = table.groupedBy, let listName = table.list?.name, let list = model.lists[listName] else { return nil }
        let texts = list.attributes.filter { $0.kind == .text }.map(\.name)
        let help = texts.isEmpty
            ? "group by a text attribute of the list, such as: list \(listName) (list_size patients, locality text)"
            : "group by a text attribute of the list '\(listName)': \(texts.map { "'\($0)'" }.joined(separator: ", "))"
        guard let attribute = list.attribute(grouping.name) else {
            return .unknown("attribute", grouping.name, at: grouping.span, among: texts.isEmpty ? list.attributes.map(\.name) : texts, help: help)
        }
        guard attribute.kind == .text else {
            let what = switch attribute.kind {
            case .flag: "a yes/no attribute"
            case .percent: "a percentage attribute"
            default: "a figure attribute"
            }
            return Diagnostic(at: grouping.span, "'\(grouping.name)' is \(what), not text, so it cannot group the rows",
                              label: "not a text attribute", help: help)
        }
        return nil
    }
}

extension Model.List {
    /// The members grouped by the texts of the text attribute `attribute`: each text with the
    /// positions of its members, in list order.
    ///
    /// Groups come in the order their first member appears in the list, so a list sorted by
    /// locality keeps its order, and a group's members keep theirs.
    ///
    ///     "Enderby" "Blaby", "Northfield" "Melton", "Croft" "Blaby"
    ///     -> Blaby: [0, 2], Melton: [1]
    func groups(by attribute: String) -> [(text: String, members: [Int])] {
        guard let codes = values[attribute], let texts = texts[attribute] else { return [] }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for (member, code) in codes.prefix(self.members.count).enumerated() {
            let key = Int(code.numerator)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(member)
        }
        return order.map { key in (key < texts.count ? texts[key] : "", members[key] ?? []) }
    }
}

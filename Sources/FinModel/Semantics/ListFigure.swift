/// One member's figure of a list's attribute, named as an expression indexes it:
/// `list_size["Kibworth Medical Centre"]`.
///
/// A list's figures are the model's inputs as much as its `input` lines are: a variant, `--set`
/// and the REPL's `set` replace one, `seek` and `sensitivity` vary one, and `explain` traces one
/// to the row that states it. The name is the attribute's, indexed by the member, because
/// attribute names are unique across a scenario's lists and `list_size["Enderby"]` is already
/// how a formula reads that figure.
struct ListFigure: Sendable, Hashable {
    /// The list the member belongs to: `practices`.
    let list: String
    /// The attribute: `list_size`.
    let attribute: String
    /// The member as the list writes it: `Kibworth Medical Centre`.
    let member: String
    /// The member's place in the list, which is its place in the attribute's figures.
    let memberIndex: Int
    /// For an attribute by year, quarter or month, the attribute's period whose figure is meant
    /// (`2020/21` of a list size by year); nil for an attribute with one figure.
    var period: Period? = nil
    /// The model's periods (columns) the figure holds in: the months of a year's figure in a
    /// model of months; empty for an attribute with one figure.
    var columns: [Int] = []

    /// The model's first period the figure holds in: `explain` reads the figure and its cell there.
    var column: Int? { columns.first }

    /// `list_size["Kibworth Medical Centre"]`, or `list_size["Croft", 2020/21]` for an attribute
    /// by period: how messages, reports and `--set` name it.
    var reference: String {
        period.map { "\(attribute)[\"\(member)\", \($0.label)]" } ?? "\(attribute)[\"\(member)\"]"
    }

    /// Whether setting this figure sets `other`: the same member's figure of the same attribute,
    /// and for an attribute by period, one in a model period this one holds in.
    func covers(_ other: ListFigure) -> Bool {
        guard list == other.list, attribute == other.attribute, memberIndex == other.memberIndex else { return false }
        guard let column = other.column else { return columns.isEmpty }
        return columns.contains(column)
    }
}

/// Where a list states one figure of an attribute by period: the inline value, or the CSV
/// file's cell, with the heading of the column it is in (`2019-07` in wide form).
struct ListCellPlace: Sendable, Hashable {
    let span: SourceSpan
    /// The CSV column's heading; nil inline.
    let column: String?
}

/// A list figure a variant, `--set` or the REPL's `set` replaced, kept so every output can say so.
struct ListFigureReplacement: Sendable {
    let figure: ListFigure
    /// The figure as the list states it.
    let fileValue: Exact
    /// The replacement as typed: `list_size["Enderby"] = 6,300 patients`.
    let definition: Definition
}

extension Model {
    /// The figure `attribute[member]` names, or a diagnostic pointing at the part that is wrong,
    /// with the nearest attribute or member suggested.
    func listFigure(attribute: NameReference, member: NameReference, period: PeriodReference? = nil) -> Result<ListFigure, Diagnostic> {
        guard let listName = attributes[attribute.name], let list = lists[listName] else {
            if let list = lists[attribute.name] {
                let first = list.attributes.first?.name ?? "list_size"
                return .failure(Diagnostic(
                    at: attribute.span, "'\(attribute.name)' is a list; name one of its attributes",
                    help: "write the attribute indexed by the member, as in \(first)[\"\(member.name)\"]"))
            }
            if let named = values[attribute.name] {
                return .failure(Diagnostic(
                    at: attribute.span, "'\(attribute.name)' is \(named.isInput ? "an input" : "a computed line"), not a list's attribute",
                    help: named.isInput ? "set an input without a member: \(attribute.name) = value" : "only inputs and list figures can be set"))
            }
            let known = Array(attributes.keys).sorted()
            return .failure(.unknown(
                "attribute", attribute.name, at: attribute.span, among: known,
                help: known.isEmpty ? "this scenario has no lists" : "the lists' attributes are \(known.joined(separator: ", "))"))
        }
        guard let index = list.memberIndex(of: member.name) else {
            return .failure(.unknown(
                "member", member.name, at: member.span, among: list.members,
                help: "name a member of the list '\(listName)' as it is written there"))
        }
        // A replacement is one number in place of one: an attribute holding text or yes/no is not
        // something --set or a variant can replace.
        guard let syntax = self.attribute(attribute.name) else {
            return .failure(Diagnostic(at: attribute.span, "'\(attribute.name)' is not an attribute of '\(listName)'", help: "name one of the list's attributes"))
        }
        if syntax.kind == .text || syntax.kind == .flag {
            return .failure(Diagnostic(
                at: attribute.span, "'\(attribute.name)' holds text or yes/no, so one member's value cannot be set",
                help: "only a list attribute of numbers can be set; change the list itself"))
        }
        let figure = ListFigure(list: listName, attribute: attribute.name, member: member.name, memberIndex: index)
        return periodFigure(figure, of: syntax, period: period, at: attribute)
    }

    /// The figure's value as things stand (the list's, or a replacement in force).
    func value(of figure: ListFigure) -> Exact? {
        guard let list = lists[figure.list], let values = list.values[figure.attribute] else { return nil }
        guard let column = figure.column, list.attribute(figure.attribute)?.hasPeriods == true, !list.members.isEmpty else {
            return values[figure.memberIndex]
        }
        let index = figure.memberIndex * (values.count / list.members.count) + column
        return values.indices.contains(index) ? values[index] : nil
    }

    /// Puts `value` in place of the figure, in each of the model's periods it holds in.
    mutating func setValue(_ value: Exact, of figure: ListFigure) {
        guard let list = lists[figure.list], let values = list.values[figure.attribute] else { return }
        guard !figure.columns.isEmpty, !list.members.isEmpty else {
            lists[figure.list]!.values[figure.attribute]![figure.memberIndex] = value
            return
        }
        let perMember = values.count / list.members.count
        for column in figure.columns { lists[figure.list]!.values[figure.attribute]![figure.memberIndex * perMember + column] = value }
    }

    /// Where the list states the figure: the member's row in the scenario, or in its CSV file;
    /// for an attribute by period, the cell of the figure's period.
    func place(of figure: ListFigure) -> SourceSpan? {
        cellPlace(of: figure)?.span ?? lists[figure.list]?.memberSpans[figure.memberIndex]
    }

    /// The cell that states one period's figure of an attribute by period, with its column.
    func cellPlace(of figure: ListFigure) -> ListCellPlace? {
        guard let column = figure.column, let list = lists[figure.list], let places = list.periodPlaces[figure.attribute],
              !list.members.isEmpty else { return nil }
        let index = figure.memberIndex * (places.count / list.members.count) + column
        return places.indices.contains(index) ? places[index] : nil
    }
}

extension Model {
    /// How `--set` names the figure of `list`'s `member` in the model's period `column` (which
    /// is 0 for an attribute with one figure): `list_size["Croft"]`, `list_size["Croft", 2020/21]`.
    func listFigureReference(_ attribute: AttributeSyntax, member: Int, column: Int, in list: List) -> String {
        let period = attribute.period.flatMap { attributePeriod($0, column: column) }
        return ListFigure(list: list.name, attribute: attribute.name, member: list.members[member], memberIndex: member, period: period).reference
    }
}

extension Model.List {
    /// Where `member` is in the list; a search, done once for each figure named by hand.
    func memberIndex(of member: String) -> Int? { members.firstIndex(of: member) }
}

/// The list figures two options set differently, as steps of a bridge: an option that sets
/// `list_size["Croft", 2020-04]` moves a figure as much as one that sets an input, so the
/// change it makes is its own step, shared by the same Shapley values.
///
///     compare --bridge 'total(funding)' --to refreshed
///     list_size["Kibworth Medical Centre"]   9,100 patients   9,246 patients   +£876.00
extension Scenario {
    /// One list figure set differently under the two options: the figure as `seek` varies it
    /// (so that it is injected the same way), and its value under each.
    struct BridgedListFigure {
        let input: SeekableInput
        let from: Exact
        let to: Exact
    }

    /// The list figures either option sets whose values differ between them, in the order set.
    func differingListFigures(from: Prepared, to: Prepared) -> [BridgedListFigure] {
        var found: [BridgedListFigure] = []
        var seen: Set<String> = []
        for replaced in from.model.replacedListFigures + to.model.replacedListFigures {
            let figure = replaced.figure
            guard seen.insert(figure.reference).inserted, let fromValue = from.model.value(of: figure),
                  let toValue = to.model.value(of: figure), fromValue != toValue,
                  let list = from.model.lists[figure.list], let cells = list.values[figure.attribute] else { continue }
            let kind = Value.Kind.number(from.model.attributeUnits[figure.attribute] ?? .none)
            let input = SeekableInput(
                name: figure.reference, value: Value(kind: kind, shape: .scalar, cells: [fromValue]), step: .zero,
                listFigure: figure, listValue: Value(kind: kind, shape: Value.Shape(list: figure.list, hasYears: !figure.columns.isEmpty), cells: cells),
                listStride: figure.columns.isEmpty ? 1 : cells.count / max(list.members.count, 1))
            found.append(BridgedListFigure(input: input, from: fromValue, to: toValue))
        }
        return found
    }
}

/// One member's list figure set for a run, by a variant or `--set`, with the list's own figure:
/// `list_size["Croft", 2020-04] = 7,300 patients` where the list has 7,050.
///
/// `compare` shows each option's inputs side by side; an option that sets a list figure assumes
/// it as much as an input, so it is a row there too, with the list's figure under the options
/// that keep it.
public struct ReportListFigure: Sendable, Hashable {
    /// How `--set` names the figure: `list_size["Croft"]`, `list_size["Croft", 2020-04]`.
    public let reference: String
    /// The list the member belongs to: `practices`.
    public let list: String
    /// The figure in force for the run.
    public let value: Exact
    /// The figure as the list states it.
    public let fileValue: Exact
    /// How the figures are shown: money, or a quantity in the attribute's unit.
    public let format: ValueFormat
}

extension Model {
    /// The list figures a variant or `--set` replaced, in the order they were set.
    var reportListFigures: [ReportListFigure] {
        replacedListFigures.compactMap { replaced in
            let figure = replaced.figure
            guard let value = value(of: figure) else { return nil }
            let unit = attributeUnits[figure.attribute] ?? .none
            return ReportListFigure(reference: figure.reference, list: figure.list, value: value, fileValue: replaced.fileValue,
                                    format: Value.Kind.number(unit).format(display: nil))
        }
    }
}

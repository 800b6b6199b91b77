/// An option's own list figures: a variant that sets one member's figure
/// (`list_size["Enderby"] = 6,300 patients`) has the attributes it changes written on its sheet,
/// so that its formulas read the option's figures and not the base's on the Lists sheet.
///
///     practices      list_size (patients)
///     Enderby        6,300                 (filled, with a note: set by the variant)
///     Northfield     =Lists!B3
///
/// An attribute by period (`list_size["Enderby", 2020/21] = 6,300 patients`) gets a column for
/// each of the model's periods, as on the Lists sheet.
///
/// Only the attributes whose figures differ from the base's get columns: every member the
/// variant leaves as it is reads the Lists sheet (`=Lists!B3`), so changing a list size there
/// moves every option that keeps it, as a base input moves the options that keep it. The member
/// the variant sets holds its figure, marked as an input set for the run is marked.
extension WorkbookBuilder {
    /// How an attribute's figures are shown: money, a percentage, or a quantity in its unit.
    static func format(of attribute: AttributeSyntax, in model: Model) -> ValueFormat {
        let unit = model.attributeUnits[attribute.name]
        return switch attribute.kind {
        case .percent: .percent
        default: unit?.isMoney == true ? .money : (unit.map { $0.isNone ? .plain : .quantity($0.description) } ?? .plain)
        }
    }

    /// Writes, from `row` of an option's sheet, a block for each list whose figures the option
    /// changes: the list's name and the changed attributes along the top, a row per member.
    /// Returns the places of those attributes, for the option's formulas, and the rows written
    /// (with a blank row after each block; none when the option changes no list figure).
    func writeOptionLists(_ option: Evaluated, sheet: String, row: Int, base: [String: WorkbookPlace],
                          into output: inout OutputSheet) -> (places: [String: WorkbookPlace], rows: Int) {
        let model = self.base.checked.model
        let own = option.checked.model
        let flags = WorkbookModelWriter.flags(report: option.report, checked: option.checked)
        var places: [String: WorkbookPlace] = [:]
        var top = row
        for name in model.listOrder {
            guard let list = model.lists[name], let changed = own.lists[name] else { continue }
            let differing = list.attributes.filter { attribute in
                attribute.kind != .text && attribute.kind != .flag && list.values[attribute.name] != changed.values[attribute.name]
            }
            guard !differing.isEmpty else { continue }
            output.set(row: top, column: 0, .text(name, heading: true))
            // An attribute by period takes a column for each of the model's periods, as on the Lists sheet.
            var column = 1
            for attribute in differing {
                let unit = own.attributeUnits[attribute.name]
                let heading = attribute.name + (unit.map { $0.isNone || $0.isMoney ? "" : " (\($0))" } ?? "")
                let periods = attribute.hasPeriods ? own.periodLabels.map { " \($0)" } : [""]
                for (period, label) in periods.enumerated() {
                    output.set(row: top, column: column + period, .text(heading + label, heading: true))
                }
                let format = Self.format(of: attribute, in: own)
                let values = changed.values[attribute.name] ?? [], fileValues = list.values[attribute.name] ?? []
                let decimals = min(values.map { min($0.decimalPlaces ?? 4, 4) }.max() ?? 0, 4)
                for (index, value) in values.enumerated() {
                    let (member, period) = (index / periods.count, index % periods.count)
                    let cached = OutputCell.figure(value, format: format, places: decimals)
                    var cell: OutputSheetCell
                    if index < fileValues.count, fileValues[index] == value, let home = base[attribute.name] {
                        cell = .figure(cached, formula: WorkbookFormula.reference(home.cell(member: member, year: period), from: sheet).text)
                    } else {
                        cell = .figure(cached)
                        if let flag = flags[own.listFigureReference(attribute, member: member, column: period, in: changed)] {
                            cell.status = flag.status
                            cell.comment = flag.comment
                        }
                    }
                    output.set(row: top + 1 + member, column: column + period, cell)
                }
                places[attribute.name] = WorkbookPlace(sheet: sheet, row: top + 1, column: column, list: name, hasYears: attribute.hasPeriods)
                column += periods.count
            }
            for (member, memberName) in changed.members.enumerated() { output.set(row: top + 1 + member, column: 0, .text(memberName)) }
            top += changed.members.count + 2
        }
        return (places, top - row)
    }
}

/// Puts a workbook together from the evaluated base model and, when asked, each option: names
/// the sheets (formulas need them before any cell is written), lays out the lists, gives the
/// inputs and attributes their names, and has each model written (`WorkbookModelWriter`).
struct WorkbookBuilder {
    /// One evaluated model: the base, or an option.
    struct Evaluated {
        let checked: CheckedScenario
        let evaluator: Evaluator
        let report: Report
    }

    /// A variant exported as an option beside the base.
    struct Option {
        let name: String
        let description: String?
        let model: Evaluated
    }

    let base: Evaluated
    let options: [Option]

    private var taken: Set<String> = []
    private var takenNames: Set<String> = []

    init(base: Evaluated, options: [Option]) {
        self.base = base
        self.options = options
    }

    /// A sheet name not yet used, from `title`.
    private mutating func sheetName(_ title: String) -> String {
        let name = OutputSheet.name(for: title, taken: taken)
        taken.insert(name.lowercased())
        return name
    }

    private mutating func spreadsheetName(_ name: String) -> String {
        let chosen = WorkbookNames.spreadsheetName(name, taken: takenNames)
        takenNames.insert(chosen.lowercased())
        return chosen
    }

    mutating func build() -> OutputWorkbook {
        let model = base.checked.model
        let inputsSheet = sheetName("Inputs")
        let listsSheet = model.listOrder.isEmpty ? nil : sheetName("Lists")
        let tableSheets = base.report.tables.map { sheetName($0.title) }
        let workingsSheet = sheetName("Workings")
        let checksSheet = base.report.checks.isEmpty ? nil : sheetName("Checks")
        let optionSheets = options.map { sheetName("Option \($0.name)") }

        var sheets: [String: OutputSheet] = [:]
        var order: [String] = []
        func add(_ name: String, _ role: OutputSheet.Role, headerRows: Int, headerColumns: Int = 1) {
            sheets[name] = OutputSheet(name: name, role: role, headerRows: headerRows, headerColumns: headerColumns)
            order.append(name)
        }
        var names: [OutputWorkbook.Name] = []
        var rangeNames: [String: String] = [:]
        func nameRange(_ name: String, sheet: String, first: WorkbookCellReference, last: WorkbookCellReference) {
            let range = OutputSheet.reference(row: first.row, column: first.column, absolute: true)
                + (first == last ? "" : ":" + OutputSheet.reference(row: last.row, column: last.column, absolute: true))
            names.append(OutputWorkbook.Name(name: name, sheet: sheet, range: range))
            if first != last {
                rangeNames[sheet + "!" + OutputSheet.reference(row: first.row, column: first.column) + ":" + OutputSheet.reference(row: last.row, column: last.column)] = name
            }
        }

        add(inputsSheet, .inputs, headerRows: 1)
        var attributes: [String: WorkbookPlace] = [:]
        if let listsSheet {
            add(listsSheet, .lists, headerRows: model.listOrder.count == 1 ? 1 : 0)
            attributes = writeLists(into: &sheets[listsSheet]!)
            for list in model.listOrder {
                for attribute in model.lists[list]!.attributes {
                    guard let place = attributes[attribute.name] else { continue }
                    let count = model.lists[list]!.members.count
                    nameRange(spreadsheetName(attribute.name), sheet: listsSheet, first: place.cell(member: 0, year: 0),
                              last: place.cell(member: count - 1, year: attribute.hasPeriods ? max(model.years.count - 1, 0) : 0))
                }
            }
        }
        for name in tableSheets { add(name, .table, headerRows: 1) }

        var writer = WorkbookModelWriter(
            checked: base.checked, evaluator: base.evaluator, report: base.report,
            arrangement: .sheets(inputs: inputsSheet, tables: tableSheets, workings: workingsSheet), shared: attributes, rangeNames: [:])
        // The inputs' names: one cell, or a row of a figure per year; formulas use a one-cell name.
        var inputNames: [String: String] = [:]
        for input in base.report.inputs where input.list == nil {
            guard var place = writer.places[input.name] else { continue }
            let name = spreadsheetName(input.name)
            inputNames[input.name] = name
            nameRange(name, sheet: inputsSheet, first: place.cell(member: 0, year: 0),
                      last: place.cell(member: 0, year: input.hasYears ? max(base.report.years.count - 1, 0) : 0))
            if !input.hasYears, place.factor == nil, !place.isCondition {
                place.name = name
                writer.places[input.name] = place
            }
        }
        writer.rangeNames = rangeNames
        let usesWorkings = writer.blocks.contains { $0.sheet == workingsSheet } || !writer.apportionments.isEmpty || !writer.forecasts.isEmpty
        if usesWorkings { add(workingsSheet, .workings, headerRows: 0) }
        writer.write(into: &sheets)
        if let checksSheet {
            add(checksSheet, .checks, headerRows: 1)
            writer.writeChecks(into: &sheets[checksSheet]!)
        }

        // Each option: its inputs (its own where it sets them, else the base's), then its tables.
        let baseInputs = Dictionary(base.report.inputs.compactMap { input in writer.places[input.name].map { (input.name, $0) } },
                                    uniquingKeysWith: { first, _ in first })
        for (option, sheet) in zip(options, optionSheets) {
            add(sheet, .option, headerRows: 0)
            let text = option.model.report.inputs.map(\.name)
            let own = Set(text.filter { Self.definitionText($0, option.model.checked.model) != Self.definitionText($0, model) })
            // A list figure the option sets: the attributes it changes have a block of their own
            // on its sheet, above its inputs, which its formulas read instead of the Lists sheet.
            let (ownAttributes, listRows) = writeOptionLists(option.model, sheet: sheet, row: 2, base: attributes, into: &sheets[sheet]!)
            var optionWriter = WorkbookModelWriter(
                checked: option.model.checked, evaluator: option.model.evaluator, report: option.model.report,
                arrangement: .stacked(sheet: sheet, row: 2 + listRows),
                shared: ownAttributes.merging(attributes) { own, _ in own }.merging(baseInputs) { first, _ in first },
                rangeNames: rangeNames, inheritedInputs: Set(text).subtracting(own))
            // The option's inputs have the base's names on its own sheet, so its formulas read
            // as the base's do and take its own inputs.
            for input in option.model.report.inputs where input.list == nil && !input.hasYears {
                guard var place = optionWriter.places[input.name], let name = inputNames[input.name], place.factor == nil, !place.isCondition else { continue }
                place.name = name
                optionWriter.places[input.name] = place
                let cell = place.cell(member: 0, year: 0)
                names.append(OutputWorkbook.Name(name: name, sheet: sheet, range: OutputSheet.reference(row: cell.row, column: cell.column, absolute: true), scope: sheet))
            }
            sheets[sheet]!.set(row: 0, column: 0, .text("Option \(option.name)" + (option.description.map { ": \($0)" } ?? ""), heading: true))
            optionWriter.write(into: &sheets)
        }

        let report = base.report
        let description = "From \(report.path)" + (report.variant.map { ", variant \($0)" } ?? "")
        return OutputWorkbook(title: report.title, description: description, sheets: order.map { sheets[$0]! }, names: names)
    }

    /// An input's value as its definition is written, to tell an option's own inputs from the base's.
    static func definitionText(_ name: String, _ model: Model) -> String? {
        guard let expression = model.values[name]?.definition.expression else { return nil }
        return expression.span.file.text(of: expression.span)
    }

    /// Each list: its name and attributes along the top, a row per member; the attributes'
    /// places, by name.
    private func writeLists(into sheet: inout OutputSheet) -> [String: WorkbookPlace] {
        let model = base.checked.model
        var places: [String: WorkbookPlace] = [:]
        // A member's figure set by --set or the variant exported is marked as a set input is.
        let flags = WorkbookModelWriter.flags(report: base.report, checked: base.checked)
        var row = 0
        for name in model.listOrder {
            guard let list = model.lists[name] else { continue }
            sheet.set(row: row, column: 0, .text(name, heading: true))
            // An attribute by period takes a column for each of the model's periods, headed by its name and the period.
            var column = 1
            for attribute in list.attributes {
                let unit = model.attributeUnits[attribute.name]
                let format = Self.format(of: attribute, in: model)
                let heading = attribute.name + (unit.map { $0.isNone || $0.isMoney ? "" : " (\($0))" } ?? "")
                let periods = attribute.hasPeriods ? model.periodLabels.map { " \($0)" } : [""]
                for (year, period) in periods.enumerated() {
                    sheet.set(row: row, column: column + year, .text(heading + period, heading: true))
                }
                let values = list.values[attribute.name] ?? []
                let decimals = min(values.map { min($0.decimalPlaces ?? 4, 4) }.max() ?? 0, 4)
                for (index, value) in values.enumerated() {
                    let (member, year) = (index / periods.count, index % periods.count)
                    var cell: OutputSheetCell = switch attribute.kind {
                    case .text: .text(list.texts[attribute.name]?[Int(value.numerator)] ?? "")
                    case .flag: .text(value == .zero ? "no" : "yes")
                    default: .figure(OutputCell.figure(value, format: format, places: decimals))
                    }
                    // Only a run that sets something names each cell's figure, a search for each by period.
                    if !flags.isEmpty, member < list.members.count,
                       let flag = flags[model.listFigureReference(attribute, member: member, column: year, in: list)] {
                        cell.status = flag.status
                        cell.comment = flag.comment
                    }
                    sheet.set(row: row + 1 + member, column: column + year, cell)
                }
                var place = WorkbookPlace(sheet: sheet.name, row: row + 1, column: column, list: name, hasYears: attribute.hasPeriods)
                place.isCondition = attribute.kind == .flag
                places[attribute.name] = place
                column += periods.count
            }
            for (member, memberName) in list.members.enumerated() { sheet.set(row: row + 1 + member, column: 0, .text(memberName)) }
            row += list.members.count + 2
        }
        return places
    }
}

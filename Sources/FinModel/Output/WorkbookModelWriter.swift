/// Lays out one evaluated model (the base, or one option) in a workbook and writes its cells:
/// where every input, line and apportionment goes, then each cell's formula and exact figure.
///
/// The base has a sheet for its inputs, one per table, and one for its workings; an option has
/// all of them on one sheet, one block under another. Either way, every figure is first given a
/// place (`WorkbookPlace`), so that any formula can name any cell, and then written.
struct WorkbookModelWriter {
    /// Where the model's parts go.
    enum Arrangement {
        /// The base: the inputs, each table and the workings on sheets of their own.
        case sheets(inputs: String, tables: [String], workings: String)
        /// An option: everything on one sheet, one block under another, from `row`.
        case stacked(sheet: String, row: Int)
    }

    let checked: CheckedScenario
    let evaluator: Evaluator
    let report: Report
    let arrangement: Arrangement
    /// Places outside this model that its formulas read: the lists' attributes, and for an
    /// option the base's inputs.
    let shared: [String: WorkbookPlace]
    /// Names of whole ranges (`Lists!B2:B12` is `list_size`), so a total reads `SUM(list_size)`.
    var rangeNames: [String: String]
    /// Inputs an option takes from the base: their cells read the base's.
    let inheritedInputs: Set<String>
    /// The inputs this run set and the lines they moved, with how each cell of theirs is marked.
    let flags: [String: Flag]

    var places: [String: WorkbookPlace] = [:]
    private(set) var inputsOrigin = WorkbookCellReference(sheet: "", row: 0, column: 0)
    private(set) var tableOrigins: [WorkbookCellReference] = []
    /// Inputs over a list, and lines no table shows: each in a block of its own, at a row.
    private(set) var blocks: [(name: String, sheet: String, row: Int)] = []
    private(set) var apportionments: [WorkbookApportionment] = []
    private(set) var forecasts: [WorkbookForecast] = []
    private(set) var terms: [String: WorkbookTerm] = [:]
    private(set) var totalTerms: [String: WorkbookTerm] = [:]
    /// The first row below everything this model wrote on the sheet it ends on.
    private(set) var end = 0
    /// The sheet the workings go on.
    private(set) var workingsSheet = ""

    init(checked: CheckedScenario, evaluator: Evaluator, report: Report, arrangement: Arrangement,
         shared: [String: WorkbookPlace], rangeNames: [String: String], inheritedInputs: Set<String> = []) {
        self.checked = checked
        self.evaluator = evaluator
        self.report = report
        self.arrangement = arrangement
        self.shared = shared
        self.rangeNames = rangeNames
        self.inheritedInputs = inheritedInputs
        self.flags = Self.flags(report: report, checked: checked)
        layOut()
    }

    var model: Model { checked.model }
    var yearCount: Int { report.years.count }

    /// Every name's place: this model's own, then what it shares.
    var allPlaces: [String: WorkbookPlace] { places.merging(shared) { own, _ in own } }

    func emitter(on sheet: String) -> WorkbookEmitter {
        WorkbookEmitter(places: allPlaces, rangeNames: rangeNames, years: report.years, apportionments: apportionments, sheet: sheet,
                        forecasts: forecasts)
    }

    /// Shown = computed ÷ factor, for a line shown in another unit; nil for one shown as computed.
    func factor(_ name: String) -> Exact? {
        guard let display = evaluator.displays[name], !display.isPercent, display.factor != .one else { return nil }
        return display.factor
    }

    private func place(_ name: String, sheet: String, row: Int, column: Int, list: String?, hasYears: Bool) -> WorkbookPlace {
        var place = WorkbookPlace(sheet: sheet, row: row, column: column, list: list, hasYears: hasYears, factor: factor(name))
        place.isCondition = checked.types[name]?.kind == .boolean
        return place
    }

    /// The rows a line's block takes on the workings: its heading, a row per member or one, a blank.
    func blockHeight(_ line: ReportLine) -> Int {
        2 + (line.list.flatMap { model.lists[$0]?.members.count } ?? 1)
    }

    /// The rows a table's sheet or block takes: the headings, then a row per line, or per member and the total.
    func tableHeight(_ table: ReportTable) -> Int {
        1 + (table.list == nil ? table.lines.count : table.members.count + 1 + (Self.isGrouped(table) ? table.groups.count : 0))
    }

    /// Whether a table by list is `grouped by` a text attribute: its rows are then in groups,
    /// with subtotals between them, so its lines' cells live on the workings (where members are
    /// one under another, as every formula over a list reads them) and the table refers to them.
    static func isGrouped(_ table: ReportTable) -> Bool { table.groupedBy != nil && !table.groups.isEmpty }

    private mutating func layOut() {
        let (inputsSheet, row): (String, Int)
        switch arrangement {
        case .sheets(let inputs, _, _): (inputsSheet, row) = (inputs, 0)
        case .stacked(let sheet, let top): (inputsSheet, row) = (sheet, top)
        }
        inputsOrigin = WorkbookCellReference(sheet: inputsSheet, row: row, column: 0)
        var cursor = row + 1
        var listInputs: [ReportLine] = []
        for input in report.inputs {
            if input.list != nil {
                listInputs.append(input)
            } else {
                places[input.name] = place(input.name, sheet: inputsSheet, row: cursor, column: input.hasYears ? 3 : 3 + yearCount,
                                           list: nil, hasYears: input.hasYears)
            }
            cursor += 1
        }
        cursor += 1
        for input in listInputs {
            placeBlock(input, sheet: inputsSheet, row: cursor)
            cursor += blockHeight(input)
        }
        end = cursor
        for (index, table) in report.tables.enumerated() {
            let origin: WorkbookCellReference
            switch arrangement {
            case .sheets(_, let tables, _): origin = WorkbookCellReference(sheet: tables[index], row: 0, column: 0)
            case .stacked(let sheet, _):
                origin = WorkbookCellReference(sheet: sheet, row: end, column: 0)
                end += tableHeight(table) + 1
            }
            tableOrigins.append(origin)
            placeTable(table, at: origin)
        }
        switch arrangement {
        case .sheets(_, _, let workings): (workingsSheet, cursor) = (workings, 0)
        case .stacked(let sheet, _): (workingsSheet, cursor) = (sheet, end)
        }
        // Lines no table shows (and no input): each a block on the workings.
        for name in model.names where places[name] == nil && model.values[name]?.isInput == false {
            guard let line = try? ReportBuilder(model: model, evaluator: evaluator).reportLine(name) else { continue }
            placeBlock(line, sheet: workingsSheet, row: cursor)
            cursor += blockHeight(line)
        }
        // Each line's formula, once; the apportionments it meets go below the lines.
        var compiler = WorkbookCompiler(checked: checked, evaluator: evaluator)
        for name in model.names {
            guard let named = model.values[name], places[name] != nil else { continue }
            let label = named.definition.label ?? ReportBuilder.label(for: name)
            terms[name] = compiler.compile(line: name, label: label)
            if case .expression(let total)? = named.definition.total { totalTerms[name] = compiler.compile(total) }
        }
        apportionments = compiler.apportionments
        for index in apportionments.indices {
            apportionments[index].sheet = workingsSheet
            apportionments[index].row = cursor
            cursor += apportionments[index].height(yearCount: yearCount)
        }
        forecasts = compiler.forecasts
        for index in forecasts.indices {
            forecasts[index].sheet = workingsSheet
            forecasts[index].row = cursor
            cursor += forecasts[index].height
        }
        if case .stacked = arrangement { end = cursor }
    }

    private mutating func placeBlock(_ line: ReportLine, sheet: String, row: Int) {
        places[line.name] = place(line.name, sheet: sheet, row: row + 1, column: 1, list: line.list, hasYears: line.hasYears)
        blocks.append((line.name, sheet, row))
    }

    /// Each line's cells, where the table is its first: members down from the row under the
    /// headings, years across from its first column (a line with one figure goes under Total).
    private mutating func placeTable(_ table: ReportTable, at origin: WorkbookCellReference) {
        // A table shown by quarter or by year has no column for each month: its lines' months
        // go on the workings, as a grouped table's members do.
        if Self.isGrouped(table) || (table.shownBy != nil && report.periodLabels != nil) { return }
        if table.list == nil {
            for (index, line) in table.lines.enumerated() where places[line.name] == nil {
                places[line.name] = place(line.name, sheet: origin.sheet, row: origin.row + 1 + index,
                                          column: line.hasYears ? 1 : 1 + yearCount, list: nil, hasYears: line.hasYears)
            }
            return
        }
        var column = 1
        for line in table.lines {
            if places[line.name] == nil {
                places[line.name] = place(line.name, sheet: origin.sheet, row: origin.row + 1, column: column, list: line.list, hasYears: line.hasYears)
            }
            column += line.hasYears ? yearCount + (line.totals != nil ? 1 : 0) : 1
        }
    }
}

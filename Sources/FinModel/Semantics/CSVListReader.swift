/// Reads a list's rows from a CSV table once its columns are found (`ModelBuilder.readCSV`): one
/// row per member, or in long form a row per member and period (year, quarter or month, as the
/// list's attributes by period are written); every cell read as its attribute's kind asks, and
/// every mistake reported at its row and column.
///
///     name,year,population          long form: a row for each member and year
///     ELR,2018/19,325000
///     ELR,2019/20,330000
///
///     name,2018/19,2019/20          wide form: a column for each year (one attribute by year)
///     ELR,325000,330000
///
///     name,month,list_size          by month: a row for each member and month
///     Enderby,2019-07,6254
struct CSVListReader {
    /// One member as read: its name, where the name is, each attribute's figures (one, or one
    /// per period), and for an attribute by period the cell of each figure.
    typealias Member = (name: String, span: SourceSpan, values: [[Exact]], places: [[ListCellPlace]])

    let file: SourceFile
    let table: CSVTable
    let nameColumn: Int
    /// The periods an attribute by period has a figure for, in order (`ModelBuilder.attributePeriods`).
    let periods: [Period]
    /// What those periods are: years, quarters or months.
    let granularity: PeriodAxis.Granularity
    /// What the scenario's own periods are called in its declaration ("years", "months"): the
    /// line a period outside them would widen.
    let modelPeriods: String
    let attributes: [AttributeSyntax]
    let units: [(unit: Unit, factor: Exact)]
    /// attribute name -> the column holding it (not for an attribute by year in wide form).
    var columns: [String: Int] = [:]
    /// In wide form, the column of each period, in order.
    var periodColumns: [Int] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(file: SourceFile, table: CSVTable, nameColumn: Int, periods: [Period], granularity: PeriodAxis.Granularity,
         modelPeriods: String, attributes: [AttributeSyntax], units: [(unit: Unit, factor: Exact)]) {
        self.file = file
        self.table = table
        self.nameColumn = nameColumn
        self.periods = periods
        self.granularity = granularity
        self.modelPeriods = modelPeriods
        self.attributes = attributes
        self.units = units
    }

    /// "2019/20 to 2020/21": the periods the attribute has figures for.
    private var periodRange: String { periods.isEmpty ? "no \(granularity.plural)" : "\(periods.first!) to \(periods.last!)" }

    /// "year", "quarter" or "month": the period's word, and the heading of long form's column.
    var periodNoun: String { granularity.rawValue }

    /// Wide form: finds a column headed by each period; false (with the mistakes reported) when
    /// one is missing, or a column is headed by a period outside them.
    mutating func findPeriodColumns(headerSpan: SourceSpan) -> Bool {
        var found: [Period: Int] = [:]
        var clean = true
        for (index, name) in table.header.enumerated() where index != nameColumn {
            guard let year = Period(parsing: name, as: granularity) else { continue }
            let span = file.span(line: 1, column: table.headerColumns[index], length: max(1, name.count))
            guard periods.contains(year) else {
                diagnostics.append(Diagnostic(at: span, "\(year) is outside the scenario's \(granularity.plural) (\(periodRange))",
                                              help: "remove the column, or widen the '\(modelPeriods)' line"))
                clean = false
                continue
            }
            guard found[year] == nil else {
                diagnostics.append(Diagnostic(at: span, "the CSV file has two columns for \(year)", help: "keep one column for each \(periodNoun)"))
                clean = false
                continue
            }
            found[year] = index
        }
        let attribute = attributes.first(where: \.hasPeriods)!
        for year in periods where found[year] == nil {
            diagnostics.append(Diagnostic(
                at: headerSpan, "the CSV file has no column for \(year)",
                help: "add a column headed \(year) with each member's '\(attribute.name)', or a '\(periodNoun)' column for long form",
                notes: [Diagnostic.Note(span: attribute.nameSpan, message: "'\(attribute.name)' has a value for each \(periodNoun)")]))
            clean = false
        }
        periodColumns = periods.map { found[$0] ?? 0 }
        return clean
    }

    /// A row for each member: each attribute's figure, or in wide form a figure for each period.
    mutating func readRows(texts: inout ListTexts) -> [Member] {
        var members: [Member] = []
        for row in table.rows {
            guard let (member, memberSpan) = name(of: row) else { continue }
            var values: [[Exact]] = []
            var places: [[ListCellPlace]] = []
            for (index, attribute) in attributes.enumerated() {
                let cells = attribute.hasPeriods
                    ? periodColumns.enumerated().compactMap { position, column in
                        cell(row, column: column, attribute: index, texts: &texts, period: periods[position]) }
                    : [columns[attribute.name].flatMap { cell(row, column: $0, attribute: index, texts: &texts) }].compactMap { $0 }
                if cells.count == (attribute.hasPeriods ? periods.count : 1) { values.append(cells) }
                places.append(attribute.hasPeriods ? periodColumns.map { ListCellPlace(span: span(of: row.fields[$0], in: row), column: table.header[$0]) } : [])
            }
            if values.count == attributes.count { members.append((member, memberSpan, values, places)) }
        }
        return members
    }

    /// Long form: a row for each member and period, the member's other attributes the same on
    /// each of its rows. A period missing, outside the scenario or given twice is a mistake.
    mutating func readLongForm(periodColumn yearColumn: Int, texts: inout ListTexts) -> [Member] {
        struct Entry {
            let span: SourceSpan
            /// attribute index -> period index -> figure; a single attribute's figure under period 0.
            var cells: [[Int: Exact]]
            /// attribute index -> period index -> the cell stating it, for an attribute by period.
            var places: [[Int: ListCellPlace]]
            /// period index -> the line of its row.
            var lines: [Int: Int] = [:]
            var failed = false
        }
        var order: [String] = []
        var entries: [String: Entry] = [:]
        for row in table.rows {
            guard let (member, memberSpan) = name(of: row) else { continue }
            if entries[member] == nil {
                order.append(member)
                entries[member] = Entry(span: memberSpan, cells: Array(repeating: [:], count: attributes.count),
                                        places: Array(repeating: [:], count: attributes.count))
            }
            let field = row.fields[yearColumn]
            let fieldSpan = span(of: field, in: row)
            guard let year = Period(parsing: ModelBuilder.trimmed(field.text), as: granularity) else {
                let (what, example) = switch granularity {
                case .year: ("a financial year", "years such as 2019/20")
                case .quarter: ("a quarter", "quarters such as 2019/20 Q2")
                case .month: ("a month", "months such as 2019-07")
                }
                diagnostics.append(Diagnostic(at: fieldSpan, "'\(field.text)' is not \(what)", label: "in column '\(table.header[yearColumn])'",
                                              help: "write \(example)"))
                entries[member]!.failed = true
                continue
            }
            guard let yearIndex = periods.firstIndex(of: year) else {
                diagnostics.append(Diagnostic(at: fieldSpan, "\(year) is outside the scenario's \(granularity.plural) (\(periodRange))",
                                              help: "remove the row, or widen the '\(modelPeriods)' line"))
                entries[member]!.failed = true
                continue
            }
            if let first = entries[member]!.lines[yearIndex] {
                diagnostics.append(Diagnostic(
                    at: fieldSpan, "'\(member)' has two rows for \(year)", help: "keep one row for each member and \(periodNoun)",
                    notes: [Diagnostic.Note(span: file.span(line: first, column: 1, length: max(1, file.lineText(first).count)), message: "first given here")]))
                entries[member]!.failed = true
                continue
            }
            entries[member]!.lines[yearIndex] = row.line
            for (index, attribute) in attributes.enumerated() {
                guard let column = columns[attribute.name] else { continue }
                guard let value = cell(row, column: column, attribute: index, texts: &texts) else {
                    entries[member]!.failed = true
                    continue
                }
                if attribute.hasPeriods {
                    entries[member]!.cells[index][yearIndex] = value
                    entries[member]!.places[index][yearIndex] = ListCellPlace(span: span(of: row.fields[column], in: row), column: table.header[column])
                } else if let earlier = entries[member]!.cells[index][0], earlier != value {
                    diagnostics.append(Diagnostic(
                        at: span(of: row.fields[column], in: row), "'\(member)' has another '\(attribute.name)' on this row than on its first",
                        help: "'\(attribute.name)' has one value for each member: give the same on every row, or write 'by \(periodNoun)' after it in the scenario"))
                    entries[member]!.failed = true
                } else {
                    entries[member]!.cells[index][0] = value
                }
            }
        }
        var members: [Member] = []
        for member in order {
            let entry = entries[member]!
            let missing = periods.indices.filter { entry.lines[$0] == nil }
            if let first = missing.first, !entry.failed {
                let also = missing.count > 1 ? " (and \(missing.count - 1) other \(periodNoun)\(missing.count == 2 ? "" : "s"))" : ""
                diagnostics.append(Diagnostic(at: entry.span, "'\(member)' has no row for \(periods[first])\(also)",
                                              help: "add a row for each member and \(periodNoun): \(member),\(periods[first]),…"))
            }
            guard missing.isEmpty, !entry.failed else { continue }
            let values = attributes.indices.map { index in
                attributes[index].hasPeriods ? periods.indices.map { entry.cells[index][$0]! } : [entry.cells[index][0]!]
            }
            let places = attributes.indices.map { index in
                attributes[index].hasPeriods ? periods.indices.compactMap { entry.places[index][$0] } : []
            }
            members.append((member, entry.span, values, places))
        }
        return members
    }

    /// The row's member name and where it is; nil (reported) when it is empty.
    private mutating func name(of row: CSVRow) -> (String, SourceSpan)? {
        let field = row.fields[nameColumn]
        let member = ModelBuilder.trimmed(field.text)
        let memberSpan = span(of: field, in: row)
        guard !member.isEmpty else {
            diagnostics.append(Diagnostic(at: memberSpan, "a row has an empty name", help: "give every row a name"))
            return nil
        }
        return (member, memberSpan)
    }

    private func span(of field: CSVField, in row: CSVRow) -> SourceSpan {
        file.span(line: row.line, column: field.column, length: max(1, field.text.count))
    }

    /// One cell read as its attribute's kind asks: a number of zero or more (money with an
    /// optional `£`), a percentage written with `%`, text, or yes/no.
    private mutating func cell(_ row: CSVRow, column: Int, attribute index: Int, texts: inout ListTexts, period: Period? = nil) -> Exact? {
        let attribute = attributes[index]
        let field = row.fields[column]
        let fieldSpan = span(of: field, in: row)
        let text = ModelBuilder.trimmed(field.text)
        let label = "in column '\(table.header[column])'"
        if text.isEmpty, attribute.kind != .text {
            let member = ModelBuilder.trimmed(row.fields[nameColumn].text)
            diagnostics.append(Diagnostic(at: fieldSpan, "'\(member)' has no '\(attribute.name)'\(period.map { " for \($0)" } ?? "")", label: label,
                                          help: "give every member a value for '\(attribute.name)'"))
            return nil
        }
        switch attribute.kind {
        case .text:
            guard !text.isEmpty else {
                diagnostics.append(Diagnostic(at: fieldSpan, "a row has an empty '\(attribute.name)'", label: label, help: "give every member a '\(attribute.name)'"))
                return nil
            }
            return texts.code(text, attribute: attribute.name)
        case .flag:
            guard let flag = ListTexts.flag(text) else {
                diagnostics.append(Diagnostic(at: fieldSpan, "'\(field.text)' is not yes or no", label: label,
                                              help: "write Y or N (or yes or no) in column '\(attribute.name)'"))
                return nil
            }
            return flag ? .one : .zero
        case .percent:
            guard text.hasSuffix("%"), let number = Self.number(String(text.dropLast()), isMoney: false),
                  let fraction = try? number.divided(by: Exact(Int64(100))) else {
                diagnostics.append(Diagnostic(at: fieldSpan, "'\(field.text)' is not a percentage", label: label,
                                              help: "write percentages with '%', such as 2.84%"))
                return nil
            }
            return nonNegative(fraction, attribute: attribute, at: fieldSpan)
        case .number:
            guard let value = Self.number(text, isMoney: attribute.isMoney) else {
                diagnostics.append(Diagnostic(
                    at: fieldSpan, "'\(field.text)' is not a number", label: label,
                    help: "write numbers such as 6,254 or 1234.5\(attribute.isMoney ? ", optionally with £" : "")"))
                return nil
            }
            guard let checked = nonNegative(value, attribute: attribute, at: fieldSpan) else { return nil }
            do {
                return try checked.multiplied(by: units[index].factor)
            } catch {
                diagnostics.append(Diagnostic(at: fieldSpan, error.message, help: "write a smaller value"))
                return nil
            }
        }
    }

    private mutating func nonNegative(_ value: Exact, attribute: AttributeSyntax, at span: SourceSpan) -> Exact? {
        guard value < .zero else { return value }
        diagnostics.append(Diagnostic(at: span, "'\(attribute.name)' cannot be negative", help: "list sizes and other attributes are zero or more"))
        return nil
    }

    /// A figure as a CSV file writes it: `1234.5`, `-20`, and for money an optional `£` after any sign.
    static func number(_ text: String, isMoney: Bool) -> Exact? {
        var body = Substring(ModelBuilder.trimmed(text))
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        if isMoney, body.hasPrefix("£") { body = body.dropFirst() }
        guard let value = try? Exact(parsingDecimal: body) else { return nil }
        return negative ? try? value.negated() : value
    }
}

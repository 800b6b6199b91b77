/// A report's tables and inputs laid out as grids, cell for cell as every format shows them.
extension OutputGrid {
    /// A table by year (a row per line; a column per year and the total) or by list (a row per
    /// member and a total row; each line's columns, a year each and its total, or one).
    ///
    /// Lines named in `changed` are marked as changed, for the session's `show`.
    ///
    /// Lines named in `moved` differ from the file's own figures because of inputs set for the
    /// run, and are marked so.
    ///
    /// `periods` labels the columns of a model of months or quarters (`2019-07`, `2019/20 Q2`);
    /// without it, each column is its year.
    ///
    /// In a table by list, the rows of the members in `setMembers` (a figure of theirs set for
    /// this run) are marked `overridden`, as a set input is.
    public init(table: ReportTable, years: [FinancialYear], changed: Set<String> = [], moved: Set<String> = [], periods: [String]? = nil,
                setMembers: Set<String> = []) {
        // `shown by quarter` or `by year`: the periods summed into longer ones.
        let grouping = periods.flatMap { labels in table.shownBy.map { Self.periodGroups(labels, years: years, by: $0) } }
        let labels = grouping?.map(\.label) ?? periods ?? years.map(\.description)
        let periodYears = years
        let years = grouping?.map(\.year) ?? years
        func values(_ line: ReportLine) -> [Exact?] {
            guard let grouping, line.hasYears, line.list == nil else { return line.values }
            return grouping.map { line.totals == nil ? nil : line.rollUp.combine(line.values[$0.columns].map { Optional($0) }) }
        }
        let yearCount = years.count
        func status(_ line: ReportLine) -> OutputStatus? {
            changed.contains(line.name) ? .changed : moved.contains(line.name) ? .moved : nil
        }
        // Once per line, not per cell: a by-list line has a value per member, and scanning them
        // all for each cell made a table of n members cost n² (issue 16).
        let placesByLine = Dictionary(table.lines.map { ($0.name, Self.places($0, periods: periods?.count ?? years.count, periodYears: periodYears, grouping: grouping)) }, uniquingKeysWith: max)
        func cell(_ value: Exact?, _ line: ReportLine, total: OutputCell.Total? = nil) -> OutputCell {
            let places = placesByLine[line.name] ?? Self.places(line)
            var cell = OutputCell.figure(value, format: line.format, rounding: line.format == .money || line.format.isMoneyPerYear ? table.display : line.rounding,
                                         places: places, total: total)
            if !cell.isEmpty { (cell.status, cell.note, cell.negativesInBrackets) = (status(line), line.note, table.negativesInBrackets) }
            return cell
        }
        // A table of months or quarters over more than one financial year totals each year too.
        let totalsByYear = periods != nil && table.shownBy != .year && Self.yearGroups(years).count > 1
        guard let list = table.list else {
            let rows = table.lines.map { line in
                var cells: [OutputCell]
                if line.hasYears {
                    cells = values(line).map { cell($0, line) } + [cell(line.totals?.first, line, total: .ofRow)]
                } else {
                    // One figure: it goes under the total.
                    cells = Array(repeating: .empty, count: yearCount) + [cell(line.values.first, line)]
                }
                // Years to date and year totals are of the periods themselves, not of the quarters
                // shown: a level's average over a year is over its months, however they are grouped.
                let summaries = Self.periodSummaries(line, periodYears: periodYears, grouping: grouping)
                if table.yearToDate, periods != nil {
                    cells += summaries.toDate.map { sum in
                        guard line.hasYears, line.totals != nil, let sum else { return OutputCell.empty }
                        return cell(sum, line)
                    }
                }
                if totalsByYear {
                    cells += summaries.years.map { sum in
                        guard line.hasYears, line.totals != nil, let sum else { return OutputCell.empty }
                        return cell(sum, line)
                    }
                }
                return OutputRow(headers: [OutputCell(.text(Self.label(line, in: table)))], cells: cells, line: Self.facts(line), status: status(line))
            }
            self.init(
                title: table.title, arrangement: .byYear, headers: [OutputLabel("", plain: "line")],
                columns: Self.yearColumns(labels) + (table.yearToDate && periods != nil ? labels.map { OutputColumn(heading: .text("YTD \($0)", plain: "ytd \($0)"), role: .total, periodSummary: .yearToDate(period: $0)) } : [])
                    + (totalsByYear ? Self.yearTotalColumns(years) : []),
                rows: rows, rounding: table.display)
            citations = table.citations
            noteDisplay(of: table)
            return
        }
        var columns: [OutputColumn] = []
        for line in table.lines {
            let label = Self.label(line, in: table), facts = Self.facts(line)
            if line.hasYears {
                columns += labels.map { OutputColumn(heading: .text($0), group: label, line: facts, status: status(line)) }
                if line.totals != nil {
                    columns.append(OutputColumn(heading: .text("Total", plain: "total"), group: label, line: facts, role: .total, status: status(line)))
                }
            } else {
                columns.append(OutputColumn(heading: OutputCell(.text(label)), line: facts, status: status(line)))
            }
        }
        // A line's figures per member, and its totals over members, come a period each; `shown
        // by quarter` or `by year` sums them into the grouped columns, member by member.
        let periodCount = periods?.count ?? yearCount
        var rows: [OutputRow] = []
        let isGrouped = table.groupedBy != nil && !table.groups.isEmpty
        for (member, name) in table.members.enumerated() {
            var cells: [OutputCell] = []
            for line in table.lines {
                if line.hasYears {
                    cells += Self.memberValues(line, member, periods: periodCount, grouping: grouping).map { cell($0, line) }
                    if let totals = line.totals { cells.append(cell(totals[member], line, total: .ofRow)) }
                } else {
                    cells.append(cell(line.values[member], line))
                }
            }
            rows.append(OutputRow(headers: [.text(name)], cells: cells, status: setMembers.contains(name) ? .overridden : nil))
        }
        if isGrouped {
            rows = Self.grouped(rows, in: table) { members in
                table.lines.flatMap { line in
                    Self.subtotals(of: line, members: members, count: table.members.count) {
                        Self.memberValues(line, $0, periods: periodCount, grouping: grouping)
                    }.map { cell($0, line, total: .ofGroup) }
                }
            }
        }
        var totals: [OutputCell] = []
        for line in table.lines {
            if line.hasYears {
                totals += Self.columnTotals(line, periods: periodCount, grouping: grouping).map { cell($0, line, total: .ofColumn) }
                if line.totals != nil { totals.append(cell(line.grandTotal, line, total: .ofColumn)) }
            } else {
                totals.append(cell(line.memberTotals?.first, line, total: .ofColumn))
            }
        }
        rows.append(OutputRow(headers: [.text("Total", plain: "total")] + (isGrouped ? [.empty] : []), cells: totals, isTotal: true))
        self.init(
            title: table.title, arrangement: .byList(list),
            headers: (isGrouped ? [OutputLabel("", plain: table.groupedBy!)] : []) + [OutputLabel("", plain: "name")], columns: columns, rows: rows,
            rounding: table.display)
        if isGrouped { groupedBy = table.groupedBy }
        citations = table.citations
        noteDisplay(of: table)
    }

    /// Takes the table's steps for other units and its brackets, for the footnote.
    private mutating func noteDisplay(of table: ReportTable) {
        var seen: [DisplayRounding] = []
        for line in table.lines {
            if let rounding = line.rounding, rounding.unit != nil, !seen.contains(rounding) { seen.append(rounding) }
        }
        unitRoundings = seen
        negativesInBrackets = table.negativesInBrackets
    }

    /// A line's label in a table: a money line in a table shown in £000 or £m says so,
    /// `Total income (£000)`, as a count says its unit.
    static func label(_ line: ReportLine, in table: ReportTable) -> OutputLabel {
        guard line.format == .money, let scale = table.display?.scaleText else { return label(line) }
        return OutputLabel("\(line.label) (\(scale))", plain: line.label)
    }

    /// The inputs: a row per input with its figure per year, or its one figure under the total.
    ///
    /// An input over a list (`input share = list_size * £1 per patient`) has its figures member
    /// by member instead, then its totals, marked as such. Inputs named in `overridden` were set
    /// for this run rather than taken from the file, and are marked so.
    public init(inputs: [ReportLine], years: [FinancialYear], overridden: Set<String> = [], periods: [String]? = nil) {
        let rows = inputs.map { input in
            let status: OutputStatus? = overridden.contains(input.name) ? .overridden : nil
            let places = Self.places(input)
            func cell(_ value: Exact?, total: OutputCell.Total? = nil) -> OutputCell {
                var cell = OutputCell.figure(value, format: input.format, places: places, total: total)
                if !cell.isEmpty { (cell.status, cell.note) = (status, input.note) }
                return cell
            }
            var cells: [OutputCell]
            if input.list != nil {
                cells = input.values.map { cell($0) } + (input.totals ?? []).map { cell($0, total: .ofRow) }
                cells += ((input.memberTotals ?? []) + (input.grandTotal.map { [$0] } ?? [])).map { cell($0, total: .ofColumn) }
            } else if input.hasYears {
                cells = input.values.map { cell($0) } + [cell(input.totals?.first, total: .ofRow)]
            } else {
                cells = Array(repeating: .empty, count: years.count) + [cell(input.values.first)]
            }
            return OutputRow(headers: [OutputCell(.text(Self.label(input)))], cells: cells, line: Self.facts(input), status: status)
        }
        self.init(title: "Inputs", arrangement: .inputs, headers: [OutputLabel("Input", plain: "input")], columns: Self.yearColumns(periods ?? years.map(\.description)), rows: rows)
    }

    /// In a table of months or quarters, after the total: a total for each financial year the
    /// table's periods touch, over that year's columns (of a model that starts mid-year, the
    /// months it has).
    static func yearTotalColumns(_ years: [FinancialYear]) -> [OutputColumn] {
        yearGroups(years).map { OutputColumn(heading: .text("Total \(years[$0.lowerBound])", plain: "total \(years[$0.lowerBound])"), role: .total,
                                  periodSummary: .yearTotal(year: years[$0.lowerBound].description)) }
    }

    /// Consecutive columns that make one quarter or one year, with its label: `2019/20 Q3` from
    /// the months `2019-10` to `2019-12`; a column that is already a quarter keeps its label.
    static func periodGroups(_ labels: [String], years: [FinancialYear], by: PeriodAxis.Granularity) -> [(label: String, year: FinancialYear, columns: Range<Int>)] {
        var groups: [(label: String, year: FinancialYear, columns: Range<Int>)] = []
        for (index, label) in labels.enumerated() {
            let key = by == .year ? years[index].description : ((try? FinancialMonth(parsing: label))?.quarter.description ?? label)
            if let last = groups.last, last.label == key {
                groups[groups.count - 1].columns = last.columns.lowerBound..<(index + 1)
            } else {
                groups.append((key, years[index], index..<(index + 1)))
            }
        }
        return groups
    }

    /// The positions of each financial year's columns, in order.
    static func yearGroups(_ years: [FinancialYear]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        for (index, year) in years.enumerated() {
            if let last = groups.last, years[last.lowerBound] == year {
                groups[groups.count - 1] = last.lowerBound..<(index + 1)
            } else {
                groups.append(index..<(index + 1))
            }
        }
        return groups
    }

    /// A line's years to date, one for each column shown (a period, or a quarter or year of them),
    /// and its year totals, each by the line's rule over the periods it covers: from the start
    /// of the column's financial year to the column's last period, and over the year's periods.
    static func periodSummaries(_ line: ReportLine, periodYears: [FinancialYear],
                                grouping: [(label: String, year: FinancialYear, columns: Range<Int>)]?) -> (toDate: [Exact?], years: [Exact?]) {
        let figures: [Exact?] = line.values.count == periodYears.count ? line.values.map { Optional($0) } : periodYears.map { _ in nil }
        let groups = yearGroups(periodYears)
        let years = groups.map { line.rollUp.combine(figures[$0]) }
        guard let grouping else { return (yearToDate(figures, years: periodYears, by: line.rollUp), years) }
        let toDate = grouping.map { column -> Exact? in
            guard let year = groups.first(where: { $0.contains(column.columns.lowerBound) }) else { return nil }
            return line.rollUp.combine(figures[year.lowerBound..<column.columns.upperBound])
        }
        return (toDate, years)
    }

    /// Each period's total so far in its financial year (`with year to date`), or nil where a
    /// sum does not fit; for a level, its average so far, or its opening or present figure.
    static func yearToDate(_ values: [Exact?], years: [FinancialYear], by rule: PeriodRollUp = .sum) -> [Exact?] {
        guard values.count == years.count else { return values.map { _ in nil } }
        return yearGroups(years).flatMap { rule.soFar(Array(values[$0])) }
    }

    /// The exact sum of figures, or nil where one is missing or the sum does not fit.
    static func sum<Values: Collection<Exact?>>(_ values: Values) -> Exact? {
        var total = Exact.zero
        for value in values {
            guard let value, let next = try? total.adding(value) else { return nil }
            total = next
        }
        return total
    }

    /// A column per period, labelled, then the total.
    static func yearColumns(_ labels: [String]) -> [OutputColumn] {
        labels.map { OutputColumn(heading: .text($0)) } + [OutputColumn(heading: .text("Total", plain: "total"), role: .total)]
    }

    /// Every figure of a line gets as many decimals as the most precise one (at most four), so
    /// a column of days reads 1.0, 1.8, 2.6 rather than 1, 1.8, 2.6.
    static func places(_ line: ReportLine) -> Int {
        let all = [line.values, line.totals ?? [], line.memberTotals ?? [], line.grandTotal.map { [$0] } ?? []].joined()
        var most = 0
        for value in all where most < 4 { most = max(most, min(value.decimalPlaces ?? 4, 4)) }
        return most
    }

    /// "Days per week (days)" for people, where the figures do not carry the unit; "Days per
    /// week" for machines.
    static func label(_ line: ReportLine) -> OutputLabel {
        switch line.format {
        case let format where format.isMoneyPerYear: OutputLabel(line.label)  // its £ says what it is
        case .quantity(let unit) where !unit.isEmpty && !line.label.contains(unit): OutputLabel("\(line.label) (\(unit))", plain: line.label)
        default: OutputLabel(line.label)
        }
    }

    static func facts(_ line: ReportLine) -> OutputLine {
        var facts = OutputLine(
            name: line.name, label: line.label, unit: line.unit, format: line.format, hasYears: line.hasYears, list: line.list,
            sourceLine: line.line, note: line.note, citations: line.citations)
        facts.rollUp = line.rollUp
        return facts
    }
}

/// Reads the actual figures an `actuals from "…"` statement names: a CSV file beside the
/// scenario, in long form (`line,month,amount`) or wide form (`line,2018-04,2018-05,…`), with
/// every mistake reported at its row and column.
///
/// A month outside the model, a month given twice for one line, text where an amount belongs
/// and a line the scenario does not define are each an error here; a month missing before the
/// cut-off is found by the checker, which knows the cut-off a forecast names.
extension ModelBuilder {
    /// Reads the file and keeps its figures as the model's actuals.
    mutating func addActuals(_ path: String, span: SourceSpan) {
        guard model.actuals == nil else {
            diagnostics.append(Diagnostic(at: span, "the scenario reads actuals twice", help: "keep one 'actuals from' line, with every line's months in its file"))
            return
        }
        guard let axis = model.axis, axis.granularity == .month else {
            diagnostics.append(Diagnostic(
                at: span, "actuals are figures by month, but this model counts in \(model.periodWord)",
                help: "declare the months before the actuals, as in: months 2018-04 to 2019-03"))
            return
        }
        guard let (csvFile, table) = readCSVFile(path, at: span) else { return }
        var actuals = ActualFigures(statementSpan: span, file: csvFile)
        let header = table.header.map { ModelBuilder.trimmed($0).lowercased() }
        let headerSpan = csvFile.span(line: 1, column: 1, length: max(1, csvFile.lineText(1).count))
        guard let lineColumn = header.firstIndex(of: "line") else {
            diagnostics.append(Diagnostic(
                at: headerSpan, "the actuals file has no 'line' column",
                help: "the first row names the columns: line,month,amount (or line,2018-04,2018-05,… with a column per month)"))
            return
        }
        let before = diagnostics.count
        if let monthColumn = header.firstIndex(of: "month") {
            guard let amountColumn = header.firstIndex(of: "amount") else {
                diagnostics.append(Diagnostic(at: headerSpan, "the actuals file has a 'month' column but no 'amount' column",
                                              help: "in long form the columns are: line,month,amount"))
                return
            }
            for row in table.rows {
                guard let line = lineName(row, column: lineColumn, file: csvFile),
                      let month = month(row.fields[monthColumn], row: row, file: csvFile, axis: axis),
                      let amount = amount(row.fields[amountColumn], row: row, file: csvFile, blankAllowed: false)
                else { continue }
                record(line, at: fieldSpan(row.fields[lineColumn], row: row, file: csvFile), month: month, amount: amount,
                       span: fieldSpan(row.fields[amountColumn], row: row, file: csvFile), in: &actuals)
            }
        } else {
            var months: [Int: FinancialMonth] = [:]
            for (column, field) in table.header.enumerated() where column != lineColumn {
                let headerRow = CSVRow(line: 1, fields: [CSVField(text: field, column: table.headerColumns[column])])
                let fieldAt = headerRow.fields[0]
                guard let month = month(fieldAt, row: headerRow, file: csvFile, axis: axis, heading: true) else { continue }
                months[column] = month
            }
            guard diagnostics.count == before else { return }
            for row in table.rows {
                guard let line = lineName(row, column: lineColumn, file: csvFile) else { continue }
                for (column, month) in months.sorted(by: { $0.key < $1.key }) {
                    let field = row.fields[column]
                    guard let amount = amount(field, row: row, file: csvFile, blankAllowed: true) else { continue }
                    record(line, at: fieldSpan(row.fields[lineColumn], row: row, file: csvFile), month: month, amount: amount,
                           span: fieldSpan(field, row: row, file: csvFile), in: &actuals)
                }
            }
        }
        if diagnostics.count == before { model.actuals = actuals }
    }

    /// Each line the actuals file names is a line of the scenario; an unknown one is reported
    /// with the nearest name.
    mutating func checkActualLines() {
        guard let actuals = model.actuals else { return }
        for (name, span) in actuals.lineSpans where model.values[name] == nil {
            diagnostics.append(.unknown("line", name, at: span, among: model.names,
                                        help: "each row of the actuals file names a line of the scenario, with its plan by month"))
        }
    }

    /// The row's line name and where it is; nil (reported) when it is empty.
    private mutating func lineName(_ row: CSVRow, column: Int, file: SourceFile) -> String? {
        let name = ModelBuilder.trimmed(row.fields[column].text)
        guard !name.isEmpty else {
            diagnostics.append(Diagnostic(at: fieldSpan(row.fields[column], row: row, file: file), "a row of the actuals has no line",
                                          help: "name the line each row is an actual of, as in: staff,2018-04,10250.00"))
            return nil
        }
        return name
    }

    /// A month of the model, written `2018-09`; nil (reported) otherwise.
    private mutating func month(_ field: CSVField, row: CSVRow, file: SourceFile, axis: PeriodAxis, heading: Bool = false) -> FinancialMonth? {
        let text = ModelBuilder.trimmed(field.text)
        let span = fieldSpan(field, row: row, file: file)
        guard text.count == 7, let month = try? FinancialMonth(parsing: text) else {
            diagnostics.append(Diagnostic(
                at: span, "'\(text)' is not a month", label: heading ? "a column heading of the wide form" : nil,
                help: heading ? "head each column with its month, written 2018-04, or use long form: line,month,amount"
                    : "write the month as the year, a hyphen and two digits: 2018-04"))
            return nil
        }
        guard axis.position(of: .month(month)) != nil else {
            diagnostics.append(Diagnostic(at: span, "\(Period.month(month)) is outside the scenario's months (\(axis))",
                                          help: "give actuals for the months the scenario covers, or widen its months"))
            return nil
        }
        return month
    }

    /// An amount in pounds (`1234.56`, `£1,234.56`, `-20`); nil for a blank wide-form cell, or
    /// (reported) for text.
    private mutating func amount(_ field: CSVField, row: CSVRow, file: SourceFile, blankAllowed: Bool) -> Exact? {
        let text = ModelBuilder.trimmed(field.text)
        if text.isEmpty, blankAllowed { return nil }
        guard let value = CSVListReader.number(text, isMoney: true) else {
            diagnostics.append(Diagnostic(at: fieldSpan(field, row: row, file: file), "'\(text)' is not an amount",
                                          help: "write the month's actual in pounds, such as 14588.33 or £14,588.33"))
            return nil
        }
        return value
    }

    /// Keeps one line's month, reporting a month the file gives twice.
    private mutating func record(_ line: String, at lineSpan: SourceSpan, month: FinancialMonth, amount: Exact, span: SourceSpan, in actuals: inout ActualFigures) {
        if actuals.entries[line] == nil {
            actuals.entries[line] = [:]
            actuals.lineSpans.append((line, lineSpan))
        }
        if let first = actuals.entries[line]![month] {
            diagnostics.append(Diagnostic(
                at: span, "'\(line)' has two actuals for \(Period.month(month))", help: "keep one row for each line and month",
                notes: [Diagnostic.Note(span: first.span, message: "the first is here")]))
            return
        }
        actuals.entries[line]![month] = ActualFigures.Entry(amount: amount, span: span)
    }

    private func fieldSpan(_ field: CSVField, row: CSVRow, file: SourceFile) -> SourceSpan {
        file.span(line: row.line, column: field.column, length: max(1, field.text.count))
    }
}

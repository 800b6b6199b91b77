import Foundation

/// Reads a list's members from a CSV file beside the file that names it: a `name` column and one column per
/// attribute, with CSV mistakes reported at their file, row and column.
extension ModelBuilder {
    /// The members read, each with its name, where the name is, and each attribute's figures
    /// (one, or one for each period for an attribute by year, quarter or month, with the cell
    /// that states each).
    ///
    /// Attributes by year are read in long form (a `year` column: a row for each member and
    /// year) or, for a list with one attribute by year, in wide form (a column for each year,
    /// headed `2018/19`, `2019/20`, …); attributes by quarter or month likewise, under a
    /// `quarter` or `month` column or a column for each (`2019/20 Q2`, `2019-07`).
    mutating func readCSV(
        _ path: String, span: SourceSpan, attributes: [AttributeSyntax], units: [(unit: Unit, factor: Exact)], texts: inout ListTexts
    ) -> [CSVListReader.Member] {
        guard let (csvFile, table) = readCSVFile(path, at: span) else { return [] }
        let header = table.header.map { $0.lowercased() }
        let headerSpan = csvFile.span(line: 1, column: 1, length: csvFile.lineText(1).count)
        guard let nameColumn = header.firstIndex(of: "name") else {
            diagnostics.append(Diagnostic(
                at: headerSpan, "the CSV file has no 'name' column",
                help: "the first row must name the columns: name,\(attributes.map(\.name).joined(separator: ","))"))
            return []
        }
        guard !table.rows.isEmpty else {
            diagnostics.append(Diagnostic(
                at: headerSpan, "the CSV file has a header but no rows",
                help: "add a row for each member under the header, such as: \(Self.exampleRow(attributes))",
                notes: [Diagnostic.Note(span: span, message: "the list is read from here")]))
            return []
        }
        // A list's attributes by period share one period (checked before the file is read).
        let byPeriod = attributes.filter(\.hasPeriods)
        let granularity = byPeriod.first?.period ?? .year
        let noun = granularity.rawValue
        let periodColumn = byPeriod.isEmpty ? nil : header.firstIndex(of: noun)
        var reader = CSVListReader(file: csvFile, table: table, nameColumn: nameColumn, periods: model.attributePeriods(granularity),
                                   granularity: granularity, modelPeriods: model.periodWord, attributes: attributes, units: units)
        // Attributes by period in wide form: the one attribute's figures in a column per period.
        if !byPeriod.isEmpty, periodColumn == nil {
            guard byPeriod.count == 1 else {
                diagnostics.append(Diagnostic(
                    at: headerSpan, "the CSV file has no '\(noun)' column",
                    help: "a list with more than one attribute by \(noun) is read in long form: name,\(noun),\(byPeriod.map(\.name).joined(separator: ","))",
                    notes: [Diagnostic.Note(span: byPeriod[1].nameSpan, message: "a second attribute by \(noun)")]))
                return []
            }
            guard reader.findPeriodColumns(headerSpan: headerSpan) else {
                diagnostics += reader.diagnostics
                return []
            }
        }
        for attribute in attributes where !(attribute.hasPeriods && periodColumn == nil) {
            guard let column = header.firstIndex(of: attribute.name.lowercased()) else {
                diagnostics.append(Diagnostic(
                    at: headerSpan, "the CSV file has no '\(attribute.name)' column",
                    help: "add a column headed '\(attribute.name)', or change the list's attributes in the scenario",
                    notes: [Diagnostic.Note(span: attribute.nameSpan, message: "the scenario asks for '\(attribute.name)' here")]))
                return []
            }
            reader.columns[attribute.name] = column
        }
        let members = if let periodColumn { reader.readLongForm(periodColumn: periodColumn, texts: &texts) } else { reader.readRows(texts: &texts) }
        diagnostics += reader.diagnostics
        return members
    }

    /// A row the help can show: the member's name, then a figure for each attribute.
    private static func exampleRow(_ attributes: [AttributeSyntax]) -> String {
        (["Northfield Surgery"] + attributes.map { $0.isMoney ? "1200.00" : "6254" }).joined(separator: ",")
    }

    /// The field without the spaces around it (`CharacterSet.whitespaces`); a field that starts
    /// and ends with ASCII other than a space or a tab, as nearly all do, has none to drop.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09 else {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}

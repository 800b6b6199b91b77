import Foundation

/// Reads a list's members from a CSV file beside the file that names it: a `name` column and one column per
/// attribute, with CSV mistakes reported at their file, row and column.
extension ModelBuilder {
    /// The members read, each with its name, where the name is, and each attribute's figures
    /// (one, or one for each year for an attribute by year).
    ///
    /// Attributes by year are read in long form (a `year` column: a row for each member and
    /// year) or, for a list with one attribute by year, in wide form (a column for each year,
    /// headed `2018/19`, `2019/20`, …).
    mutating func readCSV(
        _ path: String, span: SourceSpan, attributes: [AttributeSyntax], units: [(unit: Unit, factor: Exact)], texts: inout ListTexts
    ) -> [(String, SourceSpan, [[Exact]])] {
        let displayPath: String, text: String
        do throws(FileAccess.Failure) {
            (displayPath, text) = try files.read(path, from: span.file.path)
        } catch {
            diagnostics.append(Diagnostic(at: span, error.message, help: error.help))
            return []
        }
        let csvFile = SourceFile(path: displayPath, text: text)
        let table: CSVTable
        do throws(CSVError) {
            table = try CSVReader.read(csvFile.text)
        } catch {
            diagnostics.append(Diagnostic(at: csvFile.span(line: error.line, column: error.column), error.message, help: error.help))
            return []
        }
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
        let byYear = attributes.filter(\.byYear)
        let yearColumn = byYear.isEmpty ? nil : header.firstIndex(of: "year")
        var reader = CSVListReader(file: csvFile, table: table, nameColumn: nameColumn, years: financialYears,
                                   attributes: attributes, units: units)
        // Attributes by year in wide form: the one attribute's figures in a column per year.
        if !byYear.isEmpty, yearColumn == nil {
            guard byYear.count == 1 else {
                diagnostics.append(Diagnostic(
                    at: headerSpan, "the CSV file has no 'year' column",
                    help: "a list with more than one attribute by year is read in long form: name,year,\(byYear.map(\.name).joined(separator: ","))",
                    notes: [Diagnostic.Note(span: byYear[1].nameSpan, message: "a second attribute by year")]))
                return []
            }
            guard reader.findYearColumns(headerSpan: headerSpan) else {
                diagnostics += reader.diagnostics
                return []
            }
        }
        for attribute in attributes where !(attribute.byYear && yearColumn == nil) {
            guard let column = header.firstIndex(of: attribute.name.lowercased()) else {
                diagnostics.append(Diagnostic(
                    at: headerSpan, "the CSV file has no '\(attribute.name)' column",
                    help: "add a column headed '\(attribute.name)', or change the list's attributes in the scenario",
                    notes: [Diagnostic.Note(span: attribute.nameSpan, message: "the scenario asks for '\(attribute.name)' here")]))
                return []
            }
            reader.columns[attribute.name] = column
        }
        let members = if let yearColumn { reader.readLongForm(yearColumn: yearColumn, texts: &texts) } else { reader.readRows(texts: &texts) }
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

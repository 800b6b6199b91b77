import Foundation

/// Reads a list's members from a CSV file beside the file that names it: a `name` column and one column per
/// attribute, with CSV mistakes reported at their file, row and column.
extension ModelBuilder {
    /// The members read, each with its name, where the name is, and its attribute values.
    mutating func readCSV(
        _ path: String, span: SourceSpan, attributes: [AttributeSyntax], units: [(unit: Unit, factor: Exact)]
    ) -> [(String, SourceSpan, [Exact])] {
        var members: [(String, SourceSpan, [Exact])] = []
        let displayPath: String, text: String
        do throws(FileAccess.Failure) {
            (displayPath, text) = try files.read(path, from: span.file.path)
        } catch {
            diagnostics.append(Diagnostic(at: span, error.message, help: error.help))
            return members
        }
        let csvFile = SourceFile(path: displayPath, text: text)
        let table: CSVTable
        do throws(CSVError) {
            table = try CSVReader.read(csvFile.text)
        } catch {
            diagnostics.append(Diagnostic(at: csvFile.span(line: error.line, column: error.column), error.message, help: error.help))
            return members
        }
        let header = table.header.map { $0.lowercased() }
        guard let nameColumn = header.firstIndex(of: "name") else {
            diagnostics.append(Diagnostic(
                at: csvFile.span(line: 1, column: 1, length: csvFile.lineText(1).count), "the CSV file has no 'name' column",
                help: "the first row must name the columns: name,\(attributes.map(\.name).joined(separator: ","))"))
            return members
        }
        guard !table.rows.isEmpty else {
            diagnostics.append(Diagnostic(
                at: csvFile.span(line: 1, column: 1, length: csvFile.lineText(1).count), "the CSV file has a header but no rows",
                help: "add a row for each member under the header, such as: \(Self.exampleRow(attributes))",
                notes: [Diagnostic.Note(span: span, message: "the list is read from here")]))
            return members
        }
        var columns: [Int] = []
        for attribute in attributes {
            guard let column = header.firstIndex(of: attribute.name.lowercased()) else {
                diagnostics.append(Diagnostic(
                    at: csvFile.span(line: 1, column: 1, length: csvFile.lineText(1).count),
                    "the CSV file has no '\(attribute.name)' column",
                    help: "add a column headed '\(attribute.name)', or change the list's attributes in the scenario",
                    notes: [Diagnostic.Note(span: attribute.nameSpan, message: "the scenario asks for '\(attribute.name)' here")]))
                return members
            }
            columns.append(column)
        }
        for row in table.rows {
            let nameField = row.fields[nameColumn]
            let member = Self.trimmed(nameField.text)
            let memberSpan = csvFile.span(line: row.line, column: nameField.column, length: max(1, nameField.text.count))
            guard !member.isEmpty else {
                diagnostics.append(Diagnostic(at: memberSpan, "a row has an empty name", help: "give every row a name"))
                continue
            }
            var values: [Exact] = []
            for (index, column) in columns.enumerated() {
                let field = row.fields[column]
                let fieldSpan = csvFile.span(line: row.line, column: field.column, length: max(1, field.text.count))
                guard let value = csvNumber(field.text, isMoney: attributes[index].isMoney) else {
                    diagnostics.append(Diagnostic(
                        at: fieldSpan, "'\(field.text)' is not a number", label: "in column '\(attributes[index].name)'",
                        help: "write numbers such as 6,254 or 1234.5\(attributes[index].isMoney ? ", optionally with £" : "")"))
                    continue
                }
                if value < .zero {
                    diagnostics.append(Diagnostic(
                        at: fieldSpan, "'\(attributes[index].name)' cannot be negative", help: "list sizes and other attributes are zero or more"))
                    continue
                }
                do {
                    values.append(try value.multiplied(by: units[index].factor))
                } catch {
                    diagnostics.append(Diagnostic(at: fieldSpan, error.message, help: "write a smaller value"))
                }
            }
            if values.count == attributes.count { members.append((member, memberSpan, values)) }
        }
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

    private func csvNumber(_ text: String, isMoney: Bool) -> Exact? {
        var body = Substring(Self.trimmed(text))
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        if isMoney, body.hasPrefix("£") { body = body.dropFirst() }
        guard let value = try? Exact(parsingDecimal: body) else { return nil }
        return negative ? try? value.negated() : value
    }
}

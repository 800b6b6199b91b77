/// A CSV table: the header's column names and the records below it.
///
/// Every row has exactly `header.count` fields; `CSVReader` refuses text where that fails.
///
///     let table = try CSVReader.read("name,list_size\nHigh St,5200\n")
///     table.header                      // ["name", "list_size"]
///     table.rows[0].fields[1].text      // "5200"
public struct CSVTable: Sendable, Equatable {
    /// The column names from the first record, trimmed of surrounding white space.
    public let header: [String]
    /// The records after the header, in file order.
    public let rows: [CSVRow]
    /// The 1-based column (in characters) where each header name starts, so a mistake in a
    /// column's name (a year outside the scenario) can be pointed at.
    public let headerColumns: [Int]

    /// Creates a table; `CSVReader.read` is the usual way to get one.
    public init(header: [String], rows: [CSVRow], headerColumns: [Int]? = nil) {
        self.header = header
        self.rows = rows
        self.headerColumns = headerColumns ?? Array(repeating: 1, count: header.count)
    }

    /// Tables are equal when their names and records are: where a name starts is for messages.
    public static func == (left: CSVTable, right: CSVTable) -> Bool {
        left.header == right.header && left.rows == right.rows
    }
}

/// One record of a CSV table, with the line it starts on.
///
/// A quoted field may hold line breaks, so a record can span several physical lines; `line` is
/// the first of them.
///
///     try CSVReader.read("name\n\"High\nSt\"\nLow St\n").rows.map(\.line)   // [2, 4]
public struct CSVRow: Sendable, Equatable {
    /// The 1-based physical line where the record starts.
    public let line: Int
    /// The fields, one per header column.
    public let fields: [CSVField]

    /// Creates a row starting on the 1-based `line`.
    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }
}

/// One field's text and the column it starts in.
///
/// `text` is the field's value: surrounding quotes removed, `""` turned into `"`, white space
/// kept. `column` is where the field starts, at its opening quote if it has one.
///
///     try CSVReader.read("a,b\n1,\"x\"\"y\"\n").rows[0].fields[1]   // text: x"y, column: 3
public struct CSVField: Sendable, Equatable {
    /// The field's value.
    public let text: String
    /// The 1-based character column where the field starts.
    public let column: Int

    /// Creates a field starting at the 1-based character `column`.
    public init(text: String, column: Int) {
        self.text = text
        self.column = column
    }
}

/// Reads RFC 4180 CSV text, such as a practice list, into a `CSVTable`.
///
/// The first record is the header. Accepted forms:
/// - a UTF-8 byte-order mark at the start (skipped; columns count from the character after it);
/// - line breaks as CRLF or LF, mixed freely; a final line with or without a line break;
/// - quoted fields with `""` for a quote inside, and commas and line breaks inside the quotes;
/// - blank lines at the end (empty, or only spaces and tabs), which are ignored.
///
/// A blank line between records is a record with one empty field, as RFC 4180 says, so in a
/// table of more than one column it is an error. Header names are trimmed of white space; field
/// values are kept exactly. The first problem found is thrown, with its line and column.
///
///     let table = try CSVReader.read("\u{FEFF}name, list_size\r\n\"Smith, Jones\",4100\r\n")
///     table.header                      // ["name", "list_size"]
///     table.rows[0].fields[0].text      // "Smith, Jones"
///     table.rows[0].fields[1].column    // 16
public enum CSVReader {
    /// Reads `text` into a table, or throws the first problem with its line and column.
    ///
    ///     try CSVReader.read("name\n\"High St\n")   // throws unterminatedQuote at 2:1
    public static func read(_ text: String) throws(CSVError) -> CSVTable {
        var scanner = Scanner(text)
        var records = try scanner.records()
        while let last = records.last, last.isBlank {
            records.removeLast()
        }
        guard let headerRecord = records.first else {
            throw CSVError(line: 1, column: 1, kind: .empty)
        }
        let header = try names(in: headerRecord)
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            try checkCount(of: record, expected: header.count)
            let fields = record.fields.map { CSVField(text: $0.text, column: $0.column) }
            rows.append(CSVRow(line: record.line, fields: fields))
        }
        return CSVTable(header: header, rows: rows, headerColumns: headerRecord.fields.map(\.column))
    }

    /// The trimmed header names; each is non-empty and different from the others.
    private static func names(in record: Record) throws(CSVError) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for (index, field) in record.fields.enumerated() {
            let name = field.text.trimmingWhiteSpace()
            guard !name.isEmpty else {
                throw CSVError(line: field.line, column: field.column, kind: .emptyHeader(column: index + 1))
            }
            guard seen.insert(name).inserted else {
                throw CSVError(line: field.line, column: field.column, kind: .duplicateHeader(name))
            }
            names.append(name)
        }
        return names
    }

    /// Throws unless `record` has `expected` fields, pointing at the first extra field or at the
    /// end of a short record, where the next comma belongs.
    private static func checkCount(of record: Record, expected: Int) throws(CSVError) {
        let actual = record.fields.count
        guard actual != expected else { return }
        let kind = CSVError.Kind.wrongFieldCount(expected: expected, actual: actual)
        if actual > expected {
            let extra = record.fields[expected]
            throw CSVError(line: extra.line, column: extra.column, kind: kind)
        }
        throw CSVError(line: record.endLine, column: record.endColumn, kind: kind)
    }
}

extension CSVReader {
    /// A field as scanned, with the physical line it starts on.
    struct RawField {
        var text: String
        var quoted: Bool
        var line: Int
        var column: Int
    }

    /// A record as scanned, with where it starts and where its line break (or the text) ends it.
    struct Record {
        var line: Int
        var fields: [RawField]
        var endLine: Int
        var endColumn: Int

        /// True for a line holding nothing, or only spaces and tabs, outside quotes.
        var isBlank: Bool {
            fields.count == 1 && !fields[0].quoted && fields[0].text.allSatisfy { $0 == " " || $0 == "\t" }
        }
    }

    /// Walks the characters of the text once, keeping the line and column of the next one.
    struct Scanner {
        private let characters: [Character]
        private var index = 0
        private var line = 1
        private var column = 1

        init(_ text: String) {
            var characters = Array(text)
            if characters.first == "\u{FEFF}" {
                characters.removeFirst()  // the byte-order mark takes no column
            }
            self.characters = characters
        }

        private var current: Character? { index < characters.count ? characters[index] : nil }

        private static func isLineBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" }

        /// Moves past the current character; after a line break the next one is at column 1.
        private mutating func advance() {
            if Self.isLineBreak(characters[index]) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        /// Every record in the text, including blank ones.
        mutating func records() throws(CSVError) -> [Record] {
            var records: [Record] = []
            while current != nil {
                records.append(try record())
            }
            return records
        }

        /// One record, consuming its line break if it has one.
        private mutating func record() throws(CSVError) -> Record {
            let start = line
            var fields: [RawField] = []
            while true {
                fields.append(try field())
                guard let c = current else { break }
                if c == "," {
                    advance()
                    continue
                }
                // field() stops only at a comma, a line break or the end.
                let record = Record(line: start, fields: fields, endLine: line, endColumn: column)
                advance()
                return record
            }
            return Record(line: start, fields: fields, endLine: line, endColumn: column)
        }

        /// One field, stopping before the comma or line break after it.
        private mutating func field() throws(CSVError) -> RawField {
            let startLine = line
            let startColumn = column
            var text = ""
            guard current == "\"" else {
                while let c = current, c != ",", !Self.isLineBreak(c) {
                    if c == "\"" {
                        throw CSVError(line: line, column: column, kind: .quoteInUnquotedField)
                    }
                    text.append(c)
                    advance()
                }
                return RawField(text: text, quoted: false, line: startLine, column: startColumn)
            }
            advance()
            while true {
                guard let c = current else {
                    throw CSVError(line: startLine, column: startColumn, kind: .unterminatedQuote)
                }
                advance()
                if c != "\"" {
                    text.append(c)
                } else if current == "\"" {
                    text.append("\"")  // "" stands for one quote
                    advance()
                } else {
                    break
                }
            }
            if let c = current, c != ",", !Self.isLineBreak(c) {
                throw CSVError(line: line, column: column, kind: .textAfterClosingQuote)
            }
            return RawField(text: text, quoted: true, line: startLine, column: startColumn)
        }
    }
}

extension String {
    /// The string without leading and trailing white space and line breaks.
    fileprivate func trimmingWhiteSpace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

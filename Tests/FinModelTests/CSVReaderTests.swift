import Testing
@testable import FinModel

@Suite struct CSVReaderTests {
    @Test(arguments: [
        ("LF line breaks", "name,list_size\nHigh St,5200\nLow St,3100\n",
         Shape(["name", "list_size"], [["High St", "5200"], ["Low St", "3100"]])),
        ("CRLF line breaks", "name,list_size\r\nHigh St,5200\r\nLow St,3100\r\n",
         Shape(["name", "list_size"], [["High St", "5200"], ["Low St", "3100"]])),
        ("mixed line breaks", "a,b\r\n1,2\n3,4\r\n",
         Shape(["a", "b"], [["1", "2"], ["3", "4"]])),
        ("no newline at end", "a,b\n1,2",
         Shape(["a", "b"], [["1", "2"]])),
        ("byte-order mark", "\u{FEFF}a,b\n1,2\n",
         Shape(["a", "b"], [["1", "2"]])),
        ("header only", "a,b\n",
         Shape(["a", "b"])),
        ("header only, no newline", "a,b",
         Shape(["a", "b"])),
        ("header names trimmed", " name ,\tlist_size \n x , 1 \n",
         Shape(["name", "list_size"], [[" x ", " 1 "]])),
        ("quoted header name trimmed", "\" name \",b\n1,2\n",
         Shape(["name", "b"], [["1", "2"]])),
        ("doubled quotes", "a\n\"say \"\"hello\"\"\"\n",
         Shape(["a"], [["say \"hello\""]])),
        ("comma inside quotes", "a,b\n\"Smith, Jones\",4100\n",
         Shape(["a", "b"], [["Smith, Jones", "4100"]])),
        ("LF inside quotes", "a,b\n\"High\nStreet\",1\n",
         Shape(["a", "b"], [["High\nStreet", "1"]])),
        ("CRLF inside quotes kept", "a,b\r\n\"High\r\nStreet\",1\r\n",
         Shape(["a", "b"], [["High\r\nStreet", "1"]])),
        ("empty quoted field", "a,b\n\"\",1\n",
         Shape(["a", "b"], [["", "1"]])),
        ("empty unquoted fields", "a,b,c\n,,\n",
         Shape(["a", "b", "c"], [["", "", ""]])),
        ("blank trailing lines", "a,b\n1,2\n\n\r\n  \n\t\n",
         Shape(["a", "b"], [["1", "2"]])),
        ("blank line in a one-column table is an empty field", "a\n1\n\n2\n",
         Shape(["a"], [["1"], [""], ["2"]])),
        ("quoted empty last line is a record", "a\n1\n\"\"\n",
         Shape(["a"], [["1"], [""]])),
        ("non-ASCII text", "naam,größe\nÅrhus 🏥,12\n",
         Shape(["naam", "größe"], [["Århus 🏥", "12"]])),
        ("lone carriage return is text", "a\nx\ry\n",
         Shape(["a"], [["x\ry"]])),
    ] as [(String, String, Shape)])
    func acceptedFormsReadAsRFC4180Says(_ name: String, text: String, expected: Shape) throws {
        #expect(Shape(try CSVReader.read(text)) == expected, "\(name)")
    }

    @Test func rowLinesAreWhereRecordsStart() throws {
        let table = try CSVReader.read("name,n\n\"High\nStreet\",1\r\nLow,2\n\"a\n\nb\",3\nEnd,4")
        #expect(table.rows.map(\.line) == [2, 4, 5, 8])
    }

    @Test func fieldColumnsCountCharactersFromTheFirstRealCharacter() throws {
        let table = try CSVReader.read("\u{FEFF}a,b,c\r\n\"x,y\",🏥é,\"\"\n,,z\n")
        #expect(table.rows[0].fields.map(\.column) == [1, 7, 10])
        #expect(table.rows[1].fields.map(\.column) == [1, 2, 3])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstName() throws {
        let table = try CSVReader.read("\u{FEFF}name\nx\n")
        #expect(table.header == ["name"])
    }

    @Test(arguments: [
        ("empty text", "", 1, 1, CSVError.Kind.empty),
        ("only a byte-order mark", "\u{FEFF}", 1, 1, .empty),
        ("only blank lines", "\n\r\n  \n", 1, 1, .empty),
        ("unterminated quote at the opening quote", "a,b\n1,\"two\n3,4\n", 2, 3, .unterminatedQuote),
        ("unterminated quote in the header", "\"a", 1, 1, .unterminatedQuote),
        ("quote inside an unquoted field", "name,list_size\nHigh St,5\"00\n", 2, 10, .quoteInUnquotedField),
        ("quote inside an unquoted header", "na\"me\n", 1, 3, .quoteInUnquotedField),
        ("text after the closing quote", "a,b\n\"x\"y,1\n", 2, 4, .textAfterClosingQuote),
        ("space after the closing quote", "a,b\n1,\"x\" \n", 2, 6, .textAfterClosingQuote),
        ("text after a quote on a later line", "a\n\"x\ny\"z\n", 3, 3, .textAfterClosingQuote),
        ("too many fields, at the first extra", "a,b\n1,2\n1,2,3,4\n", 3, 5, .wrongFieldCount(expected: 2, actual: 4)),
        ("unquoted comma in a name", "name,n\nSmith, Jones,4100\n", 2, 14, .wrongFieldCount(expected: 2, actual: 3)),
        ("too few fields, at the end of the record", "a,b,c\n1,2\n", 2, 4, .wrongFieldCount(expected: 3, actual: 2)),
        ("too few fields on the last line without newline", "a,b\r\nxy", 2, 3, .wrongFieldCount(expected: 2, actual: 1)),
        ("blank line between records", "a,b\n1,2\n\n3,4\n", 3, 1, .wrongFieldCount(expected: 2, actual: 1)),
        ("empty header name", "a,,c\n1,2,3\n", 1, 3, .emptyHeader(column: 2)),
        ("blank header name", "a,b,  \n1,2,3\n", 1, 5, .emptyHeader(column: 3)),
        ("empty header after a byte-order mark", "\u{FEFF},b\n", 1, 1, .emptyHeader(column: 1)),
        ("duplicate header at the second", "name,list_size,name\n", 1, 16, .duplicateHeader("name")),
        ("duplicate header after trimming", "list_size, list_size\n", 1, 11, .duplicateHeader("list_size")),
    ] as [(String, String, Int, Int, CSVError.Kind)])
    func errorsPointAtTheCharacterToFix(_ name: String, text: String, line: Int, column: Int, kind: CSVError.Kind) {
        #expect(throws: CSVError(line: line, column: column, kind: kind), "\(name)") {
            try CSVReader.read(text)
        }
    }

    @Test(arguments: [
        (CSVError.Kind.empty, "no header line: the file is empty"),
        (.unterminatedQuote, "quoted field has no closing quote"),
        (.quoteInUnquotedField, "quote inside an unquoted field"),
        (.textAfterClosingQuote, "text after the closing quote of a field"),
        (.wrongFieldCount(expected: 3, actual: 4), "record has 4 fields but the header has 3"),
        (.wrongFieldCount(expected: 2, actual: 1), "record has 1 field but the header has 2"),
        (.emptyHeader(column: 2), "column 2 has no name in the header"),
        (.duplicateHeader("list_size"), "duplicate column 'list_size'"),
    ] as [(CSVError.Kind, String)])
    func messagesAreLowerCaseWithoutFullStop(_ kind: CSVError.Kind, message: String) {
        let error = CSVError(line: 1, column: 1, kind: kind)
        #expect(error.message == message)
        for text in [error.message, error.help] {
            #expect(text.first?.isLowercase == true, "\(text)")
            #expect(!text.hasSuffix("."), "\(text)")
        }
    }

    @Test func quoteErrorSaysHowToQuote() {
        let error = CSVError(line: 2, column: 10, kind: .quoteInUnquotedField)
        #expect(error.help == "put the field in double quotes and double any quote inside it")
        #expect(error.description == "2:10: quote inside an unquoted field")
    }

    @Test func shortAndLongRecordsGetDifferentHelp() {
        let long = CSVError(line: 1, column: 1, kind: .wrongFieldCount(expected: 2, actual: 3))
        let short = CSVError(line: 1, column: 1, kind: .wrongFieldCount(expected: 2, actual: 1))
        #expect(long.help.contains("double quotes"))
        #expect(short.help.contains("missing"))
    }

    @Test func everyRowHasOneFieldPerHeaderColumn() throws {
        // Exhaustive over small tables: 1–3 columns, 0–3 rows, fields quoted or not.
        for columns in 1...3 {
            for rowCount in 0...3 {
                for quoting in 0..<(1 << columns) {
                    let header = (1...columns).map { "c\($0)" }
                    let row = (0..<columns).map { quoting & (1 << $0) != 0 ? "\"v,\($0)\"" : "v\($0)" }
                    let text = ([header.joined(separator: ",")]
                        + Array(repeating: row.joined(separator: ","), count: rowCount))
                        .joined(separator: "\r\n")
                    let table = try CSVReader.read(text)
                    #expect(table.header == header)
                    #expect(table.rows.count == rowCount)
                    #expect(table.rows.allSatisfy { $0.fields.count == columns })
                }
            }
        }
    }
}

extension CSVReaderTests {
    /// The header, and each row as its line and its (text, column) fields.
    struct Shape: Equatable, CustomStringConvertible {
        var header: [String]
        var rows: [[String]]

        init(_ header: [String], _ rows: [[String]] = []) {
            self.header = header
            self.rows = rows
        }

        init(_ table: CSVTable) {
            header = table.header
            rows = table.rows.map { $0.fields.map(\.text) }
        }

        var description: String { "\(header) \(rows)" }
    }
}

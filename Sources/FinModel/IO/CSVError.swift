/// Why a CSV text could not be read, and where.
///
/// `line` and `column` count from 1; columns count characters (grapheme clusters), and a UTF-8
/// byte-order mark does not count. The position is the character to look at: the opening quote
/// of an unterminated field, the stray quote, the first extra field, the duplicated name.
/// `message` and `help` are derived from `kind`, so two errors are equal when they name the
/// same kind at the same place.
///
///     do {
///         _ = try CSVReader.read("name,list_size\nHigh St,5\"00\n")
///     } catch {
///         print("\(error.line):\(error.column): \(error.message)")
///         // 2:10: quote inside an unquoted field
///         print(error.help)
///         // put the field in double quotes and double any quote inside it
///     }
public struct CSVError: Error, Equatable, Sendable {
    /// The 1-based physical line of the problem.
    public let line: Int
    /// The 1-based character column of the problem on `line`.
    public let column: Int
    /// What went wrong.
    public let kind: Kind

    /// What went wrong, in the shape of one `Kind` case.
    ///
    /// Each case has one message and one piece of help, kept in `message` and `help` below in
    /// the same order as the cases.
    ///
    ///     CSVError.Kind.duplicateHeader("list_size")   // duplicate column 'list_size'
    public enum Kind: Sendable, Equatable {
        /// The text holds no header line: it is empty, or only blank lines.
        case empty
        /// A field opens with a double quote that is never closed.
        case unterminatedQuote
        /// A double quote appears inside a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a comma or a line break follows a closing quote.
        case textAfterClosingQuote
        /// A record has a different number of fields from the header.
        case wrongFieldCount(expected: Int, actual: Int)
        /// The header names no column at this 1-based column number.
        case emptyHeader(column: Int)
        /// Two header fields have the same name (after trimming).
        case duplicateHeader(String)
    }

    /// Creates an error of `kind` at a 1-based `line` and character `column`.
    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// A lower-case sentence without a full stop saying what is wrong.
    ///
    ///     CSVError(line: 3, column: 1, kind: .wrongFieldCount(expected: 3, actual: 4)).message
    ///     // record has 4 fields but the header has 3
    public var message: String {
        switch kind {
        case .empty:
            "no header line: the file is empty"
        case .unterminatedQuote:
            "quoted field has no closing quote"
        case .quoteInUnquotedField:
            "quote inside an unquoted field"
        case .textAfterClosingQuote:
            "text after the closing quote of a field"
        case .wrongFieldCount(let expected, let actual):
            "record has \(Self.count(actual, "field")) but the header has \(expected)"
        case .emptyHeader(let column):
            "column \(column) has no name in the header"
        case .duplicateHeader(let name):
            "duplicate column '\(name)'"
        }
    }

    /// A lower-case sentence without a full stop saying how to fix the text.
    ///
    ///     CSVError(line: 2, column: 10, kind: .quoteInUnquotedField).help
    ///     // put the field in double quotes and double any quote inside it
    public var help: String {
        switch kind {
        case .empty:
            "start the file with a header line naming the columns, such as 'name,list_size'"
        case .unterminatedQuote:
            "add the closing double quote, and double any quote inside the field"
        case .quoteInUnquotedField:
            "put the field in double quotes and double any quote inside it"
        case .textAfterClosingQuote:
            "put a comma after the closing quote, or double the quote if it belongs to the field"
        case .wrongFieldCount(let expected, let actual) where actual > expected:
            "put fields that contain commas in double quotes, or remove the extra fields"
        case .wrongFieldCount:
            "add the missing fields; an empty field is nothing between two commas"
        case .emptyHeader:
            "give every column a name in the first line"
        case .duplicateHeader:
            "rename one of the columns so that every name is different"
        }
    }

    /// `1 field`, `2 fields`.
    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}

extension CSVError: CustomStringConvertible {
    /// `line:column: message`, the form a caller prefixes with the file name.
    ///
    ///     CSVError(line: 1, column: 6, kind: .duplicateHeader("name")).description
    ///     // 1:6: duplicate column 'name'
    public var description: String { "\(line):\(column): \(message)" }
}

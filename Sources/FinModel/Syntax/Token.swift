/// A lexical token of the scenario language: a kind and a span of the source's bytes.
///
/// A token holds no text of its own and no reference to its file, so the lexer writes a flat
/// array of twelve-byte values and copying one costs nothing: the parser reads a name's text
/// from the source bytes (`SourceFile.text(of:)`) only when it keeps it, and words the grammar
/// tests for (`if`, `per`, `table`, …) are recognised once, by the lexer, as a `Word`.
///
///     // `fund = £5 per patient` lexes as
///     // identifier "fund", equals, money, number "5", identifier (word .per), identifier "patient"
struct Token: Sendable, Hashable {
    enum Kind: UInt8, Sendable, Hashable {
        case identifier        // letters, digits, underscores; keywords are contextual identifiers
        case number            // 1,234.56 (the text keeps its separators; the parser reads it)
        case money             // £ sign
        case percent           // %
        case year              // 2016/17 or 16/17, and FY2016/17
        case month             // 2019-07: a calendar year and month, written without spaces
        case string            // "text" (its value, with escapes resolved, from `SourceFile.text(of:)`)
        case plus, minus, star, slash
        case leftParen, rightParen, leftBracket, rightBracket
        case comma, colon, pipe
        case equals, notEquals, less, lessEqual, greater, greaterEqual
        case newline
        /// `# text`, kept only when the formatter asks for comments.
        case comment
        case end
    }

    /// The words the grammar looks for, spelled by an identifier token; `.other` for any name.
    ///
    /// Keywords are contextual, so a word here is still a name where the grammar allows one
    /// (`total` is a line's name at the start of a line, a keyword after a value).
    enum Word: UInt8, Sendable, Hashable {
        case other
        // Words that end an expression or a unit (`isReserved`).
        case `if`, then, `else`, and, or, not, `in`, to, per, within, total, from, by, until, `where`, shown
        // Words that start a statement, and the few others the grammar tests for.
        case title, years, unit, input, list, table, check, variant, chart, include, source, none, k, m
        /// `actuals from "file.csv"`: the months of figures spent so far.
        case actuals

        /// The word the bytes `start..<end` spell.
        ///
        /// Every word is 1 to 7 bytes, so a word's bytes packed into one integer, first byte
        /// highest, identify it (no byte of a name is zero, so words of different lengths never
        /// pack alike); the constants below are each word's `spelling` packed so, and one
        /// `switch` over them costs an identifier a few comparisons and no table.
        @inline(__always)
        static func of(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Word {
            guard end - start <= 7 else { return .other }
            var key: UInt64 = 0
            for index in start..<end { key = key << 8 | UInt64(bytes[index]) }
            return switch key {
            case 0x6966: .if
            case 0x7468656E: .then
            case 0x656C7365: .else
            case 0x616E64: .and
            case 0x6F72: .or
            case 0x6E6F74: .not
            case 0x696E: .in
            case 0x746F: .to
            case 0x706572: .per
            case 0x77697468696E: .within
            case 0x746F74616C: .total
            case 0x66726F6D: .from
            case 0x6279: .by
            case 0x756E74696C: .until
            case 0x7768657265: .where
            case 0x73686F776E: .shown
            case 0x7469746C65: .title
            case 0x7965617273: .years
            case 0x756E6974: .unit
            case 0x696E707574: .input
            case 0x6C697374: .list
            case 0x7461626C65: .table
            case 0x636865636B: .check
            case 0x76617269616E74: .variant
            case 0x6368617274: .chart
            case 0x696E636C756465: .include
            case 0x736F75726365: .source
            case 0x6E6F6E65: .none
            case 0x6B: .k
            case 0x6D: .m
            case 0x61637475616C73: .actuals
            default: .other
            }
        }

        var spelling: String {
            switch self {
            case .other: ""
            case .if: "if"
            case .then: "then"
            case .else: "else"
            case .and: "and"
            case .or: "or"
            case .not: "not"
            case .in: "in"
            case .to: "to"
            case .per: "per"
            case .within: "within"
            case .total: "total"
            case .from: "from"
            case .until: "until"
            case .by: "by"
            case .where: "where"
            case .shown: "shown"
            case .title: "title"
            case .years: "years"
            case .unit: "unit"
            case .input: "input"
            case .list: "list"
            case .table: "table"
            case .check: "check"
            case .variant: "variant"
            case .chart: "chart"
            case .include: "include"
            case .source: "source"
            case .none: "none"
            case .k: "k"
            case .m: "m"
            case .actuals: "actuals"
            }
        }

        /// Words that end an expression or a unit, so they are never read as names or unit words.
        var isReserved: Bool { rawValue >= Word.if.rawValue && rawValue <= Word.shown.rawValue }
    }

    let kind: Kind
    /// For an identifier, the word it spells; `.other` for every other token.
    let word: Word
    /// True for the first token on a line that starts with white space (a block's body).
    let indented: Bool
    /// True when white space or a comment comes right before this token.
    let spaceBefore: Bool
    /// Where the token is: UTF-8 offsets into the file (files are at most 64 MB).
    private let startOffset: UInt32
    private let endOffset: UInt32

    init(kind: Kind, word: Word = .other, start: Int, end: Int, indented: Bool, spaceBefore: Bool) {
        self.kind = kind
        self.word = word
        self.indented = indented
        self.spaceBefore = spaceBefore
        self.startOffset = UInt32(truncatingIfNeeded: start)
        self.endOffset = UInt32(truncatingIfNeeded: end)
    }

    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }

    @inline(__always)
    func isKeyword(_ word: Word) -> Bool { kind == .identifier && self.word == word }

    /// An identifier that is not a reserved word: one that can be a name or a unit word.
    var isName: Bool {
        @inline(__always) get { kind == .identifier && !word.isReserved }
    }
}

extension SourceFile {
    /// Where `token` is.
    func span(of token: Token) -> SourceSpan {
        SourceSpan(file: self, start: token.start, end: token.end)
    }

    /// Whether `token`'s bytes spell `word`: a test of a word the grammar looks for that
    /// makes no string.
    func spells(_ token: Token, _ word: StaticString) -> Bool {
        let length = token.end - token.start
        guard length == word.utf8CodeUnitCount, token.end <= bytes.count else { return false }
        let spelling = word.utf8Start
        for offset in 0..<length where bytes[token.start + offset] != spelling[offset] { return false }
        return true
    }

    /// A token's text as written; for a string, its value with the quotes dropped and the
    /// escapes `\"` and `\\` resolved.
    func text(of token: Token) -> String {
        let end = min(token.end, bytes.count), start = min(token.start, end)
        guard token.kind == .string else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        // Most strings have no escape: their value is the bytes between the quotes, decoded at once.
        if end - start >= 2, bytes[end - 1] == UInt8(ascii: "\""), !bytes[(start + 1)..<(end - 1)].contains(where: Self.mayEscapeOrClose) {
            return String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)
        }
        // The lexer's walk again: from after the opening quote to the closing one, or to the end
        // of an unterminated string's line.
        var value: [UInt8] = []
        value.reserveCapacity(end - start)
        var index = start + 1
        while index < end, bytes[index] != UInt8(ascii: "\"") {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\") {
                value.append(bytes[index + 1])
                index += 2
            } else {
                value.append(byte)
                index += 1
            }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// A backslash, which may start an escape, or a quote, which would end the string early.
    private static func mayEscapeOrClose(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"")
    }
}

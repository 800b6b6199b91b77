/// Turns scenario source into tokens, reporting characters it cannot read and carrying on.
///
/// The language is line-oriented: each statement ends at a newline, except inside brackets, and a
/// table's lines are the indented lines after `table ...:`. The lexer therefore emits newline
/// tokens (never inside brackets) and marks the first token of each indented line.
///
/// The lexer walks the bytes once and writes each token as a kind and a span (`Token`), with no
/// text: at about 50 bytes a line, a token a few bytes long, making a string for each cost more
/// than finding it.
struct Lexer {
    let file: SourceFile
    /// The bytes read, valid while `tokenize` runs: the file's, up to the end of the range lexed.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var depth = 0
    private var atLineStart = true
    private var lineIndented = false
    private var sawSpace = false
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []
    /// The formatter keeps comments as tokens; the parser never sees them.
    private let keepComments: Bool

    /// Longest line the lexer reads; longer input is refused rather than walked slowly.
    static let maximumLineLength = 100_000

    private init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>, from start: Int, keepComments: Bool) {
        self.file = file
        self.bytes = bytes
        self.offset = start
        self.keepComments = keepComments
        // About one token for every five bytes of a typical scenario.
        tokens.reserveCapacity(bytes.count / 5 + 2)
    }

    /// The tokens of the whole file, or of only `range` (UTF-8 offsets) of it: the bytes after
    /// the range are never read, and tokens keep their offsets in the whole file, so a piece of
    /// a typed line is lexed alone but its diagnostics point into the line.
    static func tokenize(_ file: SourceFile, range: Range<Int>? = nil, keepComments: Bool = false) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        let count = file.bytes.count
        let end = range.map { min(max($0.upperBound, 0), count) } ?? count
        let start = range.map { min(max($0.lowerBound, 0), end) } ?? 0
        return file.bytes.withUnsafeBufferPointer { all in
            var lexer = Lexer(file: file, bytes: UnsafeBufferPointer(rebasing: all[..<end]), from: start, keepComments: keepComments)
            lexer.run()
            return (lexer.tokens, lexer.diagnostics)
        }
    }

    /// The tokens of one piece of typed text, such as the figure in `seek --target`.
    static func tokenize(_ text: SourceText) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        tokenize(text.file, range: text.utf8Offsets)
    }

    private mutating func run() {
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if atLineStart { lineIndented = true }
                sawSpace = true
                offset += 1
            case UInt8(ascii: "\n"):
                if depth == 0, let last = tokens.last, last.kind != .newline {
                    add(.newline, from: offset, to: offset + 1)
                } else {
                    offset += 1
                }
                atLineStart = true
                lineIndented = false
                sawSpace = true
            case UInt8(ascii: "#"):
                let start = offset
                var end = offset
                while end < count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let lineEnd = end
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                if keepComments {
                    let wasSpace = sawSpace
                    add(.comment, from: start, to: end)
                    sawSpace = wasSpace
                }
                offset = lineEnd  // found above: the comment's bytes are walked once
                sawSpace = true
            case UInt8(ascii: "\""):
                lexString()
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
                lexNumberOrYear()
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                lexIdentifier()
            case 0xC2 where offset + 1 < count && bytes[offset + 1] == 0xA3:  // £ in UTF-8
                add(.money, from: offset, to: offset + 2)
            case 0xE2 where offset + 2 < count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x93:
                add(.minus, from: offset, to: offset + 3)  // an en dash, as spreadsheets paste minus signs
            default:
                lexPunctuation(byte)
            }
        }
        if depth == 0, let last = tokens.last, last.kind != .newline {
            add(.newline, from: count, to: count)
        }
        tokens.append(Token(kind: .end, start: count, end: count, indented: false, spaceBefore: true))
    }

    @inline(__always)
    private mutating func add(_ kind: Token.Kind, word: Token.Word = .other, from start: Int, to end: Int) {
        tokens.append(Token(kind: kind, word: word, start: start, end: end, indented: atLineStart && lineIndented, spaceBefore: sawSpace))
        switch kind {
        case .leftParen, .leftBracket: depth += 1
        case .rightParen, .rightBracket: depth = max(0, depth - 1)
        default: break
        }
        atLineStart = false
        sawSpace = false
        offset = end
    }

    @inline(__always)
    private func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    @inline(__always)
    private static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }
    @inline(__always)
    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        // A digit, a letter of either case (setting bit 5 makes an upper-case letter lower), or '_'.
        b &- UInt8(ascii: "0") < 10 || (b | 0x20) &- UInt8(ascii: "a") < 26 || b == UInt8(ascii: "_")
    }

    /// Numbers keep thousands separators (`325,000`) when a comma is followed by exactly three
    /// digits; `a, b` in an argument list has a space after the comma, so it is not swallowed.
    /// `2016/17` and `16/17` are financial years: write `16 / 17` with spaces to divide.
    /// `2019-07` is a month, four digits, a hyphen and two digits with nothing between: write
    /// `2019 - 7` with spaces to subtract.
    private mutating func lexNumberOrYear() {
        let start = offset
        var end = offset
        while Self.isDigit(byte(at: end)) { end += 1 }
        let integerDigits = end - start
        if byte(at: end) == UInt8(ascii: "/"), integerDigits == 2 || integerDigits == 4,
           Self.isDigit(byte(at: end + 1)), Self.isDigit(byte(at: end + 2)), !Self.isDigit(byte(at: end + 3))
        {
            add(.year, from: start, to: end + 3)
            return
        }
        if integerDigits == 4, byte(at: end) == UInt8(ascii: "-"), Self.isDigit(byte(at: end + 1)), Self.isDigit(byte(at: end + 2)),
           !Self.isDigit(byte(at: end + 3)), byte(at: end + 3) != UInt8(ascii: ".")
        {
            add(.month, from: start, to: end + 3)
            return
        }
        while byte(at: end) == UInt8(ascii: ","), Self.isDigit(byte(at: end + 1)), Self.isDigit(byte(at: end + 2)),
              Self.isDigit(byte(at: end + 3)), !Self.isDigit(byte(at: end + 4))
        {
            end += 4
        }
        if byte(at: end) == UInt8(ascii: "."), Self.isDigit(byte(at: end + 1)) {
            end += 1
            while Self.isDigit(byte(at: end)) { end += 1 }
        }
        if end == start {  // a lone '.'
            diagnostics.append(Diagnostic(
                at: SourceSpan(file: file, start: start, end: start + 1), "unexpected character '.'",
                help: "write decimals with a digit before the point, as in '0.5'"))
            offset = start + 1
            return
        }
        add(.number, from: start, to: end)
    }

    private mutating func lexIdentifier() {
        let bytes = self.bytes, count = bytes.count
        let start = offset
        var end = offset + 1  // the first byte is a letter or '_': `run` sends nothing else here
        while end < count, Self.isIdentifierByte(bytes[end]) { end += 1 }
        // FY2016/17 and FY16/17 are financial years too. Checked on the bytes, so that ordinary
        // names (nearly every identifier) cost no string of their own here.
        if end - start > 2, bytes[start] | 0x20 == UInt8(ascii: "f"), bytes[start + 1] | 0x20 == UInt8(ascii: "y"),
           byte(at: end) == UInt8(ascii: "/"), bytes[(start + 2)..<end].allSatisfy({ Self.isDigit($0) }),
           Self.isDigit(byte(at: end + 1)), Self.isDigit(byte(at: end + 2)), !Self.isDigit(byte(at: end + 3))
        {
            add(.year, from: start, to: end + 3)
            return
        }
        add(.identifier, word: Token.Word.of(bytes, from: start, to: end), from: start, to: end)
    }

    /// A string runs to its closing quote, or to the end of the line; `\"` and `\\` are escapes
    /// (resolved by `SourceFile.text(of:)` when the parser keeps the text).
    private mutating func lexString() {
        let bytes = self.bytes, count = bytes.count
        let start = offset
        var end = offset + 1
        while end < count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\n") {
            if bytes[end] == UInt8(ascii: "\\"), end + 1 < count, bytes[end + 1] == UInt8(ascii: "\"") || bytes[end + 1] == UInt8(ascii: "\\") {
                end += 2
            } else {
                end += 1
            }
        }
        guard byte(at: end) == UInt8(ascii: "\"") else {
            diagnostics.append(Diagnostic(
                at: SourceSpan(file: file, start: start, end: end), "unterminated string",
                label: "this string has no closing quote", help: "end the text with '\"' on the same line"))
            add(.string, from: start, to: end)
            return
        }
        add(.string, from: start, to: end + 1)
    }

    private mutating func lexPunctuation(_ b: UInt8) {
        let next = byte(at: offset + 1)
        let kind: Token.Kind?
        var width = 1
        switch b {
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "["): kind = .leftBracket
        case UInt8(ascii: "]"): kind = .rightBracket
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: "|"): kind = .pipe
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "="): kind = .equals; if next == UInt8(ascii: "=") { width = 2 }
        case UInt8(ascii: "!") where next == UInt8(ascii: "="): kind = .notEquals; width = 2
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { kind = .lessEqual; width = 2 } else { kind = .less }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") { kind = .greaterEqual; width = 2 } else { kind = .greater }
        default: kind = nil
        }
        if let kind {
            add(kind, from: offset, to: offset + width)
            return
        }
        // Skip the whole run of characters the language has no use for, and report it once.
        let start = offset
        let end = Self.endOfUnexpectedRun(in: bytes, from: start)
        let firstEnd = { () -> Int in
            var e = start + 1
            while let c = self.byte(at: e), c & 0xC0 == 0x80 { e += 1 }
            return e
        }()
        let character = file.text(of: SourceSpan(file: file, start: start, end: firstEnd))
        let span = SourceSpan(file: file, start: start, end: end)
        let count = file.text(of: span).count
        if diagnostics.count < Self.maximumDiagnostics {
            diagnostics.append(Diagnostic(
                at: span, count == 1 ? "unexpected character '\(character)'" : "unexpected characters, starting with '\(character)'",
                help: Self.helpForCharacter(character)))
        }
        sawSpace = true
        offset = end
    }

    /// The lexer stops reporting after this many problems; the parser and checker have their own.
    static let maximumDiagnostics = 50

    /// Where a run of characters that start no token ends, walked over the bytes alone so that a
    /// file of ten megabytes of junk is skipped in one pass.
    private static func endOfUnexpectedRun(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        repeat {
            end += 1
            while end < buffer.count, buffer[end] & 0xC0 == 0x80 { end += 1 }
        } while end < buffer.count && isUnexpected(buffer[end], following: end + 1 < buffer.count ? buffer[end + 1] : nil)
        return end
    }

    /// Bytes that start no token: the run of such bytes is one mistake.
    private static func isUnexpected(_ b: UInt8, following: UInt8?) -> Bool {
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "#"), UInt8(ascii: "\""),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"),
             UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: "%"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"):
            return false
        case UInt8(ascii: "!"): return following != UInt8(ascii: "=")
        case 0xC2: return following != 0xA3  // £
        case 0xE2: return true
        default: return true
        }
    }

    private static func helpForCharacter(_ character: String) -> String {
        switch character {
        case "$", "€": return "amounts are in pounds: write '£'"
        case "×", "x": return "multiply with '*'"
        case "÷": return "divide with '/'"
        case "'": return "text goes in double quotes: \"like this\""
        case "\u{FFFD}": return "the file is not valid UTF-8 text: save it as UTF-8"
        default: return "remove it, or put it inside a comment after '#'"
        }
    }
}

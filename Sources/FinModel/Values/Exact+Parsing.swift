/// Why text could not be read as an exact decimal number.
///
/// Offsets count characters from the start of the text, from zero.
///
///     try Exact(parsingDecimal: "1,23.5")   // throws .misplacedSeparator(offset: 1)
public enum ExactParseError: Error, Equatable, Sendable {
    /// There were no digits at all.
    case empty
    /// A character that cannot appear in a plain decimal.
    case invalidCharacter(Character, offset: Int)
    /// A ',' not between groups of three digits, a second '.', or a '.' with no digits after it.
    case misplacedSeparator(offset: Int)
    /// The value does not fit in an `Exact`.
    case tooLarge
    /// More than `Exact.maximumParsedDecimalPlaces` digits after the point.
    case tooManyDecimalPlaces

    /// A lower-case description without a closing full stop that says what was expected.
    public var message: String {
        switch self {
        case .empty:
            "expected a number such as '1,234.56'"
        case .invalidCharacter(let character, _):
            "unexpected '\(character)' in a number: expected digits, ',' between groups of three and one '.'"
        case .misplacedSeparator:
            "misplaced separator: ',' goes only between groups of three digits before the point, and '.' once, followed by digits"
        case .tooLarge:
            "the number is too large to hold exactly"
        case .tooManyDecimalPlaces:
            "too many decimal places: at most \(Exact.maximumParsedDecimalPlaces) are allowed"
        }
    }
}

extension Exact {
    /// The most digits after the point that `init(parsingDecimal:)` accepts.
    public static let maximumParsedDecimalPlaces = 18

    /// Reads a plain decimal exactly: "1234", "1,234.5678", "-0.25", ".5", "0.000001".
    ///
    /// An optional leading '-' or '+', digits with ',' allowed only between groups of three
    /// before the point, and at most one '.' followed by 1 to 18 digits. No exponent, currency,
    /// percent sign or surrounding spaces: callers strip those first.
    ///
    ///     try Exact(parsingDecimal: "1,234.5678")   // 6172839/5000
    ///     try Exact(parsingDecimal: ".5")           // 1/2
    ///     try Exact(parsingDecimal: "12,34")        // throws .misplacedSeparator(offset: 2)
    ///     try Exact(parsingDecimal: "5.")           // throws .misplacedSeparator(offset: 1)
    public init(parsingDecimal text: Substring) throws(ExactParseError) {
        // Nearly every number is plain ASCII: read its bytes; anything else is read as characters.
        if let value = try Exact.parsingDecimalBytes(text) {
            self = value
        } else {
            self = try Exact.parsingDecimalCharacters(text)
        }
    }

    /// `init(parsingDecimal:)` character by character: any text, with offsets in characters.
    static func parsingDecimalCharacters(_ text: Substring) throws(ExactParseError) -> Exact {
        var magnitude: UInt128 = 0
        var negative = false
        var integerDigits = 0, fractionDigits = 0
        var digitsInGroup = 0          // digits since the last ',' (or the start)
        var lastComma: Int? = nil
        var point: Int? = nil
        for (offset, character) in text.enumerated() {
            switch character {
            case "-" where offset == 0, "+" where offset == 0:
                negative = character == "-"
            case "0"..."9":
                if point == nil {
                    integerDigits += 1
                    digitsInGroup += 1
                    if let comma = lastComma, digitsInGroup > 3 { throw .misplacedSeparator(offset: comma) }
                } else {
                    fractionDigits += 1
                    if fractionDigits > Exact.maximumParsedDecimalPlaces { throw .tooManyDecimalPlaces }
                }
                let digit = UInt128(character.asciiValue! - UInt8(ascii: "0"))
                let (scaled, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (next, o2) = scaled.addingReportingOverflow(digit)
                if o1 || o2 { throw .tooLarge }
                magnitude = next
            case ",":
                // A group separator needs 1–3 digits before the first ',' and exactly 3 between.
                let groupOK = lastComma == nil ? (1...3).contains(digitsInGroup) : digitsInGroup == 3
                if point != nil || !groupOK { throw .misplacedSeparator(offset: offset) }
                lastComma = offset
                digitsInGroup = 0
            case ".":
                if point != nil { throw .misplacedSeparator(offset: offset) }
                if let comma = lastComma, digitsInGroup != 3 { throw .misplacedSeparator(offset: comma) }
                point = offset
            default:
                throw .invalidCharacter(character, offset: offset)
            }
        }
        return try finished(magnitude: magnitude, negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits,
                            point: point, lastComma: lastComma, digitsInGroup: digitsInGroup)
    }

    /// What both readers check once the text has been read, and the value it holds.
    private static func finished(magnitude: UInt128, negative: Bool, integerDigits: Int, fractionDigits: Int,
                                 point: Int?, lastComma: Int?, digitsInGroup: Int) throws(ExactParseError) -> Exact {
        if let comma = lastComma, point == nil, digitsInGroup != 3 { throw .misplacedSeparator(offset: comma) }
        if let point, fractionDigits == 0 {
            // "." or "-." holds no digits at all; "5." has a point with nothing after it.
            throw integerDigits == 0 ? .empty : .misplacedSeparator(offset: point)
        }
        if integerDigits + fractionDigits == 0 { throw .empty }
        guard let numerator = try? Int128(magnitude: magnitude, negative: negative) else { throw .tooLarge }
        var scale: Int128 = 1
        for _ in 0..<fractionDigits { scale *= 10 }  // at most 10^18
        return Exact(numerator, over: scale)
    }

    /// `init(parsingDecimal:)` over the UTF-8 bytes, when every byte is a digit, ',', '.', '+'
    /// or '-' (so each byte is one character and offsets agree); nil for any other text.
    ///
    /// The same steps as the character loop, in the same order, so it gives the same value and
    /// throws the same error at the same offset.
    static func parsingDecimalBytes(_ text: Substring) throws(ExactParseError) -> Exact? {
        var bytes = text.utf8.makeIterator()
        var magnitude: UInt128 = 0
        var negative = false
        var integerDigits = 0, fractionDigits = 0
        var digitsInGroup = 0
        var lastComma: Int? = nil
        var point: Int? = nil
        var offset = 0
        // The bytes are checked first: the character loop reports the first bad character.
        guard text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 44 || $0 == 46 || $0 == 43 || $0 == 45 }) else { return nil }
        while let byte = bytes.next() {
            defer { offset += 1 }
            switch byte {
            case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0:
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if point == nil {
                    integerDigits += 1
                    digitsInGroup += 1
                    if let comma = lastComma, digitsInGroup > 3 { throw .misplacedSeparator(offset: comma) }
                } else {
                    fractionDigits += 1
                    if fractionDigits > Exact.maximumParsedDecimalPlaces { throw .tooManyDecimalPlaces }
                }
                let (scaled, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (next, o2) = scaled.addingReportingOverflow(UInt128(byte - UInt8(ascii: "0")))
                if o1 || o2 { throw .tooLarge }
                magnitude = next
            case UInt8(ascii: ","):
                let groupOK = lastComma == nil ? (1...3).contains(digitsInGroup) : digitsInGroup == 3
                if point != nil || !groupOK { throw .misplacedSeparator(offset: offset) }
                lastComma = offset
                digitsInGroup = 0
            case UInt8(ascii: "."):
                if point != nil { throw .misplacedSeparator(offset: offset) }
                if let comma = lastComma, digitsInGroup != 3 { throw .misplacedSeparator(offset: comma) }
                point = offset
            default:
                // A sign after the first character: the character loop's `invalidCharacter`.
                throw .invalidCharacter(Character(Unicode.Scalar(byte)), offset: offset)
            }
        }
        return try finished(magnitude: magnitude, negative: negative, integerDigits: integerDigits, fractionDigits: fractionDigits,
                            point: point, lastComma: lastComma, digitsInGroup: digitsInGroup)
    }

    /// Reads a plain decimal from a `String`; see `init(parsingDecimal:)` taking a `Substring`.
    public init(parsingDecimal text: String) throws(ExactParseError) {
        try self.init(parsingDecimal: text[...])
    }
}

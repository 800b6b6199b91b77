/// Why text could not be read as an amount of money.
///
/// Offsets count characters from the start of the whole text, from zero.
public enum MoneyParseError: Error, Equatable, Sendable {
    /// Nothing but spaces, or a symbol or sign with no digits.
    case empty
    /// A character that cannot appear in an amount.
    case invalidCharacter(Character, offset: Int)
    /// A group separator not between groups of three digits, or a misplaced point.
    case misplacedSeparator(offset: Int)
    /// A second minus sign, or a minus sign inside parentheses.
    case misplacedSign(offset: Int)
    /// An opening parenthesis without a closing one, or the reverse.
    case unbalancedParentheses
    /// A fraction of a penny, such as `£1.234` or `£1.2345k`.
    case fractionOfAPenny
    /// The amount does not fit in `Int64` pence.
    case overflow

    /// A lower-case description without a closing full stop that says what was expected.
    public var message: String {
        switch self {
        case .empty:
            "expected an amount such as '£1,234.56', '-£2,083', '(£2,083)' or '£1.09m'"
        case .invalidCharacter(let character, _):
            "unexpected '\(character)' in an amount: expected '£', digits, ',' between groups of three, one '.', and an optional 'k' or 'm'"
        case .misplacedSeparator:
            "misplaced separator: ',' or a non-breaking space goes only between groups of three digits, and '.' once, followed by digits"
        case .misplacedSign:
            "misplaced sign: write one '-' before or after '£', or put the whole amount in parentheses"
        case .unbalancedParentheses:
            "expected the whole amount in parentheses, as in '(£2,083)'"
        case .fractionOfAPenny:
            "expected whole pence: at most two decimal places of pounds"
        case .overflow:
            "the amount is too large to hold exactly"
        }
    }
}

extension Money {
    /// Reads an amount as people write it in board papers and spreadsheets.
    ///
    /// Accepted: an optional `£` (with spaces after it), a minus sign before or after the `£` or
    /// parentheses around the whole amount, digits grouped by `,`, U+00A0 or U+202F, up to two
    /// decimals of pounds, and a `k` (thousands) or `m` (millions) suffix; surrounding spaces are
    /// ignored.
    ///
    /// | text         | pence          |
    /// |--------------|----------------|
    /// | `£1,234.56`  | 123,456        |
    /// | `-£2,083`    | -208,300       |
    /// | `£-2,083`    | -208,300       |
    /// | `(£2,083)`   | -208,300       |
    /// | `£487k`      | 48,700,000     |
    /// | `£1.09m`     | 109,000,000    |
    /// | `£ 3`        | 300            |
    ///
    /// - Important: A suffix scales before the whole-pence check: `£1.2345k` is £1,234.50 and is
    ///   accepted, `£1.234567k` is a fraction of a penny and is not. Nothing is rounded.
    public init(parsing text: String) throws(MoneyParseError) {
        let characters = Array(text)
        var start = 0, end = characters.count
        while start < end && characters[start].isWhitespace { start += 1 }
        while end > start && characters[end - 1].isWhitespace { end -= 1 }
        guard start < end else { throw .empty }

        var negative = false
        if characters[start] == "(" || characters[end - 1] == ")" {
            guard characters[start] == "(" && characters[end - 1] == ")" && end - start >= 2 else {
                throw .unbalancedParentheses
            }
            negative = true
            start += 1
            end -= 1
        }
        func takeMinus() throws(MoneyParseError) {
            guard start < end && characters[start] == "-" else { return }
            if negative { throw .misplacedSign(offset: start) }
            negative = true
            start += 1
        }
        try takeMinus()
        if start < end && characters[start] == "£" {
            start += 1
            while start < end && Money.isSpace(characters[start]) { start += 1 }
            try takeMinus()
        }
        var multiplier: Int64 = 1
        if start < end, let scale = Money.suffixes[characters[end - 1]] {
            multiplier = scale
            end -= 1
        }
        guard start < end else { throw .empty }

        // The plain number: non-breaking spaces between digits become ',' for the decimal reader.
        var number = ""
        for offset in start..<end {
            let character = characters[offset]
            switch character {
            case "-", "+": throw .misplacedSign(offset: offset)
            case "\u{00A0}", "\u{202F}": number.append(",")
            default: number.append(character)
            }
        }
        let pounds: Exact
        do {
            pounds = try Exact(parsingDecimal: number[...])
        } catch {
            throw Money.translate(error, shiftedBy: start)
        }
        do {
            var value = try pounds.multiplied(by: Exact(multiplier))
            if negative { value = try value.negated() }
            self = try Money(exactPounds: value)
        } catch .notAWholeMultiple {
            throw .fractionOfAPenny
        } catch {
            throw .overflow
        }
    }

    /// The scale each suffix letter stands for.
    private static let suffixes: [Character: Int64] = ["k": 1000, "K": 1000, "m": 1_000_000, "M": 1_000_000]

    /// Whether a character may separate `£` from the digits.
    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}"
    }

    /// A decimal-reading error restated for money, with offsets into the whole text.
    private static func translate(_ error: ExactParseError, shiftedBy start: Int) -> MoneyParseError {
        switch error {
        case .empty: .empty
        case .invalidCharacter(let character, let offset): .invalidCharacter(character, offset: start + offset)
        case .misplacedSeparator(let offset): .misplacedSeparator(offset: start + offset)
        case .tooLarge: .overflow
        case .tooManyDecimalPlaces: .fractionOfAPenny
        }
    }
}

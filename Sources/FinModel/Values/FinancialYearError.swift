/// Why text or a date could not be read as a financial year, month, quarter or range of years.
///
/// The message quotes the text and says what was expected:
///
///     try FinancialYear(parsing: "16/18")
///     // '16/18' is not a financial year: the second year must follow the first, as in '16/17'
public struct FinancialYearError: Error, Equatable, Sendable {
    /// The text that was rejected, or the date written as `yyyy-mm-dd`.
    public let text: String
    /// What was wrong with it.
    public let reason: Reason
    /// What kind of period the text was read as, so the message names it.
    let subject: Subject

    /// What was wrong.
    public enum Reason: Sendable, Equatable {
        /// Not in any accepted form: `20161/17`, `FY`, empty text.
        case malformed
        /// Two years that do not follow one another: `16/18`, `2016/2018`, `13/12`.
        case notConsecutive
        /// A year outside 1000/01 to 9998/99, or a range or span that runs backwards.
        case outOfRange
        /// A calendar date or month that does not exist: 30 February, month 13.
        case invalidDate
    }

    /// The kind of period being read.
    enum Subject: Sendable, Equatable {
        case year, month, range, date
        /// Two dates that had to lie in one financial year.
        case span
    }

    init(_ text: some StringProtocol, _ reason: Reason, _ subject: Subject = .year) {
        self.text = String(text)
        self.reason = reason
        self.subject = subject
    }

    /// A lower-case description without a closing full stop, quoting the text.
    ///
    /// | text        | message                                                                                   |
    /// |-------------|-------------------------------------------------------------------------------------------|
    /// | `16/18`     | '16/18' is not a financial year: the second year must follow the first, as in '16/17'     |
    /// | `2016/2018` | '2016/2018' is not a financial year: the second year must follow the first, as in '2016/2017' |
    /// | `FY`        | expected a financial year such as '2016/17', '16/17' or 'FY2016/17', not 'FY'            |
    /// | (empty)     | expected a financial year such as '2016/17', '16/17' or 'FY2016/17'                       |
    public var message: String {
        let quoted = text.isEmpty ? "" : ", not '\(text)'"
        switch (reason, subject) {
        case (.malformed, .year), (.malformed, .date), (.malformed, .span):
            return "expected a financial year such as '2016/17', '16/17' or 'FY2016/17'" + quoted
        case (.malformed, .month):
            return "expected a month such as 'Apr 2016' or '2016-04'" + quoted
        case (.malformed, .range):
            return "expected a range of financial years such as '2016/17 to 2018/19' or '2016/17..2018/19'" + quoted
        case (.notConsecutive, _):
            return "'\(text)' is not a financial year: the second year must follow the first, as in '\(FinancialYearError.corrected(text))'"
        case (.outOfRange, .span):
            return "'\(text)' crosses financial years: both dates must lie in one year, 1 April to 31 March"
        case (.outOfRange, .range):
            return "'\(text)' runs backwards: the first period must not come after the last"
        case (.outOfRange, _):
            return "'\(text)' is out of range: financial years run from 1000/01 to 9998/99"
        case (.invalidDate, .month):
            return "'\(text)' is not a month: months run from 01 (January) to 12 (December)"
        case (.invalidDate, _):
            return "'\(text)' is not a calendar date"
        }
    }

    /// The text with its second year replaced by the one after the first, in the same style:
    /// "16/18" → "16/17", "2016/2018" → "2016/2017", "FY 13/12" → "FY 13/14".
    static func corrected(_ text: String) -> String {
        guard let separator = text.lastIndex(where: { "/-–".contains($0) }) else { return text }
        let before = text[..<separator]
        let firstDigits = before.reversed().prefix { $0.isASCII && $0.isNumber }
        let secondWidth = text[text.index(after: separator)...].count
        guard let first = Int(String(firstDigits.reversed())) else { return text }
        let start = firstDigits.count == 2 ? 2000 + first : first
        let second = secondWidth == 4 ? String(start + 1) : FinancialYear.twoDigits(start + 1)
        return before + String(text[separator]) + second
    }
}

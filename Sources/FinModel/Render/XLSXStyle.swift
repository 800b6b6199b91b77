/// The cell styles of an exported workbook: a number format, bold or not, and the styles part
/// (`xl/styles.xml`) that defines them.
///
/// Money uses a £ format with the minus sign before it, as the terminal shows it
/// (`-£2,083.00`), to the penny or, for tables `shown to £1 half_up`, to the pound; the stored
/// number keeps every penny either way. Counts and rates show the decimals their line uses.
///
/// A spreadsheet's number format can round only one way: ties away from zero, which is
/// `half_up`. So a table shown to £1 under another rule keeps its pence in the workbook rather
/// than show figures its rule would round differently:
///
/// | table's display       | £2.50 in the terminal | format        | shows in the workbook |
/// |-----------------------|-----------------------|---------------|-----------------------|
/// | `shown to £1 half_up` | £3                    | `moneyPounds` | £3                    |
/// | `shown to £1 half_even` | £2                  | `moneyPence`  | £2.50                 |
/// | `shown to £1 down`    | £2                    | `moneyPence`  | £2.50                 |
///
/// | style          | format code                      | 1234.5 shows | -2083 shows  |
/// |----------------|----------------------------------|--------------|--------------|
/// | `moneyPence`   | `"£"#,##0.00;\-"£"#,##0.00`      | £1,234.50    | -£2,083.00   |
/// | `moneyPounds`  | `"£"#,##0;\-"£"#,##0`            | £1,235       | -£2,083      |
/// | `decimals(1)`  | `#,##0.0`                        | 1,234.5      | -2,083.0     |
/// | `percent`      | `0.00%`                          | 123450.00%   | -208300.00%  |
/// | `thousands`    | `"£"#,##0,"k";\-"£"#,##0,"k"`    | £1k          | -£2k         |
/// | `thousandsBrackets` | `"£"#,##0,"k";("£"#,##0,"k")` | £1k         | (£2k)        |
/// | `millionsOne`  | `"£"#,##0.0,,"m";\-"£"#,##0.0,,"m"` | £0.0m      | -£0.0m       |
///
/// A table `shown in £000 half_up` keeps each exact figure in its cell and shows it through
/// `thousands` (a comma after the digits divides by 1,000 for display), with `£` and `k` in
/// the format because the sheet's labels are the CSV's and cannot name the scale; `with
/// negatives in brackets` picks the bracketed money formats; `in % to 1 place half_up` is `0.0%`.
struct XLSXStyle: Sendable, Hashable {
    enum Format: Int, Sendable, Hashable, CaseIterable {
        case general, moneyPence, moneyPounds, whole, oneDecimal, twoDecimals, threeDecimals, fourDecimals, percent
        // Appended so the styles above keep their indices: brackets, £000 and £m, percentages' places.
        case moneyPenceBrackets, moneyPoundsBrackets, thousands, thousandsBrackets
        case millions, millionsBrackets, millionsOne, millionsOneBrackets, millionsTwo, millionsTwoBrackets
        case millionsThree, millionsThreeBrackets
        case percentWhole, percentOne, percentThree, percentFour, percentFive, percentSix

        /// The format's id: built-in ids below 164, the workbook's own from 164.
        var id: Int {
            switch self {
            case .general: 0
            case .whole: 3
            case .percent: 10
            case .moneyPence: 164
            case .moneyPounds: 165
            case .oneDecimal: 166
            case .twoDecimals: 167
            case .threeDecimals: 168
            case .fourDecimals: 169
            case .percentWhole: 9
            default: 170 + rawValue - Format.moneyPenceBrackets.rawValue
            }
        }

        /// The code of a format the workbook defines; nil for built-in ones.
        var code: String? {
            switch self {
            case .general, .whole, .percent, .percentWhole: nil
            case .moneyPence: ##""£"#,##0.00;\-"£"#,##0.00"##
            case .moneyPounds: ##""£"#,##0;\-"£"#,##0"##
            case .oneDecimal: "#,##0.0"
            case .twoDecimals: "#,##0.00"
            case .threeDecimals: "#,##0.000"
            case .fourDecimals: "#,##0.0000"
            case .moneyPenceBrackets: ##""£"#,##0.00;("£"#,##0.00)"##
            case .moneyPoundsBrackets: ##""£"#,##0;("£"#,##0)"##
            // A comma after the digits divides by 1,000 for display: the cell keeps the exact value.
            // The cell says its scale itself, `£99k`, as the sheet's labels are the CSV's.
            case .thousands: ##""£"#,##0,"k";\-"£"#,##0,"k""##
            case .thousandsBrackets: ##""£"#,##0,"k";("£"#,##0,"k")"##
            case .millions: ##""£"#,##0,,"m";\-"£"#,##0,,"m""##
            case .millionsBrackets: ##""£"#,##0,,"m";("£"#,##0,,"m")"##
            case .millionsOne: ##""£"#,##0.0,,"m";\-"£"#,##0.0,,"m""##
            case .millionsOneBrackets: ##""£"#,##0.0,,"m";("£"#,##0.0,,"m")"##
            case .millionsTwo: ##""£"#,##0.00,,"m";\-"£"#,##0.00,,"m""##
            case .millionsTwoBrackets: ##""£"#,##0.00,,"m";("£"#,##0.00,,"m")"##
            case .millionsThree: ##""£"#,##0.000,,"m";\-"£"#,##0.000,,"m""##
            case .millionsThreeBrackets: ##""£"#,##0.000,,"m";("£"#,##0.000,,"m")"##
            case .percentOne: "0.0%"
            case .percentThree: "0.000%"
            case .percentFour: "0.0000%"
            case .percentFive: "0.00000%"
            case .percentSix: "0.000000%"
            }
        }
    }

    var format: Format
    var bold = false
    /// Whether the cell is filled light yellow: an input set for this run (by `--set` or a
    /// variant) or a figure it moved, as the terminal colours them and the HTML marks them.
    var flagged = false

    static let text = XLSXStyle(format: .general)
    static let heading = XLSXStyle(format: .general, bold: true)

    /// Every format, plain then bold, in the order of `cellXfs`; then the same again, filled.
    var index: Int { format.rawValue * 2 + (bold ? 1 : 0) + (flagged ? Format.allCases.count * 2 : 0) }

    var emphasised: XLSXStyle { XLSXStyle(format: format, bold: true, flagged: flagged) }

    /// The same style, filled to mark an input set for this run or a figure it moved.
    var marked: XLSXStyle { XLSXStyle(format: format, bold: bold, flagged: true) }

    /// The fill of a marked cell, light yellow (ARGB), as a highlighter on a printed page.
    static let markedFill = "FFFFF2CC"

    /// The style for figures of `format` with `places` decimals (counts) or the table's display rounding.
    static func figure(_ format: ValueFormat, places: Int, rounding display: DisplayRounding?, brackets: Bool = false) -> XLSXStyle {
        // A format rounds ties away from zero: it shows a table's rounding only under half_up.
        let halfUp = display?.rule == .halfUp
        switch format {
        case .money:
            if let display, halfUp, display.scale != .pounds {
                let scaled: [Format] = display.scale == .thousands ? [.thousands, .thousandsBrackets]
                    : [[.millions, .millionsBrackets], [.millionsOne, .millionsOneBrackets], [.millionsTwo, .millionsTwoBrackets],
                       [.millionsThree, .millionsThreeBrackets]][min(display.places, 3)]
                return XLSXStyle(format: scaled[brackets ? 1 : 0])
            }
            // Whole pounds only where the spreadsheet rounds as the table does.
            let pounds = display.map { $0.step == .one && $0.rule == .halfUp } ?? false
            return XLSXStyle(format: pounds ? (brackets ? .moneyPoundsBrackets : .moneyPounds) : (brackets ? .moneyPenceBrackets : .moneyPence))
        case .percent:
            guard let display, halfUp else { return XLSXStyle(format: .percent) }
            let formats: [Format] = [.percentWhole, .percentOne, .percent, .percentThree, .percentFour, .percentFive, .percentSix]
            return XLSXStyle(format: formats[min(max(display.places - 2, 0), 6)])
        case .quantity, .plain:
            let formats: [Format] = [.whole, .oneDecimal, .twoDecimals, .threeDecimals, .fourDecimals]
            // A step that is a power of ten (1 appointment, 0.1 days) under half_up is the
            // format's own rounding; any other (0.25 hours) keeps the line's decimals.
            if let display, halfUp, display.step == Self.powerOfTen(places: display.places) {
                return XLSXStyle(format: formats[min(max(display.places, 0), 4)])
            }
            return XLSXStyle(format: formats[min(max(places, 0), 4)])
        case .year, .month, .boolean: return .text
        }
    }

    /// 10^-places: 1, 0.1, 0.01.
    static func powerOfTen(places: Int) -> Exact {
        var step = Exact.one
        for _ in 0..<max(places, 0) { step = (try? step.divided(by: Exact(Int64(10)))) ?? step }
        return step
    }

    /// `xl/styles.xml`: the number formats, a plain and a bold font, and a cell style for each.
    static func stylesPart() -> String {
        let custom = Format.allCases.filter { $0.code != nil }
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        out += "<numFmts count=\"\(custom.count)\">"
        for format in custom { out += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(HTMLText.escape(format.code!))\"/>" }
        out += "</numFmts>"
        out += #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        out += #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        out += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(markedFill)\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        out += "<cellXfs count=\"\(Format.allCases.count * 4)\">"
        for flagged in [false, true] {
            for format in Format.allCases {
                for bold in [false, true] {
                    out += "<xf numFmtId=\"\(format.id)\" fontId=\"\(bold ? 1 : 0)\" fillId=\"\(flagged ? 2 : 0)\" borderId=\"0\" xfId=\"0\""
                        + "\(format == .general ? "" : " applyNumberFormat=\"1\"")\(bold ? " applyFont=\"1\"" : "")\(flagged ? " applyFill=\"1\"" : "")/>"
                }
            }
        }
        out += "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return out + "</styleSheet>\n"
    }
}

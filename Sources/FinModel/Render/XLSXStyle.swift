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
struct XLSXStyle: Sendable, Hashable {
    enum Format: Int, Sendable, Hashable, CaseIterable {
        case general, moneyPence, moneyPounds, whole, oneDecimal, twoDecimals, threeDecimals, fourDecimals, percent

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
            }
        }

        /// The code of a format the workbook defines; nil for built-in ones.
        var code: String? {
            switch self {
            case .general, .whole, .percent: nil
            case .moneyPence: ##""£"#,##0.00;\-"£"#,##0.00"##
            case .moneyPounds: ##""£"#,##0;\-"£"#,##0"##
            case .oneDecimal: "#,##0.0"
            case .twoDecimals: "#,##0.00"
            case .threeDecimals: "#,##0.000"
            case .fourDecimals: "#,##0.0000"
            }
        }
    }

    var format: Format
    var bold = false

    static let text = XLSXStyle(format: .general)
    static let heading = XLSXStyle(format: .general, bold: true)

    /// Every format, plain then bold, in the order of `cellXfs`.
    var index: Int { format.rawValue * 2 + (bold ? 1 : 0) }

    var emphasised: XLSXStyle { XLSXStyle(format: format, bold: true) }

    /// The style for figures of `format` with `places` decimals (counts) or the table's display rounding.
    static func figure(_ format: ValueFormat, places: Int, rounding display: DisplayRounding?) -> XLSXStyle {
        switch format {
        case .money:
            // Whole pounds only where the spreadsheet rounds as the table does.
            let pounds = display.map { $0.step == .one && $0.rule == .halfUp } ?? false
            return XLSXStyle(format: pounds ? .moneyPounds : .moneyPence)
        case .percent: return XLSXStyle(format: .percent)
        case .quantity, .plain:
            let formats: [Format] = [.whole, .oneDecimal, .twoDecimals, .threeDecimals, .fourDecimals]
            return XLSXStyle(format: formats[min(max(places, 0), 4)])
        case .year, .boolean: return .text
        }
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
        out += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        out += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        out += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        out += "<cellXfs count=\"\(Format.allCases.count * 2)\">"
        for format in Format.allCases {
            for bold in [false, true] {
                out += "<xf numFmtId=\"\(format.id)\" fontId=\"\(bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + "\(format == .general ? "" : " applyNumberFormat=\"1\"")\(bold ? " applyFont=\"1\"" : "")/>"
            }
        }
        out += "</cellXfs>"
        out += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return out + "</styleSheet>\n"
    }
}

/// One sheet of a workbook: a grid of cells by row and column (both from 0), and how it prints.
///
/// Rows and columns count from 0 here, as arrays do; a formula names them as a spreadsheet
/// does, `B2` for row 1, column 1 (`reference(row:column:)`).
public struct OutputSheet: Sendable {
    /// What a sheet holds, by which a writer decides how it prints.
    public enum Role: Sendable, Hashable {
        /// The inputs, one a row.
        case inputs
        /// The lists' members and attributes.
        case lists
        /// One of the scenario's tables.
        case table
        /// Apportionments written out, and lines no table shows.
        case workings
        /// The checks of stated figures.
        case checks
        /// A variant: its inputs and tables, live over the base's inputs.
        case option
    }

    /// The sheet's name, as formulas on other sheets name it: at most 31 characters.
    public var name: String
    /// What the sheet holds.
    public var role: Role
    /// The cells, row by row; a row may stop short.
    public private(set) var rows: [[OutputSheetCell?]] = []
    /// Rows at the top repeated on every printed page and kept in view while scrolling.
    public var headerRows: Int
    /// Columns at the left repeated on every printed page and kept in view while scrolling.
    public var headerColumns: Int

    /// An empty sheet called `name`.
    public init(name: String, role: Role, headerRows: Int = 1, headerColumns: Int = 1) {
        self.name = name
        self.role = role
        self.headerRows = headerRows
        self.headerColumns = headerColumns
    }

    /// Puts `cell` at `row`, `column`, growing the grid as needed.
    public mutating func set(row: Int, column: Int, _ cell: OutputSheetCell?) {
        while rows.count <= row { rows.append([]) }
        while rows[row].count <= column { rows[row].append(nil) }
        rows[row][column] = cell
    }

    /// The cell at `row`, `column`, if one is set.
    public func cell(row: Int, column: Int) -> OutputSheetCell? {
        row < rows.count && column < rows[row].count ? rows[row][column] : nil
    }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// `A`, `B`, … `Z`, `AA`: the letters of column `index`, from 0.
    public static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// `B2` for row 1, column 1 (both from 0); `$B$2` when `absolute`.
    public static func reference(row: Int, column: Int, absolute: Bool = false) -> String {
        absolute ? "$\(columnName(column))$\(row + 1)" : "\(columnName(column))\(row + 1)"
    }

    /// A sheet's name as a formula or a defined name writes it: bare when it is letters, digits
    /// and `_` that cannot be read as a cell (`Inputs`), else in apostrophes, each apostrophe
    /// doubled (`'Income and expenditure'`).
    public static func quoted(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" }
        if plain, let first = name.unicodeScalars.first, first.properties.isAlphabetic, !looksLikeReference(name) { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Whether `name` would be read as a cell (`A1`, `AB12`, `R1C1`, `R`, `C`) or a truth value
    /// rather than a name.
    public static func looksLikeReference(_ name: String) -> Bool {
        let upper = name.uppercased()
        if ["R", "C", "TRUE", "FALSE"].contains(upper) { return true }
        if upper.wholeMatch(of: /R[0-9]*C[0-9]*/) != nil { return true }
        guard let match = upper.wholeMatch(of: /([A-Z]{1,3})([0-9]+)/) else { return false }
        // Columns run to XFD (16,384).
        let column = match.1.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return column <= 16_384
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank, and not
    /// starting or ending with an apostrophe; `taken` names (compared ignoring case) get ` (2)`.
    ///
    ///     OutputSheet.name(for: "Practice contributions as stated (no uplift)", taken: [])  // "Practice contributions as…"
    ///     OutputSheet.name(for: "Inputs", taken: ["inputs"])                                // "Inputs (2)"
    public static func name(for title: String, taken: Set<String>) -> String {
        var base = String(title.map { "[]:*?/\\".contains($0) ? " " : $0 }.filter { !$0.isNewline })
        while base.hasPrefix("'") || base.hasPrefix(" ") { base.removeFirst() }
        while base.hasSuffix("'") || base.hasSuffix(" ") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        // A long title is cut at a word and marked, rather than mid-word.
        if base.count > 31 {
            var cut = String(base.prefix(30))
            if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= 15 { cut = String(cut[..<space]) }
            while cut.hasSuffix(" ") || cut.hasSuffix(",") { cut.removeLast() }
            base = cut + "…"
        }
        var candidate = base
        var number = 2
        while taken.contains(candidate.lowercased()) || candidate.lowercased() == "history" {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}

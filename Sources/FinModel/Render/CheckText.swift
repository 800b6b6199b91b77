/// The words every writer uses for checks: the verdict, the count, and the three figures.
enum CheckText {
    /// `pass`, `pass within £1.00`, `pass within 0.5%`, `expected discrepancy` or `FAIL`.
    static func verdict(_ check: OutputCheck) -> String {
        switch check.status {
        case .fail: "FAIL"
        case .withinTolerance: "pass within \(CellText.figure(check.tolerance))"
        case .expected: "expected discrepancy"
        default: "pass"
        }
    }

    /// What a reader must know beside the figures: an expected discrepancy's note, or that
    /// one has gone; nil for any other check.
    static func note(_ check: OutputCheck) -> String? {
        if check.discrepancyGone { return "expected a discrepancy, but the figures now agree: remove 'expected'" }
        return check.status == .expected ? check.expected : nil
    }

    /// `7 checks: 5 passed (2 within tolerance), 1 failed, 1 expected discrepancy`, with no line break.
    static func summary(_ checks: [OutputCheck]) -> String {
        let failed = checks.filter { $0.status == .fail }.count
        let within = checks.filter { $0.status == .withinTolerance }.count
        let expected = checks.filter { $0.status == .expected }.count
        var text = "\(checks.count) check\(checks.count == 1 ? "" : "s"): \(checks.count - failed - expected) passed"
        if within > 0 { text += " (\(within) within tolerance)" }
        text += ", \(failed) failed"
        if expected > 0 { text += ", \(expected) expected discrepanc\(expected == 1 ? "y" : "ies")" }
        return text
    }

    /// How many members of a check over a list are shown one by one: the rest are counted.
    static let membersShown = 5

    /// A line of a checks table or listing: one check, or the count of a list check's members
    /// not shown one by one.
    enum Row {
        case check(OutputCheck)
        /// `first` is the check's first member; `hidden` members that fail (or show an expected
        /// discrepancy) are not shown; `passed` members passed (`within` of them within tolerance).
        case more(first: OutputCheck, hidden: Int, hiddenStatus: OutputStatus, passed: Int, within: Int, total: Int)
    }

    /// The checks as rows: every check by year or single figure, and for a check over a list
    /// its members that fail or show an expected discrepancy (the first `membersShown`), then
    /// one row counting the rest, so 31 practices read as the few that need attention.
    static func rows(_ checks: [OutputCheck]) -> [Row] {
        var rows: [Row] = []
        var index = 0
        while index < checks.count {
            let first = checks[index]
            guard first.list != nil else {
                rows.append(.check(first))
                index += 1
                continue
            }
            var end = index + 1
            while end < checks.count, checks[end].list == first.list, checks[end].path == first.path, checks[end].line == first.line,
                  checks[end].column == first.column, checks[end].label == first.label {
                end += 1
            }
            let members = checks[index..<end]
            let attention = members.filter { $0.status != .pass && $0.status != .withinTolerance }
            rows += attention.prefix(membersShown).map(Row.check)
            let hidden = Array(attention.dropFirst(membersShown))
            let hiddenStatus: OutputStatus = hidden.allSatisfy { $0.status == .expected } ? .expected : .fail
            let passed = members.count - attention.count
            let within = members.filter { $0.status == .withinTolerance }.count
            if !hidden.isEmpty || passed > 0 {
                rows.append(.more(first: first, hidden: hidden.count, hiddenStatus: hiddenStatus, passed: passed, within: within, total: members.count))
            }
            index = end
        }
        return rows
    }

    /// `and 3 more failed, 26 passed (2 within tolerance)`: the members a list check does not show.
    static func more(hidden: Int, hiddenStatus: OutputStatus, passed: Int, within: Int, total: Int) -> String {
        var parts: [String] = []
        if hidden > 0 {
            parts.append("and \(hidden) more " + (hiddenStatus == .expected ? "expected discrepanc\(hidden == 1 ? "y" : "ies")" : "failed"))
        }
        if passed > 0 {
            parts.append((passed == total ? "all \(total) passed" : "\(passed) of \(total) passed") + (within > 0 ? " (\(within) within tolerance)" : ""))
        }
        return parts.joined(separator: ", ")
    }

    /// A row's name: the check with its place, or a list check's label and its list.
    static func name(_ row: CheckText.Row) -> String {
        switch row {
        case .check(let check): check.name
        case .more(let first, _, _, _, _, _): "\(first.label) [\(first.list ?? "")]"
        }
    }

    /// A row's verdict and the status that colours it.
    static func verdict(_ row: CheckText.Row) -> (text: String, status: OutputStatus) {
        switch row {
        case .check(let check): (CheckText.verdict(check), check.status)
        case .more(_, let hidden, let status, _, let within, _):
            hidden > 0 ? (status == .expected ? "expected discrepancy" : "FAIL", status) : ("pass", within > 0 ? .withinTolerance : .pass)
        }
    }

    /// The stated figure with its comparison: `£10.00`, or `at least 10.1%` for a floor.
    static func stated(_ check: OutputCheck, _ figure: String) -> String {
        check.comparison == .equal ? figure : "\(check.comparison.word) \(figure)"
    }

    /// The difference with its sign, or nothing when the figures agree exactly.
    static func difference(_ check: OutputCheck) -> String {
        check.difference.value == .zero ? "" : figures(check).difference
    }

    /// The stated, computed and difference figures as a sentence reads them, with enough
    /// decimals that figures which differ read differently.
    ///
    /// Usually that is the figures as shown anywhere (money to the penny). When that would hide
    /// the difference (stated £0.33 against a computed third of a pound reads `£0.33` twice,
    /// difference `+£0.00`), each figure is written exactly if its decimals end, and otherwise
    /// cut (toward zero) after the fewest decimals that tell the figures apart, followed by `…`:
    ///
    /// | stated | computed | shown                                                      |
    /// |--------|----------|------------------------------------------------------------|
    /// | 0.33   | 1/3      | stated £0.33, computed £0.333…, difference +£0.003…         |
    /// | 0.33   | 0.3349   | stated £0.33, computed £0.3349, difference +£0.0049         |
    /// | 100    | 99       | stated £100.00, computed £99.00, difference -£1.00          |
    static func figures(_ check: OutputCheck) -> (stated: String, computed: String, difference: String) {
        let shown = (CellText.prose(check.stated), CellText.prose(check.computed), CellText.prose(check.difference))
        guard let stated = check.stated.value, let computed = check.computed.value, let difference = check.difference.value,
              difference != .zero, shown.0 == shown.1 || !hasNonZeroDigit(shown.2)
        else { return shown }
        let format = check.computed.format
        for places in 2...80 {
            let cut = [stated, computed, difference].map { $0.decimalText(places: places, rule: .towardZero, grouping: false) }
            guard cut[0] != cut[1], hasNonZeroDigit(cut[2]) else { continue }
            return (text(stated, format, places, check.stated.showsSign), text(computed, format, places, check.computed.showsSign),
                    text(difference, format, places, check.difference.showsSign))
        }
        return shown
    }

    /// A figure exactly, when its decimals end; else cut after `places` decimals, with `…`.
    private static func text(_ value: Exact, _ format: ValueFormat, _ places: Int, _ showsSign: Bool) -> String {
        let exact = value.decimalPlaces
        let sign = showsSign && value > .zero ? "+" : ""
        let ellipsis = exact == nil ? "…" : ""
        switch format {
        case .percent:
            let digits = max((exact ?? places) - 2, 0)
            return sign + FigureText.percent(value, places: digits, rule: .towardZero).dropLast() + ellipsis + "%"
        case .money:
            return sign + money(value, places: max(exact ?? places, 2)) + ellipsis
        case .quantity(let unit) where unit.hasPrefix("£ "):
            return sign + money(value, places: max(exact ?? places, 2)) + ellipsis + unit.dropFirst(1)
        case .quantity(let unit) where !unit.isEmpty:
            return sign + value.decimalText(places: exact ?? places, rule: .towardZero, grouping: true) + ellipsis + " " + unit
        default:
            return sign + value.decimalText(places: exact ?? places, rule: .towardZero, grouping: true) + ellipsis
        }
    }

    private static func money(_ value: Exact, places: Int) -> String {
        value.formattedAsPounds(MoneyFormat(scale: .fixed(places: places), rounding: .towardZero))
    }

    private static func hasNonZeroDigit(_ text: String) -> Bool {
        text.contains { $0 >= "1" && $0 <= "9" }
    }
}

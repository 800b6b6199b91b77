/// The words every writer uses for checks: the verdict, the count, and the three figures.
enum CheckText {
    /// `pass`, `pass within £1.00` or `FAIL`.
    static func verdict(_ check: OutputCheck) -> String {
        switch check.status {
        case .fail: "FAIL"
        case .withinTolerance: "pass within \(CellText.figure(check.tolerance))"
        default: "pass"
        }
    }

    /// `7 checks: 6 passed (2 within tolerance), 1 failed`, with no line break.
    static func summary(_ checks: [OutputCheck]) -> String {
        let failed = checks.filter { $0.status == .fail }.count
        let within = checks.filter { $0.status == .withinTolerance }.count
        var text = "\(checks.count) check\(checks.count == 1 ? "" : "s"): \(checks.count - failed) passed"
        if within > 0 { text += " (\(within) within tolerance)" }
        return text + ", \(failed) failed"
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

/// The words every writer uses for checks: the verdict and the count.
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
        check.difference.value == .zero ? "" : CellText.prose(check.difference)
    }
}

/// Check results as text: one line per check, a summary, and a block per failure that shows
/// stated, computed and difference, so a reviewer sees every pound the source rounded away.
public enum CheckRenderer {
    /// `pass`, `pass within £1.00` or `FAIL`.
    public static func verdict(_ check: CheckResult) -> String {
        if !check.passed { return "FAIL" }
        if check.difference != .zero { return "pass within \(FigureText.text(check.tolerance, format: check.format))" }
        return "pass"
    }

    static func name(_ check: CheckResult) -> String {
        check.place.isEmpty ? check.label : "\(check.label) [\(check.place)]"
    }

    /// `file:line: pass  label [2016/17]: stated £106,494.00, computed £106,494.00`
    public static func line(_ check: CheckResult) -> String {
        var text = "\(check.path):\(check.line): \(verdict(check).padding(4))  \(name(check)): stated \(figure(check.stated, check)), computed \(figure(check.computed, check))"
        if check.difference != .zero { text += ", difference \(signed(check.difference, check))" }
        return text + "\n"
    }

    /// The failure in the diagnostic layout: location, message, then the three figures aligned.
    public static func failure(_ check: CheckResult) -> String {
        """
        \(check.path):\(check.line):\(check.column): error: check '\(name(check))' failed
          stated:     \(figure(check.stated, check))
          computed:   \(figure(check.computed, check))
          difference: \(signed(check.difference, check))\(check.tolerance != .zero ? " (allowed: \(figure(check.tolerance, check)))" : "")

        """
    }

    /// `7 checks: 6 passed (2 within tolerance), 1 failed`
    public static func summary(_ checks: [CheckResult]) -> String {
        let failed = checks.filter { !$0.passed }.count
        let within = checks.filter { $0.passed && $0.difference != .zero }.count
        var text = "\(checks.count) check\(checks.count == 1 ? "" : "s"): \(checks.count - failed) passed"
        if within > 0 { text += " (\(within) within tolerance)" }
        return text + ", \(failed) failed\n"
    }

    /// The checks section of the terminal report.
    static func summaryBlock(_ checks: [CheckResult]) -> String {
        let names = checks.map(name)
        let width = names.map(\.count).max() ?? 0
        let verdicts = checks.map(verdict)
        let verdictWidth = verdicts.map(\.count).max() ?? 4
        var out = "Checks\n"
        for (index, (check, name)) in zip(checks, names).enumerated() {
            var text = "  \(verdicts[index].padding(verdictWidth))  \(name.padding(width))  stated \(figure(check.stated, check))  computed \(figure(check.computed, check))"
            if check.difference != .zero { text += "  difference \(signed(check.difference, check))" }
            out += text + "\n"
        }
        return out + summary(checks)
    }

    /// Money as £; other figures with their unit, as in `1.0 days`.
    static func figure(_ value: Exact, _ check: CheckResult) -> String {
        FigureText.withUnit(value, format: check.format)
    }

    /// Differences carry their sign: `+£1.00` means the computed figure is £1 more than stated.
    static func signed(_ value: Exact, _ check: CheckResult) -> String {
        (value > .zero ? "+" : "") + figure(value, check)
    }
}

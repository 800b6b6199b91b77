/// `pro_rata`: a yearly figure for part of a year, by months or by days, as the file says.
///
///     pro_rata(£12,000, months: 9)     // £9,000: July to March
///     pro_rata(£12,000, days: 275)     // £9,041.10… in 2018/19 (365 days), £9,016.39… in 2019/20 (366)
///
/// Months are twelfths of a year whatever their length; days are the actual days of each
/// financial year (366 when it holds 29 February), so a figure by days varies by year.
extension Checker {
    func proRata(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        let value = try number(bound["value"]!)
        if let axis = model.axis {
            // Refused on purpose: pro_rata shrinks one year's figure to a part year, but here each
            // period already holds its own part, so the part a line covers is said by the periods
            // it runs in (phase … from … until …), and a shrunk figure in every period would count
            // the part year twice.
            throw fail(at: span, "pro_rata(...) shrinks a year's figure to part of the year, but in this model each of the \(axis.granularity.plural) already holds its own part",
                       label: "the part of a year a line covers is the \(axis.granularity.plural) it runs in",
                       help: "phase the yearly amount and start or stop it at a month: phase(x, flat) from 2019-07, or phase(x, days) from 2019-07")
        }
        switch (bound["months"], bound["days"]) {
        case (let months?, nil):
            try plainPart(months, role: "the months", help: "write pro_rata(amount, months: 9) for July to March")
            return value
        case (nil, let days?):
            try plainPart(days, role: "the days", help: "write pro_rata(amount, days: 275) for 1 July to 31 March")
            return ValueType(kind: value.kind, shape: ValueShape(list: value.shape.list, hasYears: true))
        case (_?, _?):
            throw fail(at: span, "pro_rata(...) takes months or days, not both", help: "write pro_rata(amount, months: 9) or pro_rata(amount, days: 275)")
        case (nil, nil):
            throw fail(at: span, "pro_rata(...) needs 'months' or 'days'", help: "write pro_rata(amount, months: 9) or pro_rata(amount, days: 275)")
        }
    }

    /// A count of months or days: one plain number, written without a unit, since `9 months` is
    /// already a fraction of a year (0.75) and would be counted twice.
    private func plainPart(_ syntax: Expression, role: String, help: String) throws(Failure) {
        let unit = try scalar(syntax, role: role)
        var timeWord: String?
        syntax.forEachValueNode { node in
            switch node.kind {
            case .number(_, let unit?), .money(_, let unit?):
                if let word = unit.words.first(where: { ["month", "months", "quarter", "quarters", "year", "years", "annum"].contains($0.name) }) {
                    timeWord = word.name
                }
            default: break
            }
        }
        if let timeWord {
            throw fail(at: syntax.span, "\(role) are a plain number, but this is written in '\(timeWord)'",
                       help: "\(help); or multiply: amount * 9 months")
        }
        guard unit.isNone else {
            throw fail(at: syntax.span, "\(role) must be a plain number, but this is in '\(unit)'", help: help)
        }
    }
}

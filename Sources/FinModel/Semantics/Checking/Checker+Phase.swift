/// `phase`: a yearly amount spread over the months of its year, in a model of months or quarters.
///
///     months 2019-04 to 2020-03
///     rent = phase(£100,000 per year, flat)                 // £8,333.34 April to July, £8,333.33 after
///     heating = phase(£12,000 per year, profile: 15% | 15% | 10% | 5% | 5% | 5% | 5% | 5% | 5% | 10% | 10% | 10%)
///
/// The amount must be pounds a year (`£ per year`), so a monthly figure is never phased twice;
/// the weights of a profile are twelve plain numbers written out, April first, that add up to
/// exactly one, checked here before anything is computed.
extension Checker {
    func phase(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> ValueType {
        guard let axis = model.axis else {
            throw fail(at: span, "phase(...) spreads a yearly amount over months, but this model counts in years",
                       help: "declare the months instead of the years, as in: months 2019-04 to 2020-03")
        }
        let valueSyntax = bound["value"]!
        let value = try number(valueSyntax)
        guard value.kind.unit == .moneyPerYear else {
            throw fail(at: valueSyntax.span, "phase(...) spreads pounds a year, but this is \(value.kind.description)",
                       help: "give the annual amount in pounds per year, as in phase(£120,000 per year, flat); a figure per \(axis.granularity.rawValue) needs no phasing")
        }
        switch (bound["by"], bound["profile"]) {
        case (let by?, nil):
            _ = try word(by, among: BuiltinFunction.phasings, role: "phasing")
        case (nil, let profile?):
            _ = try profileWeights(profile)
        case (_?, _?):
            throw fail(at: span, "phase(...) takes a phasing or a profile, not both", help: "write phase(x, flat) or phase(x, profile: 10% | 8% | ...)")
        case (nil, nil):
            throw fail(at: span, "phase(...) needs a phasing: flat, days or a profile", help: "write phase(x, flat), phase(x, days) or phase(x, profile: 10% | 8% | ...)")
        }
        return ValueType(kind: .number(.money), shape: ValueShape(list: value.shape.list, hasYears: true))
    }

    /// A profile's twelve weights, written out as plain numbers or percentages, April first,
    /// adding up to exactly one.
    func profileWeights(_ syntax: Expression) throws(Failure) -> [Exact] {
        let help = "write twelve weights, April first, that add up to 100%: profile: 10% | 8% | 8% | ..."
        let items: [Expression]
        if case .row(let row) = syntax.kind { items = row } else { items = [syntax] }
        var weights: [Exact] = []
        for item in items {
            switch item.kind {
            case .number(let weight, nil): weights.append(weight)
            case .percent(let written):
                // `5%` holds the 5 as written.
                guard let weight = try? written.divided(by: Exact(Int64(100))) else { fallthrough }
                weights.append(weight)
            default: throw fail(at: item.span, "a profile's weight is a plain number or a percentage written out", help: help)
            }
        }
        guard weights.count == 12 else {
            throw fail(at: syntax.span, "a profile has twelve weights, one for each month, but this has \(weights.count)", help: help)
        }
        if let negative = weights.firstIndex(where: { $0 < .zero }) {
            throw fail(at: items[negative].span, "a profile's weight is zero or more", help: help)
        }
        guard Phasing.sumsToOne(weights) else {
            var sum = Exact.zero
            for weight in weights { sum = (try? sum.adding(weight)) ?? sum }
            let percent = (try? sum.multiplied(by: Exact(Int64(100)))).map { "\($0)%" } ?? "\(sum)"
            throw fail(at: syntax.span, "the profile's weights add up to \(percent), not 100%",
                       label: "a profile spreads all of the year", help: help)
        }
        return weights
    }
}

/// `phase(amount per year, flat | days | profile: …)`: each period's share of its year's amount,
/// in whole pence, so a year's months (and quarters) add back to the amount exactly.
///
/// A period takes the months of its financial year that it covers, of the year's spread
/// (`Phasing.share(of:in:)`): a model that starts in July shows July to March of the year's
/// twelve, and never spreads the whole amount over the months it happens to show.
extension Evaluator {
    func phase(_ bound: BuiltinFunction.Bound, span: SourceSpan) throws(Failure) -> Value {
        guard let axis = model.axis else { throw .dependencyFailed }  // the checker reported it
        let value = try compute(bound["value"]!)
        let phasing: Phasing
        if let by = bound["by"] {
            phasing = try checker.word(by, among: BuiltinFunction.phasings, role: "phasing") == "days" ? .days : .flat
        } else {
            phasing = .profile(try checker.profileWeights(bound["profile"]!))
        }
        if phasing == .flat, phasesFlatInFixedPoint(value, periods: axis.periods) { return fixedFlatPhase(consume value, periods: axis.periods) }
        return try perPeriod(value, kind: .number(.money)) { figure, column, index throws(Failure) in
            do throws(ApportionmentError) {
                return try phasing.share(of: figure, in: axis.periods[column])
            } catch {
                throw fail(at: span, error.message + place(of: index, in: Value.Shape(list: value.shape.list, hasYears: true)),
                           help: "check the amount and the profile's weights")
            }
        }
    }
}

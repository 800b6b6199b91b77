extension UnitCatalogue {
    /// The unit a written unit stands for, and the factor that turns its numbers into base units.
    ///
    ///     45 minutes per week per 1,000 patients  →  hour·week⁻¹·patient⁻¹, factor 1/60 ÷ 1,000
    func resolve(_ syntax: UnitSyntax, startingWithMoney: Bool = false) throws(Diagnostic) -> (unit: Unit, factor: Exact) {
        var unit = startingWithMoney ? Unit.money : Unit.none
        var factor = Exact.one
        do {
            factor = try factor.divided(by: syntax.divisor)
            for word in syntax.words {
                if word.name == "£" {
                    unit = word.exponent > 0 ? unit.multiplied(by: .money) : unit.divided(by: .money)
                    continue
                }
                if word.name == "%" {
                    factor = try factor.divided(by: Exact(Int64(100)))
                    continue
                }
                guard let entry = entry(word.name) else {
                    throw Diagnostic.unknown(
                        "unit", word.name, at: word.span, among: words,
                        help: "units are patients, practices, hours, minutes, days, weeks, months, quarters, appointments, sessions, FTE; declare others with 'unit \(word.name)'")
                }
                if let base = entry.base {
                    unit = word.exponent > 0 ? unit.multiplied(by: .base(base)) : unit.divided(by: .base(base))
                }
                factor = word.exponent > 0 ? try factor.multiplied(by: entry.factor) : try factor.divided(by: entry.factor)
            }
        } catch let error as ArithmeticError {
            throw Diagnostic(at: syntax.span, error.message, help: "write the unit with smaller numbers")
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(at: syntax.span, "cannot read this unit", help: "write units such as patients or £ per patient")
        }
        // A yearly rate in a model of months or quarters: £1.50 per patient per year is exactly
        // £0.125 per patient a month. A yearly amount (£120,000 per year) stays yearly: phase it.
        if periodsPerYear > 1, unit.power(of: .year) == -1, unit.powers.contains(where: { $0.base != .year && $0.exponent < 0 }) {
            unit = unit.multiplied(by: .base(.year))
            do {
                factor = try factor.divided(by: Exact(Int64(periodsPerYear)))
            } catch {
                throw Diagnostic(at: syntax.span, error.message, help: "write the unit with smaller numbers")
            }
        }
        return (unit, factor)
    }
}

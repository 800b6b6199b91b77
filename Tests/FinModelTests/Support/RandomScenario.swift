import FinModel
import TestSupport

/// Random scenarios of the shapes funding models use, for comparing two ways of evaluating.
///
/// A scenario has a few years, a list of practices with list sizes (some zero) and contract
/// amounts, inputs in pounds, patients, pounds per patient and plain numbers (some huge, some
/// zero, some with many decimal places), and lines built from them with every operator and most
/// functions: sums, products, divisions by figures and by columns that hold a zero, rounding at
/// steps of a penny to a thousand pounds, uplifts each year and once, totals, averages, running
/// sums, last year's value, `pro_rata`, `min`/`max`, comparisons and `if`. The generator tracks
/// units so that most scenarios pass the checker; the rest are simply skipped by the caller.
///
///     var random = SeededGenerator(seed: 7)
///     let text = RandomScenario.text(using: &random)   // the same text for the same seed
enum RandomScenario {
    enum Unit: CaseIterable { case money, patients, rate, number }

    struct Named {
        let name: String
        let unit: Unit
        let hasList: Bool
        let hasYears: Bool
    }

    static func text(using random: inout SeededGenerator) -> String {
        var generator = Generator(random: random)
        let text = generator.scenario()
        random = generator.random
        return text
    }

    struct Generator {
        var random: SeededGenerator
        var names: [Named] = []
        var years = 1
        var lines: [String] = []

        mutating func pick<T>(_ choices: [T]) -> T { choices[random.next(below: choices.count)] }
        mutating func chance(_ percent: Int) -> Bool { random.next(below: 100) < percent }

        /// Digits of a figure: mostly ordinary amounts, sometimes zero, huge or very precise.
        mutating func digits() -> String {
            switch random.next(below: 12) {
            case 0: return "0"
            case 1: return pick(["10,000,000,000", "9,000,000,000,000", "123,456,789,012.34"])
            case 2: return "0." + String(repeating: "0", count: random.next(below: 6)) + String(1 + random.next(below: 999))
            case 3: return String(random.next(below: 10)) + "." + String(1 + random.next(below: 9_999_999))
            case 4, 5: return String(1 + random.next(below: 100)) + "." + pick(["5", "25", "125", "05", "99", "333"])
            default:
                let whole = 1 + random.next(below: 200_000)
                return whole >= 1_000 ? "\(whole / 1_000),\(String(whole % 1_000 + 1_000).dropFirst())" : String(whole)
            }
        }

        mutating func literal(_ unit: Unit) -> String {
            let sign = chance(10) ? "-" : ""
            switch unit {
            case .money: return "\(sign)£\(digits())"
            case .patients: return "\(sign)\(digits()) patients"
            case .rate: return "\(sign)£\(digits()) per patient"
            case .number: return chance(50) ? "\(sign)\(digits())%" : "\(sign)\(digits())"
            }
        }

        mutating func step(_ unit: Unit) -> String {
            let figure = pick(["0.01", "0.01", "0.05", "1", "1", "0.001", "1,000", "0.1"])
            switch unit {
            case .money: return "£\(figure)"
            case .patients: return "\(figure) patients"
            case .rate: return "£\(figure) per patient"
            case .number: return figure
            }
        }

        mutating func name(_ unit: Unit, list: Bool? = nil, years: Bool? = nil) -> Named? {
            let candidates = names.filter { $0.unit == unit && (list == nil || $0.hasList == list) && (years == nil || $0.hasYears == years) }
            return candidates.isEmpty ? nil : pick(candidates)
        }

        /// An expression in `unit`, `depth` levels deep at most.
        mutating func expression(_ unit: Unit, depth: Int) -> String {
            if depth <= 0 || chance(25) {
                if chance(75), let named = name(unit) { return named.name }
                return literal(unit)
            }
            let d = depth - 1
            switch random.next(below: 18) {
            case 0, 1: return "\(expression(unit, depth: d)) + \(expression(unit, depth: d))"
            case 2: return "\(expression(unit, depth: d)) - \(expression(unit, depth: d))"
            case 3: return "\(expression(unit, depth: d)) * \(expression(.number, depth: d))"
            case 4: return "\(expression(unit, depth: d)) / \(expression(.number, depth: d))"
            case 5:
                switch unit {
                case .money: return "\(expression(.rate, depth: d)) * \(expression(.patients, depth: d))"
                case .rate: return "\(expression(.money, depth: d)) / \(expression(.patients, depth: d))"
                case .number: return "\(expression(.money, depth: d)) / \(expression(.money, depth: d))"
                case .patients: return "\(expression(.number, depth: d)) * \(expression(.patients, depth: d))"
                }
            case 6, 7: return "round(\(expression(unit, depth: d)), \(pick(RoundingRule.scenarioNames)), \(step(unit)))"
            case 8:
                let policy = pick(["each_year", "each_year", "once"])
                let from = 2019 + random.next(below: years + 1) - 1
                let rate = pick(["2", "2.5", "1.5", "0.125", "3.33", "-1", "1.01", "0", digits()])
                return "uplift(\(expression(unit, depth: d)), by: \(rate)%, from: \(from)/\(String(from + 1).suffix(2)), "
                    + "policy: \(policy), rule: \(pick(RoundingRule.scenarioNames)), step: \(step(unit)))"
            case 9:
                guard let named = name(unit, list: true) else { return literal(unit) }
                let function = pick(["total", "average"])
                return named.hasYears ? "\(function)(\(named.name), over: \(pick(["practices", "years"])))" : "\(function)(\(named.name))"
            case 10:
                guard let named = name(unit, years: true) else { return literal(unit) }
                return pick(["cumulative(\(named.name))", "prev(\(named.name), first: \(literal(unit)))", "\(named.name)[2019/20]"])
            case 11: return "\(pick(["min", "max", "sum"]))(\(expression(unit, depth: d)), \(expression(unit, depth: d)))"
            case 12: return "abs(\(expression(unit, depth: d)))"
            case 13: return "-(\(expression(unit, depth: d)))"
            case 14: return "yearly(\(expression(unit, depth: d)))"
            case 15: return "pro_rata(\(expression(unit, depth: d)), months: \(random.next(below: 13)))"
            case 16:
                let condition = "\(expression(unit, depth: d)) \(pick([">", "<", "=", "!=", ">=", "<="])) \(expression(unit, depth: d))"
                return "if \(condition) then \(expression(unit, depth: d)) else \(expression(unit, depth: d))"
            default: return "(\(expression(unit, depth: d)))"
            }
        }

        mutating func scenario() -> String {
            years = 1 + random.next(below: 4)
            let members = 1 + random.next(below: 4)
            var text = "title \"Random\"\nyears 2019/20 to \(2019 + years - 1)/\(String(2019 + years).suffix(2))\n"
            text += "list practices (list_size patients, contract £):\n"
            for member in 0..<members {
                let size = chance(20) ? "0" : String(random.next(below: 40_000))
                text += "  \"P\(member)\" \(size) \(digits())\n"
            }
            names = [Named(name: "list_size", unit: .patients, hasList: true, hasYears: false),
                     Named(name: "contract", unit: .money, hasList: true, hasYears: false)]
            for index in 0..<(3 + random.next(below: 5)) {
                let unit = pick(Unit.allCases)
                let row = years > 1 && chance(30)
                let value = row ? (0..<years).map { _ in literal(unit) }.joined(separator: " | ") : literal(unit)
                text += "input i\(index) = \(value)\n"
                names.append(Named(name: "i\(index)", unit: unit, hasList: false, hasYears: row))
            }
            for index in 0..<(4 + random.next(below: 8)) {
                let unit = pick(Unit.allCases)
                text += "l\(index) = \(expression(unit, depth: 3))\n"
                // The shape is whatever the expression has; a guess is enough to pick names.
                names.append(Named(name: "l\(index)", unit: unit, hasList: chance(50), hasYears: chance(50)))
            }
            return text
        }
    }
}

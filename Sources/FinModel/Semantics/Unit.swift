/// The unit of a quantity: a product of base units with integer powers (`£ per patient` is
/// £¹·patient⁻¹), so multiplying and dividing quantities multiplies and divides their units.
///
/// `per year` is not a dimension: every line of a yearly model already holds each year's amount,
/// so `£58,620 per year` is £58,620 in each year. A month and a quarter are fractions of that
/// year (1/12, 1/4): `£100 per month` is £1,200 a year, and `£1.50 per patient per year × 1
/// month` is £0.125 per patient. Hours, weeks and days are dimensions of their own: how many
/// weeks a service runs in a year is written, never assumed. This keeps the checker strict about what
/// matters (pounds against patients, a per-patient rate against an amount) without asking
/// finance users to multiply by "1 year".
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// One base unit of a unit and its power: `patient⁻¹` in `£ per patient`.
    struct Power: Sendable, Hashable {
        let base: CountUnit
        let exponent: Int
    }

    /// Base units and their powers, never a zero power, in one order (`Power.precedes`), so that
    /// equal units hold equal arrays. A base unit carries its own plural, so a declared
    /// `unit pharmacy, pharmacies` prints as it was declared.
    ///
    /// A sorted array, not a dictionary: a checked expression multiplies units at every
    /// operator, and merging two short sorted arrays hashes no `String`, where merging two
    /// dictionaries of base units hashed both words of every base (a tenth of `scenario check`
    /// on a 4 MB scenario).
    let powers: [Power]

    static let none = Unit(powers: [:])
    /// Pounds a year: in a model of months or quarters, an annual amount waiting to be phased.
    static let moneyPerYear = Unit(powers: [.pound: 1, .year: -1])
    static let money = Unit(powers: [.pound: 1])

    init(powers: [CountUnit: Int]) {
        self.powers = powers.filter { $0.value != 0 }.map { Power(base: $0.key, exponent: $0.value) }.sorted(by: Power.precedes)
    }

    /// Powers already in order and without zeros.
    private init(ordered powers: [Power]) { self.powers = powers }

    static func base(_ unit: CountUnit) -> Unit { Unit(ordered: [Power(base: unit, exponent: 1)]) }

    func multiplied(by other: Unit) -> Unit {
        // By a plain number (95%, a count of years): the unit is unchanged, with no merging.
        if other.powers.isEmpty { return self }
        if powers.isEmpty { return other }
        return merged(with: other, sign: 1)
    }

    func divided(by other: Unit) -> Unit {
        if other.powers.isEmpty { return self }
        return merged(with: other, sign: -1)
    }

    /// The powers of both, `other`'s times `sign`, added base by base: one pass over two sorted
    /// arrays, dropping the bases whose powers cancel.
    private func merged(with other: Unit, sign: Int) -> Unit {
        var result: [Power] = []
        result.reserveCapacity(powers.count + other.powers.count)
        var i = 0, j = 0
        while i < powers.count || j < other.powers.count {
            if j == other.powers.count || (i < powers.count && Power.precedes(powers[i], other.powers[j])) {
                result.append(powers[i])
                i += 1
            } else if i == powers.count || Power.precedes(other.powers[j], powers[i]) {
                result.append(Power(base: other.powers[j].base, exponent: sign * other.powers[j].exponent))
                j += 1
            } else {
                let exponent = powers[i].exponent + sign * other.powers[j].exponent
                if exponent != 0 { result.append(Power(base: powers[i].base, exponent: exponent)) }
                i += 1
                j += 1
            }
        }
        return Unit(ordered: result)
    }

    /// The power of `base` in this unit; 0 when it has none.
    func power(of base: CountUnit) -> Int {
        powers.first { $0.base == base }?.exponent ?? 0
    }

    var isNone: Bool { powers.isEmpty }

    /// This unit per year: what `phase` spreads, and what a yearly figure of it is in a model of
    /// months or quarters.
    var perYear: Unit { divided(by: .base(.year)) }
    var isMoney: Bool { self == .money }

    /// Amounts and counts add up across years and practices; rates and ratios do not.
    var isAdditive: Bool { !powers.isEmpty && powers.allSatisfy { $0.exponent > 0 } }

    /// Hours a week add up across practices (each has its own), though not across years.
    var isAdditiveAcrossMembers: Bool {
        isAdditive || (powers.contains { $0.exponent > 0 } && powers.allSatisfy { $0.exponent > 0 || $0.base == .week })
    }

    /// `£`, `patients`, `£ per patient`, `hours per week`, or empty for a plain number.
    ///
    /// Pounds come first, then the other bases by their singular word: the powers' own order
    /// with the pound moved to the front, so the words are written in one pass, as the report
    /// spells the unit of every line it shows.
    public var description: String {
        // The commonest units, one base to the power 1: `£`, `patients`.
        if powers.count == 1, powers[0].exponent == 1 { return powers[0].base.plural }
        let spelt = powers.filter { $0.base == .pound } + powers.filter { $0.base != .pound }
        var text = ""
        for power in spelt where power.exponent > 0 {
            if !text.isEmpty { text += " " }
            text += power.exponent == 1 ? power.base.plural : "\(power.base.plural)^\(power.exponent)"
        }
        if text.isEmpty, powers.contains(where: { $0.exponent < 0 }) { text = "1" }
        for power in spelt where power.exponent < 0 {
            text += " per "
            text += power.exponent == -1 ? power.base.singular : "\(power.base.singular)^\(-power.exponent)"
        }
        return text
    }
}

extension Unit.Power {
    /// The one order of a unit's powers: by the base's singular word, then its plural.
    static func precedes(_ a: Unit.Power, _ b: Unit.Power) -> Bool {
        a.base.singular != b.base.singular ? a.base.singular < b.base.singular : a.base.plural < b.base.plural
    }
}

/// The unit words a scenario may write, and the base unit and factor each stands for.
///
/// A word is singular or plural (`patient`, `patients`); `minutes` are sixtieths of an hour, so
/// 45 minutes per 1,000 patients and hours per week compare correctly. Scenarios add their own
/// words with `unit pharmacist, pharmacists`.
struct UnitCatalogue: Sendable {
    struct Entry: Sendable {
        let base: CountUnit?    // nil: the word carries no dimension (`year` in `per year`)
        let factor: Exact       // how many base units one of this word is
    }

    private(set) var entries: [String: Entry] = [:]
    /// Periods in a year: 1 in a yearly model, 4 or 12 in a model of quarters or months.
    private(set) var periodsPerYear = 1

    static let builtIn: UnitCatalogue = {
        var catalogue = UnitCatalogue()
        for unit in CountUnit.builtIn { catalogue.add(unit) }
        let sixtieth = try! Exact(numerator: 1, denominator: 60)
        catalogue.entries["minute"] = Entry(base: .hour, factor: sixtieth)
        catalogue.entries["minutes"] = Entry(base: .hour, factor: sixtieth)
        for word in ["year", "years", "annum"] {
            catalogue.entries[word] = Entry(base: nil, factor: .one)
        }
        // A month and a quarter are fractions of the year each line is a figure for: `9 months`
        // is 0.75 and `£100 per month` is £1,200 a year (docs/language.md, "Time").
        let twelfth = try! Exact(numerator: 1, denominator: 12), fourth = try! Exact(numerator: 1, denominator: 4)
        for word in ["month", "months"] { catalogue.entries[word] = Entry(base: nil, factor: twelfth) }
        for word in ["quarter", "quarters"] { catalogue.entries[word] = Entry(base: nil, factor: fourth) }
        return catalogue
    }()

    /// The time words of a model counted in `granularity` shorter than a year: the model's period
    /// and any shorter one are fractions of it, as a month is of a year in a yearly model; a
    /// longer one is the dimension `year`, so a yearly amount (`£120,000 per year`) stays one
    /// until it is phased, and a yearly rate (`£1.50 per patient per year`) is divided exactly
    /// by `resolve` (÷12 in a monthly model).
    mutating func count(in granularity: PeriodAxis.Granularity) {
        guard granularity != .year else { return }
        periodsPerYear = granularity.periodsPerYear
        let month = try! Exact(numerator: 1, denominator: 3)  // of a quarter
        let year = Entry(base: .year, factor: .one)
        for word in ["year", "years", "annum"] { entries[word] = year }
        for word in ["month", "months"] {
            entries[word] = granularity == .month ? Entry(base: nil, factor: .one) : Entry(base: nil, factor: month)
        }
        for word in ["quarter", "quarters"] {
            entries[word] = granularity == .quarter ? Entry(base: nil, factor: .one) : Entry(base: .year, factor: try! Exact(numerator: 1, denominator: 4))
        }
    }

    /// A unit word pair: built in, or declared with `unit pharmacist, pharmacists`.
    mutating func add(_ unit: CountUnit) {
        let entry = Entry(base: unit, factor: .one)
        entries[unit.singular] = entry
        entries[unit.plural] = entry
    }

    func entry(_ word: String) -> Entry? { entries[word] }

    var words: [String] { Array(entries.keys) }
}

extension CountUnit {
    /// A financial year as a dimension: only in a model of months or quarters, where a figure
    /// per year is not the figure of a period.
    static let year = CountUnit(singular: "year", plural: "years")
}

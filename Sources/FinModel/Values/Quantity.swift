/// What is being counted: patients, practices, hours, days, appointments or FTE posts.
///
/// A unit carries the words used to print a count, so reports read "6,254 patients" and
/// "1 practice". Rates and quantities must agree on their unit before they multiply.
///
///     CountUnit.patient.plural   // "patients"
///     CountUnit.fte.plural       // "FTE"
public struct CountUnit: Sendable, Hashable, CustomStringConvertible {
    /// The word for one: "patient".
    public let singular: String
    /// The word for any other count: "patients".
    public let plural: String

    /// A unit with its two spellings; units are equal when both spellings are.
    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }

    /// A registered patient on a practice list.
    public static let patient = CountUnit(singular: "patient", plural: "patients")
    /// A GP practice.
    public static let practice = CountUnit(singular: "practice", plural: "practices")
    /// An hour of staff time.
    public static let hour = CountUnit(singular: "hour", plural: "hours")
    /// A day of staff time.
    public static let day = CountUnit(singular: "day", plural: "days")
    /// A booked appointment.
    public static let appointment = CountUnit(singular: "appointment", plural: "appointments")
    /// A full-time-equivalent post; printed "FTE" whatever the count.
    public static let fte = CountUnit(singular: "FTE", plural: "FTE")
    /// A week, in rates such as hours per week.
    public static let week = CountUnit(singular: "week", plural: "weeks")
    /// A clinic session.
    public static let session = CountUnit(singular: "session", plural: "sessions")
    /// A person, as in staff counted by head.
    public static let person = CountUnit(singular: "person", plural: "people")
    /// The pound sterling, when it stands in a unit such as `£ per patient`; never pluralised.
    public static let pound = CountUnit(singular: "£", plural: "£")

    /// The count units every scenario knows, the one list the scenario language's unit words
    /// are built from (minutes are sixtieths of an hour there, not a unit of their own).
    public static let builtIn: [CountUnit] = [.patient, .practice, .hour, .day, .week, .appointment, .session, .fte, .person]

    /// The regular English plural, for `unit pharmacy` written without one: pharmacy →
    /// pharmacies, clinic → clinics, coach → coaches. Irregular words are declared in full.
    static func regularPlural(of word: String) -> String {
        let lower = word.lowercased()
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lower.hasSuffix("y"), lower.count > 1, !vowels.contains(lower[lower.index(lower.endIndex, offsetBy: -2)]) {
            return word.dropLast() + "ies"
        }
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return word + "es" }
        return word + "s"
    }

    /// The singular word: "patient".
    public var description: String { singular }

    /// The word for `amount` of this unit: singular for exactly one, plural otherwise.
    ///
    ///     CountUnit.day.word(for: 1)                    // "day"
    ///     CountUnit.day.word(for: try Exact(numerator: 3, denominator: 2))   // "days"
    func word(for amount: Exact) -> String {
        amount == .one ? singular : plural
    }
}

/// An exact count of something: 93,492 patients, 15 days, 2.5 FTE.
///
///     Quantity(Exact(93_492), .patient)
public struct Quantity: Sendable, Hashable {
    /// How many, exactly; may be fractional (1.5 days) or negative (a reduction).
    public let amount: Exact
    /// What is counted.
    public let unit: CountUnit

    /// `amount` of `unit`.
    public init(_ amount: Exact, _ unit: CountUnit) {
        self.amount = amount
        self.unit = unit
    }
}

extension Quantity: CustomStringConvertible {
    /// The count and its word: "6,254 patients", "1 day", "1.5 days", "1/3 FTE".
    public var description: String {
        let number = amount.decimalPlaces.map { amount.decimalText(places: $0, rule: .towardZero, grouping: true) }
        return "\(number ?? amount.description) \(unit.word(for: amount))"
    }
}

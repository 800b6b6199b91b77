import Synchronization

/// The units a checker has resolved, kept by how they are written: a scenario writes the same
/// few units on thousands of lines (`£3.17 per patient`), and resolving one looks up each word
/// and divides exact factors, where finding it again compares a few short words.
///
/// A class behind a lock: a checker is a value, copied into each evaluator, and its copies share
/// what any of them resolved. Only units that resolve are kept; a mistake is worked out, and
/// reported at the place it is written, each time it is met.
final class UnitResolutions: Sendable {
    private struct Entry: Sendable {
        let words: [UnitSyntax.Word]
        let divisor: Exact
        let isMoney: Bool
        let unit: Unit
        let factor: Exact

        /// Whether `syntax` is written as this entry's unit was: the same words with the same
        /// powers, and the same divisor; where they are written does not matter.
        func matches(_ syntax: UnitSyntax, isMoney: Bool) -> Bool {
            guard self.isMoney == isMoney, words.count == syntax.words.count, divisor == syntax.divisor else { return false }
            for (kept, written) in zip(words, syntax.words) where kept.exponent != written.exponent || kept.name != written.name {
                return false
            }
            return true
        }
    }

    /// More distinct units than a real scenario writes; past it, a unit is resolved each time.
    private static let capacity = 32
    private let entries = Mutex<[Entry]>([])

    /// `syntax` resolved in `catalogue` (`UnitCatalogue.resolve`); for an amount of money
    /// (`isMoney`, as in `£3.17 per patient`), the unit is pounds times the written unit.
    func resolve(_ syntax: UnitSyntax, isMoney: Bool, in catalogue: UnitCatalogue) throws(Diagnostic) -> (unit: Unit, factor: Exact) {
        let found: (Unit, Exact)? = entries.withLock { entries in
            for entry in entries where entry.matches(syntax, isMoney: isMoney) { return (entry.unit, entry.factor) }
            return nil
        }
        if let found { return found }
        var (unit, factor) = try catalogue.resolve(syntax)
        if isMoney { unit = Unit.money.multiplied(by: unit) }
        let entry = Entry(words: syntax.words, divisor: syntax.divisor, isMoney: isMoney, unit: unit, factor: factor)
        entries.withLock { entries in
            if entries.count < Self.capacity { entries.append(entry) }
        }
        return (unit, factor)
    }
}

import Testing
@testable import FinModel

/// Unit words: the regular plural a declared unit takes when none is written.
@Suite struct CountUnitTests {
    @Test(arguments: [
        ("pharmacy", "pharmacies"), ("day", "days"), ("survey", "surveys"), ("clinic", "clinics"),
        ("coach", "coaches"), ("box", "boxes"), ("bus", "buses"), ("dish", "dishes"),
    ])
    func aRegularPluralFollowsEnglishSpelling(_ singular: String, _ plural: String) {
        #expect(CountUnit.regularPlural(of: singular) == plural)
    }

    @Test func aDeclaredUnitPrintsItsOwnPlural() {
        let locum = CountUnit(singular: "locum", plural: "locum doctors")
        #expect(Unit.base(locum).description == "locum doctors")
        #expect(Unit.money.divided(by: .base(locum)).description == "£ per locum")
    }

    @Test func everyBuiltInUnitIsAUnitWordOfTheLanguage() {
        for unit in CountUnit.builtIn {
            #expect(UnitCatalogue.builtIn.entry(unit.singular)?.base == unit)
            #expect(UnitCatalogue.builtIn.entry(unit.plural)?.base == unit)
        }
    }
}

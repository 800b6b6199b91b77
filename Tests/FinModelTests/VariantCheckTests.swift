import Testing
@testable import FinModel

/// Every variant is checked whenever a scenario is prepared, not only the one chosen: a mistake
/// in a variant stops `run`, `check`, `report` and `export` of the base model too.
@Suite struct VariantCheckTests {
    static func scenario(variants: String) throws -> Scenario {
        let text = """
            title "Variants"
            years 2019/20 to 2019/20

            input practice_contribution = £0.00 per patient
            input patients = 325,000 patients
            running_costs = £178,561.20

            \(variants)
            table "Income":
              contributions = yearly(practice_contribution * patients)

            """
        return try #require(Scenario.load(path: "variants.scenario", text: text, files: .none).0)
    }

    /// The errors of preparing the base model, as "line:column: message".
    static func errors(variants: String) throws -> [String] {
        let (prepared, diagnostics) = try scenario(variants: variants).prepare()
        let errors = diagnostics.filter(\.isError)
        #expect((prepared == nil) == !errors.isEmpty)
        return errors.map { "\($0.span!.line): \($0.message)" }
    }

    @Test(arguments: [
        ("variant typo:\n  practice_contributon = £0.50 per patient\n", "9: unknown input 'practice_contributon'"),
        ("variant unit:\n  practice_contribution = £0.50\n", "9: 'practice_contribution' is '£ per patient' (one value), but this is '£' (one value)"),
        ("variant name:\n  practice_contribution = unknown_rate * 2\n", "9: unknown name 'unknown_rate'"),
        ("variant computed:\n  running_costs = £1\n", "9: 'running_costs' is a computed line, not an input"),
        ("variant loop:\n  patients = patients + 1 patients\n", "9: 'patients' depends on itself: 'patients' uses 'patients'"),
    ])
    func aMistakeInAVariantIsReportedAtItsLineWhenTheBaseIsPrepared(_ variant: String, expected: String) throws {
        #expect(try Self.errors(variants: variant) == [expected])
    }

    @Test func correctVariantsPassAndAreCheckedCheaply() throws {
        let variants = "variant fifty:\n  practice_contribution = £0.50 per patient\n\nvariant twice:\n  practice_contribution = £0.25 per patient * 2\n"
        #expect(try Self.errors(variants: variants) == [])
        let scenario = try Self.scenario(variants: variants)
        #expect(scenario.prepare(variant: "twice").0 != nil)
    }

    @Test func theChosenVariantIsReportedOnceAndTheOthersToo() throws {
        let variants = "variant a:\n  practice_contribution = £1\n\nvariant b:\n  patients = £2\n"
        let (prepared, diagnostics) = try Self.scenario(variants: variants).prepare(variant: "a")
        #expect(prepared == nil)
        #expect(diagnostics.filter(\.isError).map { $0.span!.line } == [9])
        // The chosen variant's own mistake stops the preparation before the others are looked at.
        let (_, base) = try Self.scenario(variants: variants).prepare()
        #expect(base.filter(\.isError).map { $0.span!.line } == [9, 12])
    }
}

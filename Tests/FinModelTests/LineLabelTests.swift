import Testing
@testable import FinModel

/// A line without a label is shown by its name, `_` as spaces and a capital first letter;
/// the bytewise path for ASCII names gives what the general one gives.
@Suite struct LineLabelTests {
    @Test(arguments: [
        ("total_income", "Total income"), ("surplus", "Surplus"), ("x", "X"), ("_private", " private"),
        ("fee_2019_20", "Fee 2019 20"), ("Already_capital", "Already capital"), ("élan_vital", "Élan vital"),
        ("ßeta", "SSeta"), ("a__b", "A  b"),
    ])
    func aNameReadsAsALabel(_ name: String, _ label: String) {
        #expect(ReportBuilder.label(for: name) == label)
    }

    @Test func everyASCIINameGivesTheGeneralLabel() {
        let letters = Array("abcxyzABCXYZ019_")
        for first in letters {
            for second in letters {
                let name = String([first, second, "_", second])
                let general = name.map { $0 == "_" ? " " : String($0) }.joined()
                #expect(ReportBuilder.label(for: name) == general.prefix(1).uppercased() + general.dropFirst())
            }
        }
    }
}

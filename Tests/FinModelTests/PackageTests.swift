import Testing
@testable import FinModel

@Test func versionIsSemantic() {
    #expect(FinModel.version.split(separator: ".").count == 3)
}

import Foundation
import Testing
@testable import FinModel

/// The fuzzer's promises, checked on every shipped scenario, bad-input fixture and former crash.
@Suite struct FuzzOracleTests {
    static func inputs() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var found: [String] = []
        for folder in ["Scenarios", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".scenario") {
                found.append(base.appendingPathComponent(path).path)
            }
        }
        return found.sorted()
    }

    @Test func thereAreInputsToCheck() {
        #expect(Self.inputs().count >= 40)
    }

    @Test(arguments: inputs())
    func everyInputKeepsTheFuzzersPromises(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(FuzzOracle.violations(bytes) == [], "\(path)")
    }
}

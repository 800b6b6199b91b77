import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The seed property tests start from: `FINMODEL_SEED` (decimal or 0x-hex) when set, else a fixed one.
let propertySeed: UInt64 = {
    guard let text = ProcessInfoLite.environment("FINMODEL_SEED") else { return 0x5EED_F1A0_2019_2020 }
    if text.hasPrefix("0x") { return UInt64(text.dropFirst(2), radix: 16) ?? 0 }
    return UInt64(text) ?? 0
}()

/// Checks a property over `cases` generated cases, each from its own seed derived from `seed`.
///
/// `property` returns nil when the case holds, or a description of the counterexample. The first
/// failure is recorded with the seed and case number that reproduce it, and the run stops.
func checkProperty(
    cases: Int = 10_000, seed: UInt64 = propertySeed,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ property: (inout SeededGenerator) throws -> String?
) rethrows {
    for index in 0..<cases {
        let caseSeed = seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03
        var generator = SeededGenerator(seed: caseSeed)
        if let failure = try property(&generator) {
            let report = "property failed at case \(index) (FINMODEL_SEED=0x\(String(seed, radix: 16)), case seed 0x\(String(caseSeed, radix: 16))): \(failure)"
            print(report)
            Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
            return
        }
    }
}

/// Reads one environment variable without Foundation.
enum ProcessInfoLite {
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

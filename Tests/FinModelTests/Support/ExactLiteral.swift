@testable import FinModel

/// An exact value from test text: a fraction "-3/4" or a plain decimal "1,234.5".
///
/// Test tables pass values as text rather than as `Exact`: on Swift 6.3 for Linux, a
/// parameterised test whose argument tuple mixes `Exact` (16-byte aligned, it holds `Int128`)
/// with other element types can crash the test runner.
func x(_ text: String) -> Exact {
    let parts = text.split(separator: "/")
    if parts.count == 2 {
        return try! Exact(numerator: Int128(parts[0])!, denominator: Int128(parts[1])!)
    }
    return try! Exact(parsingDecimal: text[...])
}

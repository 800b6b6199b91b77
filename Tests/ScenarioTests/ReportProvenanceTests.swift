import Foundation
import Testing
@testable import scenario

/// The report's date and short hash: SHA-256 against the FIPS 180-4 examples, and the date
/// from `SOURCE_DATE_EPOCH` or today.
@Suite struct ReportProvenanceTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardsExamples(_ text: String, _ hex: String) {
        #expect(SHA256.hex(Array(text.utf8)) == hex)
    }

    /// Messages of 55 to 64 bytes need a second block for the length: the padding's edge.
    @Test func sha256PadsAcrossABlockBoundary() {
        #expect(SHA256.hex(Array(String(repeating: "a", count: 55).utf8)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 56).utf8)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 64).utf8)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test(arguments: [
        ("0", "1 January 1970"),
        ("1543708800", "2 December 2018"),
        ("1554076799", "31 March 2019"),
        ("1554076800", "1 April 2019"),
    ])
    func sourceDateEpochDatesTheReportInUTC(_ seconds: String, _ date: String) throws {
        let result = ReportProvenance.date(environment: ["SOURCE_DATE_EPOCH": seconds], now: Date(timeIntervalSince1970: 0))
        #expect(try result.get() == date)
    }

    @Test func withoutSourceDateEpochTheReportIsDatedToday() throws {
        let now = Date()
        let text = try ReportProvenance.date(environment: [:], now: now).get()
        #expect(text == ReportProvenance.dayText(now, in: .current))
        #expect(text.hasSuffix(" \(Calendar.current.component(.year, from: now))"))
    }

    @Test(arguments: ["-1", "1.5", "tomorrow", "99999999999999999999"])
    func aSourceDateEpochThatIsNotWholeSecondsIsRefused(_ seconds: String) {
        let result = ReportProvenance.date(environment: ["SOURCE_DATE_EPOCH": seconds], now: Date())
        #expect(throws: UsageError.self) { try result.get() }
    }
}

import FinModel
import Foundation

/// What a report says about where it came from: the day it is dated and a short hash of the
/// scenario file, so a printed copy on a board table can be matched to the file it was made from.
///
/// The date is reproducible: `SOURCE_DATE_EPOCH` (whole seconds since 1 January 1970, UTC), when
/// set, dates the report, so a report made twice from one file is the same byte for byte (the
/// transcripts and tests set it); otherwise the report is dated today, in the local time zone.
///
///     ReportProvenance.date(environment: ["SOURCE_DATE_EPOCH": "1543708800"], now: Date())
///     // .success("2 December 2018")
enum ReportProvenance {
    /// The report's date as people write it, or a usage error for a `SOURCE_DATE_EPOCH` that is
    /// not a whole number of seconds.
    static func date(environment: [String: String], now: Date) -> Result<String, UsageError> {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else {
            return .success(dayText(now, in: .current))
        }
        guard let seconds = Int64(text), seconds >= 0, seconds <= 253_402_300_799 else {
            return .failure(UsageError(
                message: "SOURCE_DATE_EPOCH must be whole seconds since 1970, found '\(text)'",
                help: "set it to a date such as $(date +%s), or unset it to date the report today"))
        }
        return .success(dayText(Date(timeIntervalSince1970: TimeInterval(seconds)), in: TimeZone(identifier: "UTC")!))
    }

    /// `2 December 2018`: the day, the month's name and the year, as a board paper dates itself.
    static func dayText(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return "\(parts.day!) \(monthNames[parts.month! - 1]) \(parts.year!)"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The first 12 hex digits of the SHA-256 of the bytes read, as `sha256sum` starts.
    ///
    /// Of the bytes the scenario was loaded from, not the file read again: standard input and a
    /// FIFO cannot be read twice, and a file changed since would be hashed as it is not modelled.
    static func shortHash(of bytes: [UInt8]) -> String {
        String(SHA256.hex(bytes).prefix(12))
    }
}

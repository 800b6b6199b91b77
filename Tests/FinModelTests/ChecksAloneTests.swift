import Foundation
import Testing
import FinModel

/// `Scenario.evaluateChecks` (what `scenario check` runs) builds the checks without the tables'
/// lines: it must give the same checks, and the same diagnostics, as the full report, on every
/// scenario and fixture in the repository, including those whose tables fail to show.
@Suite struct ChecksAloneTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `.scenario` under Scenarios/ and Tests/Fixtures/, as paths from the repository.
    static func scenarioPaths() -> [String] {
        var paths: [String] = []
        for folder in ["Scenarios", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "scenario" {
                paths.append(folder + "/" + url.path.dropFirst(base.path.count + 1))
            }
        }
        return paths.sorted()
    }

    /// Files read from the folder of the file that names them, as the command line reads them.
    static let files = FileAccess(readingRelativeTo: { path, including throws(FileAccess.Failure) in
        let url = URL(fileURLWithPath: including).deletingLastPathComponent().appendingPathComponent(path)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw FileAccess.Failure(message: "cannot read '\(path)'", help: "")
        }
        return (url.path, text)
    })

    /// A check result as every field it is printed from.
    static func describe(_ check: CheckResult) -> String {
        "\(check.path):\(check.line):\(check.column) \(check.label) [\(check.place)] stated \(check.stated) computed \(check.computed) "
            + "tolerance \(check.tolerance) relative \(check.toleranceIsRelative) \(check.comparison) \(check.verdict) "
            + "\(check.format) expected \(check.expected ?? "-") list \(check.list ?? "-")"
    }

    @Test func checksAloneAreTheReportsChecks() throws {
        let paths = Self.scenarioPaths()
        #expect(paths.count > 100, "found only \(paths.count) scenarios")
        var compared = 0, failing = 0
        for path in paths {
            let url = Self.root.appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let (loaded, _) = Scenario.load(path: url.path, text: text, files: Self.files)
            guard let scenario = loaded else { continue }
            let (report, reportDiagnostics) = scenario.evaluate()
            let (checks, checkDiagnostics) = scenario.evaluateChecks()
            #expect(checkDiagnostics == reportDiagnostics, "\(path): diagnostics differ")
            #expect((report == nil) == (checks == nil), "\(path): one gave figures and the other did not")
            #expect(report?.checks.map(Self.describe) == checks?.map(Self.describe), "\(path): checks differ")
            compared += 1
            if report == nil { failing += 1 }
        }
        // Both kinds are compared: scenarios that evaluate, and ones whose evaluation fails.
        #expect(compared > 100)
        #expect(failing > 0)
    }

    @Test func aTableThatCannotShowItsFiguresFailsTheChecksToo() throws {
        let path = Self.root.appendingPathComponent("Tests/Fixtures/render/display-conversion-overflow.scenario")
        let (loaded, _) = Scenario.load(path: path.path, text: try String(contentsOf: path, encoding: .utf8), files: Self.files)
        let scenario = try #require(loaded)
        let (checks, diagnostics) = scenario.evaluateChecks()
        #expect(checks == nil)
        #expect(diagnostics.contains { $0.message.contains("too large to show") })
    }
}

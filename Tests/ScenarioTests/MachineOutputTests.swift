import FinModel
import Foundation
import Testing

/// What programs read is exact: `scenario run --format csv` writes every figure with all its
/// decimals (or as a fraction), so every total in the CSV is exactly the sum of the figures it
/// totals, as a program adding them up would find.
@Suite struct MachineOutputTests {
    /// Every shipped scenario, and the fixture made of figures whose decimals never end.
    static let scenarios: [String] = {
        let folder = TranscriptRunner.packageRoot.appendingPathComponent("Scenarios")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".scenario") }.sorted()
        return files.map { "Scenarios/" + $0 } + ["Tests/Fixtures/render/machine-outputs-exact.scenario"]
    }()

    /// A CSV figure as the exact value it stands for: `-2083.00`, `+4.00`, `1/3`; nil for text.
    static func value(_ text: String) -> Exact? {
        let unsigned = text.hasPrefix("+") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: "/")
        if parts.count == 2, let numerator = Int128(parts[0]), let denominator = Int128(parts[1]) {
            return try? Exact(numerator: numerator, denominator: denominator)
        }
        return try? Exact(parsingDecimal: unsigned)
    }

    static func sum(_ values: [Exact]) -> Exact {
        values.reduce(Exact.zero) { (try? $0.adding($1)) ?? $0 }
    }

    /// The labels of lines whose total the scenario states (`total: ...`) rather than adds up.
    static func statedTotals(in path: String) throws -> Set<String> {
        let source = try String(contentsOf: TranscriptRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
        return Set(source.split(separator: "\n").compactMap { line in
            guard line.contains("total:"), !line.contains("total: none"), let label = line.firstMatch(of: /"([^"]*)"/) else { return nil }
            return String(label.1)
        })
    }

    @Test(arguments: scenarios)
    func everyTotalInTheCSVIsTheExactSumOfItsFigures(_ path: String) throws {
        let csv = try TranscriptRunner.forPackage().run(command: "scenario run \(path) --format csv")
        try #require(csv.termination == .exit(0), "\(csv.stderr)")
        let stated = try Self.statedTotals(in: path)
        var compared = 0
        for block in csv.stdout.components(separatedBy: "\r\n\r\n") where !block.isEmpty {
            let table = try CSVReader.read(block)
            let rows = table.rows.map { $0.fields.map(\.text) }
            let header = table.header.map(Self.withoutUnit)
            let isByList = header.first == "name"
            // Across: each `total` column against the figures of its group to its left.
            for (column, heading) in header.enumerated() where heading == "total" || heading.hasSuffix(" total") {
                let group = String(heading.dropLast("total".count))
                // `total` adds the year columns; `Share total` adds `Share 2019/20`, `Share 2020/21`.
                let parts = header.indices.filter { index in
                    index < column && header[index].hasPrefix(group) && Self.isYear(String(header[index].dropFirst(group.count)))
                }
                for row in rows where column < row.count {
                    guard !stated.contains(row[0]), !stated.contains(String(group.dropLast())), let total = Self.value(row[column]) else { continue }
                    let figures = parts.compactMap { $0 < row.count ? Self.value(row[$0]) : nil }
                    guard figures.count == parts.count, !figures.isEmpty else { continue }
                    #expect(Self.sum(figures) == total, "\(path) '\(row[0])' \(heading): \(row[column]) is not the sum of \(parts.map { row[$0] })")
                    compared += 1
                }
            }
            // Down: the total row of a table by list against the members above it.
            guard isByList, let totalRow = rows.last, totalRow.first == "total" else { continue }
            for column in 1..<header.count where column < totalRow.count {
                let heading = header[column]
                guard !stated.contains(where: { heading == $0 || heading.hasPrefix($0 + " ") }), let total = Self.value(totalRow[column]) else { continue }
                let figures = rows.dropLast().compactMap { column < $0.count ? Self.value($0[column]) : nil }
                guard figures.count == rows.count - 1 else { continue }
                #expect(Self.sum(figures) == total, "\(path) column '\(heading)': \(totalRow[column]) is not the sum of the members")
                compared += 1
            }
        }
        #expect(compared > 0, "\(path): no total was compared")
    }

    /// A heading without the unit after it: `Contribution 2018/19 (£)` → `Contribution 2018/19`.
    static func withoutUnit(_ heading: String) -> String {
        guard heading.hasSuffix(")"), let open = heading.range(of: " (", options: .backwards) else { return heading }
        return String(heading[..<open.lowerBound])
    }

    static func isYear(_ text: String) -> Bool {
        // A financial year (`2019/20`) or, in a model of months, a month (`2018-09`).
        text.wholeMatch(of: /\d{4}\/\d{2}/) != nil || text.wholeMatch(of: /\d{4}-\d{2}/) != nil
    }

    /// Half a penny stays half a penny for machines, and a third stays a third.
    @Test func figuresFinerThanAPennyAreWrittenExactly() throws {
        let path = "Tests/Fixtures/render/machine-outputs-exact.scenario"
        let csv = try TranscriptRunner.forPackage().run(command: "scenario run \(path) --format csv").stdout
        #expect(csv.contains("Half a penny,£,0.005,0.005,0.01\r\n"))
        #expect(csv.contains("A third,£,1/3,1/3,2/3\r\n"))
        let json = try TranscriptRunner.forPackage().run(command: "scenario run \(path) --format json").stdout
        #expect(json.contains("\"2019/20\": \"0.005\""))
    }
}

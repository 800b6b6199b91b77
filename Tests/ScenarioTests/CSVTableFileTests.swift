import FinModel
import Foundation
import Testing

/// CSV for programs that read one table at a time: units in the headers, `--table NAME` for
/// one table, and `--output-dir DIR` for a file per table that holds exactly that table's block.
@Suite struct CSVTableFileTests {
    static let path = "Scenarios/nhse-pharmacists.scenario"

    @Test func everyFiguresUnitIsInAHeader() throws {
        let csv = try TranscriptRunner.forPackage().run(command: "scenario run \(Self.path) --format csv").stdout
        let headers = csv.components(separatedBy: "\r\n\r\n").compactMap { $0.components(separatedBy: "\r\n").first }
        #expect(headers.contains("line,unit,2018/19,2019/20,2020/21,2021/22,total"))
        #expect(headers.contains(#"name,Days a week (days),"Cost, year 1 (£)","Cost, years 2-4 average (£)",Share of time (fraction)"#))
        #expect(headers.contains("name,Contribution 2018/19 (£),Contribution 2019/20 (£),Contribution 2020/21 (£),Contribution 2021/22 (£),Contribution total (£)"))
        #expect(csv.contains("\r\nClinical pharmacists' pay,£,175860.00,"))
        #expect(csv.contains("\r\n£ per patient,£ per patient,1.93,1.97,2.01,2.05,1.99\r\n"))
    }

    @Test func tableNamePrintsOnlyThatTable() throws {
        let one = try TranscriptRunner.forPackage().run(command: "scenario run \(Self.path) --format csv --table 'Per practice'")
        try #require(one.termination == .exit(0), "\(one.stderr)")
        #expect(one.stdout.hasPrefix("name,Days a week (days),"))
        #expect(!one.stdout.contains("\r\n\r\n"), "more than one table")
    }

    @Test func outputDirWritesEachTableToAFileOfItsOwn() throws {
        let folder = try ExternalTool.temporaryFolder("csv-tables")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try TranscriptRunner.forPackage()
        let whole = try runner.run(command: "scenario run \(Self.path) --format csv --bom").stdout
        let written = try runner.run(command: "scenario run \(Self.path) --format csv --bom --output-dir \(folder.path)")
        try #require(written.termination == .exit(0), "\(written.stderr)")
        let names = [
            "costs.csv", "per-practice.csv", "practice-contributions-as-stated-no-uplift.csv",
            "practice-contributions-with-the-2-uplift.csv", "what-the-stated-contributions-leave-out.csv",
        ]
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names.sorted())
        #expect(written.stdout == names.map { "wrote \(folder.appendingPathComponent($0).path): '\(Self.title(of: $0))'\n" }.joined())
        // Each file is one block of the whole CSV, in order, each starting with the byte order mark.
        let blocks = String(whole.dropFirst()).components(separatedBy: "\r\n\r\n").map { $0.hasSuffix("\r\n") ? $0 : $0 + "\r\n" }
        for (name, block) in zip(names, blocks) {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(bytes == Data(("\u{FEFF}" + block).utf8), "\(name): \(String(decoding: bytes, as: UTF8.self))")
        }
    }

    static func title(of file: String) -> String {
        [
            "costs.csv": "Costs", "per-practice.csv": "Per practice",
            "practice-contributions-as-stated-no-uplift.csv": "Practice contributions as stated (no uplift)",
            "practice-contributions-with-the-2-uplift.csv": "Practice contributions with the 2% uplift",
            "what-the-stated-contributions-leave-out.csv": "What the stated contributions leave out",
        ][file]!
    }

    @Test(arguments: [("Costs", "costs"), ("Income & expenditure: 2019/20", "income-expenditure-2019-20"), ("££", ""), ("Équipe 1", "quipe-1")])
    func fileNamesAreMadeFromTitles(_ title: String, _ stem: String) {
        let document = OutputDocument(title: "t", sections: [
            OutputSection(.tables, title: "Tables", blocks: [.grid(OutputGrid(title: title, arrangement: .byYear, headers: [], columns: [], rows: []))]),
        ])
        #expect(CSVWriter.tableFiles(document).map(\.name) == [(stem.isEmpty ? "table-1" : stem) + ".csv"])
    }

    @Test func twoTablesWithOneTitleGetTwoFiles() {
        let grid = OutputGrid(title: "Costs", arrangement: .byYear, headers: [], columns: [], rows: [])
        let document = OutputDocument(title: "t", sections: [OutputSection(.tables, title: "Tables", blocks: [.grid(grid), .grid(grid)])])
        #expect(CSVWriter.tableFiles(document).map(\.name) == ["costs.csv", "costs-2.csv"])
    }
}

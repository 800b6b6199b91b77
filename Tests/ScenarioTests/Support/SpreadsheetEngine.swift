import FinModel
import Foundation

/// LibreOffice, run headless, as the spreadsheet engine that recalculates exported workbooks:
/// each workbook is opened, every formula recalculated, and every sheet saved as CSV.
///
/// A fresh user profile tells it to recalculate a workbook on loading (its setting for files
/// from other programs is to trust their cached values), so every figure it writes is one it
/// computed. It starts slowly (seconds), so all workbooks go through one run.
///
///     let sheets = try SpreadsheetEngine(office: url).recalculate([a, b], in: folder)
///     sheets[a]!["Costs"]   // the rows of sheet Costs of a, recalculated
enum SpreadsheetEngine {
    static let office = ExternalTool.find(["soffice", "libreoffice"])

    /// The profile setting: recalculate Excel files always (0), not never (1) or on asking (2).
    static let settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """

    /// Each workbook's sheets, by name, each a list of rows of fields as the engine wrote them.
    static func recalculate(_ workbooks: [URL], sheets: [URL: [String]], in folder: URL) throws -> [URL: [String: [[String]]]] {
        guard let office else { throw ExternalTool.Failure(description: "LibreOffice (soffice) not found") }
        let profile = folder.appendingPathComponent("profile/user", isDirectory: true)
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        try settings.write(to: profile.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("recalculated", isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // UTF-8, comma, quote; as stored, not as shown; every sheet (-1).
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
        // In a UTF-8 locale: in another, it writes no file for a sheet whose name is not ASCII.
        guard let env = ExternalTool.find(["env"]) else { throw ExternalTool.Failure(description: "env not found") }
        let run = try ExternalTool.run(env, [
            "LANG=C.UTF-8", "LC_ALL=C.UTF-8", office.path,
            "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
            "--headless", "--convert-to", filter, "--outdir", out.path,
        ] + workbooks.map(\.path), timeoutSeconds: 180)
        guard run.status == 0 else { throw ExternalTool.Failure(description: "soffice failed: \(run.stdout)\(run.stderr)") }
        // It names each sheet's file as it writes it ("Writing sheet Costs -> …/a-Costs.csv"),
        // workbook by workbook and sheet by sheet in order.
        var written: [String: [String]] = [:]
        var current: String?
        for line in (run.stdout + "\n" + run.stderr).split(separator: "\n") {
            if line.hasPrefix("convert "), let using = line.range(of: " using filter") {
                current = String(line[line.index(line.startIndex, offsetBy: 8)..<using.lowerBound])
            } else if line.hasPrefix("Writing sheet "), let arrow = line.range(of: " -> "), let current {
                written[current, default: []].append(String(line[arrow.upperBound...]))
            }
        }
        var result: [URL: [String: [[String]]]] = [:]
        for workbook in workbooks {
            let names = sheets[workbook] ?? []
            let files = written[workbook.path] ?? []
            guard files.count == names.count else {
                throw ExternalTool.Failure(description: "soffice wrote \(files.count) sheets of \(workbook.lastPathComponent), not \(names.count): \(run.stdout)\(run.stderr)")
            }
            var byName: [String: [[String]]] = [:]
            for (name, file) in zip(names, files) {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ExternalTool.Failure(description: "cannot read \(file), sheet \(name) of \(workbook.lastPathComponent)")
                }
                byName[name] = rows(text)
            }
            result[workbook] = byName
        }
        return result
    }

    /// CSV (RFC 4180) as rows of fields.
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"": if afterQuote { field.append("\"") }; quoted = true; afterQuote = false
            case ",": row.append(field); field = ""; afterQuote = false
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                (row, field, afterQuote) = ([], "", false)
            case "\r": continue
            default: field.append(character); afterQuote = false
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// A figure as the engine writes it (`179377.2`, `7%`, `1.5E-05`), as an exact value.
    static func number(_ text: String) -> Exact? {
        var body = text.trimmingCharacters(in: .whitespaces)
        var scale: Int128 = 1
        if body.hasSuffix("%") { body.removeLast(); scale = 100 }
        var exponent = 0
        if let e = body.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            exponent = Int(body[body.index(after: e)...]) ?? 0
            body = String(body[..<e])
        }
        guard var value = try? Exact(parsingDecimal: body) else { return nil }
        for _ in 0..<abs(exponent) {
            value = (try? exponent > 0 ? value.multiplied(by: Exact(10)) : value.divided(by: Exact(10))) ?? value
        }
        return try? value.divided(by: Exact(scale))
    }
}

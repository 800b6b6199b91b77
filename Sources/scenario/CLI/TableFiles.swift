import FinModel
import Foundation

/// `scenario run FILE --format csv --output-dir DIR`: each table in a CSV file of its own, named
/// by its title, for a program or a spreadsheet that reads one table at a time.
///
/// The folder must exist (a mistyped name should not quietly make a new one); each file is
/// written whole or not at all (`AtomicFile`), and a file of the same name is replaced. What was
/// written is listed on standard output, one line per file:
///
///     wrote reports/costs.csv: 'Costs'
enum TableFiles {
    /// Writes the files; nil on success, else the exit status after the error.
    static func write(_ document: OutputDocument, to folder: String, options: RenderOptions, protecting filesRead: FilesRead) -> ExitStatus? {
        var isDirectory: ObjCBool = false
        guard !folder.isEmpty, FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ScenarioCommand.usage(UsageError(
                message: "no folder '\(folder)' to write the tables in", help: "create the folder first, or choose another with --output-dir"))
        }
        let files = CSVWriter.tableFiles(document, byteOrderMark: options.byteOrderMark, guardsFormulas: !options.csvRawText)
        var written = ""
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            if let problem = AtomicFile.write(file.text, to: path, protecting: filesRead) {
                Output.out(written)
                return ScenarioCommand.usage(UsageError(message: problem, help: "the files listed above were written; this one and those after it were not"))
            }
            written += "wrote \(path): '\(TerminalText.visible(file.title))'\n"
        }
        Output.out(written)
        return nil
    }
}

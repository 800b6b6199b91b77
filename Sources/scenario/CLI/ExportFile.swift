import FinModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `report` and `export` write: the `--output` path, checked before any work is done and
/// written whole or not at all (through `AtomicFile`), never over the scenario being read.
enum ExportFile {
    /// The `--output` path, or the usage error to stop with: it is missing, it names the
    /// scenario itself, or its folder does not exist or cannot be written to.
    static func destination(_ context: CommandContext, example: String) -> Result<String, UsageError> {
        let subcommand = OutputFormat(path: example) == .xlsx ? "export" : "report"
        guard let path = context.arguments.value("output"), !path.isEmpty else {
            return .failure(UsageError(message: "\(subcommand) needs --output FILE",
                                       help: "write: scenario \(subcommand) \(context.path) --output \(example)"))
        }
        if sameFile(path, context.path) {
            return .failure(UsageError(message: "'\(path)' is the scenario file itself",
                                       help: "choose another name for the output, such as \(example)"))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderPath = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(UsageError(message: "no folder '\(folder)' to write '\(path)' in",
                                       help: "create the folder first, or choose another path"))
        }
        guard access(folderPath, W_OK) == 0 else {
            return .failure(UsageError(message: "cannot write in the folder '\(folderPath)'",
                                       help: "choose a folder you may write to"))
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .failure(UsageError(message: "'\(path)' is a folder", help: "name a file: \((path as NSString).appendingPathComponent(example))"))
        }
        return .success(path)
    }

    /// Writes the whole file atomically; nil on success, else the exit status after the error.
    static func write(_ data: Data, to path: String, context: CommandContext) -> ExitStatus? {
        guard let problem = AtomicFile.write(data, to: path, protecting: [context.path]) else { return nil }
        return ScenarioCommand.usage(UsageError(message: problem, help: "nothing was written; the file is as it was"))
    }

    /// As `run` does: the report is written, and failed checks are pointed out on standard error.
    static func warnAboutFailedChecks(_ report: Report, path: String) -> ExitStatus {
        let failed = report.checks.filter { !$0.passed }
        if !failed.isEmpty {
            Output.error("warning: \(failed.count) of \(report.checks.count) checks failed; 'scenario check \(path)' shows each\n")
        }
        return .success
    }

    /// Whether two paths name one file, following symbolic links.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolved(a) == resolved(b)
    }
}

import FinModel
import Foundation

/// Where `report` and `export` write: the `--output` path, checked and opened before any work is
/// done (`OutputTarget`, `PendingOutput`), and never a file the model reads.
///
/// `--output -` writes to standard output (the HTML page, or the workbook's bytes). Any other
/// path is found physically: a device or FIFO is written as a stream, a link is followed to
/// the file it points to, and a regular file is replaced whole or not at all, keeping its mode.
/// A target that is the scenario, a file it includes or a CSV list it reads (the same device
/// and inode, through any link or `..`) is refused with exit status 2.
enum ExportFile {
    /// The opened `--output`, or the usage error to stop with: it is missing, it is a file the
    /// model reads, or it cannot be written.
    static func destination(_ context: CommandContext, example: String) -> Result<PendingOutput, UsageError> {
        let subcommand = OutputFormat(path: example) == .xlsx ? "export" : "report"
        guard let path = context.arguments.value("output"), !path.isEmpty else {
            return .failure(UsageError(message: "\(subcommand) needs --output FILE",
                                       help: "write: scenario \(subcommand) \(context.path) --output \(example)"))
        }
        let target: OutputTarget
        switch OutputTarget.find(path, example: example, allowingStandardOutput: true) {
        case .success(let found): target = found
        case .failure(let problem): return .failure(UsageError(message: problem.message, help: problem.help))
        }
        if let identity = target.identity, let read = context.filesRead.path(of: identity) {
            if context.filesRead.isScenario(identity) {
                return .failure(UsageError(message: "'\(path)' is the scenario file itself",
                                           help: "choose another name for the output, such as \(example)"))
            }
            let what = read == path ? "'\(path)' is a file the scenario reads" : "'\(path)' is '\(read)', a file the scenario reads"
            return .failure(UsageError(message: what,
                                       help: "choose another name for the output, such as \(example); writing it would replace the model's own data"))
        }
        switch PendingOutput.open(target, typed: path) {
        case .success(let pending): return .success(pending)
        case .failure(let problem): return .failure(UsageError(message: problem.message, help: problem.help))
        }
    }

    /// Writes the whole output; nil on success, else the exit status after the error.
    static func write(_ bytes: [UInt8], to output: PendingOutput) -> ExitStatus? {
        guard let problem = output.commit(bytes) else { return nil }
        return ScenarioCommand.usage(UsageError(message: problem.message, help: problem.help))
    }

    /// The line saying what was written, on standard output, unless standard output was the
    /// output itself.
    static func announce(_ output: PendingOutput, _ summary: String) {
        guard output.target != .standardOutput else { return }
        Output.out("wrote \(output.typed): \(summary)\n")
    }

    /// As `run` does: the report is written, and failed checks are pointed out on standard error.
    static func warnAboutFailedChecks(_ report: Report, path: String) -> ExitStatus {
        let failed = report.checks.filter { !$0.passed }
        if !failed.isEmpty {
            Output.error("warning: \(failed.count) of \(report.checks.count) checks failed; 'scenario check \(path)' shows each\n")
        }
        return .success
    }
}

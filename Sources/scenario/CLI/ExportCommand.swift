import FinModel
import Foundation

/// `scenario export FILE --output model.xlsx [--variant NAME]`: the workbook (`--output -`: its
/// bytes on standard output).
enum ExportCommand {
    static let usage = "scenario export FILE --output model.xlsx [--variant NAME]"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "export", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let output: PendingOutput
        switch ExportFile.destination(context, example: "model.xlsx") {
        case .success(let opened): output = opened
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let (evaluated, diagnostics) = context.scenario.evaluate(overrides: context.overrides, variant: context.arguments.value("variant"))
        Output.diagnostics(diagnostics)
        guard let report = evaluated else { return .badInput }
        let workbook: [UInt8]
        do throws(ZipArchiveError) {
            workbook = try XLSXWriter.write(OutputDocument(report: report, overridden: Set(context.overrides.map(\.name))))
        } catch {
            return ScenarioCommand.usage(UsageError(message: "cannot make the workbook: \(error.message)", help: "export fewer or smaller tables"))
        }
        if let status = ExportFile.write(workbook, to: output) { return status }
        ExportFile.announce(output, ReportCommand.count(report.tables.count + 1, "sheet"))
        return ExportFile.warnAboutFailedChecks(report, path: context.path)
    }
}

import FinModel
import Foundation

/// `scenario export FILE --output model.xlsx [--variant NAME]`: the workbook.
enum ExportCommand {
    static let usage = "scenario export FILE --output model.xlsx [--variant NAME]"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "export", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let output: String
        switch ExportFile.destination(context, example: "model.xlsx") {
        case .success(let path): output = path
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
        if let status = ExportFile.write(Data(workbook), to: output, context: context) { return status }
        Output.out("wrote \(output): \(ReportCommand.count(report.tables.count + 1, "sheet"))\n")
        return ExportFile.warnAboutFailedChecks(report, path: context.path)
    }
}

import FinModel
import Foundation

/// `scenario export FILE --output model.xlsx [--variant NAME] [--options]`: the workbook, a live
/// model of the scenario (`Scenario.workbook`), written whole or not at all (`--output -`: its
/// bytes on standard output).
enum ExportCommand {
    static let usage = "scenario export FILE --output model.xlsx [--variant NAME] [--options]"

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
        let variant = context.arguments.value("variant")
        let options = context.arguments.has("options")
        // Each option's sheet reads the base's inputs where the option leaves them as they are.
        if options, let variant {
            return ScenarioCommand.usage(UsageError(
                message: "--options puts every variant beside the base, so it cannot be used with --variant '\(variant)'",
                help: "leave out --variant, or --options"))
        }
        if options, context.scenario.variantNames.isEmpty {
            return ScenarioCommand.usage(UsageError(
                message: "this scenario has no variants to put beside the base",
                help: "declare options with 'variant NAME \"description\":' and indented input overrides, or leave out --options"))
        }
        let (workbook, report, diagnostics) = context.scenario.workbook(overrides: context.overrides, variant: variant, options: options)
        Output.diagnostics(diagnostics)
        guard let workbook, let report else { return .badInput }
        let bytes: [UInt8]
        do throws(ZipArchiveError) {
            bytes = try XLSXWriter.write(workbook)
        } catch {
            return ScenarioCommand.usage(UsageError(message: "cannot make the workbook: \(error.message)", help: "export fewer or smaller tables"))
        }
        if let status = ExportFile.write(bytes, to: output) { return status }
        ExportFile.announce(output, ReportCommand.count(workbook.sheets.count, "sheet"))
        return ExportFile.warnAboutFailedChecks(report, path: context.path)
    }
}

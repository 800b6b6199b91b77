import FinModel
import Foundation

/// `scenario report FILE --output report.html [--variant NAME]... [--bridge FIGURE [--from NAME] --to NAME]`:
/// the HTML report, with the base and the named variants side by side when any are given, and
/// one figure's bridge from one option to another, as a table and a waterfall, with --bridge.
enum ReportCommand {
    static let usage = "scenario report FILE --output report.html [--variant NAME]... [--bridge FIGURE [--from NAME] --to NAME]"
    static let bridgeUsage = "scenario report FILE --output report.html --bridge 'total(surplus)' --from secured_fees --to all_streams"

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "report", usage: usage) {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let output: PendingOutput
        switch ExportFile.destination(context, example: "report.html") {
        case .success(let opened): output = opened
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let (evaluated, diagnostics) = context.scenario.evaluate(overrides: context.overrides)
        Output.diagnostics(diagnostics)
        guard let report = evaluated else { return .badInput }
        var comparison: Scenario.Comparison?
        let variants = context.arguments.values("variant")
        if !variants.isEmpty {
            let (compared, problems) = context.scenario.compare(variants: variants, overrides: context.overrides)
            Output.diagnostics(problems.filter { !diagnostics.contains($0) })
            guard let compared else { return .badInput }
            comparison = compared
        }
        let bridge: Scenario.Bridge?
        switch BridgeOptions.bridge(context, example: bridgeUsage, printed: diagnostics) {
        case .success(let made): bridge = made
        case .failure(let status): return status
        }
        var descriptions: [String: String] = [:]
        for name in variants { descriptions[name] = context.scenario.variantDescription(name) }
        var against: String?
        if let comparison {
            switch CommonOptions.against(context.arguments, among: comparison.names) {
            case .success(let name): against = name
            case .failure(let error): return ScenarioCommand.usage(error)
            }
        }
        var document = OutputDocument(
            report: report, comparison: comparison, descriptions: descriptions, overridden: Set(context.overrides.map(\.name)), against: against,
            bridge: bridge)
        switch ReportProvenance.date(environment: ProcessInfo.processInfo.environment, now: Date()) {
        case .success(let date): document.date = date
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        document.sourceHash = context.sourceHash
        let html = HTMLWriter.write(document)
        if let status = ExportFile.write(Array(html.utf8), to: output) { return status }
        let bridged = bridge == nil ? "" : ", 1 bridge"
        ExportFile.announce(output, "\(count(report.tables.count, "table")), \(count(report.charts.count, "chart"))\(bridged), \(count(report.checks.count, "check"))")
        return ExportFile.warnAboutFailedChecks(report, path: context.path)
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}

import FinModel

/// `scenario run FILE [--set NAME=VALUE]... [--format table|csv|json|markdown] [--table NAME] [--output-dir DIR] [--bom]`
enum RunCommand {
    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        let context: CommandContext
        switch CommandContext.prepare(arguments, subcommand: "run", usage: "scenario run FILE") {
        case .success(let prepared): context = prepared
        case .failure(let status): return status
        }
        let (parsed, path, scenario, overrides) = (context.arguments, context.path, context.scenario, context.overrides)
        // Excel reads a CSV file without a byte order mark as Windows-1252, so '£' in a label
        // would come out garbled; the mark says UTF-8. It means nothing to the other formats.
        if let misuse = CommonOptions.csvOnlyOptionsMisused(parsed, subcommand: "run") { return ScenarioCommand.usage(misuse) }
        let options: RenderOptions
        switch CommonOptions.renderOptions(parsed) {
        case .success(let chosen): options = chosen
        case .failure(let error): return ScenarioCommand.usage(error)
        }
        let (evaluated, diagnostics) = scenario.evaluate(overrides: overrides, variant: parsed.value("variant"))
        guard let report = evaluated else {
            Output.diagnostics(diagnostics)
            return .badInput
        }
        Output.diagnostics(diagnostics)  // warnings only
        var tables: [ReportTable]?
        if let title = parsed.value("table") {
            let titled = report.tables.filter { $0.title == title }
            // Two tables with one title: taking the first would print one of them silently.
            if titled.count > 1 {
                let lines = titled.map { String($0.sourceLine) }
                return ScenarioCommand.usage(UsageError(
                    message: "\(titled.count) tables are titled '\(title)', on lines \(lines.dropLast().joined(separator: ", ")) and \(lines.last!) of \(path)",
                    help: "give the tables different titles, then choose one with --table"))
            }
            guard let table = titled.first else {
                let titles = report.tables.map(\.title)
                let near = NearestName.suggestion(for: title, among: titles)
                return ScenarioCommand.usage(UsageError(
                    message: "no table titled '\(title)'",
                    help: near.map { "did you mean '\($0)'?" } ?? "the tables are \(titles.map { "'\($0)'" }.joined(separator: ", "))"))
            }
            tables = [table]
        }
        let format = CommonOptions.outputFormat(parsed)
        let document = OutputDocument(report: report, tables: tables, overridden: Set(overrides.map(\.name)))
        if let folder = parsed.value("output-dir") {
            if let status = TableFiles.write(document, to: folder, options: options, protecting: context.filesRead) { return status }
        } else {
            Output.out(format.text(of: document, options: options) ?? "")
        }
        let failed = report.checks.filter { !$0.passed }
        if !failed.isEmpty {
            Output.error("warning: \(failed.count) of \(report.checks.count) checks failed; 'scenario check \(path)' shows each\n")
            if parsed.has("strict") { return .checkFailed }
        }
        return .success
    }
}

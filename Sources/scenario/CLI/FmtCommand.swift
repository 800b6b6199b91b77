import FinModel
import Foundation

/// `scenario fmt FILE... [--check] [--write]`: the canonical layout of each file.
enum FmtCommand {
    static func run(_ parsed: ParsedArguments) -> ExitStatus {
        guard !parsed.positionals.isEmpty else {
            return ScenarioCommand.usage(UsageError(message: "fmt needs at least one scenario file", help: "write: scenario fmt FILE [--check] [--write]"))
        }
        guard !(parsed.has("check") && parsed.has("write")) else {
            return ScenarioCommand.usage(UsageError(message: "--check and --write do not go together", help: "check first, then write"))
        }
        if parsed.has("write"), parsed.positionals.contains(ScenarioLoader.standardInput) {
            return ScenarioCommand.usage(UsageError(message: "--write cannot write standard input back", help: "write: scenario fmt - > FILE"))
        }
        let loader = ScenarioLoader()
        var status = ExitStatus.success
        for path in parsed.positionals {
            let text: String
            switch loader.readText(path) {
            case .success(let body): text = body
            case .failure(let diagnostic):
                Output.diagnostics([diagnostic])
                status = .badInput
                continue
            }
            let (formatted, problems) = ScenarioFormatter.format(path: path, text: text)
            guard let formatted else {
                Output.diagnostics(problems)
                status = .badInput
                continue
            }
            let unchanged = formatted == text.replacingOccurrences(of: "\r\n", with: "\n").droppingByteOrderMark()
            if parsed.has("check") {
                if !unchanged {
                    Output.error("\(path): not formatted; run 'scenario fmt --write \(path)'\n")
                    if status == .success { status = .checkFailed }
                }
            } else if parsed.has("write") {
                if !unchanged, let problem = AtomicFile.write(formatted, to: path) {
                    Output.error("error: \(problem)\n")
                    status = .badInput
                }
            } else {
                Output.out(formatted)
            }
        }
        return status
    }
}

extension String {
    func droppingByteOrderMark() -> String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}

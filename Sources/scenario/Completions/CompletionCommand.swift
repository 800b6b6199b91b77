import FinModel

/// `scenario completion bash|zsh|fish`: a completion script for the shell, generated from the
/// command table; and `scenario completion --names KIND FILE`, the names the scripts offer
/// after `--set`, `--vary`, `--variant` and `--table`, read from the scenario being typed (and
/// list members' figures, `'list_size["Enderby"]`, after `--set '` and `--vary '` in bash).
enum CompletionCommand {
    static let shells = ["bash", "zsh", "fish"]
    static let nameKinds = ["inputs", "lines", "variants", "tables", "figures"]

    static func run(_ arguments: ParsedArguments) -> ExitStatus {
        if let kind = arguments.value("names") {
            guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
                return ScenarioCommand.usage(UsageError(message: "--names needs one scenario file", help: "write: scenario completion --names \(kind) FILE"))
            }
            // A file that does not load offers no names: completion must stay quiet.
            guard case .success(let scenario) = ScenarioLoader().load(path) else { return .success }
            let names = switch kind {
            case "inputs": scenario.inputNames
            case "lines": scenario.lineNames
            case "variants": scenario.variantNames
            // Each list member's figure, opened with the single quote its '"' and spaces need on a
            // command line: the bash script offers these after `--set '` and `--vary '`.
            case "figures": scenario.listFigureNames.map { "'" + $0 }
            default: scenario.tableTitles
            }
            Output.out(names.map { $0 + "\n" }.joined())
            return .success
        }
        guard arguments.positionals.count == 1, let shell = arguments.positionals.first, shells.contains(shell) else {
            return ScenarioCommand.usage(UsageError(
                message: arguments.positionals.isEmpty ? "completion needs a shell" : "no completion for '\(arguments.positionals.joined(separator: " "))'",
                help: "write: scenario completion bash (or zsh, or fish)"))
        }
        switch shell {
        case "bash": Output.out(BashCompletion.script(CommandTable.subcommands))
        case "zsh": Output.out(ZshCompletion.script(CommandTable.subcommands))
        default: Output.out(FishCompletion.script(CommandTable.subcommands))
        }
        return .success
    }
}

/// What a shell offers for one kind of value, in the terms every generator shares.
enum CompletionSource: Equatable {
    case nothing
    case words([String])
    case scenarioFiles
    case files
    case folders
    /// Names read from the scenario on the command line: `inputs`, `lines`, `variants`, `tables`.
    case names(String, suffix: String)

    init(_ kind: ArgumentKind) {
        switch kind {
        case .noValue, .text, .wholeNumber, .inputRange, .inputBounds, .seekTarget: self = .nothing
        case .choice(let words): self = .words(words)
        case .scenarioFile: self = .scenarioFiles
        case .outputFile: self = .files
        case .folder: self = .folders
        case .inputName: self = .names("inputs", suffix: "")
        case .inputAssignment: self = .names("inputs", suffix: "=")
        case .figure: self = .names("lines", suffix: "")
        case .variantName: self = .names("variants", suffix: "")
        case .tableTitle: self = .names("tables", suffix: "")
        case .helpTopic: self = .words(CommandTable.helpTopicNames)
        }
    }
}

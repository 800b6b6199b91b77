/// The zsh completion script: `_arguments` specs for each subcommand, from the command table.
///
///     scenario completion zsh > "${fpath[1]}/_scenario"
enum ZshCompletion {
    static func script(_ subcommands: [Subcommand]) -> String {
        var out = """
            #compdef scenario
            # zsh completion for scenario, written by 'scenario completion zsh' from its command table.
            _scenario_names() {
              local file=${words[(r)*.scenario]}
              [[ -n $file ]] || return 1
              local -a names
              names=("${(@f)$($_scenario_program completion --names $1 $file 2>/dev/null)}")
              compadd -S "$2" -a names
            }
            _scenario() {
              local _scenario_program=$words[1]
              local -a subcommands
              subcommands=(

            """
        for subcommand in subcommands {
            out += "    '\(subcommand.name):\(quoted(subcommand.summary))'\n"
        }
        out += "  )\n  if (( CURRENT == 2 )); then\n    _describe 'subcommand' subcommands\n    return\n  fi\n"
        out += "  local command=$words[2]\n  shift words\n  (( CURRENT-- ))\n  case $command in\n"
        for subcommand in subcommands {
            var specs: [String] = []
            for option in subcommand.options {
                let repeats = option.repeatable ? "*" : ""
                let help = quoted(option.help)
                if option.takesValue {
                    specs.append("'\(repeats)--\(option.name)[\(help)]:\(quoted(option.valueName)):\(action(CompletionSource(option.kind)))'")
                } else {
                    specs.append("'\(repeats)--\(option.name)[\(help)]'")
                }
            }
            for (index, argument) in subcommand.arguments.enumerated() {
                let position = argument.count == .oneOrMore ? "*" : "\(index + 1)"
                specs.append("'\(position):\(quoted(argument.name)):\(action(CompletionSource(argument.kind)))'")
            }
            out += "    \(subcommand.name)) _arguments \(specs.joined(separator: " ")) ;;\n"
        }
        out += "  esac\n}\n_scenario \"$@\"\n"
        return out
    }

    /// The zsh action for one source.
    static func action(_ source: CompletionSource) -> String {
        switch source {
        case .nothing: " "
        case .words(let words): "(\(words.joined(separator: " ")))"
        case .scenarioFiles: "_files -g \"*.scenario\""
        case .files: "_files"
        case .folders: "_files -/"
        case .names(let kind, let suffix): "_scenario_names \(kind) \(suffix.isEmpty ? "\"\"" : suffix)"
        }
    }

    /// Text safe inside a single-quoted `_arguments` spec: no quotes, brackets or colons.
    static func quoted(_ text: String) -> String {
        String(text.map { "[]:'\\".contains($0) ? " " : $0 })
    }
}

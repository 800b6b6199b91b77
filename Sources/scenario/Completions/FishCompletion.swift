/// The fish completion script: one `complete` line per subcommand, option and argument, from
/// the command table.
///
///     scenario completion fish > ~/.config/fish/completions/scenario.fish
enum FishCompletion {
    static func script(_ subcommands: [Subcommand]) -> String {
        var out = """
            # fish completion for scenario, written by 'scenario completion fish' from its command table.
            function __scenario_names
                set -l file (commandline -opc | string match -r '.*\\.scenario$')[1]
                test -n "$file"; or return
                scenario completion --names $argv[1] $file 2>/dev/null | string replace -r '$' "$argv[2]"
            end
            function __scenario_files
                __fish_complete_suffix .scenario | string match -r '^[^\\t]*(\\.scenario|/)(\\t.*)?$'
            end
            complete -c scenario -f

            """
        for subcommand in subcommands {
            out += "complete -c scenario -n __fish_use_subcommand -a \(subcommand.name) -d \(quoted(subcommand.summary))\n"
        }
        for subcommand in subcommands {
            let when = "-n '__fish_seen_subcommand_from \(subcommand.name)'"
            for option in subcommand.options {
                var line = "complete -c scenario \(when) -l \(option.name) -d \(quoted(option.help))"
                if option.takesValue { line += " -r" + arguments(CompletionSource(option.kind)) }
                out += line + "\n"
            }
            if let argument = subcommand.arguments.first {
                out += "complete -c scenario \(when)\(arguments(CompletionSource(argument.kind)))\n"
            }
        }
        return out
    }

    /// The `-a`/`-F` part of a `complete` line for one source.
    static func arguments(_ source: CompletionSource) -> String {
        switch source {
        case .nothing: ""
        case .words(let words): " -xa \(quoted(words.joined(separator: " ")))"
        case .scenarioFiles: " -ka '(__scenario_files)'"
        case .files, .folders: " -F"
        case .names(let kind, let suffix): " -xa '(__scenario_names \(kind) \(suffix))'"
        }
    }

    /// Text as one single-quoted fish word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

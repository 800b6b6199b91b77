/// The bash completion script: a function that completes the subcommand, then each option, each
/// option's value and the positional arguments, from the command table.
///
///     source <(scenario completion bash)
enum BashCompletion {
    static func script(_ subcommands: [Subcommand]) -> String {
        var out = """
            # bash completion for scenario, written by 'scenario completion bash' from its command table.
            # Load it with: source <(scenario completion bash)
            _scenario_names() {
                local file="" word kind="$1"
                for word in "${COMP_WORDS[@]:2}"; do
                    case "$word" in *.scenario) file="$word"; break ;; esac
                done
                [ -n "$file" ] || return 0
                # After an opening quote, an input's place takes a list member's figure.
                [ "$kind" = inputs ] && [[ "$cur" == "'"* ]] && kind=figures
                local IFS=$'\\n' name
                for name in $("${COMP_WORDS[0]}" completion --names "$kind" "$file" 2>/dev/null); do
                    [[ "$name$2" == "$cur"* ]] && COMPREPLY+=("$name$2")
                done
                [ -z "$2" ] || compopt -o nospace 2>/dev/null
            }
            _scenario_files() {
                local IFS=$'\\n'
                COMPREPLY=($(compgen -f -X '!*.scenario' -- "$cur") $(compgen -d -S / -- "$cur"))
                compopt -o nospace 2>/dev/null
            }
            # How many positional arguments come before the word being completed; $1 lists the
            # options that take a value, so their values are not counted.
            _scenario_position() {
                local count=0 i=2
                while [ "$i" -lt "$COMP_CWORD" ]; do
                    case " $1 " in
                        *" ${COMP_WORDS[i]} "*) i=$((i + 1)) ;;
                        *) [[ "${COMP_WORDS[i]}" == -* ]] || count=$((count + 1)) ;;
                    esac
                    i=$((i + 1))
                done
                echo "$count"
            }
            _scenario() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
                COMPREPLY=()
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\(subcommands.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
                    return 0
                fi
                case "${COMP_WORDS[1]}" in

            """
        for subcommand in subcommands {
            out += "        \(subcommand.name))\n            case \"$prev\" in\n"
            for option in subcommand.options where option.takesValue {
                out += "                --\(option.name)) \(completing(CompletionSource(option.kind))) ;;\n"
            }
            let flags = (subcommand.options.map { "--\($0.name)" } + ["--help"]).joined(separator: " ")
            let valued = subcommand.options.filter(\.takesValue).map { "--\($0.name)" }.joined(separator: " ")
            out += "                *)\n"
            out += "                    if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"\(flags)\" -- \"$cur\"))\n"
            out += "                    else case \"$(_scenario_position \"\(valued)\")\" in\n"
            for (index, argument) in subcommand.arguments.enumerated() {
                let isLast = index == subcommand.arguments.count - 1
                let pattern = isLast && argument.count == .oneOrMore ? "*" : "\(index)"
                out += "                        \(pattern)) \(completing(CompletionSource(argument.kind))) ;;\n"
            }
            out += "                    esac; fi ;;\n"
            out += "            esac ;;\n"
        }
        out += """
                esac
                return 0
            }
            complete -F _scenario scenario

            """
        return out
    }

    /// The bash that fills COMPREPLY for one source.
    static func completing(_ source: CompletionSource) -> String {
        switch source {
        case .nothing: ":"
        case .words(let words): "COMPREPLY=($(compgen -W \"\(words.joined(separator: " "))\" -- \"$cur\"))"
        case .scenarioFiles: "_scenario_files"
        case .files: "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .folders: "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .names(let kind, let suffix): "_scenario_names \(kind) '\(suffix)'"
        }
    }
}

import FinModel

/// The manual page `scenario(1)`, in roff, generated from the command table like the help and
/// the completion scripts, so `man scenario` says what `scenario --help` says.
///
///     scenario help --man > "$PREFIX/share/man/man1/scenario.1"
enum ManualPage {
    static var roff: String {
        var out = """
            .TH SCENARIO 1 "" "scenario \(FinModel.version)" "User Commands"
            .SH NAME
            scenario \\- evaluate plain-text funding scenarios exactly
            .SH SYNOPSIS
            .B scenario
            .I SUBCOMMAND
            [\\fIOPTIONS\\fR] \\fIFILE\\fR...
            .SH DESCRIPTION
            .B scenario
            evaluates scenario files: plain-text models of public-sector funding, with money held
            exactly and rounded only where a named rule says so. Units are checked before anything
            is computed, stated totals are checked against computed ones, and every figure can be
            traced to its inputs.
            .PP
            Every parse, unit and evaluation error names the file, line and column, shows the line
            with a caret under the place, and says how to fix it.
            .SH COMMANDS

            """
        for subcommand in CommandTable.subcommands {
            out += ".SS \(text(subcommand.usage.split(whereSeparator: \.isWhitespace).joined(separator: " ")))\n"
            out += paragraphs(subcommand.description)
            for option in subcommand.options {
                out += ".TP\n.B \(text(option.synopsis))\n\(text(optionHelp(option)))\n"
            }
            if !subcommand.examples.isEmpty {
                out += ".PP\n\(subcommand.examples.count == 1 ? "Example" : "Examples"):\n.RS\n.nf\n"
                out += subcommand.examples.map { text($0) + "\n" }.joined()
                out += ".fi\n.RE\n"
            }
            out += ".PP\nExit status: \(text(subcommand.exitStatus))\n"
        }
        out += """
            .SH EXIT STATUS
            0 success, 1 a check failed, 2 bad input or usage.
            .SH SEE ALSO
            .B scenario help functions
            lists the built-in functions of the language;
            .B scenario help language
            prints the language manual (docs/language.md in the source distribution).

            """
        return out
    }

    static func optionHelp(_ option: OptionSpec) -> String {
        guard let choices = option.allowedValues else { return option.help }
        let listed = choices.map { $0 == option.defaultValue ? "\($0) (default)" : $0 }
        return "\(option.help): \(listed.joined(separator: ", "))"
    }

    /// Prose wrapped in the table's source as paragraphs: lines joined, blank lines kept as `.PP`.
    static func paragraphs(_ prose: String) -> String {
        prose.components(separatedBy: "\n\n").map { paragraph in
            ".PP\n" + text(paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")) + "\n"
        }.joined()
    }

    /// Text safe in roff: backslashes and dashes escaped, and no line starting with a control character.
    static func text(_ plain: String) -> String {
        let escaped = plain.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }
}

/// One `--name` option a subcommand accepts: a flag, or an option that takes a value.
///
/// `name` is written without the leading dashes. `valueName` and `help` are for the option
/// list in `scenario help`; `allowedValues`, when given, is the complete set of values.
///
///     let format = OptionSpec.option("format", allowedValues: ["table", "csv", "json"],
///                                    help: "how to print the report", valueName: "format")
///     let set = OptionSpec.option("set", repeatable: true,
///                                 help: "override an input line", valueName: "name=value")
///     let quiet = OptionSpec.flag("quiet", help: "print only errors")
struct OptionSpec: Sendable {
    /// The option's name without dashes: `format` for `--format`.
    let name: String
    /// Whether the option takes a value (`--format csv`) or is a flag (`--quiet`).
    let takesValue: Bool
    /// Whether the option may be given more than once, each value kept in order.
    let repeatable: Bool
    /// The only values accepted, or nil for any value.
    let allowedValues: [String]?
    /// One line saying what the option does.
    let help: String
    /// The placeholder for the value in help text: `file` in `--out <file>`.
    let valueName: String

    /// A flag: present or absent, with no value.
    static func flag(_ name: String, repeatable: Bool = false, help: String) -> OptionSpec {
        OptionSpec(name: name, takesValue: false, repeatable: repeatable, allowedValues: nil,
                   help: help, valueName: "")
    }

    /// An option that takes a value, optionally from a fixed list.
    static func option(
        _ name: String, repeatable: Bool = false, allowedValues: [String]? = nil, help: String,
        valueName: String = "value"
    ) -> OptionSpec {
        OptionSpec(name: name, takesValue: true, repeatable: repeatable, allowedValues: allowedValues,
                   help: help, valueName: valueName)
    }

    /// How the option is written in help: `--quiet`, `--out <file>`.
    var synopsis: String { takesValue ? "--\(name) <\(valueName)>" : "--\(name)" }
}

/// What `ArgumentParser.parse` found: positionals in order, option values by name, flags set.
///
/// Names are stored without dashes. A repeatable option keeps every value in order.
///
///     let parsed = try ArgumentParser.parse(["run", "a.scenario", "--set", "A=1", "--set=B=2"],
///                                           options: [set])
///     parsed.positionals        // ["run", "a.scenario"]
///     parsed.values("set")      // ["A=1", "B=2"]
///     parsed.value("format")    // nil
struct ParsedArguments: Sendable, Equatable {
    /// Arguments that are not options or their values, in order.
    var positionals: [String]
    /// The values given for each option that takes one, in order.
    var values: [String: [String]]
    /// The flags given.
    var flags: Set<String>

    /// Creates a result; tests build expected values with it.
    init(positionals: [String] = [], values: [String: [String]] = [:], flags: Set<String> = []) {
        self.positionals = positionals
        self.values = values
        self.flags = flags
    }

    /// The value of an option, or its last value if it is repeatable; nil when not given.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for an option, in order; empty when not given.
    func values(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// Splits a subcommand's arguments into positionals, option values and flags.
///
/// Accepted forms:
/// - `--name value` and `--name=value` for options that take a value; a value may start with a
///   single dash (`--from -1`) but not with two, so `--out --quiet` is a missing value, and
///   `--out=--x` is the way to give such a value;
/// - `--flag` for flags;
/// - `--` ends the options: every argument after it is a positional;
/// - `-` alone is a positional (standard input or output, by convention).
///
/// There are no single-letter options: `-x` is an unknown option. The first mistake is thrown as
/// a `UsageError` whose message is lower-case without a full stop.
///
///     try ArgumentParser.parse(["a.scenario", "--fromat", "csv"], options: [format])
///     // throws: unknown option '--fromat' (help: did you mean '--format'?)
enum ArgumentParser {
    /// Parses `arguments` (without the program and subcommand names) against `options`.
    ///
    ///     try ArgumentParser.parse(["--format=csv", "-", "--", "--quiet"], options: [format, quiet])
    ///     // positionals ["-", "--quiet"], values ["format": ["csv"]], flags []
    static func parse(_ arguments: [String], options: [OptionSpec]) throws(UsageError) -> ParsedArguments {
        var specs: [String: OptionSpec] = [:]
        for option in options {
            specs[option.name] = option
        }
        var parsed = ParsedArguments()
        var seen: Set<String> = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                parsed.positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                parsed.positionals.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else {
                throw .unknownOption(argument, known: options.map(\.name))
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix(while: { $0 != "=" }))
            let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard let spec = specs[name] else {
                throw .unknownOption(argument, known: options.map(\.name))
            }
            // Each option is recorded at most once unless it is repeatable.
            guard seen.insert(name).inserted || spec.repeatable else {
                throw .repeated(spec)
            }
            guard spec.takesValue else {
                if inlineValue != nil {
                    throw .unexpectedValue(for: spec)
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.endIndex, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            } else {
                throw .missingValue(for: spec)
            }
            if let allowed = spec.allowedValues, !allowed.contains(value) {
                throw .invalidValue(value, for: spec)
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }

    /// The option list for help text: one line per option, help aligned after the synopsis.
    ///
    ///     ArgumentParser.optionsHelp([format, quiet])
    ///     //   --format <format>  how to print the report (table, csv or json)
    ///     //   --quiet            print only errors
    static func optionsHelp(_ options: [OptionSpec]) -> String {
        let width = options.map(\.synopsis.count).max() ?? 0
        return options.map { option in
            var line = "  " + option.synopsis.padding(to: width) + "  " + option.help
            if let allowed = option.allowedValues, !allowed.isEmpty {
                line += " (\(UsageError.quotedList(allowed, "or").replacing("'", with: "")))"
            }
            if option.repeatable {
                line += ", repeatable"
            }
            return line + "\n"
        }.joined()
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}

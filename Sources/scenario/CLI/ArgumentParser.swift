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
}

extension ArgumentParser {
    /// Whether `--help` or `-h` is given as an option: not as an option's value (`--table -h`)
    /// nor after `--`. Help is looked for before parsing, so it wins over any mistake on the line.
    ///
    ///     ArgumentParser.asksForHelp(["a.scenario", "--fromat", "-h"], options: [format])  // true
    ///     ArgumentParser.asksForHelp(["--", "--help"], options: [format])                  // false
    static func asksForHelp(_ arguments: [String], options: [OptionSpec]) -> Bool {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" { return false }
            if argument == "--help" || argument == "-h" { return true }
            // An option given its value as the next argument takes that argument with it.
            guard argument.hasPrefix("--"), !argument.contains("="),
                  options.contains(where: { $0.name == argument.dropFirst(2) && $0.takesValue }),
                  index < arguments.endIndex, !arguments[index].hasPrefix("--")
            else { continue }
            index += 1
        }
        return false
    }
}

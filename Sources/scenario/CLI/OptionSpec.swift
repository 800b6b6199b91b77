/// One `--name` option a subcommand accepts: a flag, or an option that takes a value.
///
/// `name` is written without the leading dashes. `valueName` and `help` are for the option list
/// in the subcommand's help; `kind` says what the value is, so that the parser can check a
/// choice and shell completions can offer files, inputs or variants.
///
///     let format = OptionSpec.option("format", kind: .choice(["table", "csv", "json"]), default: "table",
///                                    help: "how to print the report", valueName: "FORMAT")
///     let set = OptionSpec.option("set", kind: .inputAssignment, repeatable: true,
///                                 help: "override an input", valueName: "NAME=VALUE")
///     let quiet = OptionSpec.flag("quiet", help: "print only errors")
struct OptionSpec: Sendable {
    /// The option's name without dashes: `format` for `--format`.
    let name: String
    /// What the value is; `.noValue` for a flag.
    let kind: ArgumentKind
    /// Whether the option may be given more than once, each value kept in order.
    let repeatable: Bool
    /// One line saying what the option does.
    let help: String
    /// The placeholder for the value in help text: `FILE` in `--output FILE`.
    let valueName: String
    /// The choice used when the option is not given, marked in help: `table (default)`.
    let defaultValue: String?

    /// A flag: present or absent, with no value.
    static func flag(_ name: String, repeatable: Bool = false, help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .noValue, repeatable: repeatable, help: help, valueName: "", defaultValue: nil)
    }

    /// An option that takes a value of any `kind`.
    static func option(
        _ name: String, kind: ArgumentKind, repeatable: Bool = false, default defaultValue: String? = nil, help: String,
        valueName: String
    ) -> OptionSpec {
        OptionSpec(name: name, kind: kind, repeatable: repeatable, help: help, valueName: valueName, defaultValue: defaultValue)
    }

    /// An option that takes a value, optionally from a fixed list.
    static func option(
        _ name: String, repeatable: Bool = false, allowedValues: [String]? = nil, help: String,
        valueName: String = "value"
    ) -> OptionSpec {
        option(name, kind: allowedValues.map(ArgumentKind.choice) ?? .text, repeatable: repeatable, help: help, valueName: valueName)
    }

    /// Whether the option takes a value (`--format csv`) or is a flag (`--quiet`).
    var takesValue: Bool { kind != .noValue }

    /// The only values accepted, or nil for any value.
    var allowedValues: [String]? {
        if case .choice(let choices) = kind { return choices }
        return nil
    }

    /// How the option is written in help: `--quiet`, `--output FILE`.
    var synopsis: String { takesValue ? "--\(name) \(valueName)" : "--\(name)" }

    /// The same option with help worded for one subcommand: `--variant` runs a variant in `run`
    /// and checks one in `check`.
    func described(_ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: kind, repeatable: repeatable, help: help, valueName: valueName, defaultValue: defaultValue)
    }
}

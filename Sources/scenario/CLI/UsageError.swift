import FinModel

/// A mistake in how `scenario` was called: an unknown option, a missing or invalid value.
///
/// The CLI prints `message` after `scenario: error: `, then `help` on its own line when there is
/// one, and exits with status 2. Both are lower-case and end without a full stop; names are
/// quoted as the user typed them.
///
///     UsageError(message: "unknown option '--fromat'", help: "did you mean '--format'?")
///     // scenario: error: unknown option '--fromat'
///     // help: did you mean '--format'?
struct UsageError: Error, Equatable {
    /// What is wrong with the command line.
    let message: String
    /// How to put it right, when there is something useful to say.
    let help: String?

    /// Creates an error with an optional piece of help.
    init(message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}

extension UsageError {
    /// An option the command does not know, with the nearest known option or else the list.
    ///
    ///     UsageError.unknownOption("--fromat", known: ["format", "set"])
    ///     // unknown option '--fromat' / did you mean '--format'?
    static func unknownOption(_ argument: String, known: [String]) -> UsageError {
        let typed = String(argument.drop(while: { $0 == "-" }).prefix(while: { $0 != "=" }))
        let message = "unknown option '\(argument.prefix(while: { $0 != "=" }))'"
        if let near = NearestName.suggestion(for: typed, among: known) {
            return UsageError(message: message, help: "did you mean '--\(near)'?")
        }
        if known.isEmpty {
            return UsageError(message: message, help: "this command takes no options")
        }
        let names = known.sorted().map { "--" + $0 }
        let help = names.count == 1 ? "the only option is '\(names[0])'" : "the options are \(quotedList(names, "and"))"
        return UsageError(message: message, help: help)
    }

    /// An option that needs a value came last, or before another option.
    ///
    ///     UsageError.missingValue(for: OptionSpec.option("out", help: "", valueName: "file"))
    ///     // missing value for '--out' / write '--out <file>'
    ///
    /// With allowed values the help lists them:
    /// `write '--format <format>' with one of 'csv', 'json' or 'table'`.
    static func missingValue(for option: OptionSpec) -> UsageError {
        var help = "write '--\(option.name) <\(option.valueName)>'"
        if let allowed = option.allowedValues, !allowed.isEmpty {
            help += " with one of \(quotedList(allowed, "or"))"
        }
        return UsageError(message: "missing value for '--\(option.name)'", help: help)
    }

    /// A value outside the option's allowed values, with the nearest one and the full list.
    ///
    ///     UsageError.invalidValue("jsn", for: format)
    ///     // invalid value 'jsn' for '--format' / did you mean 'json'? use one of 'csv', 'json' or 'table'
    static func invalidValue(_ value: String, for option: OptionSpec) -> UsageError {
        let allowed = option.allowedValues ?? []
        let list = "use one of \(quotedList(allowed, "or"))"
        let help = NearestName.suggestion(for: value, among: allowed).map { "did you mean '\($0)'? \(list)" }
        return UsageError(message: "invalid value '\(value)' for '--\(option.name)'", help: help ?? list)
    }

    /// A non-repeatable option given a second time.
    static func repeated(_ option: OptionSpec) -> UsageError {
        UsageError(message: "option '--\(option.name)' given twice", help: "give '--\(option.name)' only once")
    }

    /// A flag given a value with `=`.
    static func unexpectedValue(for option: OptionSpec) -> UsageError {
        UsageError(message: "option '--\(option.name)' takes no value", help: "write '--\(option.name)' alone")
    }

    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'` (or with "and").
    static func quotedList(_ items: [String], _ conjunction: String) -> String {
        let quoted = items.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}

extension UsageError: CustomStringConvertible {
    /// The message, and the help on a second line when there is some.
    var description: String {
        help.map { "\(message)\nhelp: \($0)" } ?? message
    }
}

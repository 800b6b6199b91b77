/// What an option's value or a positional argument is: the words a user may type there.
///
/// The command table gives every value a kind, so that what can be typed is data, not prose:
/// the parser checks a `.choice`, and shell completions and a manual page can be generated
/// from the table, offering `.scenario` files after `run`, input names after `--vary`, and the
/// scenario's variants after `--variant`.
///
///     CommandTable.subcommand(named: "seek")!.options.first { $0.name == "vary" }!.kind  // .inputName
enum ArgumentKind: Sendable, Hashable {
    /// No value: the option is a flag.
    case noValue
    /// Any text.
    case text
    /// One of a fixed list of words, such as the output formats.
    case choice([String])
    /// A whole number of 0 or more, such as a depth.
    case wholeNumber
    /// A scenario file to read, ending in `.scenario`.
    case scenarioFile
    /// A file to write, ending in one of `extensions` (without the dot).
    case outputFile(extensions: [String])
    /// A folder.
    case folder
    /// The name of one of the scenario's inputs.
    case inputName
    /// `NAME=VALUE`: an input's name and a value written as in the file.
    case inputAssignment
    /// `INPUT=FROM..TO:STEP`: an input and a range of values in its unit.
    case inputRange
    /// `FROM..TO`: two values in an input's unit, bounding where `seek` looks.
    case inputBounds
    /// A figure: a line or input with its year and member where it has them, `surplus[2019/20]`.
    case figure
    /// `LINE[PERIOD] = VALUE`: a figure and the value it should reach.
    case seekTarget
    /// The name of one of the scenario's variants.
    case variantName
    /// The title of one of the scenario's tables.
    case tableTitle
    /// A subcommand or another help topic, as `scenario help` takes.
    case helpTopic
}

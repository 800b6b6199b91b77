/// A subject `scenario help NAME` explains that is not a subcommand, such as the built-in
/// functions or the language.
///
/// Topics are listed in the command table beside the subcommands, so `scenario help` finds them,
/// suggests them for a mistyped name, and lists them in the overview. The text is produced when
/// asked for, so a topic can describe what the library knows at run time.
///
///     HelpTopic(name: "rounding", summary: "how figures are rounded") { "Rounding rules: ...\n" }
struct HelpTopic: Sendable {
    /// The word after `scenario help`.
    let name: String
    /// One line for the overview, lower-case without a full stop.
    let summary: String
    /// The whole help text, ending in a newline.
    let text: @Sendable () -> String
}

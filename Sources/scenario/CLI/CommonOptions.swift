import FinModel
import Foundation

/// Options several subcommands share: overrides, variant, allowed folders and format;
/// a subcommand rewords an option's help with `described(_:)` where it means more there.
enum CommonOptions {
    static let set = OptionSpec.option("set", kind: .inputAssignment, repeatable: true,
                                       help: "override an input, as in 'scenario run'", valueName: "NAME=VALUE")
    static let variant = OptionSpec.option("variant", kind: .variantName,
                                           help: "evaluate one of the scenario's variants", valueName: "NAME")
    static let allowPath = OptionSpec.option("allow-path", kind: .folder, repeatable: true,
                                             help: "let the scenario read files under DIR as well as its own folder", valueName: "DIR")
    static let format = OptionSpec.option("format", kind: .choice(OutputFormat.printedNames), default: "table",
                                          help: "how to print the tables", valueName: "FORMAT")

    /// `--format` for the commands whose result is not a table: the terminal's text, or JSON.
    static let resultFormat = OptionSpec.option("format", kind: .choice(["table", "json"]), default: "table",
                                                help: "how to print the result", valueName: "FORMAT")

    static let csvRawText = OptionSpec.flag(
        "csv-raw-text", help: "write CSV text cells as they are, with no guard against formulas (for programs)")

    /// `--set NAME=VALUE` pairs (NAME an input, or a list figure such as `list_size["Enderby"]`),
    /// or a usage error for one without '='.
    static func overrides(_ arguments: ParsedArguments) -> Result<[Override], UsageError> {
        var overrides: [Override] = []
        for pair in arguments.values("set") {
            // A list figure's member may hold '=': `list_size["A=B"]=9,400 patients` splits after ']'.
            let nameEnd = pair.firstIndex(of: "[").flatMap { bracket in
                pair.firstIndex(of: "=").map { $0 > bracket } == true ? pair[bracket...].firstIndex(of: "]") : nil
            } ?? pair.startIndex
            guard let equals = pair[nameEnd...].firstIndex(of: "="), equals != pair.startIndex else {
                return .failure(UsageError(message: "--set needs NAME=VALUE, found '\(pair)'", help: "write, for example, --set pay_uplift=3%"))
            }
            let name = String(pair[..<equals]).trimmingCharacters(in: .whitespaces)
            let value = String(pair[pair.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            overrides.append(Override(name: name, value: value))
        }
        return .success(overrides)
    }

    static func loader(_ arguments: ParsedArguments) -> ScenarioLoader {
        ScenarioLoader(allowedFolders: arguments.values("allow-path"))
    }

    /// `--against NAME`: the option changes are measured from, in `compare` and `report`.
    static let against = OptionSpec.option(
        "against", kind: .variantName, help: "measure each option's changes from this one (default: base)", valueName: "NAME")

    /// The option named by `--against`, which must be among those compared; nil for the base.
    static func against(_ arguments: ParsedArguments, among names: [String]) -> Result<String?, UsageError> {
        guard let name = arguments.value("against"), name != "base" else { return .success(nil) }
        guard names.contains(name) else {
            return .failure(UsageError(
                message: "--against '\(name)' is not among the options compared",
                help: "name one of: \(names.joined(separator: ", ")), or add it with --variant \(name)"))
        }
        return .success(name)
    }
}

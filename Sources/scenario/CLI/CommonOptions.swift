import FinModel
import Foundation

/// Options several subcommands share: overrides, variant, allowed folders.
enum CommonOptions {
    static let set = OptionSpec(name: "set", takesValue: true, repeatable: true, allowedValues: nil,
                                help: "override an input: NAME=VALUE", valueName: "NAME=VALUE")
    static let variant = OptionSpec(name: "variant", takesValue: true, repeatable: false, allowedValues: nil,
                                    help: "evaluate one of the scenario's variants", valueName: "NAME")
    static let allowPath = OptionSpec(name: "allow-path", takesValue: true, repeatable: true, allowedValues: nil,
                                      help: "let the scenario read files under DIR", valueName: "DIR")

    /// `--set NAME=VALUE` pairs, or a usage error for one without '='.
    static func overrides(_ arguments: ParsedArguments) -> Result<[Override], UsageError> {
        var overrides: [Override] = []
        for pair in arguments.values("set") {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
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
}

/// The built-in functions described for people: `scenario help functions` and the function table
/// in docs/language.md, both printed from the registry so they cannot drift from it.
public enum FunctionHelp {
    /// Every function with its parameters, what it gives, the words it accepts and an example.
    public static var text: String {
        var out = "Built-in functions. Arguments are given in order, or by name as 'name: value';\n"
        out += "parameters in [brackets] may be left out.\n"
        for function in BuiltinFunction.all {
            out += "\n  \(function.signature)\n      \(function.result)\n"
            for parameter in function.parameters {
                if case .word(let words) = parameter.role { out += "      \(parameter.name): \(words.joined(separator: ", "))\n" }
                if parameter.role == .axis { out += "      \(parameter.name): years, a range such as 2019/20 to 2021/22, or a list's name\n" }
            }
            out += "      e.g. \(function.usage)\n"
        }
        return out
    }

    /// A Markdown table of the functions, for the language manual.
    public static var markdownTable: String {
        var out = "| function | result | example |\n|---|---|---|\n"
        for function in BuiltinFunction.all {
            let signature = function.signature.replacingOccurrences(of: "|", with: "\\|")
            out += "| `\(signature)` | \(function.result) | `\(function.usage)` |\n"
        }
        return out
    }
}

extension BuiltinFunction {
    /// `round(value, rule, step)`, `total(value [, over: axis])`, `sum(a, b, …)`.
    var signature: String {
        if isVariadic { return "\(spelling)(a, b, …)" }
        var text = ""
        for (index, parameter) in parameters.enumerated() {
            let written = switch parameter.role {
            case .value: parameter.isRequired ? parameter.name : "\(parameter.name): value"
            case .word: parameter.name
            case .axis: "\(parameter.name): axis"
            }
            if parameter.isRequired {
                text += (index == 0 ? "" : ", ") + written
            } else {
                text += " [, \(written)]"
            }
        }
        return "\(spelling)(\(text))"
    }
}

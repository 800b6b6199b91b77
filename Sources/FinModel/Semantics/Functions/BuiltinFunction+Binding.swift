/// Matching a call's arguments to a function's parameters: by position first, then by label.
extension BuiltinFunction {
    /// The arguments of a call, each under its parameter's name.
    struct Bound: Sendable {
        /// A parameter's name and the argument given for it.
        struct Binding: Sendable {
            let name: String
            let expression: Expression
        }

        let function: BuiltinFunction
        /// In the order written; for a variadic function, empty: its values are `arguments` in order.
        /// A list, not a dictionary: a function has at most six parameters, and every line that
        /// calls one is bound twice (checked and evaluated), so hashing cost more than looking.
        let bindings: [Binding]
        let arguments: [Argument]

        subscript(parameter: String) -> Expression? { bindings.first { $0.name == parameter }?.expression }

        /// The source text of each bound argument, as `explain` quotes it.
        var texts: [String: String] {
            Dictionary(uniqueKeysWithValues: bindings.map { ($0.name, $0.expression.span.file.text(of: $0.expression.span)) })
        }
    }

    /// Binds `arguments`; a diagnostic at the argument that does not fit, with the usage.
    func bind(_ arguments: [Argument], span: SourceSpan) -> Result<Bound, Diagnostic> {
        if isVariadic {
            guard !arguments.isEmpty, arguments.allSatisfy({ $0.label == nil }) else {
                return .failure(Diagnostic(at: span, "\(spelling)(...) takes one or more values without labels", help: "write \(spelling)(a, b, c)"))
            }
            return .success(Bound(function: self, bindings: [], arguments: arguments))
        }
        var bound: [Bound.Binding] = []
        bound.reserveCapacity(arguments.count)
        var position = 0
        for argument in arguments {
            let parameter: String
            if let label = argument.label {
                guard parameters.contains(where: { $0.name == label }) else {
                    return .failure(.unknown("argument of \(spelling)(...)", label, at: argument.labelSpan!, among: parameters.map(\.name),
                                             help: "write \(usage)"))
                }
                parameter = label
            } else {
                guard position < parameters.count else {
                    return .failure(Diagnostic(at: argument.value.span, "too many arguments to \(spelling)(...)", help: "write \(usage)"))
                }
                parameter = parameters[position].name
                position += 1
            }
            guard !bound.contains(where: { $0.name == parameter }) else {
                return .failure(Diagnostic(at: argument.value.span, "'\(parameter)' is given twice", help: "write \(usage)"))
            }
            bound.append(Bound.Binding(name: parameter, expression: argument.value))
        }
        for parameter in parameters where parameter.isRequired && !bound.contains(where: { $0.name == parameter.name }) {
            return .failure(Diagnostic(at: span, "\(spelling)(...) needs '\(parameter.name)'", help: "write \(usage)"))
        }
        return .success(Bound(function: self, bindings: bound, arguments: arguments))
    }
}

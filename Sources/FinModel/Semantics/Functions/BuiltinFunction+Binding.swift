/// Matching a call's arguments to a function's parameters: by position first, then by label.
extension BuiltinFunction {
    /// The arguments of a call, each under its parameter's name.
    struct Bound: Sendable {
        let function: BuiltinFunction
        /// For a variadic function, empty: its values are `arguments` in order.
        let expressions: [String: Expression]
        let arguments: [Argument]

        subscript(parameter: String) -> Expression? { expressions[parameter] }

        /// The source text of each bound argument, as `explain` quotes it.
        var texts: [String: String] {
            expressions.mapValues { $0.span.file.text(of: $0.span) }
        }
    }

    /// Binds `arguments`; a diagnostic at the argument that does not fit, with the usage.
    func bind(_ arguments: [Argument], span: SourceSpan) -> Result<Bound, Diagnostic> {
        if isVariadic {
            guard !arguments.isEmpty, arguments.allSatisfy({ $0.label == nil }) else {
                return .failure(Diagnostic(at: span, "\(spelling)(...) takes one or more values without labels", help: "write \(spelling)(a, b, c)"))
            }
            return .success(Bound(function: self, expressions: [:], arguments: arguments))
        }
        let names = parameters.map(\.name)
        var bound: [String: Expression] = [:]
        var position = 0
        for argument in arguments {
            let parameter: String
            if let label = argument.label {
                guard names.contains(label) else {
                    return .failure(.unknown("argument of \(spelling)(...)", label, at: argument.labelSpan!, among: names,
                                             help: "write \(usage)"))
                }
                parameter = label
            } else {
                guard position < names.count else {
                    return .failure(Diagnostic(at: argument.value.span, "too many arguments to \(spelling)(...)", help: "write \(usage)"))
                }
                parameter = names[position]
                position += 1
            }
            guard bound[parameter] == nil else {
                return .failure(Diagnostic(at: argument.value.span, "'\(parameter)' is given twice", help: "write \(usage)"))
            }
            bound[parameter] = argument.value
        }
        for parameter in parameters where parameter.isRequired && bound[parameter.name] == nil {
            return .failure(Diagnostic(at: span, "\(spelling)(...) needs '\(parameter.name)'", help: "write \(usage)"))
        }
        return .success(Bound(function: self, expressions: bound, arguments: arguments))
    }
}

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

        /// Lengths compared first, as `parameterIndex(named:)` does: the checker and the evaluator
        /// ask for every argument of every call by its parameter's name.
        subscript(parameter: String) -> Expression? {
            let length = parameter.utf8.count
            for binding in bindings where binding.name.utf8.count == length && binding.name == parameter { return binding.expression }
            return nil
        }

        /// The source text of each bound argument, as `explain` quotes it.
        var texts: [String: String] {
            Dictionary(uniqueKeysWithValues: bindings.map { ($0.name, $0.expression.span.file.text(of: $0.expression.span)) })
        }
    }

    /// Binds `arguments`; a diagnostic at the argument that does not fit, with the usage.
    func bind(_ arguments: [Argument], span: SourceSpan) -> Result<Bound, Diagnostic> {
        do throws(Diagnostic) {
            return .success(try bound(arguments, span: span))
        } catch {
            return .failure(error)
        }
    }

    /// `bind`, throwing the diagnostic: the checker binds every call of every line, and a
    /// `Result` of a diagnostic's size cost more to make and take apart than the binding itself.
    func bound(_ arguments: [Argument], span: SourceSpan) throws(Diagnostic) -> Bound {
        if isVariadic {
            guard !arguments.isEmpty, arguments.allSatisfy({ $0.label == nil }) else {
                throw Diagnostic(at: span, "\(spelling)(...) takes one or more values without labels", help: "write \(spelling)(a, b, c)")
            }
            return Bound(function: self, bindings: [], arguments: arguments)
        }
        var bound: [Bound.Binding] = []
        bound.reserveCapacity(arguments.count)
        // Bit `i` is set once parameter `i` has its argument (a function has at most six):
        // every line that calls a function is bound twice, and names compared in lists cost more.
        var given: UInt64 = 0
        var position = 0
        for argument in arguments {
            let index: Int
            if let label = argument.label {
                guard let found = parameterIndex(named: label) else {
                    throw .unknown("argument of \(spelling)(...)", label, at: argument.labelSpan!, among: parameters.map(\.name),
                                   help: "write \(usage)")
                }
                index = found
            } else {
                guard position < parameters.count else {
                    throw Diagnostic(at: argument.value.span, "too many arguments to \(spelling)(...)", help: "write \(usage)")
                }
                index = position
                position += 1
            }
            let name = parameters[index].name
            guard given & (1 << UInt64(index)) == 0 else {
                throw Diagnostic(at: argument.value.span, "'\(name)' is given twice", help: "write \(usage)")
            }
            given |= 1 << UInt64(index)
            bound.append(Bound.Binding(name: name, expression: argument.value))
        }
        for index in parameters.indices where parameters[index].isRequired && given & (1 << UInt64(index)) == 0 {
            throw Diagnostic(at: span, "\(spelling)(...) needs '\(parameters[index].name)'", help: "write \(usage)")
        }
        return Bound(function: self, bindings: bound, arguments: arguments)
    }
}

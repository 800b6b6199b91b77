/// Expressions typed at the prompt that use the value of the one before: the REPL's `ans`.
extension ScenarioSession {
    /// The value of an expression typed at the prompt, kept so that a later expression can use it
    /// by name, as a calculator's `ans`.
    ///
    /// It holds the figures as they were computed, exactly: setting an input afterwards does not
    /// change it, as the value shown did not change either.
    ///
    ///     let (first, _) = session.evaluate("surplus[2019/20]", naming: nil, as: "ans")
    ///     first?.text                                               // "-£168,561.20"
    ///     let (second, _) = session.evaluate("ans * 2", naming: first, as: "ans")
    ///     second?.text                                              // "-£337,122.40"
    public struct Answer: Sendable {
        let value: Value
        let type: ValueType
        let expression: Expression
        /// The years and list members the figures are for; a reload that changes them leaves the
        /// answer unusable rather than misread.
        let years: [FinancialYear]
        let members: [String]?
        /// The value as the session shows it: one figure with its unit, or one per year and member.
        public let text: String
    }

    /// Evaluates an expression typed at the prompt, with `name` standing for `previous`.
    ///
    /// Using the name before any answer (`previous` nil) is an error at the name. The name stands for the previous answer only where the scenario has no input, line, list or
    /// attribute of that name: the file's own names always win. An answer computed before a reload
    /// changed the scenario's years or lists cannot be used, and saying so is an error at the name.
    public func evaluate(_ text: String, naming previous: Answer?, as name: String) -> (Answer?, [Diagnostic]) {
        let (parsed, problems) = Parser.parseStandaloneExpression(SourceFile(path: "input", text: text))
        guard let expression = parsed else { return (nil, problems) }
        var checked = prepared
        var evaluator = self.evaluator
        if let span = firstReference(to: name, in: expression), isFree(name) {
            guard let previous else {
                return (nil, [Diagnostic(at: span, "'\(name)' has no value yet", label: "no expression has been shown",
                                         help: "evaluate an expression first, such as a line's name; '\(name)' is then its value")])
            }
            guard previous.years == prepared.model.years,
                  previous.members == previous.type.shape.list.flatMap({ prepared.model.lists[$0]?.members })
            else {
                return (nil, [Diagnostic(at: span, "'\(name)' was computed before the scenario's years or lists changed",
                                         help: "evaluate the expression again")])
            }
            checked = prepared.binding(name, to: previous)
            var known = evaluator.values
            known[name] = .some(previous.value)
            evaluator = Evaluator(checked: checked, known: known)
        }
        let (type, typeProblems) = checked.type(of: expression)
        guard let type else { return (nil, typeProblems) }
        do throws(Evaluator.Failure) {
            let value = try evaluator.evaluate(expression)
            let answer = Answer(
                value: value, type: type, expression: expression, years: prepared.model.years,
                members: type.shape.list.flatMap { prepared.model.lists[$0]?.members }, text: describe(value))
            return (answer, [])
        } catch {
            if case .reported(let diagnostic) = error { return (nil, [diagnostic]) }
            return (nil, [Diagnostic(at: expression.span, "cannot evaluate this", help: "check the names it uses")])
        }
    }

    /// Where `expression` first uses `name` as a value, if it does.
    private func firstReference(to name: String, in expression: Expression) -> SourceSpan? {
        var found: SourceSpan?
        expression.forEachReference { reference, span in
            if reference == name, found == nil { found = span }
        }
        return found
    }

    /// Whether the scenario leaves `name` free for an answer: no value, attribute or list has it.
    private func isFree(_ name: String) -> Bool {
        let model = prepared.model
        return model.values[name] == nil && model.attributes[name] == nil && model.lists[name] == nil && name != "year"
    }
}

extension CheckedScenario {
    /// The same scenario with `name` defined as a line holding `answer`: its type is known, so
    /// an expression using it is checked as one using any other line.
    func binding(_ name: String, to answer: ScenarioSession.Answer) -> CheckedScenario {
        var model = model
        model.values[name] = Model.NamedValue(
            definition: Definition(name: name, nameSpan: answer.expression.span, label: nil, expression: answer.expression,
                                   total: nil, note: nil, citations: []),
            isInput: false, original: nil)
        var types = types
        types[name] = answer.type
        return CheckedScenario(model: model, order: order, graph: graph, types: types, displays: displays)
    }
}

/// A figure the user types for an input, such as a bound of a sensitivity range or of a seek:
/// parsed, checked against the model, evaluated, and held to the input's unit.
extension Scenario {
    /// The value of `part` in the unit of `input`; a plain `0` fits any unit.
    ///
    ///     --vary practice_contribution=£0.40 per patient..£0.60 per patient:£0.05 per patient
    ///     → 0.40, 0.60 and 0.05 (£ per patient); '£0.40' alone is refused: it is '£', not '£ per patient'
    func typedValue(_ part: SourceText, for input: SeekableInput, prepared: Prepared, baseline: Evaluator) -> Result<Exact, Diagnostic> {
        let partText = part.text
        let (parsed, parseProblems) = Parser.parseStandaloneExpression(part)
        guard let expression = parsed else { return .failure(parseProblems.first!) }
        if let problem = prepared.problems(in: [expression]).first { return .failure(problem) }
        let value: Value
        do throws(Evaluator.Failure) { value = try baseline.evaluate(expression) } catch {
            if case .reported(let diagnostic) = error { return .failure(diagnostic) }
            return .failure(Diagnostic(at: expression.span, "cannot evaluate '\(partText)'", help: "write a value such as £0.40 or 2%"))
        }
        guard value.shape == .scalar else {
            return .failure(Diagnostic(at: expression.span, "'\(partText)' must be one figure", help: "write a value such as £0.40 or 2%"))
        }
        let zeroPlain = value.unit?.isNone == true && value.cells[0] == .zero
        guard value.kind == input.value.kind || zeroPlain else {
            let unit = input.value.unit?.description ?? ""
            let typed = partText.trimmingSpaces()
            let example = unit.isEmpty ? "2% or 0.02, with no unit" : unit.hasPrefix("£") ? "\(typed)\(unit.dropFirst())" : "\(typed) \(unit)"
            return .failure(Diagnostic(
                at: part.span, "'\(partText.trimmingSpaces())' is \(value.kind.description) but '\(input.name)' is \(input.value.kind.description)",
                help: "write the range in the input's unit, as in \(example)"))
        }
        return .success(value.cells[0])
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}

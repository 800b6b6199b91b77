import FinModel

/// Splits the front ends' own syntax for goal seek and sensitivity into the library's typed
/// arguments, keeping each piece's place in what was typed.
///
/// The command line and the REPL write a target as `LINE[PERIOD] = VALUE` and a range as
/// `INPUT=FROM..TO:STEP`; the library takes the pieces (`Scenario.SeekTarget`,
/// `Scenario.SensitivityRange`) and parses each as an expression. A mistake in the splitting
/// itself is a diagnostic pointing into the typed text, like the library's own:
///
///     let typed = SourceText("surplus[2019/20]", origin: "--target")
///     AnalysisArguments.seekTarget(typed, followedBy: "the end of the line")
///     // --target:1:17: error: expected '=' and the target value, found the end of the line
enum AnalysisArguments {
    /// `LINE[PERIOD] = VALUE` split at its first `=` (or `==`) outside quotes; `followedBy` says
    /// what comes after the text, for the message when there is no `=`.
    static func seekTarget(_ typed: SourceText, followedBy: String) -> Result<Scenario.SeekTarget, Diagnostic> {
        let text = typed.text
        guard let equals = firstEquals(in: text) else {
            return .failure(Diagnostic.usage(
                "expected '=' and the target value, found \(followedBy)", at: typed.end,
                help: "write the target as: surplus[2019/20] = 0"))
        }
        return .success(Scenario.SeekTarget(
            figure: typed.part(text.startIndex..<equals.lowerBound),
            value: typed.part(equals.upperBound..<text.endIndex)))
    }

    /// `FROM..TO`, split at the first `..`: where `seek` may look; `option` is how the bounds
    /// are introduced where they were typed (`--within` or `within`), for the help.
    static func seekBounds(_ typed: SourceText, option: String) -> Result<Scenario.SeekBounds, Diagnostic> {
        let text = typed.text
        guard let dots = text.range(of: "..") else {
            return .failure(Diagnostic.usage(
                "expected FROM..TO", at: typed, help: "write two values in the input's unit, as in \(option) 0%..5%"))
        }
        return .success(Scenario.SeekBounds(from: typed.part(text.startIndex..<dots.lowerBound), to: typed.part(dots.upperBound..<text.endIndex)))
    }

    /// `INPUT=FROM..TO:STEP`, split at the first `=`, the first `..` and the last `:`; `option`
    /// is how a range is introduced where it was typed (`--vary` or `vary`), for the help.
    static func sensitivityRange(_ typed: SourceText, option: String) -> Result<Scenario.SensitivityRange, Diagnostic> {
        let text = typed.text
        guard let equals = text.firstIndex(of: "="), let dots = text.range(of: ".."), let colon = text.lastIndex(of: ":"),
              equals < dots.lowerBound, dots.upperBound <= colon
        else {
            return .failure(Diagnostic.usage(
                "expected INPUT=FROM..TO:STEP", at: typed,
                help: "write INPUT=FROM..TO:STEP in the input's unit, as in \(option) cost_uplift=1%..3%:0.5%"))
        }
        return .success(Scenario.SensitivityRange(
            input: typed.part(text.startIndex..<equals),
            from: typed.part(text.index(after: equals)..<dots.lowerBound),
            to: typed.part(dots.upperBound..<colon),
            step: typed.part(text.index(after: colon)..<text.endIndex)))
    }

    /// The first `=` or `==` that is not part of `<=`, `>=` or `!=` nor inside a quoted name.
    static func firstEquals(in text: String) -> Range<String.Index>? {
        var quoted = false
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\"" {
                quoted.toggle()
            } else if !quoted, character == "=", !["<", ">", "!"].contains(previous) {
                let end = next < text.endIndex && text[next] == "=" ? text.index(after: next) : next
                return index..<end
            }
            previous = character
            index = next
        }
        return nil
    }
}

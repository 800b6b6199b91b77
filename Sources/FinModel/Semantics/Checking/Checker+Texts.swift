/// Comparisons with text: a text attribute against one of its texts, `locality = "Melton"`.
///
/// Text attributes name groups (a locality, a practice's type); the only question to ask of one
/// is whether it is a given text, so `=` and `!=` against text in quotes are all they take. A
/// text no member has is a mistake, with the nearest text suggested: a misspelt locality would
/// otherwise match nothing, and a filter on it would silently count no one.
extension Checker {
    /// The type of `attribute = "text"` (either way round), or nil when neither side is text in quotes.
    func textComparison(_ leftSyntax: Expression, _ rightSyntax: Expression) throws(Failure) -> ValueType? {
        let (attributeSyntax, textSyntax): (Expression, Expression)
        switch (leftSyntax.kind, rightSyntax.kind) {
        case (_, .text): (attributeSyntax, textSyntax) = (leftSyntax, rightSyntax)
        case (.text, _): (attributeSyntax, textSyntax) = (rightSyntax, leftSyntax)
        default: return nil
        }
        guard case .text(let text) = textSyntax.kind else { return nil }
        guard case .name(let name) = attributeSyntax.kind, let attribute = model.attribute(name), attribute.kind == .text,
              let list = model.attributes[name] else {
            throw fail(at: textSyntax.span, "text in quotes can only be compared with a text attribute",
                       help: "compare a list's text attribute with one of its texts, as in locality = \"Melton\"")
        }
        let texts = model.lists[list]?.texts[name] ?? []
        guard texts.contains(text) else {
            let near = NearestName.suggestion(for: text, among: texts)
            throw .reported(Diagnostic(
                at: textSyntax.span, "no member of '\(list)' has the \(name) \"\(text)\"", label: near.map { "did you mean \"\($0)\"?" },
                help: "'\(name)' is one of \(texts.map { "\"\($0)\"" }.joined(separator: ", "))",
                fixIt: near.map { Diagnostic.FixIt(span: textSyntax.span, replacement: "\"\($0)\"") }))
        }
        return ValueType(kind: .boolean, shape: ValueShape(list: list, hasYears: attribute.hasPeriods))
    }
}

/// The one walk over an expression that knows which names are uses of a value.
///
/// A name written where a built-in function takes a word (`half_up`, `each_year`) or an axis
/// (`over: practices`) is not a use of a line or an input of that name, so dependency order,
/// name resolution and `explain` all ask here rather than each deciding for themselves.
extension Expression {
    /// Calls `body` on this expression and every expression inside it that is a value, in
    /// the order written; word and axis arguments of built-in functions are skipped.
    func forEachValueNode(_ body: (Expression) -> Void) {
        body(self)
        if case .call(let name, let arguments) = kind, let function = BuiltinFunction.named(name) {
            for (position, argument) in arguments.enumerated()
            where !function.isNotAValue(label: argument.label, position: position) {
                argument.value.forEachValueNode(body)
            }
            return
        }
        forEachChild { child in child.forEachValueNode(body) }
    }

    /// Every name used as a value, with where it is written.
    func forEachReference(_ body: (_ name: String, _ span: SourceSpan) -> Void) {
        forEachValueNode { node in
            if case .name(let name) = node.kind { body(name, node.span) }
        }
    }
}

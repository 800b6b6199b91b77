/// One line a chart draws, as written after `bars` or `line`: `income` or `contribution[2018/19]`.
struct ChartSeriesSyntax: Sendable, Hashable {
    enum Style: String, Sendable, Hashable {
        case bars, line
    }

    let style: Style
    /// The line's name, or the line indexed by a year or member.
    let expression: Expression
    /// The line it names, where an unknown one is reported.
    let name: NameReference
}

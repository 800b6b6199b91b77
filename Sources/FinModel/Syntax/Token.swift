/// A lexical token of the scenario language.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case identifier        // letters, digits, underscores; keywords are contextual identifiers
        case number            // 1,234.56 (the text keeps its separators; the parser reads it)
        case money             // £ sign
        case percent           // %
        case year              // 2016/17 or 16/17, and FY2016/17
        case string            // "text" (value has escapes resolved)
        case plus, minus, star, slash
        case leftParen, rightParen, leftBracket, rightBracket
        case comma, colon, pipe
        case equals, notEquals, less, lessEqual, greater, greaterEqual
        case newline
        /// `# text`, kept only when the formatter asks for comments.
        case comment
        case end
    }

    let kind: Kind
    let span: SourceSpan
    /// The source text, or for strings the text with escapes resolved.
    let text: String
    /// True for the first token on a line that starts with white space (a block's body).
    let indented: Bool
    /// True when white space or a comment comes right before this token.
    let spaceBefore: Bool

    func isKeyword(_ word: String) -> Bool { kind == .identifier && text == word }
}

/// What Tab offers at the cursor: where the word being completed starts, and the candidates.
struct Completion: Sendable, Equatable {
    /// Character index where the completed word starts.
    let start: Int
    let candidates: [String]
}

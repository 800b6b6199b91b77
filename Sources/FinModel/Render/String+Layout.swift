/// Padding and trimming for laying text out in columns, counted in characters.
extension String {
    /// Left-aligned in `width` characters: spaces after.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Right-aligned in `width` characters: spaces before.
    func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// Without the spaces at the end, so no line of a table ends in blanks.
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Without the line breaks at the end.
    func trimmingTrailingNewline() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}

/// A piece of text typed outside a scenario file, such as a command-line argument or part of a
/// line typed at the REPL, kept with the text around it so diagnostics point at what was typed.
///
/// The library never splits command-line or REPL syntax. Each front end cuts its own pieces out
/// of what the user typed (the figure `surplus[2019/20]` and the value `0` out of
/// `--target 'surplus[2019/20] = 0'`) and hands them over as pieces of one `SourceFile`, whose
/// path names where the text came from. A diagnostic about a piece then shows the whole typed
/// text, with the caret under the piece:
///
///     let typed = SourceText("seek surplas[2019/20] = 0 by practice_contribution", origin: "input")
///     let figure = typed.part(typed.text.range(of: "surplas[2019/20]")!)
///     // a diagnostic about the figure renders as:
///     // input:1:6: error: unknown line 'surplas'
///     //   |
///     // 1 | seek surplas[2019/20] = 0 by practice_contribution
///     //   |      ^^^^^^^ did you mean 'surplus'?
public struct SourceText: Sendable {
    /// The whole text the piece was cut from, named by where it came from (`--vary`, `input`).
    public let file: SourceFile
    /// Where the piece is in `file.text`, as UTF-8 offsets.
    public let utf8Offsets: Range<Int>
    /// The piece itself; `part(_:)` takes index ranges of this string.
    public let text: String

    /// A piece of `file` at `utf8Offsets`, clamped to the file.
    public init(_ file: SourceFile, utf8Offsets: Range<Int>) {
        let count = file.bytes.count
        let start = min(max(utf8Offsets.lowerBound, 0), count)
        let end = min(max(utf8Offsets.upperBound, start), count)
        self.file = file
        self.utf8Offsets = start..<end
        self.text = String(decoding: file.bytes[start..<end], as: UTF8.self)
    }

    /// The whole of `file`.
    public init(_ file: SourceFile) {
        self.init(file, utf8Offsets: 0..<file.bytes.count)
    }

    /// The whole of a one-line text typed by the user; `origin` is shown where a file's path
    /// would be: `--target`, for `--target:1:20: error: ...`.
    public init(_ text: String, origin: String) {
        self.init(SourceFile(path: origin, text: text))
    }

    /// The part of this piece at `range`, an index range of `text`, without the spaces and tabs
    /// around it; what is left of an all-blank part is an empty piece where the blank began.
    ///
    ///     let typed = SourceText("cost_uplift = 1%..3%:1%", origin: "--vary")
    ///     typed.part(typed.text.startIndex..<typed.text.firstIndex(of: "=")!).text  // "cost_uplift"
    public func part(_ range: Range<String.Index>) -> SourceText {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower] == " " || text[lower] == "\t" { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)] == " " || text[text.index(before: upper)] == "\t" {
            upper = text.index(before: upper)
        }
        let start = utf8Offsets.lowerBound + text.utf8.distance(from: text.startIndex, to: lower)
        let end = start + text.utf8.distance(from: lower, to: upper)
        return SourceText(file, utf8Offsets: start..<end)
    }

    /// The empty piece just after this one, for "expected ..., found the end of the line".
    public var end: SourceText {
        SourceText(file, utf8Offsets: utf8Offsets.upperBound..<utf8Offsets.upperBound)
    }

    /// Where the piece is, for diagnostics.
    var span: SourceSpan {
        SourceSpan(file: file, start: utf8Offsets.lowerBound, end: utf8Offsets.upperBound)
    }

    /// From the start of this piece to the end of `other` when both are in one file; otherwise
    /// this piece alone.
    func through(_ other: SourceText) -> SourceText {
        guard other.file === file else { return self }
        let start = min(utf8Offsets.lowerBound, other.utf8Offsets.lowerBound)
        let end = max(utf8Offsets.upperBound, other.utf8Offsets.upperBound)
        return SourceText(file, utf8Offsets: start..<end)
    }
}

extension Diagnostic {
    /// A mistake in typed text that a front end finds while cutting it into pieces, such as a
    /// range with no `..`; shown like any other diagnostic, with the caret under `text`.
    ///
    ///     Diagnostic.usage("expected INPUT=FROM..TO:STEP", at: typed, help: "write ...")
    ///     // --vary:1:1: error: expected INPUT=FROM..TO:STEP
    public static func usage(_ message: String, at text: SourceText, help: String?) -> Diagnostic {
        Diagnostic(at: text.span, message, help: help)
    }
}

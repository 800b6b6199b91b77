#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one line at a time from the user, with editing, history and completion on a terminal.
///
/// On a terminal (`Terminal.isInteractive`) it switches to raw mode for the length of one
/// `read()`, decodes keys (`KeyDecoder`), applies them (`EditorState`) and redraws the line
/// after each batch of input (`LineRenderer`); raw mode is off again before `read()` returns,
/// so whatever the caller prints while handling the line behaves normally. Accepted lines go
/// into the history, which saves itself.
///
/// Anywhere else (a pipe, a file, TERM=dumb) it reads a plain line from stdin and prints no
/// prompt, so a script's output holds only the answers and can be compared exactly.
///
/// Keys typed ahead of Enter, while the previous line's command ran, are kept: the decoder
/// and the decoded keys survive from one `read()` to the next.
///
///     let editor = LineEditor(prompt: "scenario> ", history: History()) { line, cursor in
///         Completion.matching(["show", "set"], line: line, cursor: cursor)
///     }
///     if case .line(let text) = editor.read() { print("you typed: \(text)") }
final class LineEditor {
    /// How one `read()` ended.
    enum Outcome: Equatable, Sendable {
        /// The user pressed Enter (or stdin gave a line).
        case line(String)
        /// Ctrl-C: the line was cancelled.
        case interrupted
        /// Ctrl-D on an empty line, or end of input.
        case endOfInput
    }

    /// How long to wait for the rest of an escape sequence before taking ESC as Escape.
    ///
    /// Sequences from a keyboard arrive in one write, but across a slow link their bytes can
    /// be split; 100 ms is well under what a person notices and above a typical round trip.
    static let escapeTimeoutMilliseconds: Int32 = 100

    let prompt: String
    let history: History
    private var state: EditorState
    private var decoder = KeyDecoder()
    /// Keys decoded but not yet handled, last first, so taking the next one is cheap.
    private var pendingKeys: [Key] = []
    private var renderer = LineRenderer()

    init(prompt: String, history: History, completer: @escaping (_ line: String, _ cursor: Int) -> Completion) {
        self.prompt = prompt
        self.history = history
        state = EditorState(history: history, completer: completer)
    }

    /// Reads one line: edited on a terminal, plain from stdin otherwise.
    func read() -> Outcome {
        fflush(nil)  // what the caller printed must appear before the prompt
        return Terminal.isInteractive ? readInteractively() : readPlainLine()
    }

    private func readPlainLine() -> Outcome {
        guard var text = readLine(strippingNewline: true) else { return .endOfInput }
        if text.hasSuffix("\r") { text.removeLast() }  // a script saved with CRLF line ends
        return .line(text)
    }

    private func readInteractively() -> Outcome {
        guard Terminal.enterRawMode() else { return readPlainLine() }
        defer { Terminal.leaveRawMode() }
        state.startLine()
        renderer.forget()
        var inputEnded = false
        while true {
            while let key = pendingKeys.popLast() {
                if let outcome = perform(state.handle(key)) { return outcome }
            }
            if inputEnded {
                finishLine()
                return .endOfInput
            }
            if !Terminal.hasPendingInput { redraw() }  // a burst of input is drawn once, at its end
            let wait = decoder.isAwaitingEscapeSequence ? Self.escapeTimeoutMilliseconds : nil
            switch Terminal.read(waitingAtMost: wait) {
            case .bytes(let bytes): pendingKeys = decoder.decode(bytes).reversed()
            case .timedOut: pendingKeys = decoder.timeOut().reversed()
            case .endOfInput:
                pendingKeys = decoder.finish().reversed()
                inputEnded = true
            }
        }
    }

    /// Carries out what a key asked for; an outcome when the line is over.
    private func perform(_ effect: EditorState.Effect) -> Outcome? {
        switch effect {
        case .redraw:
            return nil
        case .accept(let text):
            finishLine()
            history.add(text)
            return .line(text)
        case .interrupt:
            finishLine(marker: "^C")
            return .interrupted
        case .endOfInput:
            finishLine()
            return .endOfInput
        case .clearScreen:
            Terminal.write("\u{1B}[H\u{1B}[2J")
            renderer.forget()
            return nil
        case .list(let candidates):
            let rows = Completion.listing(candidates, width: Terminal.width)
            Terminal.write(renderer.leave() + rows.map { $0 + "\r\n" }.joined())
            return nil
        }
    }

    private func redraw() {
        let display = state.display(prompt: prompt)
        Terminal.write(
            renderer.render(prompt: display.prompt, text: display.text, cursor: display.cursor, width: Terminal.width, revision: display.revision))
    }

    /// Draws the line with the cursor at its end, adds `marker`, and moves to the next row.
    private func finishLine(marker: String = "") {
        let display = state.display(prompt: prompt)
        var output = renderer.render(
            prompt: display.prompt, text: display.text, cursor: display.text.count, width: Terminal.width, revision: display.revision)
        if marker.isEmpty {
            output += renderer.leave()
        } else {
            output += marker + "\r\n"
            renderer.forget()
        }
        Terminal.write(output)
    }
}

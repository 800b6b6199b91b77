import Foundation

/// The REPL's loop: read a line, hand it to the session, until the session or the input ends.
///
/// It knows nothing of commands. Whoever runs the REPL supplies `handle`, which does one line
/// and says whether to go on, and a completer for Tab; this keeps the editor and the session
/// apart, so the session can be tested by feeding it lines and the loop by feeding it outcomes.
/// Ctrl-C cancels only the line being typed, as in a shell: the loop asks for the next one.
///
///     let loop = ReplLoop(prompt: "scenario> ", history: History(), completer: { _, _ in .none }) { line in
///         print("you typed: \(line)")
///         return line != "quit"
///     }
///     loop.run()
struct ReplLoop {
    /// Gives the next line, or says why there is none.
    let read: () -> LineEditor.Outcome
    /// Handles one line; false ends the loop.
    let handle: (String) -> Bool

    /// A loop that reads with a `LineEditor` showing `prompt` on a terminal.
    init(
        prompt: String, history: History, completer: @escaping (_ line: String, _ cursor: Int) -> Completion,
        handle: @escaping (String) -> Bool
    ) {
        let editor = LineEditor(prompt: prompt, history: history, completer: completer)
        self.init(read: editor.read, handle: handle)
    }

    /// A loop over any source of lines, for tests and for sessions that read elsewhere.
    init(read: @escaping () -> LineEditor.Outcome, handle: @escaping (String) -> Bool) {
        self.read = read
        self.handle = handle
    }

    /// Runs until `handle` returns false or input ends (Ctrl-D, or end of a script).
    func run() {
        while true {
            switch read() {
            case .line(let line): guard handle(line) else { return }
            case .interrupted: continue
            case .endOfInput: return
            }
        }
    }
}

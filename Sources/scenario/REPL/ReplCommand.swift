import Foundation

/// `scenario repl`: an interactive session, for now one that only echoes what it is given.
///
/// This is the editor's test bench until the session's real commands replace `handle(_:)`:
/// it shows the prompt, history, completion and Ctrl-C/Ctrl-D behaviour end to end. When
/// stdin is not a terminal it reads one command a line with no prompt, so scripts can drive it.
///
///     $ printf 'show\nquit\n' | scenario repl
///     you typed: show
enum ReplCommand {
    static let prompt = "scenario> "

    /// The words Tab offers: the commands the session will have.
    static let words = ["help", "quit", "exit", "show", "set", "seek", "sensitivity", "explain", "variants"]

    static let helpText = """
        Commands:
          help    list the commands
          quit    leave (also exit, or Ctrl-D on an empty line)
        Anything else is echoed back, for now.
        Tab completes a command; Up and Down recall earlier lines; Ctrl-R searches them.
        """

    /// Runs the session; returns the exit status: 0, or 2 for unexpected arguments.
    static func run(_ arguments: [String]) -> Int32 {
        if let extra = arguments.first {
            Terminal.write("scenario: error: unexpected argument '\(extra)' for 'scenario repl'\n", to: STDERR_FILENO)
            return 2
        }
        // Only a person at a terminal makes history; a script's lines are not worth keeping.
        let file = Terminal.isInteractive ? HistoryFile.standard(environment: ProcessInfo.processInfo.environment) : nil
        let history = History.loaded(from: file)
        ReplLoop(prompt: prompt, history: history, completer: complete, handle: handle).run()
        return 0
    }

    /// Completes the word before the cursor from `words`.
    static func complete(_ line: String, _ cursor: Int) -> Completion {
        Completion.matching(words, line: line, cursor: cursor)
    }

    /// Handles one line; false to leave.
    static func handle(_ line: String) -> Bool {
        switch line.trimmingCharacters(in: .whitespaces) {
        case "": break
        case "quit", "exit": return false
        case "help": print(helpText)
        default: print("you typed: \(line)")
        }
        return true
    }
}

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

import Foundation
import Testing
import TestSupport

/// A command running in a detached tmux session of a fixed size, driven by keys like a person.
///
/// Raw mode, escape sequences and redraws can only be tested against a real terminal, and tmux
/// is one that a test can type into (`send-keys`) and read back (`capture-pane`) without a
/// window. Each session has its own server (`-L` with a unique socket name) and no user
/// configuration (`-f` with a file of our own), so tests cannot disturb each other or a
/// developer's tmux; the server is killed (and its socket file removed) by `kill()`, and
/// again, in case a test forgot or threw, when the session is released. The pane stays after
/// the command exits (`remain-on-exit`), so its last screen can still be read. Captures drop
/// trailing spaces, so wait for `scenario>`, not `scenario> `.
///
///     let tmux = try TmuxSession(command: [binary, "repl"], environment: ["HOME": folder.path])
///     defer { tmux.kill() }
///     try tmux.waitFor("scenario>")
///     tmux.type("show")
///     tmux.press("Enter")
///     try tmux.waitForLine("you typed: show")
final class TmuxSession {
    /// tmux's path, if it is installed.
    static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { executable != nil }

    let socket: String
    /// The socket's file, removed with the server: tmux leaves it behind when killed.
    private var socketPath: String?
    private let tmux: String
    private let folder = TemporaryFolder()
    private var isKilled = false

    /// Starts `command` in a new session `width` columns by `height` rows, with `environment`
    /// added to the command's own.
    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        guard let tmux = Self.executable else { throw TmuxError(message: "tmux is not installed") }
        self.tmux = tmux
        socket = "scenario-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let configuration = folder.path + "/tmux.conf"
        try "set-option -g remain-on-exit on\nset-option -g status off\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let start = ["-f", configuration, "new-session", "-d", "-s", "test", "-x", "\(width)", "-y", "\(height)", "--", "env"]
        let result = run(start + assignments + command)
        guard result.status == 0 else { throw TmuxError(message: "tmux new-session failed: \(result.output)") }
        socketPath = run(["display-message", "-p", "#{socket_path}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    deinit { kill() }

    /// Types `text` literally (`send-keys -l`), whatever characters it holds.
    func type(_ text: String) {
        _ = run(["send-keys", "-t", "test", "-l", "--", text])
    }

    /// Presses keys by tmux's names: `Enter`, `Left`, `Home`, `C-r`, `Tab`, `Escape`.
    func press(_ keys: String...) {
        for key in keys { _ = run(["send-keys", "-t", "test", key]) }
    }

    /// Pastes `text` as a terminal does when the program asked for bracketed paste.
    func paste(_ text: String) {
        _ = run(["set-buffer", "--", text])
        _ = run(["paste-buffer", "-p", "-r", "-t", "test"])
    }

    /// The pane's text, wrapped rows joined (`-J`), trailing spaces removed from each line.
    func capture() -> String {
        let lines = run(["capture-pane", "-p", "-J", "-t", "test"]).output.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The pane's text with its colours and other attributes as escape sequences (`-e`), as
    /// the program drew them; wrapped rows joined.
    func captureWithAttributes() -> String {
        run(["capture-pane", "-p", "-e", "-J", "-t", "test"]).output
    }

    /// The cursor's column and row in the pane, both from 0.
    func cursor() -> (column: Int, row: Int) {
        let fields = run(["display-message", "-p", "-t", "test", "#{cursor_x} #{cursor_y}"]).output.split(separator: " ")
        return (Int(fields.first.map(String.init) ?? "") ?? -1, Int(fields.last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "") ?? -1)
    }

    /// The process id of the pane's command.
    func panePID() -> String {
        run(["display-message", "-p", "-t", "test", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the pane contains `text`; on timeout records an issue showing the pane.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try wait(for: "'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until one of the pane's lines is exactly `line` (ignoring trailing spaces).
    @discardableResult
    func waitForLine(_ line: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try wait(for: "a line '\(line)'", timeout: timeout, sourceLocation: sourceLocation) { pane in
            pane.split(separator: "\n").contains { $0 == line }
        }
    }

    /// Waits until the pane's text satisfies `condition`, described as `what` if it never does.
    @discardableResult
    func waitUntil(
        _ what: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        try wait(for: what, timeout: timeout, sourceLocation: sourceLocation, until: condition)
    }

    /// Waits until the cursor is in `column` (from 0): the screen can show the text before the
    /// cursor movement that follows it in the same write has been applied.
    func waitForCursor(column: Int, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try wait(for: "the cursor in column \(column) (it is in \(cursor().column))", timeout: timeout, sourceLocation: sourceLocation) { _ in
            self.cursor().column == column
        }
    }

    /// Waits until the command has exited.
    func waitForExit(timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try wait(for: "the command to exit", timeout: timeout, sourceLocation: sourceLocation) { _ in
            self.run(["display-message", "-p", "-t", "test", "#{pane_dead}"]).output.hasPrefix("1")
        }
    }

    /// Kills the session's server; safe to call more than once.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = run(["kill-server"])
        if let socketPath, socketPath.hasSuffix("/" + socket) { unlink(socketPath) }
    }

    private func wait(for what: String, timeout: Duration, sourceLocation: SourceLocation, until done: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let pane = capture()
            if done(pane) { return pane }
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting for \(what); the pane shows:\n\(pane)", sourceLocation: sourceLocation)
                throw TmuxError(message: "timed out waiting for \(what)")
            }
            usleep(50_000)
        }
    }

    /// Runs tmux on this session's server; its exit status (-1 if it did not run or was killed by
    /// a signal) and its output, stderr after stdout.
    ///
    /// `ProcessRunner` starts tmux with every signal unblocked: a test thread can have most
    /// signals blocked, a child would inherit that mask, and a tmux server started with SIGTERM
    /// blocked survives `kill-server` (which signals itself) and keeps its panes alive. (That no
    /// signal tmux relies on is ignored is checked by `ProcessRunnerTests`.) Should the server
    /// a first command starts keep that command's output open, the runner stops reading half a
    /// second after the command itself exits, so a call still returns.
    @discardableResult
    private func run(_ arguments: [String]) -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // a test run inside tmux must still start its own server
        let runner = ProcessRunner(
            URL(fileURLWithPath: tmux), ["-L", socket] + arguments, environment: environment, timeout: .seconds(30),
            outputGrace: .milliseconds(500))
        do {
            let outcome = try runner.run()
            let status: Int32 = if case .exit(let code) = outcome.termination { code } else { -1 }
            return (status, outcome.stdoutText + outcome.stderrText)
        } catch {
            return (-1, "cannot run tmux: \(error)")
        }
    }
}

/// A tmux session could not be started or did not show what was expected.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

import Foundation
import Testing

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

    /// Runs tmux on this session's server; its exit status and its output (stdout and stderr).
    ///
    /// Spawned with every signal unblocked and at its default action. A test thread can have
    /// most signals blocked, a child inherits its mask, and a tmux server started with SIGTERM
    /// blocked survives `kill-server` (which signals itself) and keeps its panes alive. Output
    /// goes to a file, not a pipe, because the server a first command starts keeps the
    /// command's stdout open and a pipe would never reach its end.
    @discardableResult
    private func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let outputPath = folder.path + "/tmux.out"
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // a test run inside tmux must still start its own server
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        guard spawned == 0 else { return (-1, "cannot run tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : -1  // WIFEXITED, WEXITSTATUS
        return (exitStatus, output)
    }
}

/// A tmux session could not be started or did not show what was expected.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

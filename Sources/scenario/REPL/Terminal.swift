#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The controlling terminal: whether there is one, raw mode, its width, and unbuffered I/O.
///
/// Raw mode is process-wide state that outlives a crash of the editor's logic, so this type
/// guarantees the way back: `leaveRawMode()` is idempotent, an `atexit` hook calls it, and
/// while raw mode is on, SIGINT, SIGTERM, SIGHUP and SIGQUIT first restore the terminal and then
/// run whatever action they had before. A shell left with echo off and line editing broken is
/// the worst thing a line editor can do, so every exit path leads through `restore()`.
///
/// The saved state lives in memory allocated once, because a signal handler may only make
/// async-signal-safe calls: `tcsetattr`, `write`, `sigaction` and `raise` are; allocating is not.
enum Terminal {
    /// The signals whose handlers restore the terminal while raw mode is on.
    private static let chain = SignalChain([SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    /// Turns bracketed paste off: pasted text then arrives as plain keys again.
    private static let leaveSequence: [UInt8] = Array("\u{1B}[?2004l".utf8)

    nonisolated(unsafe) private static let savedAttributes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static var isRaw = false
    nonisolated(unsafe) private static var isExitHookInstalled = false

    /// True when stdin and stdout are both terminals and TERM is not `dumb`.
    ///
    /// Otherwise the REPL reads plain lines with no prompt decoration, so a script or a pipe
    /// can drive it and its output can be compared byte for byte.
    static var isInteractive: Bool {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
        guard let term = getenv("TERM") else { return true }
        return String(cString: term) != "dumb"
    }

    /// The terminal's width in columns: from the terminal itself, else COLUMNS, else 80.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = getenv("COLUMNS"), let value = Int(String(cString: columns)), value > 0 {
            return value
        }
        return 80
    }

    /// Puts stdin in raw mode and turns on bracketed paste; false if stdin is no terminal.
    ///
    /// Raw here means: no echo, no line buffering, no signals from Ctrl-C or Ctrl-Z (the editor
    /// reads them as keys), no CR-to-LF translation and no flow control. Output processing stays
    /// on, so a `print` from a command still starts its lines at the left margin.
    static func enterRawMode() -> Bool {
        guard !isRaw else { return true }
        guard tcgetattr(STDIN_FILENO, savedAttributes) == 0 else { return false }
        var raw = savedAttributes.pointee
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { controls in
            controls[Int(VMIN)] = 1  // a read returns as soon as one byte is there
            controls[Int(VTIME)] = 0
        }
        installHandlers()
        // TCSADRAIN, not TCSAFLUSH: keys typed ahead while a command ran must not be lost.
        guard tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0 else {
            chain.uninstall()
            return false
        }
        isRaw = true
        write("\u{1B}[?2004h")
        return true
    }

    /// Leaves raw mode and bracketed paste; does nothing when raw mode is off.
    static func leaveRawMode() {
        guard isRaw else { return }
        restore()
        chain.uninstall()
    }

    /// Restores the terminal using only async-signal-safe calls.
    private static func restore() {
        guard isRaw else { return }
        isRaw = false
        leaveSequence.withUnsafeBytes { bytes in _ = writeAll(STDOUT_FILENO, bytes) }
        _ = tcsetattr(STDIN_FILENO, TCSADRAIN, savedAttributes)
    }

    private static func installHandlers() {
        if !isExitHookInstalled {
            isExitHookInstalled = true
            atexit { Terminal.restore() }
        }
        chain.install { signal in Terminal.restoreThenResignal(signal) }
    }

    /// The signal handler: restore the terminal, reinstate the old action, and let it run.
    ///
    /// The signal is blocked while its handler runs, so the raised copy is delivered on return,
    /// to the previous action: by default, the process ends as if never caught.
    private static func restoreThenResignal(_ signal: Int32) {
        restore()
        chain.handOn(signal)
    }

    // MARK: Input and output

    /// What one wait for input gave.
    enum Input: Equatable {
        case bytes([UInt8])
        case timedOut
        case endOfInput
    }

    /// Waits for bytes on stdin, at most `milliseconds` if given; a read error counts as the end.
    static func read(waitingAtMost milliseconds: Int32? = nil) -> Input {
        if let milliseconds {
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            while true {
                let ready = poll(&poller, 1, milliseconds)
                if ready == 0 { return .timedOut }
                if ready > 0 { break }
                if errno != EINTR { return .endOfInput }
            }
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { readSome(STDIN_FILENO, $0) }
            if count > 0 { return .bytes(Array(buffer[..<count])) }
            if count == 0 || (errno != EINTR && errno != EAGAIN) { return .endOfInput }
        }
    }

    /// True when bytes are waiting on stdin, so a redraw can wait until they are handled.
    static var hasPendingInput: Bool {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Writes `text` to `descriptor` at once, bypassing stdio's buffer; errors are ignored.
    ///
    /// Callers flush stdio first (`fflush(stdout)`) when they have printed with `print`.
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        var text = text
        text.withUTF8 { bytes in _ = writeAll(descriptor, UnsafeRawBufferPointer(bytes)) }
    }

    /// Writes all of `bytes`, retrying after signals; returns how many were written.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var written = 0
        while written < bytes.count {
            let result = systemWrite(descriptor, base + written, bytes.count - written)
            if result > 0 {
                written += result
            } else if result < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        return written
    }

    private static func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        systemRead(descriptor, buffer.baseAddress, buffer.count)
    }
}

// The C library's read and write, named apart from `Terminal.read` and `Terminal.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}

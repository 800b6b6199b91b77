#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A handler put in front of the actions some signals already had, so it can tidy up (restore
/// the terminal, remove a temporary file) and then let the old action run.
///
/// Handlers may only make async-signal-safe calls: `sigaction` and `raise` are, allocating is
/// not. So the previous actions live in memory allocated once, when the chain is made. A signal
/// that was ignored stays ignored: the handler is not installed for it.
///
///     static let chain = SignalChain([SIGINT, SIGTERM])
///     chain.install { signal in tidy(); chain.handOn(signal) }
///     chain.uninstall()
struct SignalChain: @unchecked Sendable {
    let signals: [Int32]
    private let previous: UnsafeMutablePointer<sigaction>

    init(_ signals: [Int32]) {
        self.signals = signals
        previous = .allocate(capacity: signals.count)
    }

    /// Puts `handler` in front of each signal's action, keeping the action to hand on to.
    func install(_ handler: @convention(c) (Int32) -> Void) {
        for (index, signal) in signals.enumerated() {
            var action = sigaction()
            Self.setHandler(of: &action, to: handler)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + index)
            if Self.isIgnored(previous[index]) {
                sigaction(signal, previous + index, nil)  // ignored before: stay ignored
            }
        }
    }

    /// Puts every signal's previous action back.
    func uninstall() {
        for (index, signal) in signals.enumerated() {
            sigaction(signal, previous + index, nil)
        }
    }

    /// From inside the handler: reinstates the signal's previous action and raises the signal.
    ///
    /// The signal is blocked while its handler runs, so the raised copy is delivered on return,
    /// to the previous action: by default, the process ends as if never caught.
    func handOn(_ signal: Int32) {
        if let index = signals.firstIndex(of: signal) {
            sigaction(signal, previous + index, nil)
        }
        raise(signal)
    }

    private static func setHandler(of action: inout sigaction, to handler: @convention(c) (Int32) -> Void) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The other end of a FIFO while `scenario` uses it: a thread that reads everything written to
/// it, or writes given bytes into it, as a shell's `cat fifo &` or `printf … > fifo &` would.
///
/// Opening a FIFO blocks until the other end opens it too, and a reader sees the end only when
/// every writer has closed, so a `scenario` that fails before opening it, or replaces it with a
/// file, must not leave the thread waiting for ever. `finish()` is called once `scenario` has
/// exited, and lets the thread end:
/// - a reader is given a write end the test holds from the start (`O_RDWR` never blocks on a
///   FIFO), so its `open` returns at once; `finish()` closes it, and the reader sees the end;
/// - a writer's `open` waits for `scenario` to open the FIFO for reading; if it never did,
///   `finish()` opens the read end itself, without blocking, and closes it. The writer blocks
///   SIGPIPE on its own thread, so that makes its write fail with EPIPE, not end the test run.
///
///     let reader = FifoPeer.reader(at: fifo)
///     let result = try ExternalTool.run(binary, ["report", "m.scenario", "--output", fifo])
///     let html = reader.finish()
final class FifoPeer: @unchecked Sendable {
    private let path: String
    private let reads: Bool
    /// The write end a reader's FIFO is held open by until `finish()`.
    private var heldWriteEnd: Int32 = -1
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var received: [UInt8] = []

    private init(path: String, reads: Bool) {
        self.path = path
        self.reads = reads
    }

    /// Makes a FIFO at `path`.
    static func make(at path: String) throws {
        guard mkfifo(path, 0o600) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// A thread that opens the FIFO for reading and reads it to the end.
    static func reader(at path: String) -> FifoPeer {
        let peer = FifoPeer(path: path, reads: true)
        peer.heldWriteEnd = open(path, O_RDWR | O_CLOEXEC)
        Thread.detachNewThread {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                while true {
                    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { break }
                    peer.lock.lock()
                    peer.received += chunk[..<count]
                    peer.lock.unlock()
                }
                close(descriptor)
            }
            peer.done.signal()
        }
        return peer
    }

    /// A thread that opens the FIFO for writing and writes `bytes`, then closes it.
    static func writer(at path: String, bytes: [UInt8]) -> FifoPeer {
        let peer = FifoPeer(path: path, reads: false)
        Thread.detachNewThread {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            if descriptor >= 0 {
                var offset = 0
                while offset < bytes.count {
                    let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
                    if count < 0, errno == EINTR { continue }
                    if count <= 0 { break }
                    offset += count
                }
                close(descriptor)
            }
            peer.done.signal()
        }
        return peer
    }

    /// Lets the thread end even if `scenario` never opened the FIFO, waits for it, and returns
    /// what a reader read (empty for a writer).
    func finish() -> [UInt8] {
        if reads {
            if heldWriteEnd >= 0 { close(heldWriteEnd) }
            done.wait()
        } else if done.wait(timeout: .now() + .milliseconds(200)) == .timedOut {
            // Still in `open`: open the read end without blocking and close it.
            let far = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            if far >= 0 { close(far) }
            done.wait()
        }
        lock.lock()
        defer { lock.unlock() }
        return received
    }
}

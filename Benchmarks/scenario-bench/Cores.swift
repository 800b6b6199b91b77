import Foundation

/// Work shared among the machine's cores on plain threads: `parts` workers take chunks of
/// `0..<count` from a shared counter until none are left, so a worker that the machine's other
/// load holds up takes fewer chunks rather than holding up the rest.
enum Cores {
    /// The cores this process may use.
    static var available: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body(worker, range)` over chunks of `0..<count` of at most `chunk` indices on
    /// `workers` threads (this one and `workers − 1` more), and returns when all are done.
    static func share(_ count: Int, chunk: Int, workers: Int, _ body: @escaping @Sendable (_ worker: Int, _ range: Range<Int>) -> Void) {
        let next = ChunkCounter()
        let work: @Sendable (Int) -> Void = { worker in
            while true {
                let start = next.take(chunk)
                guard start < count else { return }
                body(worker, start..<min(start + chunk, count))
            }
        }
        guard workers > 1 else {
            work(0)
            return
        }
        let finished = DispatchSemaphore(value: 0)
        for worker in 1..<workers {
            let thread = Thread {
                work(worker)
                finished.signal()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        work(0)
        for _ in 1..<workers { finished.wait() }
    }
}

/// A counter shared by threads: each `take` returns the next free index and moves it on.
private final class ChunkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let start = value
        value += count
        return start
    }
}

import Foundation

/// Writes a file in one step for `fmt --write` and the REPL's `export` and `save`: found as the
/// kernel finds it (`OutputTarget`), a regular file written whole or not at all with its owner
/// and mode kept, a device or FIFO written as a stream (`PendingOutput`), and never over a
/// scenario being read.
enum AtomicFile {
    /// Nil on success, else what went wrong, for the user.
    static func write(_ text: String, to path: String, protecting inputs: [String] = []) -> String? {
        write(Array(text.utf8), to: path, protecting: inputs)
    }

    static func write(_ data: Data, to path: String, protecting inputs: [String] = []) -> String? {
        write([UInt8](data), to: path, protecting: inputs)
    }

    static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) -> String? {
        let target: OutputTarget
        switch OutputTarget.find(path, example: "output.txt") {
        case .success(let found): target = found
        case .failure(let problem): return problem.message
        }
        if let identity = target.identity, inputs.contains(where: { FileIdentity(path: $0) == identity }) {
            return "'\(path)' is the scenario itself; choose another file name"
        }
        switch PendingOutput.open(target, typed: path) {
        case .success(let pending): return pending.commit(bytes)?.message
        case .failure(let problem): return problem.message
        }
    }
}

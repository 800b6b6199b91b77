import Foundation

/// Writes a file in one step for `fmt --write` and the REPL's `export` and `save`: found as the
/// kernel finds it (`OutputTarget`), a regular file written whole or not at all with its owner
/// and mode kept, a device or FIFO written as a stream (`PendingOutput`), and never over the
/// scenario or any file it read (its includes and CSV lists).
enum AtomicFile {
    /// Nil on success, else what went wrong, for the user.
    static func write(_ text: String, to path: String, protecting inputs: FilesRead? = nil) -> String? {
        write(Array(text.utf8), to: path, protecting: inputs)
    }

    static func write(_ data: Data, to path: String, protecting inputs: FilesRead? = nil) -> String? {
        write([UInt8](data), to: path, protecting: inputs)
    }

    static func write(_ bytes: [UInt8], to path: String, protecting inputs: FilesRead? = nil) -> String? {
        let target: OutputTarget
        switch OutputTarget.find(path, example: "output.txt") {
        case .success(let found): target = found
        case .failure(let problem): return problem.message
        }
        if let identity = target.identity, let inputs, let read = inputs.path(of: identity) {
            if inputs.isScenario(identity) { return "'\(path)' is the scenario itself; choose another file name" }
            let what = read == path ? "'\(path)' is a file the scenario reads" : "'\(path)' is '\(read)', a file the scenario reads"
            return "\(what); choose another file name, since writing it would replace the model's own data"
        }
        switch PendingOutput.open(target, typed: path) {
        case .success(let pending): return pending.commit(bytes)?.message
        case .failure(let problem): return problem.message
        }
    }
}

import Foundation

/// Writes output files whole or not at all: to a temporary file beside the target, then renamed
/// over it, so a failure never leaves half a report; and never over a scenario being read.
enum AtomicFile {
    /// Nil on success, else what went wrong, for the user.
    static func write(_ text: String, to path: String, protecting inputs: [String] = []) -> String? {
        write(Data(text.utf8), to: path, protecting: inputs)
    }

    static func write(_ data: Data, to path: String, protecting inputs: [String] = []) -> String? {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == target {
            return "'\(path)' is the scenario itself; choose another file name"
        }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            return "cannot write '\(path)': check that the folder exists and you may write to it"
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            return "cannot replace '\(path)'"
        }
        return nil
    }
}

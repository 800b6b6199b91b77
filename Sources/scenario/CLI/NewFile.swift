import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a file that must not exist yet: written whole or not at all, and never over a file,
/// even one another program creates at the same moment.
///
/// `scenario init` writes files a user then edits; overwriting one would lose their work. The
/// text goes to a temporary file beside the target, which is then hard-linked to the target's
/// name: `link` fails when the name is taken, so checking and creating are one step. Where the
/// file system has no hard links, the target is opened with `O_EXCL` instead, and removed again
/// if it cannot be written whole.
///
///     NewFile.create("title \"Fund\"\n", at: "fund.scenario")   // nil, or what went wrong
enum NewFile {
    enum Failure: Error, Equatable {
        /// Something, a file or a folder, already has the name.
        case exists
        /// The file could not be written; the reason is for the user.
        case cannotWrite(String)
    }

    /// Nil when `path` was created holding `text`.
    static func create(_ text: String, at path: String) -> Failure? {
        let data = Data(text.utf8)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            return .cannotWrite("cannot write in the folder of '\(path)': check that it exists and you may write to it")
        }
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return nil }
        switch errno {
        case EEXIST: return .exists
        case EPERM, ENOTSUP, EXDEV, EMLINK, ENOSYS: return createExclusively(data, at: path)
        case let code: return .cannotWrite("cannot create '\(path)': \(String(cString: strerror(code)))")
        }
    }

    /// Opens `path` only if it does not exist, and writes `data` to it; removes it when the write fails.
    private static func createExclusively(_ data: Data, at path: String) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            return errno == EEXIST ? .exists : .cannotWrite("cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let closed = close(descriptor) == 0
        guard written, closed else {
            unlink(path)
            return .cannotWrite("cannot write '\(path)' whole: the disk may be full")
        }
        return nil
    }
}

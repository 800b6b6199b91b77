#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output opened before the work that fills it, written by `commit` or left as it was.
///
/// For a regular file, the temporary file `.NAME.PID.tmp` is created beside the target at once,
/// so a folder that cannot be written to, or a full disk, is reported before any work; it takes
/// the target's owner (where the process may give it) and mode, so a report kept private stays
/// private. `commit` writes the bytes, flushes them to the disk, and renames the temporary file
/// over the target: a reader sees the old file or the new one, never half of one. Until then
/// `InterruptCleanup` removes the temporary file if a signal ends the process, and `abandon`
/// (or the end of the value) removes it on any other way out.
///
/// A stream (a device, a FIFO) is opened only in `commit`, so nothing reaches a reader unless
/// the work succeeded; standard output is written through `Output`.
final class PendingOutput {
    /// The path as the user typed it, for messages.
    let typed: String
    let target: OutputTarget
    private var temporary: (path: String, descriptor: Int32)?

    private init(typed: String, target: OutputTarget) {
        self.typed = typed
        self.target = target
    }

    deinit { abandon() }

    /// Opens `target`: for a regular file, creates its temporary file.
    static func open(_ target: OutputTarget, typed: String) -> Result<PendingOutput, OutputProblem> {
        let pending = PendingOutput(typed: typed, target: target)
        guard case .file(let path, let existing) = target else { return .success(pending) }
        if existing != nil, access(path, W_OK) != 0 {
            let error = SystemError.last
            return .failure(OutputProblem("cannot write '\(typed)': \(error.reason)",
                                          help: error.code == EACCES ? "the file is read-only; choose another name, or make it writable" : error.helpForWriting))
        }
        let (folder, name) = PhysicalPath.split(path)
        let process = getpid()
        for attempt in 0..<100 {
            let candidate = PhysicalPath.join(folder, ".\(name).\(process)\(attempt == 0 ? "" : ".\(attempt)").tmp")
            // Held before it exists, so no moment is uncovered; a signal before `open` fails with
            // EEXIST could remove only a leftover of this same name, which is ours to remove.
            InterruptCleanup.hold(candidate)
            let descriptor: Int32
            switch SystemCall.open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666) {
            case .success(let opened): descriptor = opened
            case .failure(let error):
                InterruptCleanup.release()
                if error.code == EEXIST { continue }  // a leftover of an earlier process with this number
                let shownFolder = PhysicalPath.split(typed).folder
                let message = error.code == EACCES || error.code == EPERM
                    ? "cannot write in the folder '\(shownFolder)'" : "cannot write '\(typed)': \(error.reason)"
                return .failure(OutputProblem(message, help: error.helpForWriting))
            }
            pending.temporary = (candidate, descriptor)
            if let existing { keepOwnerAndMode(existing, descriptor: descriptor) }
            return .success(pending)
        }
        return .failure(OutputProblem("cannot write '\(typed)': too many temporary files beside it", help: "remove the files named .\(name).*.tmp"))
    }

    /// Writes `bytes` to the target; nil when done, else what went wrong (and the target is as
    /// it was, for a regular file).
    func commit(_ bytes: [UInt8]) -> OutputProblem? {
        switch target {
        case .standardOutput:
            Output.bytes(bytes)
            Output.flush()
            return nil
        case .stream(let path):
            let descriptor: Int32
            switch SystemCall.open(path, O_WRONLY | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC) {
            case .success(let opened): descriptor = opened
            case .failure(let error): return failure(error)
            }
            defer { close(descriptor) }
            if let error = SystemCall.writeAll(bytes, to: descriptor) { return failure(error) }
            return nil
        case .file(let path, _):
            guard let (temporaryPath, descriptor) = temporary else {
                return OutputProblem("cannot write '\(typed)': it was already written", help: "write it once")
            }
            if let error = SystemCall.writeAll(bytes, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : SystemError.last) {
                abandon()
                return failure(error, unchanged: true)
            }
            close(descriptor)
            temporary = nil
            guard rename(temporaryPath, path) == 0 else {
                let error = SystemError.last
                unlink(temporaryPath)
                InterruptCleanup.release()
                return OutputProblem("cannot replace '\(typed)': \(error.reason)", help: "\(error.helpForWriting); the file is as it was")
            }
            InterruptCleanup.release()
            return nil
        }
    }

    /// Removes the temporary file, if there is one: the target stays as it was.
    func abandon() {
        guard let (path, descriptor) = temporary else { return }
        temporary = nil
        close(descriptor)
        unlink(path)
        InterruptCleanup.release()
    }

    private func failure(_ error: SystemError, unchanged: Bool = false) -> OutputProblem {
        OutputProblem("cannot write '\(typed)': \(error.reason)", help: unchanged ? "\(error.helpForWriting); the file is as it was" : error.helpForWriting)
    }

    /// The replacement takes the old file's owner where the process may give it (root may; a
    /// user may give a group they are in), then its mode: set after `fchown`, which clears the
    /// set-user-ID bits.
    private static func keepOwnerAndMode(_ existing: OutputTarget.FileStatus, descriptor: Int32) {
        if fchown(descriptor, existing.owner, existing.group) != 0 {
            _ = fchown(descriptor, uid_t.max, existing.group)  // -1: keep the owner, change the group
        }
        _ = fchmod(descriptor, existing.permissions)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an output path names, found as the kernel finds it, before anything is written.
///
/// - `-` (where the command allows it) is standard output.
/// - A regular file, or a name not yet taken, is written whole or not at all: to a temporary
///   file beside it, renamed over it (`PendingOutput`).
/// - A character device (`/dev/null`, a terminal) or a FIFO is a stream: it is opened and
///   written, never replaced by a regular file.
/// - A symbolic link is followed, hop by hop, to what it leads to, and that is written: the
///   file it points to is replaced, and the link stays a link.
/// - A folder, a block device or a socket is refused.
///
///     OutputTarget.find("report.html", example: "report.html")   // .file("/work/report.html", existing: nil)
///     OutputTarget.find("/dev/null", example: "report.html")     // .stream("/dev/null")
enum OutputTarget: Equatable {
    case standardOutput
    /// A character device or FIFO, at this physical path.
    case stream(String)
    /// A regular file at this physical path, and its status if it exists.
    case file(String, existing: FileStatus?)

    /// What of a file's status a replacement keeps: its identity, mode and owner.
    struct FileStatus: Equatable {
        let identity: FileIdentity
        /// The permission bits, `st_mode & 0o7777`.
        let permissions: mode_t
        let owner: uid_t
        let group: gid_t

        init(_ status: stat) {
            identity = FileIdentity(status)
            permissions = status.st_mode & 0o7777
            owner = status.st_uid
            group = status.st_gid
        }
    }

    /// Most links followed from one output path, as the kernel's own limit (`ELOOP`) is 40.
    static let maximumLinks = 40

    /// The target `typed` names. `-` is standard output only when `allowingStandardOutput`;
    /// `example` is a file name to suggest in a folder named by mistake.
    static func find(_ typed: String, example: String, allowingStandardOutput: Bool = false) -> Result<OutputTarget, OutputProblem> {
        if allowingStandardOutput, typed == "-" { return .success(.standardOutput) }
        // The system would cut the name at the NUL and write another file (a REPL line can hold one).
        guard !typed.utf8.contains(0) else {
            return .failure(OutputProblem("a file name cannot hold a NUL character", help: "type the name again without it"))
        }
        var current = typed
        for _ in 0...maximumLinks {
            let physical: String
            switch PhysicalPath.folderResolved(current) {
            case .success(let path): physical = path
            case .failure(let error) where error.code == ENOENT || error.code == ENOTDIR:
                let folder = PhysicalPath.split(current).folder
                if current == typed {
                    return .failure(OutputProblem("no folder '\(folder)' to write '\(typed)' in", help: "create the folder first, or choose another path"))
                }
                return .failure(OutputProblem(
                    "'\(typed)' is a link to '\(current)', whose folder '\(folder)' does not exist", help: "create the folder first, or choose another path"))
            case .failure(let error):
                return .failure(OutputProblem("cannot write '\(typed)': \(error.reason)", help: error.helpForWriting))
            }
            var status = stat()
            guard lstat(physical, &status) == 0 else {
                let error = SystemError.last
                if error.code == ENOENT { return .success(.file(physical, existing: nil)) }
                return .failure(OutputProblem("cannot write '\(typed)': \(error.reason)", help: error.helpForWriting))
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                guard let target = linkTarget(physical) else {
                    let error = SystemError.last
                    return .failure(OutputProblem("cannot follow the link '\(typed)': \(error.reason)", help: error.helpForWriting))
                }
                current = target.hasPrefix("/") ? target : PhysicalPath.join(PhysicalPath.split(physical).folder, target)
            case S_IFREG:
                return .success(.file(physical, existing: FileStatus(status)))
            case S_IFCHR, S_IFIFO:
                return .success(.stream(physical))
            case S_IFDIR:
                let suggestion = typed.hasSuffix("/") ? typed + example : PhysicalPath.join(typed, example)
                return .failure(OutputProblem("'\(typed)' is a folder", help: "name a file: \(suggestion)"))
            default:
                return .failure(OutputProblem(
                    "'\(typed)' is not a file that can be written", help: "name a regular file, a FIFO, or a device such as /dev/null"))
            }
        }
        return .failure(OutputProblem("cannot write '\(typed)': \(SystemError(ELOOP).reason)", help: "check where the links lead"))
    }

    /// The identity of what is written over, for the check that it is not a file being read.
    var identity: FileIdentity? {
        switch self {
        case .standardOutput: FileIdentity(descriptor: 1)
        case .stream(let path): FileIdentity(path: path)
        case .file(_, let existing): existing?.identity
        }
    }

    /// The text a symbolic link holds.
    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why an output cannot be written, worded for the user: a message and what to do about it.
struct OutputProblem: Error, Equatable {
    let message: String
    let help: String

    init(_ message: String, help: String) {
        self.message = message
        self.help = help
    }
}

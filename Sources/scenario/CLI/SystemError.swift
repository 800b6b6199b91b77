#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a failed system call's `errno` means, in words that tell the user what really happened.
///
/// A full disk is not a permissions problem, and a read-only disk is not a missing folder: the
/// message names the cause the system gave, and the help says what to do about that cause.
///
///     SystemError(ENOSPC).reason   // "no space left on device"
///     SystemError(ENOSPC).help     // "free some space on the disk, or write somewhere else"
///     SystemError(EACCES).reason   // "permission denied"
struct SystemError: Error, Equatable {
    /// The `errno` value.
    let code: Int32

    init(_ code: Int32) {
        self.code = code
    }

    /// The error of the call that just failed.
    static var last: SystemError { SystemError(errno) }

    /// Lower-case, without a full stop, as messages are.
    var reason: String {
        switch code {
        case ENOSPC: "no space left on device"
        case EDQUOT: "the disk quota is used up"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "it is a folder"
        case ELOOP: "too many symbolic links, or a link where none may be"
        case ENAMETOOLONG: "the name is too long"
        case EFBIG: "the file is too large for the file system"
        case EIO: "input/output error"
        case EMFILE, ENFILE: "too many files are open"
        case ENXIO: "no process is reading it"
        case ETXTBSY, EBUSY: "the file is busy"
        case EEXIST: "a file of that name already exists"
        case EXDEV: "it is on another file system"
        case EPIPE: "nothing is reading it any more"
        default: Self.systemDescription(code)
        }
    }

    /// What to do about the cause, for a file being written.
    var helpForWriting: String {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: "free some space on the disk, or write somewhere else"
        case EACCES, EPERM: "choose a file and folder you may write to"
        case EROFS: "write somewhere else"
        case EIO: "check the disk, or write somewhere else"
        default: "check the path, or write somewhere else"
        }
    }

    /// What to do about the cause, for a file being read.
    var helpForReading: String {
        switch code {
        case EACCES, EPERM: "check that you have permission to read it"
        case ENOENT, ENOTDIR: "check the path"
        case EIO: "check the disk, or copy the file somewhere else"
        default: "check the file"
        }
    }

    /// The C library's words for a code this type does not name, lower-cased as messages are.
    private static func systemDescription(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "system error \(code)" }
        let words = String(cString: text)
        guard let first = words.first else { return "system error \(code)" }
        return first.lowercased() + words.dropFirst()
    }
}

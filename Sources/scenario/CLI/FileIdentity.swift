import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file on disk, whatever path reaches it: its device and inode.
///
/// Two paths name the same file exactly when their identities are equal, through links, `..`,
/// bind mounts and hard links alike, which no comparison of path text can promise.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of the file `path` reaches (links followed), or nil if there is none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of an open file.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }
}

/// The regular files one load of a scenario read: the scenario, what it includes, its CSV lists.
///
/// `report` and `export` refuse to write over any of them, so a mistyped `--output` cannot
/// replace the model's own data. Only regular files are kept: a stream read (standard input, a
/// FIFO) holds nothing a write could destroy. The loader's reads may come from any thread the
/// library uses, so the set is kept under a lock.
final class FilesRead: @unchecked Sendable {
    private let lock = NSLock()
    private var identities: [FileIdentity: String] = [:]
    private var scenario: FileIdentity?

    /// Notes an open file read under `displayPath`, if it is a regular file; `isScenario` marks
    /// the scenario itself, whose messages say so.
    func note(descriptor: Int32, displayPath: String, isScenario: Bool = false) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
        let identity = FileIdentity(status)
        lock.lock()
        defer { lock.unlock() }
        if isScenario { scenario = identity }
        if identities[identity] == nil { identities[identity] = displayPath }
    }

    /// The display path of the file read that `identity` is, if any.
    func path(of identity: FileIdentity) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return identities[identity]
    }

    /// Whether `identity` is the scenario itself (not a file it names).
    func isScenario(_ identity: FileIdentity) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return scenario == identity
    }

    /// How many files were read, for tests.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return identities.count
    }
}

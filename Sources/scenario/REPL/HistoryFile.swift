#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the REPL's history lives on disk, and how it is read and written.
///
/// The file is plain UTF-8, one entry a line, oldest first. A backslash is written `\\`, and a
/// line break inside an entry (possible only by pasting) as `\n` or `\r`, so every entry comes
/// back exactly as it went in and an ordinary entry is stored as typed.
///
/// Reading never fails: the file is the user's and may be anything. A missing or unreadable
/// file is empty; lines that are not UTF-8 are dropped; NUL bytes (left by a crash on some
/// filesystems) are removed; a huge file is read only from its last `readLimit` bytes. Writing
/// is atomic (a temporary file renamed over the old one), so a crash mid-save leaves the old
/// history whole, and the file is always mode 0600, because commands can hold figures that are
/// nobody else's business.
///
///     HistoryFile.standard(environment: ["HOME": "/home/ana"])?.path
///     // "/home/ana/.local/state/scenario/history"
struct HistoryFile: Sendable, Equatable {
    /// The most bytes read from the end of the file.
    static let readLimit = 1 << 20

    let path: String

    /// Why a save failed; its description is the warning line's text.
    struct SaveError: Error, CustomStringConvertible {
        let path: String
        let action: String
        let code: Int32

        var description: String {
            "cannot save history to '\(path)': \(action): \(String(cString: strerror(code)))"
        }
    }

    /// `$XDG_STATE_HOME/scenario/history`, else `~/.local/state/scenario/history`, else nil.
    ///
    /// XDG_STATE_HOME counts only when absolute, as the XDG Base Directory specification says.
    static func standard(environment: [String: String]) -> HistoryFile? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return HistoryFile(path: state + "/scenario/history")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return HistoryFile(path: home + "/.local/state/scenario/history")
        }
        return nil
    }

    /// The entries in the file, oldest first; never fails.
    func load() -> [String] {
        // O_NONBLOCK so that a FIFO in the file's place cannot hang the REPL at start.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return [] }
        let start = max(Int(status.st_size) - Self.readLimit, 0)
        guard lseek(descriptor, off_t(start), SEEK_SET) >= 0 else { return [] }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < Self.readLimit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        return Self.decode(bytes, startsMidLine: start > 0)
    }

    /// Replaces the file with `entries`, creating its folders as needed.
    func save(_ entries: [String]) throws(SaveError) {
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty { try createFolders(folder) }
        let temporary = "\(folder)/.history.\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SaveError(path: path, action: "create", code: errno) }
        let bytes = Self.encode(entries)
        var written = 0
        var failure: Int32 = 0
        if fchmod(descriptor, 0o600) != 0 { failure = errno }  // a leftover temporary may be wider
        while failure == 0, written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { written += count } else if errno != EINTR { failure = errno }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw SaveError(path: path, action: "write", code: failure)
        }
    }

    private func createFolders(_ folder: String) throws(SaveError) {
        var prefix = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw SaveError(path: path, action: "create folder '\(prefix)'", code: errno)
            }
        }
    }

    // MARK: Format

    /// The file's bytes for `entries`: one escaped entry a line.
    static func encode(_ entries: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            for byte in entry.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The entries in a file's bytes, skipping what cannot be read.
    ///
    /// When the bytes start in the middle of the file, the first line is cut and is dropped.
    static func decode(_ bytes: [UInt8], startsMidLine: Bool) -> [String] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if startsMidLine, !lines.isEmpty { lines.removeFirst() }
        let entries = lines.compactMap { line -> String? in
            var line = line.filter { $0 != 0 }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }  // written on Windows
            return String(validating: line, as: UTF8.self).map(unescaped)
        }
        return History.normalized(entries)
    }

    /// `line` with `\\`, `\n` and `\r` turned back; any other backslash stays as it is.
    ///
    /// Works on scalars, not characters: a backslash followed by an accent is one `Character`.
    private static func unescaped(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "\\")) else { return line }
        var result = String.UnicodeScalarView()
        var escaping = false
        for scalar in line.unicodeScalars {
            guard escaping else {
                if scalar == "\\" { escaping = true } else { result.append(scalar) }
                continue
            }
            escaping = false
            switch scalar {
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "\\": result.append("\\")
            default: result.append(contentsOf: ["\\", scalar])
            }
        }
        if escaping { result.append("\\") }
        return String(result)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file, a scenario or a file it names, with the size limit checked before
/// the bytes are held.
///
/// A regular file's size is known from `fstat` before a byte is read, so a 10 GB file is refused
/// at once. A stream (standard input, a FIFO, a terminal) has no size: it is read up to the limit
/// and one byte more, and refused if that byte comes, so memory never holds more than the limit.
/// A stream is read, never judged by a permission it does not need.
enum InputFile {
    /// Why nothing was read.
    enum Problem: Error, Equatable {
        /// The system refused: no such file, permission denied, an input/output error.
        case system(SystemError)
        /// The path is a folder.
        case folder
        /// A regular file of this many bytes, over the limit.
        case tooLarge(bytes: Int)
        /// A stream that went on past the limit.
        case streamTooLarge
        /// The name holds a NUL character, where the system would cut it short and open
        /// another file (a REPL line can hold one; a command-line argument cannot).
        case nulInName

        /// The message for the user, about the file the caller names.
        func message(limit: Int) -> String {
            switch self {
            case .system(let error) where error.code == ENOENT: "no such file"
            case .system(let error): "cannot read the file: \(error.reason)"
            case .folder: "this is a folder, not a file"
            case .tooLarge(let bytes): "the file is \(bytes >> 20) MB; the largest read is \(limit >> 20) MB"
            case .streamTooLarge: "the input goes on past \(limit >> 20) MB, the largest read"
            case .nulInName: "a file name cannot hold a NUL character"
            }
        }

        /// What to do about it.
        var help: String {
            switch self {
            case .system(let error): error.helpForReading
            case .folder: "name a file inside it"
            case .tooLarge, .streamTooLarge: "split the model, or keep large lists in CSV files"
            case .nulInName: "type the name again without it"
            }
        }
    }

    /// Opens `path` and reads all of it. `followingLastLink: false` opens with `O_NOFOLLOW`, so a
    /// path already resolved and checked cannot be swapped for a link before it is opened.
    /// `noting` records the file read (by identity) under `displayPath`.
    static func read(
        _ path: String, followingLastLink: Bool = true, limit: Int,
        noting filesRead: FilesRead? = nil, displayPath: String? = nil, isScenario: Bool = false
    ) -> Result<[UInt8], Problem> {
        guard !path.utf8.contains(0) else { return .failure(.nulInName) }
        var flags = O_RDONLY | O_CLOEXEC | O_NOCTTY
        if !followingLastLink { flags |= O_NOFOLLOW }
        let descriptor: Int32
        switch SystemCall.open(path, flags) {
        case .success(let opened): descriptor = opened
        case .failure(let error): return .failure(error.code == EISDIR ? .folder : .system(error))
        }
        defer { close(descriptor) }
        let result = read(descriptor: descriptor, limit: limit)
        if case .success = result {
            filesRead?.note(descriptor: descriptor, displayPath: displayPath ?? path, isScenario: isScenario)
        }
        return result
    }

    /// Reads an open file to its end: a regular file's size is checked first, a stream's as it
    /// comes.
    static func read(descriptor: Int32, limit: Int) -> Result<[UInt8], Problem> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(.last)) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { return .failure(.folder) }
        var expected = 0
        if kind == S_IFREG {
            let size = Int(status.st_size)
            guard size <= limit else { return .failure(.tooLarge(bytes: size)) }
            expected = size
        }
        // Whatever the size said, never hold more than the limit and one byte: a file that grows
        // while it is read, and every stream, stop there.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count: Int
            switch chunk.withUnsafeMutableBytes({ SystemCall.read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<wanted])) }) {
            case .success(let read): count = read
            case .failure(let error): return .failure(error.code == EISDIR ? .folder : .system(error))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        guard bytes.count <= limit else {
            return .failure(kind == S_IFREG ? .tooLarge(bytes: bytes.count) : .streamTooLarge)
        }
        return .success(bytes)
    }
}

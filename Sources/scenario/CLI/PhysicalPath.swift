#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the kernel resolves them: every symbolic link followed and every `..` taken from
/// where the link led, not struck out with the name before it.
///
/// `e/../passwd` beside a link `e -> /etc/ssl` is `/etc/passwd` to the kernel, though it reads
/// as `passwd` beside `e`; a check made on the text and an `open` made on the path disagree. So
/// every file `scenario` reads from a scenario or writes is found here first: the folder part by
/// `realpath(3)`, then the last name appended, and the file opened is that path (with
/// `O_NOFOLLOW`, so the last name cannot have become a link since).
///
///     PhysicalPath.split("Scenarios/model.scenario")   // ("Scenarios", "model.scenario")
///     PhysicalPath.folderResolved("e/../passwd")       // "/etc/passwd" when e -> /etc/ssl
enum PhysicalPath {
    /// The folder part and the last name: `"a/b.csv"` is `("a", "b.csv")`, `"b.csv"` is
    /// `(".", "b.csv")`, `"/b"` is `("/", "b")`. The name is empty when the path ends in `/`.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// `name` in `folder`, without doubling the slash after `/`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `realpath(3)`: the absolute path with every link and `..` resolved; the file must exist.
    static func resolved(_ path: String) -> Result<String, SystemError> {
        guard let pointer = realpath(path, nil) else { return .failure(.last) }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }

    /// The folder resolved physically and the last name kept as it is, so the name may be a file
    /// not yet written, or a link to look at rather than through. A last name of `.`, `..` or
    /// none (a path ending in `/`) names a folder, which is resolved whole.
    static func folderResolved(_ path: String) -> Result<String, SystemError> {
        let (folder, name) = split(path)
        if name.isEmpty || name == "." || name == ".." { return resolved(path) }
        return resolved(folder).map { join($0, name) }
    }

    /// Whether the physical `path` is `root` or lies under it (both from `resolved`).
    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `path` with `.` and `name/..` struck out as text, for a message only (never to open):
    /// what the user meant to name when the folder it names does not exist.
    static func lexicallyNormalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", path.hasPrefix("/") {
                continue  // `/..` is `/`
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The current folder, physically; `/` if it cannot be found (it was removed).
    static func currentFolder() -> String {
        guard let pointer = getcwd(nil, 0) else { return "/" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `path` made absolute against the current folder, as text (links are not resolved).
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : join(currentFolder(), path)
    }
}

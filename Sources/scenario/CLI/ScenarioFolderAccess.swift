import FinModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a scenario may read: those under its own folder and under each `--allow-path`
/// folder, found as the kernel finds them.
///
/// A path is taken relative to the file that names it (`include "b.scenario"` written in
/// `options/a.scenario` reads `options/b.scenario`), and every file read, however deeply
/// included, must lie under the top scenario's folder or an allowed one. The check is made on
/// the physical path: the folder part resolved by `realpath(3)`, then the last name; if that
/// name is a link, the file it leads to must lie inside too. The file opened is the path
/// checked, with `O_NOFOLLOW`, so `e/../passwd` beside `e -> /etc/ssl` is refused as
/// `/etc/passwd`, which it is, rather than allowed as `passwd`, which it reads as.
struct ScenarioFolderAccess: Sendable {
    /// The folders files may come from: physical paths, the scenario's own first.
    let roots: [String]
    /// The same folders as written, made absolute, to word a message about a path whose folder
    /// does not exist (and so has no physical path).
    let writtenRoots: [String]
    let filesRead: FilesRead

    /// Access for the scenario shown as `scenario` (`<stdin>` has the current folder).
    init(scenario: String, allowedFolders: [String], filesRead: FilesRead) {
        let folders = [PhysicalPath.split(scenario).folder] + allowedFolders
        roots = folders.compactMap { try? PhysicalPath.resolved($0).get() }
        writtenRoots = folders.map { PhysicalPath.lexicallyNormalised(PhysicalPath.absolute($0)) }
        self.filesRead = filesRead
    }

    var fileAccess: FileAccess {
        FileAccess(readingRelativeTo: { path, including throws(FileAccess.Failure) in try read(path, from: including) })
    }

    /// The text of the file `relative` names, written in the file shown as `including`; the
    /// path returned is the one to show, and to pass as `including` for the files it names.
    func read(_ relative: String, from including: String) throws(FileAccess.Failure) -> (displayPath: String, text: String) {
        let folder = PhysicalPath.split(including).folder
        let joined = relative.hasPrefix("/") || folder == "." ? relative : PhysicalPath.join(folder, relative)
        let physical = try checkedPath(joined, as: relative)
        switch InputFile.read(physical, followingLastLink: false, limit: ScenarioLoader.maximumBytes, noting: filesRead, displayPath: joined) {
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let diagnostic = Diagnostic.notUTF8(path: joined, bytes: bytes)
                throw FileAccess.Failure(message: "\(joined): \(diagnostic.message)", help: diagnostic.help ?? "")
            }
            return (joined, text)
        case .failure(let problem):
            throw FileAccess.Failure(message: "\(joined): \(problem.message(limit: ScenarioLoader.maximumBytes))", help: problem.help)
        }
    }

    /// The physical path of `joined`, once it is known to lie inside a root; `relative` is how
    /// the scenario wrote it, for messages.
    func checkedPath(_ joined: String, as relative: String) throws(FileAccess.Failure) -> String {
        let candidate: String
        switch PhysicalPath.folderResolved(joined) {
        case .success(let path): candidate = path
        case .failure(let error) where error.code == ENOENT || error.code == ENOTDIR:
            // No such folder, so no physical path: judge the path as written.
            let written = PhysicalPath.lexicallyNormalised(PhysicalPath.absolute(joined))
            guard writtenRoots.contains(where: { PhysicalPath.isInside(written, $0) }) else { throw outside(relative) }
            throw missing(relative)
        case .failure(let error):
            throw FileAccess.Failure(message: "cannot read '\(relative)': \(error.reason)", help: error.helpForReading)
        }
        guard isInsideRoots(candidate) else { throw outside(relative) }
        var status = stat()
        guard lstat(candidate, &status) == 0 else {
            let error = SystemError.last
            if error.code == ENOENT { throw missing(relative) }
            throw FileAccess.Failure(message: "cannot read '\(relative)': \(error.reason)", help: error.helpForReading)
        }
        guard (status.st_mode & S_IFMT) == S_IFLNK else { return candidate }
        // A link: where it leads must be inside too, and that is the path opened.
        switch PhysicalPath.resolved(candidate) {
        case .success(let target):
            guard isInsideRoots(target) else { throw outside(relative) }
            return target
        case .failure(let error) where error.code == ENOENT:
            throw missing(relative)
        case .failure(let error):
            throw FileAccess.Failure(message: "cannot read '\(relative)': \(error.reason)", help: error.helpForReading)
        }
    }

    private func isInsideRoots(_ physical: String) -> Bool {
        roots.contains { PhysicalPath.isInside(physical, $0) }
    }

    private func outside(_ relative: String) -> FileAccess.Failure {
        FileAccess.Failure(
            message: "'\(relative)' is outside the scenario's folder",
            help: "a scenario reads only files in its own folder; to allow another, pass --allow-path DIR")
    }

    private func missing(_ relative: String) -> FileAccess.Failure {
        FileAccess.Failure(message: "no file '\(relative)' in the scenario's folder",
                           help: "check the name; the path is relative to the file that names it")
    }
}

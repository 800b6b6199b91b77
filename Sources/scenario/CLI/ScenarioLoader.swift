import FinModel
import Foundation

/// Reads scenario files from disk for the commands: checks they are UTF-8 text and lets a
/// scenario read only files under its own folder (and any folder the user allows).
struct ScenarioLoader {
    /// Folders a scenario may read besides its own (`--allow-path DIR`).
    var allowedFolders: [String] = []
    /// Largest scenario or CSV file read, so a stray huge file is refused, not slowly parsed.
    static let maximumBytes = 64 << 20

    /// Loads and parses; on failure returns the diagnostics to print.
    func load(_ path: String) -> Result<Scenario, LoadFailure> {
        let text: String
        switch readText(path) {
        case .success(let body): text = body
        case .failure(let failure): return .failure(LoadFailure(diagnostics: [failure]))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let files = fileAccess(scenarioFolder: folder.isEmpty ? "." : folder)
        let (scenario, diagnostics) = Scenario.load(path: path, text: text, files: files)
        guard let scenario, !diagnostics.contains(where: \.isError) else {
            return .failure(LoadFailure(diagnostics: diagnostics))
        }
        // Warnings only (a source nothing cites, a unit declared twice): the file loads, and says so.
        Output.diagnostics(diagnostics)
        return .success(scenario)
    }

    struct LoadFailure: Error {
        let diagnostics: [Diagnostic]
    }

    /// The file's text, or a diagnostic naming the file and, for bad bytes, the line and column.
    func readText(_ path: String) -> Result<String, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic.file(path, "no such file", help: "check the path; scenario files end in .scenario"))
        }
        guard !isDirectory.boolValue else {
            return .failure(Diagnostic.file(path, "this is a folder, not a file", help: "name a .scenario file inside it"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic.file(path, "cannot read the file", help: "check that you have permission to read it"))
        }
        guard data.count <= Self.maximumBytes else {
            return .failure(Diagnostic.file(path, "the file is \(data.count / (1 << 20)) MB; the largest read is \(Self.maximumBytes >> 20) MB",
                                            help: "split the model, or keep large lists in CSV files"))
        }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(Diagnostic.notUTF8(path: path, bytes: bytes))
    }

    func fileAccess(scenarioFolder: String) -> FileAccess {
        let roots = ([scenarioFolder] + allowedFolders).map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        return FileAccess { relative throws(FileAccess.Failure) in
            let joined = relative.hasPrefix("/") || scenarioFolder == "." ? relative : (scenarioFolder as NSString).appendingPathComponent(relative)
            let resolved = URL(fileURLWithPath: joined).standardizedFileURL.resolvingSymlinksInPath().path
            guard roots.contains(where: { resolved == $0 || resolved.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                throw FileAccess.Failure(
                    message: "'\(relative)' is outside the scenario's folder",
                    help: "a scenario reads only files in its own folder; to allow another, pass --allow-path DIR")
            }
            guard FileManager.default.fileExists(atPath: joined) else {
                throw FileAccess.Failure(message: "no file '\(relative)' in the scenario's folder",
                                         help: "check the name; the path is relative to the scenario file")
            }
            switch readText(joined) {
            case .success(let text): return (joined, text)
            case .failure(let diagnostic): throw FileAccess.Failure(message: "\(joined): \(diagnostic.message)", help: diagnostic.help ?? "")
            }
        }
    }
}

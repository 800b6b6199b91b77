import FinModel
import Foundation

/// Reads scenario files from disk for the commands: checks they are UTF-8 text and lets a
/// scenario read only files under its own folder (and any folder the user allows).
///
/// `-` is standard input; its diagnostics name `<stdin>`, and the files it names are taken
/// from the current folder, which is then its folder. Every other path a scenario names is
/// resolved by `ScenarioFolderAccess`, physically, before it is checked and opened.
struct ScenarioLoader {
    /// Folders a scenario may read besides its own (`--allow-path DIR`).
    var allowedFolders: [String] = []
    /// Largest scenario or CSV file read, so a stray huge file is refused, not slowly parsed.
    static let maximumBytes = 64 << 20
    /// The scenario path that means standard input.
    static let standardInput = "-"
    /// What diagnostics call standard input.
    static let standardInputDisplay = "<stdin>"

    /// How messages name the scenario `path`: as typed, or `<stdin>` for `-`.
    static func displayPath(_ path: String) -> String {
        path == standardInput ? standardInputDisplay : path
    }

    /// A scenario loaded, with every regular file the load read.
    struct Loaded {
        let scenario: Scenario
        let filesRead: FilesRead
        /// The scenario's text as read: the bytes validated as UTF-8 (a byte-order mark kept).
        let text: String

        /// The short SHA-256 of the scenario's bytes as read, for the report's provenance.
        ///
        /// Worked out when asked, not at load: `check` never shows it, and hashing a 4 MB file
        /// was a tenth of its time.
        var shortHash: String { ReportProvenance.shortHash(of: Array(text.utf8)) }
    }

    /// Loads and parses; on failure returns the diagnostics to print.
    func load(_ path: String) -> Result<Scenario, LoadFailure> {
        loadNotingFiles(path).map(\.scenario)
    }

    /// Loads and parses, noting each file read so that no output is written over one of them.
    func loadNotingFiles(_ path: String) -> Result<Loaded, LoadFailure> {
        let filesRead = FilesRead()
        let text: String
        switch readText(path, noting: filesRead) {
        case .success(let body): text = body
        case .failure(let failure): return .failure(LoadFailure(diagnostics: [failure]))
        }
        let displayPath = Self.displayPath(path)
        let access = ScenarioFolderAccess(scenario: displayPath, allowedFolders: allowedFolders, filesRead: filesRead)
        let (scenario, diagnostics) = Scenario.load(path: displayPath, text: text, files: access.fileAccess)
        guard let scenario, !diagnostics.contains(where: \.isError) else {
            return .failure(LoadFailure(diagnostics: diagnostics))
        }
        // Warnings only (a source nothing cites, a unit declared twice): the file loads, and says so.
        Output.diagnostics(diagnostics)
        // The text is the bytes validated as UTF-8 (a byte-order mark kept), so its bytes are the file's.
        return .success(Loaded(scenario: scenario, filesRead: filesRead, text: text))
    }

    struct LoadFailure: Error {
        let diagnostics: [Diagnostic]
    }

    /// The file's text, or a diagnostic naming the file and, for bad bytes, the line and column.
    /// `-` reads standard input. The file named is opened as named (links followed): the user
    /// chose it; only the files a scenario names are confined.
    func readText(_ path: String, noting filesRead: FilesRead? = nil) -> Result<String, Diagnostic> {
        let result: Result<[UInt8], InputFile.Problem>
        let displayPath: String
        if path == Self.standardInput {
            displayPath = Self.standardInputDisplay
            result = InputFile.read(descriptor: 0, limit: Self.maximumBytes)
            if case .success = result { filesRead?.note(descriptor: 0, displayPath: displayPath, isScenario: true) }
        } else {
            displayPath = path
            result = InputFile.read(path, limit: Self.maximumBytes, noting: filesRead, isScenario: true)
        }
        switch result {
        case .success(let bytes):
            if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
            return .failure(Diagnostic.notUTF8(path: displayPath, bytes: bytes))
        case .failure(let problem):
            let help = switch problem {
            case .system(let error) where error.code == ENOENT: "check the path; scenario files end in .scenario"
            case .folder: "name a .scenario file inside it"
            default: problem.help
            }
            // The path as typed, with any control character made visible (a REPL line can hold one).
            return .failure(Diagnostic.file(TerminalText.visible(displayPath), problem.message(limit: Self.maximumBytes), help: help))
        }
    }
}

import FinModel
import Foundation

/// The REPL's commands over one open scenario: each line is a command or an expression.
///
/// A line with a mistake prints its diagnostics (the same carets as for files) and changes
/// nothing; the session never ends on an error, only on `quit` or end of input.
final class ReplShell {
    private var session: ScenarioSession?
    private var path: String?
    /// Every file the scenario read (itself, its includes, its CSV lists): `export` and `save`
    /// never write over one.
    private var filesRead: FilesRead?
    private var modified: Date?
    private let loader: ScenarioLoader
    /// Each line's figures at the last `show`, so the next one can mark what moved.
    private var shown: [String: [Exact]] = [:]
    /// The value of the last expression shown, which `ans` stands for in the next.
    var answer: ScenarioSession.Answer?
    /// Whether any line so far was a mistake (a usage or input error), or a check failed: what
    /// a script's exit status reports.
    private(set) var sawError = false
    private(set) var sawFailedCheck = false

    /// The exit status of a script: 2 when any line was a mistake, else 1 when a check failed,
    /// else 0. A person at a terminal sees each message as it comes, and leaves with 0.
    var scriptStatus: ExitStatus {
        sawError ? .badInput : sawFailedCheck ? .checkFailed : .success
    }

    init(loader: ScenarioLoader) {
        self.loader = loader
    }

    /// Handles one line; false when the session should end. A pasted block arrives as one line
    /// with its line breaks in it: each of its lines is handled in turn.
    func handle(_ raw: String) -> Bool {
        let parts = raw.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        if parts.count > 1 {
            for part in parts where !handle(String(part)) { return false }
            return true
        }
        let line = raw.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, !line.hasPrefix("#") else { return true }
        reloadIfChanged()
        let word = String(line.prefix { $0 != " " })
        let rest = String(line.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        switch word {
        case "quit", "exit": return false
        case "echo": Output.out(TerminalText.visible(rest) + "\n")
        case "help": help(rest)
        case "load": load(rest)
        case "reload": reload(announce: true)
        case "set": set(rest)
        case "unset": unset(rest)
        case "show": show(rest)
        case "diff": diff()
        case "list": list(rest)
        case "info": info(Self.typedArguments(line, after: word))
        case "seek": seek(Self.typedArguments(line, after: word))
        case "sensitivity": sensitivity(Self.typedArguments(line, after: word))
        case "explain": explain(Self.typedArguments(line, after: word))
        case "variant": variant(rest)
        case "variants": variants()
        case "compare": compare(rest)
        case "checks": checks()
        case "export": export(rest)
        case "save": save(rest)
        default: evaluate(line)
        }
        Output.flush()
        return true
    }

    /// Prints a mistake in what was typed, and remembers it for the exit status.
    func reportError(_ text: String) {
        sawError = true
        Output.error(text)
    }

    /// Prints diagnostics; an error among them is remembered for the exit status.
    func reportDiagnostics(_ diagnostics: [Diagnostic]) {
        if diagnostics.contains(where: \.isError) { sawError = true }
        Output.diagnostics(diagnostics)
    }

    /// Remembers that a check failed, for the exit status.
    func noteFailedCheck() { sawFailedCheck = true }

    var current: ScenarioSession? { session }
    var currentPath: String? { path }
    var currentFilesRead: FilesRead? { filesRead }

    func withCurrent(_ body: (ScenarioSession) -> Void) { withSession(body) }

    private func withSession(_ body: (ScenarioSession) -> Void) {
        guard let session else {
            reportError("error: no scenario is loaded\n  = help: load one with: load FILE\n")
            return
        }
        body(session)
    }

    func load(_ file: String) {
        guard !file.isEmpty else {
            reportError("error: load needs a file\n  = help: write: load Scenarios/nhse-pharmacists.scenario\n")
            return
        }
        switch loader.loadNotingFiles(file) {
        case .failure(let failure): reportDiagnostics(failure.diagnostics)
        case .success(let loaded):
            let scenario = loaded.scenario
            let (opened, problems) = ScenarioSession.open(scenario)
            reportDiagnostics(problems)
            guard let opened else { return }
            session = opened
            path = file
            filesRead = loaded.filesRead
            modified = Self.modificationDate(file)
            shown = [:]
            answer = nil
            Output.out(TerminalText.visible("loaded \(scenario.title) (\(file))") + "\n")
        }
    }

    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Reads the file again when it has changed on disk, keeping the session's overrides.
    private func reloadIfChanged() {
        guard let path, let modified, let now = Self.modificationDate(path), now != modified else { return }
        reload(announce: true)
    }

    private func reload(announce: Bool) {
        guard let path, let session else {
            reportError("error: no scenario is loaded\n  = help: load one with: load FILE\n")
            return
        }
        modified = Self.modificationDate(path)
        switch loader.loadNotingFiles(path) {
        case .failure(let failure):
            reportDiagnostics(failure.diagnostics)
            reportError("the session keeps the previous version of \(path)\n")
        case .success(let loaded):
            let problems = session.replace(with: loaded.scenario)
            reportDiagnostics(problems)
            if !problems.contains(where: \.isError) { filesRead = loaded.filesRead }
            if !problems.contains(where: \.isError), announce {
                Output.out("reloaded \(TerminalText.visible(path))\(session.overrides.isEmpty ? "" : ", keeping \(session.overrides.count) input\(session.overrides.count == 1 ? "" : "s") set")\n")
            }
        }
    }

    private func set(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else {
            reportError("error: set needs NAME = VALUE\n  = help: write, for example: set pay_uplift = 3%\n")
            return
        }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        withSession { session in
            let problems = session.set(name, to: value, origin: "set \(name)")
            reportDiagnostics(problems)
            if !problems.contains(where: \.isError) {
                Output.out("\(name) = \(value)  (\(session.lastEvaluatedCount) line\(session.lastEvaluatedCount == 1 ? "" : "s") re-evaluated)\n")
            }
        }
    }

    private func unset(_ name: String) {
        withSession { session in
            let problems = session.unset(name)
            reportDiagnostics(problems)
            if !problems.contains(where: \.isError) {
                Output.out("\(name) = \(session.scenario.inputText(name) ?? "?") as in the file  (\(session.lastEvaluatedCount) line\(session.lastEvaluatedCount == 1 ? "" : "s") re-evaluated)\n")
            }
        }
    }

    private func show(_ what: String) {
        withSession { session in
            let (report, problems) = session.report()
            reportDiagnostics(problems)
            guard let report else { return }
            var changed: Set<String> = []
            var now: [String: [Exact]] = [:]
            for table in report.tables {
                for line in table.lines {
                    now[line.name] = line.values
                    if let before = shown[line.name], before != line.values { changed.insert(line.name) }
                }
            }
            var tables = report.tables
            if !what.isEmpty {
                if let table = report.tables.first(where: { $0.title == what }) {
                    tables = [table]
                } else if let table = report.tables.first(where: { $0.lines.contains { $0.name == what } }) {
                    tables = [table.keeping(lines: [what])]
                } else {
                    let names = report.tables.map(\.title) + report.tables.flatMap { $0.lines.map(\.name) }
                    let near = NearestName.suggestion(for: what, among: names)
                    reportError("error: no table or line '\(what)'\n  = help: \(near.map { "did you mean '\($0)'?" } ?? "type show for every table")\n")
                    return
                }
            }
            Output.out(written(OutputDocument(report: report, tables: tables, changed: changed)))
            shown.merge(now) { $1 }
        }
    }

    private func diff() {
        withSession { session in
            guard !session.overrides.isEmpty || session.variant != nil else {
                Output.out("nothing set: the session matches the file\n")
                return
            }
            if let variant = session.variant { Output.out("variant \(variant)\n") }
            for name in session.overrides.keys.sorted() {
                Output.out(TerminalText.visible("\(name) = \(session.overrides[name]!)   (file: \(session.scenario.inputText(name) ?? "?"))") + "\n")
            }
        }
    }
}

import FinModel
import Foundation

/// The REPL's commands over one open scenario: each line is a command or an expression.
///
/// A line with a mistake prints its diagnostics (the same carets as for files) and changes
/// nothing; the session never ends on an error, only on `quit` or end of input.
final class ReplShell {
    private var session: ScenarioSession?
    private var path: String?
    private var modified: Date?
    private let loader: ScenarioLoader
    /// Each line's figures at the last `show`, so the next one can mark what moved.
    private var shown: [String: [Exact]] = [:]

    static let commands: [(name: String, usage: String, summary: String)] = [
        ("load", "load FILE", "open a scenario file"),
        ("reload", "reload", "read the file again, keeping what you have set"),
        ("set", "set NAME = VALUE", "change an input for this session, with units: set pay_uplift = 3%"),
        ("unset", "unset NAME", "return an input to the file's value"),
        ("show", "show [TABLE|LINE]", "print the tables (or one), marking what changed since the last show"),
        ("diff", "diff", "list the inputs you have set, against the file"),
        ("seek", "seek LINE[PERIOD] = VALUE by INPUT", "find the input value that reaches a target"),
        ("sensitivity", "sensitivity LINE[PERIOD] vary INPUT=FROM..TO:STEP [vary ...]", "a data table of a figure against inputs"),
        ("explain", "explain LINE[PERIOD] [depth N]", "where a figure comes from"),
        ("variant", "variant NAME|base", "switch to a variant, or back to the base model"),
        ("variants", "variants", "list the scenario's variants"),
        ("compare", "compare [VARIANT...]", "the base and its variants side by side"),
        ("checks", "checks", "evaluate every check"),
        ("export", "export FILE", "write the tables to FILE: .csv, .json, .md, .txt, .html or .xlsx"),
        ("save", "save FILE", "write what you have set as a variant the scenario can include"),
        ("echo", "echo TEXT", "print TEXT, to label a script's output"),
        ("help", "help [COMMAND]", "list the commands, or explain one"),
        ("quit", "quit", "leave (Ctrl-D also leaves)"),
    ]

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
        case "echo": Output.out(rest + "\n")
        case "help": help(rest)
        case "load": load(rest)
        case "reload": reload(announce: true)
        case "set": set(rest)
        case "unset": unset(rest)
        case "show": show(rest)
        case "diff": diff()
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

    var current: ScenarioSession? { session }
    var currentPath: String? { path }

    func withCurrent(_ body: (ScenarioSession) -> Void) { withSession(body) }

    private func withSession(_ body: (ScenarioSession) -> Void) {
        guard let session else {
            Output.error("error: no scenario is loaded\n  = help: load one with: load FILE\n")
            return
        }
        body(session)
    }

    private func help(_ topic: String) {
        if topic.isEmpty {
            var text = "Commands:\n"
            let width = Self.commands.map(\.usage.count).max() ?? 0
            for command in Self.commands { text += "  \(command.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n" }
            text += "Anything else is evaluated as an expression, such as surplus[2019/20] or total(income).\n"
            Output.out(text)
        } else if let command = Self.commands.first(where: { $0.name == topic }) {
            Output.out("\(command.usage)\n  \(command.summary)\n")
        } else {
            let near = NearestName.suggestion(for: topic, among: Self.commands.map(\.name))
            Output.error("error: no command '\(topic)'\n  = help: \(near.map { "did you mean '\($0)'?" } ?? "type help for the list")\n")
        }
    }

    func load(_ file: String) {
        guard !file.isEmpty else {
            Output.error("error: load needs a file\n  = help: write: load Scenarios/nhse-pharmacists.scenario\n")
            return
        }
        switch loader.load(file) {
        case .failure(let failure): Output.diagnostics(failure.diagnostics)
        case .success(let scenario):
            let (opened, problems) = ScenarioSession.open(scenario)
            Output.diagnostics(problems)
            guard let opened else { return }
            session = opened
            path = file
            modified = Self.modificationDate(file)
            shown = [:]
            Output.out("loaded \(scenario.title) (\(file))\n")
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
            Output.error("error: no scenario is loaded\n  = help: load one with: load FILE\n")
            return
        }
        modified = Self.modificationDate(path)
        switch loader.load(path) {
        case .failure(let failure):
            Output.diagnostics(failure.diagnostics)
            Output.error("the session keeps the previous version of \(path)\n")
        case .success(let scenario):
            let problems = session.replace(with: scenario)
            Output.diagnostics(problems)
            if !problems.contains(where: \.isError), announce {
                Output.out("reloaded \(path)\(session.overrides.isEmpty ? "" : ", keeping \(session.overrides.count) input\(session.overrides.count == 1 ? "" : "s") set")\n")
            }
        }
    }

    private func set(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else {
            Output.error("error: set needs NAME = VALUE\n  = help: write, for example: set pay_uplift = 3%\n")
            return
        }
        let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        withSession { session in
            let problems = session.set(name, to: value, origin: "set \(name)")
            Output.diagnostics(problems)
            if !problems.contains(where: \.isError) {
                Output.out("\(name) = \(value)  (\(session.lastEvaluatedCount) line\(session.lastEvaluatedCount == 1 ? "" : "s") re-evaluated)\n")
            }
        }
    }

    private func unset(_ name: String) {
        withSession { session in
            let problems = session.unset(name)
            Output.diagnostics(problems)
            if !problems.contains(where: \.isError) {
                Output.out("\(name) = \(session.scenario.inputText(name) ?? "?") as in the file  (\(session.lastEvaluatedCount) line\(session.lastEvaluatedCount == 1 ? "" : "s") re-evaluated)\n")
            }
        }
    }

    private func show(_ what: String) {
        withSession { session in
            let (report, problems) = session.report()
            Output.diagnostics(problems)
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
                    Output.error("error: no table or line '\(what)'\n  = help: \(near.map { "did you mean '\($0)'?" } ?? "type show for every table")\n")
                    return
                }
            }
            Output.out(TextWriter.write(OutputDocument(report: report, tables: tables, changed: changed)))
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
                Output.out("\(name) = \(session.overrides[name]!)   (file: \(session.scenario.inputText(name) ?? "?"))\n")
            }
        }
    }
}

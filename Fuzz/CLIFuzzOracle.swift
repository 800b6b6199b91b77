import Foundation

/// The promises one run of `scenario` must keep, whatever the input and arguments:
///
/// - it ends (no crash, hang or sanitizer report) with exit status 0, 1 or 2, and a status of 2
///   says why on standard error;
/// - a command over one scenario that exits 2 prints nothing on standard output (no table is
///   ever partly printed);
/// - what it prints with `--format csv|json|markdown` is well formed (`CLIFuzzShapes`);
/// - it writes only the files it was asked to write (`--output`, `fmt --write`, the REPL's
///   `export` and `save`), each whole and well formed for its extension, leaves no temporary
///   file, changes no file that was there before (the scenario, its CSV files, the files beside
///   it) except a file `fmt --write` rewrites, turns no link, FIFO or device into a plain file,
///   and touches nothing outside the sandbox.
enum CLIFuzzOracle {
    static let singleScenarioCommands: Set<String> = ["run", "compare", "seek", "sensitivity", "explain", "report", "export"]

    struct Run {
        let arguments: [String]
        let script: [String]
        let outcome: CLIFuzzCapture.Outcome
        let before: [String: CLIFuzzSandbox.Entry]
        let after: [String: CLIFuzzSandbox.Entry]
        /// Files an earlier run of the same input wrote, which this one may write again.
        let created: Set<String>
        /// The canary outside the sandbox as this run found it: an earlier run of the same input
        /// may have been asked to write it (`--output ../../outside.csv`).
        let outsideBefore: [String: CLIFuzzSandbox.Entry]
    }

    static func violations(_ run: Run, sandbox: CLIFuzzSandbox) -> [String] {
        var problems: [String] = []
        let status = run.outcome.status
        let command = run.arguments.first ?? ""
        if ![0, 1, 2].contains(status) { problems.append("exit status \(status)") }
        if status == 2, run.outcome.stderr.isEmpty { problems.append("exit 2 with nothing on standard error") }
        if status == 2, singleScenarioCommands.contains(command), !run.outcome.stdout.isEmpty {
            problems.append("exit 2 after printing: \(String(decoding: run.outcome.stdout.prefix(200), as: UTF8.self))")
        }
        if status != 2, ["run", "compare", "sensitivity"].contains(command), let format = value(of: "--format", in: run.arguments),
           let problem = CLIFuzzShapes.problem(run.outcome.stdout, format: format) {
            problems.append("standard output: \(problem)")
        }
        problems += fileProblems(run, sandbox: sandbox)
        return problems
    }

    /// The last value given to `option`, as the argument parser would take it.
    static func value(of option: String, in arguments: [String]) -> String? {
        var found: String?
        for (index, argument) in arguments.enumerated() {
            if argument == option, index + 1 < arguments.count { found = arguments[index + 1] }
            if argument.hasPrefix(option + "=") { found = String(argument.dropFirst(option.count + 1)) }
        }
        return found
    }

    /// Paths (relative to the sandbox, links resolved) the run was asked to write.
    static func requestedWrites(_ run: Run, sandbox: CLIFuzzSandbox) -> (files: Set<String>, rewrites: Set<String>) {
        var files: Set<String> = []
        var rewrites: Set<String> = []
        let command = run.arguments.first ?? ""
        if command == "report" || command == "export" {
            for (index, argument) in run.arguments.enumerated() where argument == "--output" && index + 1 < run.arguments.count {
                files.insert(resolved(run.arguments[index + 1], sandbox: sandbox))
            }
            // Given the FIFO (fed model.scenario's text) or the null device as its scenario, the
            // command never read model.scenario, so an output asked for over it may replace it.
            if ["fifo", "null"].contains(run.arguments.dropFirst().first ?? "") {
                rewrites.formUnion(files.filter { $0 == "work/model.scenario" })
            }
        }
        if command == "fmt", run.arguments.contains("--write") {
            for argument in run.arguments.dropFirst() where !argument.hasPrefix("--") { rewrites.insert(resolved(argument, sandbox: sandbox)) }
        }
        for line in run.script {
            let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
            if words.count == 2, words[0] == "export" || words[0] == "save" { files.insert(resolved(words[1].trimmingCharacters(in: .whitespaces), sandbox: sandbox)) }
        }
        return (files, rewrites)
    }

    /// `path` (as typed in the working directory) relative to the sandbox, its links resolved.
    static func resolved(_ path: String, sandbox: CLIFuzzSandbox) -> String {
        let full = path.hasPrefix("/") ? path : sandbox.work + "/" + path
        let canonical = URL(fileURLWithPath: full).standardizedFileURL.resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: sandbox.sandbox).standardizedFileURL.resolvingSymlinksInPath().path + "/"
        return canonical.hasPrefix(base) ? String(canonical.dropFirst(base.count)) : canonical
    }

    static func fileProblems(_ run: Run, sandbox: CLIFuzzSandbox) -> [String] {
        var problems: [String] = []
        let (files, rewrites) = requestedWrites(run, sandbox: sandbox)
        for (path, old) in run.before.sorted(by: { $0.key < $1.key }) {
            guard let new = run.after[path] else {
                problems.append("'\(path)' (\(old.kind)) was removed")
                continue
            }
            if new.kind != old.kind {
                problems.append("'\(path)' was a \(kindName(old.kind)) and is now a \(kindName(new.kind))")
            } else if new != old, !rewrites.contains(path), !run.created.contains(path) {
                problems.append("'\(path)' was there before and was changed")
            }
        }
        for (path, entry) in run.after.sorted(by: { $0.key < $1.key }) where run.before[path] == nil {
            if path.hasSuffix(".tmp") || path.split(separator: "/").last?.hasPrefix(".") == true {
                problems.append("a temporary file was left: '\(path)'")
            } else if !files.contains(path) {
                problems.append("'\(path)' was written, but no argument or REPL line asked for it")
            } else if entry.kind == "f", let problem = CLIFuzzShapes.problem(entry.bytes, format: format(of: path, in: run, sandbox: sandbox)) {
                problems.append("'\(path)': \(problem)")
            }
        }
        if run.outcome.status == 0, ["report", "export"].contains(run.arguments.first ?? ""),
           let output = files.first, files.count == 1, !output.hasPrefix("/"), run.after[output]?.kind != "f", run.before[output] == nil {
            problems.append("exit 0, but the output '\(output)' was not written")
        }
        let outside = sandbox.outside()
        let canaryAskedFor = files.contains(resolved(sandbox.root + "/outside.csv", sandbox: sandbox))
        if outside.count != 1 || (outside["outside.csv"] != run.outsideBefore["outside.csv"] && !canaryAskedFor) {
            problems.append("outside the sandbox: \(outside.keys.sorted())")
        }
        return problems
    }

    /// What a written file should hold: `report` writes HTML and `export` a workbook whatever the
    /// `--output` name; the REPL's `export` picks the format by the file's extension.
    static func format(of path: String, in run: Run, sandbox: CLIFuzzSandbox) -> String {
        let command = run.arguments.first ?? ""
        if command == "report" || command == "export", let output = value(of: "--output", in: run.arguments),
           resolved(output, sandbox: sandbox) == path {
            return command == "report" ? "html" : "xlsx"
        }
        return (path as NSString).pathExtension.lowercased()
    }

    static func kindName(_ kind: Character) -> String {
        ["f": "file", "d": "folder", "l": "symbolic link", "p": "FIFO", "c": "device"][kind] ?? "special file"
    }
}

/// The names a scenario declares, found by a quick look at its lines (no parser: the text may
/// be anything), so generated arguments name real inputs, lines, variants and tables.
struct CLIFuzzNames {
    var inputs: [(name: String, value: String)] = []
    var lines: [String] = []
    var variants: [String] = []
    var tables: [String] = []
    var members: [String] = []
    var year = "2019/20"

    init(_ text: String) {
        for raw in text.split(separator: "\n").prefix(2000) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let first = words.first else { continue }
            if first == "input", words.count > 1, let equals = line.firstIndex(of: "=") {
                let value = line[line.index(after: equals)...].prefix { $0 != "\"" && $0 != "|" }
                inputs.append((words[1], value.trimmingCharacters(in: .whitespaces)))
            } else if first == "variant", words.count > 1 {
                variants.append(words[1])
            } else if first == "table", let title = Self.quoted(line) {
                tables.append(title)
            } else if first == "years", words.count > 1 {
                year = words[1]
            } else if raw.first == " ", line.first == "\"", let member = Self.quoted(line) {
                members.append(member)
            } else if raw.first == " ", line.contains("="), first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                lines.append(first)
            }
        }
    }

    static func quoted(_ line: String) -> String? {
        guard let open = line.firstIndex(of: "\"") else { return nil }
        let rest = line[line.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }
}

/// Argument vectors and REPL scripts over the sandbox's paths and a scenario's names.
///
/// A class, so the option makers below can draw from the one stream of choices.
final class CLIFuzzArguments {
    let names: CLIFuzzNames
    var choices: CLIFuzzChoices
    /// Whether outputs may name the FIFO and the device node (see `Fuzz/run.sh`).
    let devices: Bool

    init(names: CLIFuzzNames, choices: CLIFuzzChoices, devices: Bool) {
        self.names = names
        self.choices = choices
        self.devices = devices
    }

    static let scenarios = [
        "model.scenario", "model.scenario", "model.scenario", "model.scenario", "./model.scenario", "link.scenario",
        "sub/up.scenario", "sub/../model.scenario", "../work/model.scenario", "dangling.scenario", "loop.scenario",
        "fifo", "null", "sub", "missing.scenario", "", "practices.csv",
    ]
    static let formats = ["table", "csv", "json", "markdown", "json", "csv", "html", ""]

    var outputs: [String] {
        ["out", "sub/out", "../other/out", "readonly/out", "missing-folder/out", "sub", "model.scenario", "link.scenario",
         "sub/up.scenario", "dangling.scenario", "practices.csv", "../../outside.csv", ""] + (devices ? ["fifo", "null"] : [])
    }

    func scenario() -> String { choices.pick(Self.scenarios) }
    func input() -> String { names.inputs.isEmpty ? "missing_input" : choices.pick(names.inputs).name }
    func line() -> String { names.lines.isEmpty ? input() : choices.pick(names.lines) }
    func variant() -> String { names.variants.isEmpty || choices.chance(10) ? "no_such_variant" : choices.pick(names.variants) }

    func figure() -> String {
        var text = line()
        if choices.chance(80) { text += "[\(names.year)]" }
        if !names.members.isEmpty, choices.chance(30) { text = "\(line())[\"\(choices.pick(names.members))\", \(names.year)]" }
        return text
    }

    func assignment() -> String {
        guard !names.inputs.isEmpty else { return "missing_input=1" }
        let (name, value) = choices.pick(names.inputs)
        return "\(name)=\(choices.chance(80) ? value : choices.pick(["0", "£0", "-1%", "1e3", "£1 per patient", ""]))"
    }

    func output(_ extensions: [String]) -> String {
        let base = choices.pick(outputs)
        guard base.hasPrefix("out") || base.hasSuffix("/out") else { return base }
        return base + "." + choices.pick(extensions)
    }

    func options(_ pool: [(Int, () -> [String])]) -> [String] {
        var result: [String] = []
        for (percent, make) in pool where choices.chance(percent) { result += make() }
        return result
    }

    func arguments() -> [String] {
        let commands = ["run", "run", "run", "check", "compare", "seek", "sensitivity", "explain", "report", "report",
                        "export", "export", "fmt", "repl", "help", "completion", "--version", "rnu"]
        let command = choices.pick(commands)
        var common: [(Int, () -> [String])] = []
        common.append((20, { ["--set", self.assignment()] }))
        common.append((15, { ["--allow-path", "../other"] }))
        switch command {
        case "run":
            return ["run", scenario()] + options(common + [
                (60, { ["--format", self.choices.pick(Self.formats)] }), (25, { ["--variant", self.variant()] }),
                (10, { ["--table", self.names.tables.isEmpty ? "T" : self.choices.pick(self.names.tables)] }),
                (20, { ["--strict"] }), (10, { ["--bom"] }),
            ])
        case "check":
            return ["check", scenario()] + (choices.chance(30) ? [scenario()] : []) + options(common + [(20, { ["--variant", self.variant()] })])
        case "compare":
            return ["compare", scenario()] + options(common + [
                (40, { ["--variant", self.variant()] }), (20, { ["--variant", self.variant()] }), (20, { ["--changed"] }),
                (60, { ["--format", self.choices.pick(Self.formats)] }),
            ])
        case "seek":
            let value = names.inputs.isEmpty ? "0" : choices.pick(names.inputs).value
            return ["seek", scenario(), "--target", "\(figure()) = \(choices.chance(50) ? "0" : value)", "--vary", input()] + options(common)
        case "sensitivity":
            let (name, value) = names.inputs.isEmpty ? ("x", "1") : choices.pick(names.inputs)
            let range = "\(name)=\(value)..\(value):\(choices.chance(70) ? value : "0")"
            return ["sensitivity", scenario(), "--target", figure(), "--vary", range] + options(common + [
                (20, { ["--vary", range] }), (40, { ["--format", self.choices.pick(Self.formats)] }),
            ])
        case "explain":
            return ["explain", scenario(), figure()] + options(common + [
                (30, { ["--depth", self.choices.pick(["0", "1", "3", "1000000", "-1", "x"])] }), (20, { ["--dependents"] }),
            ])
        case "report":
            return ["report", scenario(), "--output", output(["html", "html", "htm", "xlsx"])] + options(common + [
                (30, { ["--variant", self.variant()] }), (15, { ["--variant", self.variant()] }),
            ])
        case "export":
            return ["export", scenario(), "--output", output(["xlsx", "xlsx", "html"])] + options(common + [(30, { ["--variant", self.variant()] })])
        case "fmt":
            let files = [scenario()] + (choices.chance(20) ? [scenario()] : [])
            let flags = options([(30, { ["--check"] }), (30, { ["--write"] })])
            // `fmt --write fifo` writes the FIFO as a stream, which waits for a reader: only the
            // device outputs' drain (FUZZ_CLI_DEVICE_OUTPUTS=1) provides one.
            return ["fmt"] + files + (files.contains("fifo") && !devices ? flags.filter { $0 != "--write" } : flags)
        case "repl":
            return ["repl"] + (choices.chance(80) ? [scenario()] : []) + options([(15, { ["--allow-path", "../other"] })])
        case "help":
            return ["help"] + (choices.chance(70) ? [choices.pick(["run", "repl", "functions", "fmt", "nothing", "--man"])] : [])
        case "completion":
            return ["completion", choices.pick(["bash", "zsh", "fish", "tcsh"])]
        default:
            return [command]
        }
    }

    /// A REPL script over the scenario's names: sets, shows, exports, saves, expressions.
    func replScript() -> [String] {
        var script: [String] = choices.chance(30) ? ["load \(scenario())"] : []
        for _ in 0..<(1 + choices.next(8)) {
            let command: String
            switch choices.next(16) {
            case 0, 1: command = "set " + assignment().replacingOccurrences(of: "=", with: " = ")
            case 2: command = "unset \(input())"
            case 3: command = "show" + (choices.chance(50) ? " \(line())" : "")
            case 4: command = "export \(output(["json", "csv", "md", "txt", "html", "xlsx", "scenario"]))"
            case 5: command = "save \(choices.pick(["saved.scenario", "sub/saved.scenario", "model.scenario", "readonly/saved.scenario", "../other/saved.scenario"]))"
            case 6: command = "variant \(choices.chance(30) ? "base" : variant())"
            case 7: command = choices.pick(["checks", "variants", "diff", "compare", "help", "reload", "echo done", "help set"])
            case 8: command = "explain \(figure())"
            case 9: command = "seek \(figure()) = 0 by \(input())"
            case 10: command = "total(\(line()))"
            case 11: command = figure()
            case 12: command = choices.pick(["", "#", "quit", "load", "set", "bogus command", "\(line()) +"])
            default: command = line()
            }
            script.append(command)
        }
        return script
    }
}

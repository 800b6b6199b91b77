import FinModel
import Foundation

/// `scenario init FILE [--with-practices]`: writes a commented starter scenario to begin from,
/// and with `--with-practices` its practice list as a CSV file beside it.
///
/// It never overwrites: when FILE or the CSV file exists, nothing is written and the exit
/// status is 2. Both files are written whole or not at all; if the second cannot be written,
/// the first is removed again, so a failed init leaves the folder as it was.
///
///     $ scenario init fund.scenario
///     wrote fund.scenario
///     next: scenario run fund.scenario
enum InitCommand {
    static func run(_ parsed: ParsedArguments) -> ExitStatus {
        guard parsed.positionals.count == 1, let path = parsed.positionals.first, !path.isEmpty else {
            return ScenarioCommand.usage(UsageError(
                message: parsed.positionals.count > 1 ? "init takes one file, found \(parsed.positionals.count)" : "init needs the name of the file to write",
                help: "write: scenario init fund.scenario"))
        }
        // After '--' a word such as '--help' is a file name; one that only looks like an option
        // is more likely a slip than a wish for a file that every later command misreads.
        guard !path.hasPrefix("-") else {
            return ScenarioCommand.usage(UsageError(message: "'\(path)' looks like an option, not a file name",
                                                    help: "to write a file with that name, write: scenario init ./\(path)"))
        }
        let folder = (path as NSString).deletingLastPathComponent
        var files = [(path: path, text: "")]
        if parsed.has("with-practices") {
            let csv = folder.isEmpty ? StarterScenario.practicesFileName : (folder as NSString).appendingPathComponent(StarterScenario.practicesFileName)
            files[0].text = StarterScenario.scenario(named: (path as NSString).lastPathComponent, practicesFile: StarterScenario.practicesFileName)
            files.append((csv, StarterScenario.practicesCSV))
        } else {
            files[0].text = StarterScenario.scenario(named: (path as NSString).lastPathComponent, practicesFile: nil)
        }
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            return ScenarioCommand.usage(UsageError(message: "no folder '\(folder)' to write '\(path)' in",
                                                    help: "create it first: mkdir -p \(ShellQuote.word(folder))"))
        }
        // Refuse before writing anything, so that a refusal leaves no file behind.
        for file in files {
            if let refusal = refusal(file.path, asked: path) { return ScenarioCommand.usage(refusal) }
        }
        var written: [String] = []
        for file in files {
            if let failure = NewFile.create(file.text, at: file.path) {
                for done in written { try? FileManager.default.removeItem(atPath: done) }
                switch failure {
                case .exists: return ScenarioCommand.usage(refusal(file.path, asked: path) ?? UsageError(message: "'\(file.path)' already exists"))
                case .cannotWrite(let reason):
                    Output.error("scenario: error: \(reason)\n")
                    return .badInput
                }
            }
            written.append(file.path)
        }
        let quoted = ShellQuote.word(path)
        var text = written.map { "wrote \($0)\n" }.joined()
        text += "next: scenario run \(quoted)\n"
        text += "      scenario check \(quoted)\n"
        text += "      scenario repl \(quoted)\n"
        text += "      scenario report \(quoted) --output \(ShellQuote.word(((path as NSString).deletingPathExtension) + ".html"))\n"
        Output.out(text)
        return .success
    }

    /// Why `file` may not be written: something already has its name.
    private static func refusal(_ file: String, asked path: String) -> UsageError? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file, isDirectory: &isFolder)
        // A dangling symbolic link exists too: writing through it would create its target.
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) != nil
        guard exists || isLink else { return nil }
        if isFolder.boolValue, file == path {
            return UsageError(message: "'\(file)' is a folder",
                              help: "name the file to write in it: scenario init \(ShellQuote.word((file as NSString).appendingPathComponent("fund.scenario")))")
        }
        let help = file == path
            ? "init never overwrites a file: choose another name, or move '\(file)' away first"
            : "init never overwrites a file: init in another folder, or move '\(file)' away first"
        return UsageError(message: "'\(file)' already exists", help: help)
    }
}

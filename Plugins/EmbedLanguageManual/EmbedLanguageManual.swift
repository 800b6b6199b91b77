import Foundation
import PackagePlugin

/// Builds docs/language.md into the `scenario` executable as a Swift string, so an installed
/// binary prints the manual with `scenario help language` although install.sh copies only the
/// binary, its manual page and completions.
///
/// A resource bundle would need `Bundle.module` beside the binary at run time, and SwiftPM
/// resources must sit inside the target's folder; embedding keeps docs/language.md, where the
/// tests run its examples, the one copy. The command lists the manual as its input, so editing
/// it rebuilds the string and nothing else.
@main
struct EmbedLanguageManual: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let manual = context.package.directoryURL.appending(path: "docs").appending(path: "language.md")
        let generated = context.pluginWorkDirectoryURL.appending(path: "LanguageManual.swift")
        return [
            .buildCommand(
                displayName: "Embedding docs/language.md in \(target.name)",
                executable: try context.tool(named: "EmbedText").url,
                arguments: [manual.path, generated.path, "LanguageManual"],
                inputFiles: [manual],
                outputFiles: [generated]),
        ]
    }
}

import Foundation
import Testing
import TestSupport

@testable import scenario

/// The manual page is read by the program that renders it: groff formats it with every warning
/// on, and the page must name every subcommand and option of the command table.
@Suite struct ManualPageTests {
    @Test func groffRendersThePageWithoutWarningsAndItCoversTheTable() throws {
        let binary = try CompletionScriptTests.scenarioBinary()
        let page = try ProcessRunner(binary, ["help", "--man"]).run()
        #expect(page.status == 0)
        #expect(page.stdoutText.hasPrefix(".TH SCENARIO 1 "))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }  // no groff here
        let folder = TemporaryFolder()
        let file = try folder.file("scenario.1", holding: page.stdout)
        var environment = ProcessInfo.processInfo.environment
        environment["MANWIDTH"] = "200"
        let rendered = try ProcessRunner(URL(fileURLWithPath: "/usr/bin/groff"), ["-k", "-man", "-Tutf8", "-P", "-cbou", "-rLL=250n", "-rHY=0", "-ww", file.path],
                                         environment: environment).run()
        #expect(rendered.status == 0)
        #expect(rendered.stderrText == "", "groff warned: \(rendered.stderrText)")
        // groff draws \- as a minus sign in UTF-8; read it back as the hyphen a user types.
        let text = rendered.stdoutText.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS"] { #expect(text.contains("\n\(section)\n")) }
        for subcommand in CommandTable.subcommands {
            #expect(words(text).contains(words(subcommand.usage)), "the page lacks '\(subcommand.usage)'")
            for option in subcommand.options { #expect(text.contains(option.synopsis), "\(subcommand.name) \(option.synopsis)") }
        }
    }
}

import Foundation
import Testing

@testable import scenario

/// The command table is the one list of subcommands: the built `scenario` must answer help for
/// each of them in every way a user may ask, and list exactly them in its overview.
@Suite struct CommandTableTests {
    static let names = CommandTable.subcommands.map(\.name)
    static let topicNames = CommandTable.helpTopicNames

    /// Runs the built `scenario` with `arguments`, as the transcripts do.
    static func scenario(_ arguments: String) throws -> Transcript.Block {
        try TranscriptRunner.forPackage().run(command: "scenario " + arguments)
    }

    @Test(arguments: names)
    func everySubcommandHasTheSameHelpEveryWayItIsAskedFor(_ name: String) throws {
        let asked = try Self.scenario("help \(name)")
        #expect(asked.termination == .exit(0))
        #expect(asked.stderr == "")
        #expect(asked.stdout.hasPrefix("Usage: scenario \(name)"))
        for spelling in ["\(name) --help", "\(name) -h", "help \(name) --help"] where spelling != "help help --help" {
            let other = try Self.scenario(spelling)
            #expect(other.termination == .exit(0), "scenario \(spelling)")
            #expect(other.stdout == (spelling.hasPrefix("help ") ? try Self.scenario("help --help").stdout : asked.stdout),
                    "scenario \(spelling)")
        }
    }

    @Test(arguments: names)
    func helpWinsOverMistakesOnTheSameLine(_ name: String) throws {
        let help = HelpText.subcommand(try #require(CommandTable.subcommand(named: name)))
        let result = try Self.scenario("\(name) --no-such-option --help")
        #expect(result.termination == .exit(0))
        #expect(result.stdout == help)
        // After '--' every word is a file name, even '--help'.
        #expect(try Self.scenario("\(name) -- --help").stdout != help)
    }

    @Test func theOverviewListsExactlyTheTablesSubcommandsInOrder() throws {
        let overview = try Self.scenario("--help")
        #expect(overview.termination == .exit(0))
        let lines = overview.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "Subcommands:")) + 1
        let listed = lines[start...].prefix { !$0.isEmpty }.map { String($0.split(separator: " ")[0]) }
        #expect(listed == Self.names)
        #expect(try Self.scenario("help").stdout == overview.stdout)
    }

    @Test(arguments: [
        ("help nosuch", "scenario: error: no help for 'nosuch'\n  = help: there is help for \(topicNames.joined(separator: ", ")); see 'scenario --help'\n"),
        ("help fnt", "scenario: error: no help for 'fnt'\n  = help: did you mean 'scenario help fmt'?\n"),
        ("fnt --help", "scenario: error: unknown subcommand 'fnt'\n  = help: did you mean 'scenario fmt'?\n"),
        ("help run seek", "scenario: error: help takes one subcommand or topic, found 2\n  = help: write: scenario help run\n"),
    ])
    func anUnknownTopicIsAUsageErrorWithASuggestion(_ arguments: String, stderr: String) throws {
        let result = try Self.scenario(arguments)
        #expect(result.termination == .exit(2))
        #expect(result.stdout == "")
        #expect(result.stderr == stderr)
    }

    @Test func namesAreUniqueAcrossSubcommandsAndTopics() {
        let all = CommandTable.helpTopicNames
        #expect(Set(all).count == all.count)
        for name in all {
            #expect(name == name.lowercased() && !name.contains(" "), "\(name)")
        }
    }

    /// What completions and a manual page will rely on: every option is described, a value
    /// has a name, and a choice has choices, one of them the default when there is one.
    @Test(arguments: CommandTable.subcommands.map(\.name))
    func everyOptionIsDescribedAndTyped(_ name: String) throws {
        let subcommand = try #require(CommandTable.subcommand(named: name))
        #expect(subcommand.usage.hasPrefix("scenario \(name)"))
        #expect(!subcommand.summary.isEmpty && subcommand.summary.first?.isLowercase == true && !subcommand.summary.hasSuffix("."))
        #expect(!subcommand.description.isEmpty && !subcommand.exitStatus.isEmpty)
        #expect(Set(subcommand.options.map(\.name)).count == subcommand.options.count)
        for option in subcommand.options {
            #expect(!option.help.isEmpty, "--\(option.name)")
            #expect(option.takesValue == !option.valueName.isEmpty, "--\(option.name)")
            #expect(!["help", "h", "version"].contains(option.name), "--\(option.name) is the tool's own")
            if let choices = option.allowedValues { #expect(!choices.isEmpty, "--\(option.name)") }
            if let chosen = option.defaultValue { #expect(option.allowedValues?.contains(chosen) == true, "--\(option.name)") }
        }
        for example in subcommand.examples {
            #expect(example.hasPrefix("scenario \(name)"))
        }
    }
}

import Testing
@testable import scenario

@Suite struct ArgumentParserTests {
    static let options: [OptionSpec] = [
        .option("format", allowedValues: ["table", "csv", "json"], help: "how to print the report",
                valueName: "format"),
        .option("out", help: "write the report to a file", valueName: "file"),
        .option("set", repeatable: true, help: "override an input line", valueName: "name=value"),
        .flag("quiet", help: "print only errors"),
        .flag("verbose", repeatable: true, help: "say more"),
    ]

    static func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        try ArgumentParser.parse(arguments, options: options)
    }

    @Test(arguments: [
        ([], ParsedArguments()),
        (["run", "a.scenario"], ParsedArguments(positionals: ["run", "a.scenario"])),
        (["--format", "csv"], ParsedArguments(values: ["format": ["csv"]])),
        (["--format=csv"], ParsedArguments(values: ["format": ["csv"]])),
        (["--out=a=b.csv"], ParsedArguments(values: ["out": ["a=b.csv"]])),
        (["--out="], ParsedArguments(values: ["out": [""]])),
        (["--out", ""], ParsedArguments(values: ["out": [""]])),
        (["--out", "-"], ParsedArguments(values: ["out": ["-"]])),
        (["--out", "-x"], ParsedArguments(values: ["out": ["-x"]])),
        (["--out=--x"], ParsedArguments(values: ["out": ["--x"]])),
        (["--quiet"], ParsedArguments(flags: ["quiet"])),
        (["--verbose", "--verbose"], ParsedArguments(flags: ["verbose"])),
        (["--set", "A=1", "--set", "B=2", "--set=C=3"], ParsedArguments(values: ["set": ["A=1", "B=2", "C=3"]])),
        (["-"], ParsedArguments(positionals: ["-"])),
        (["a", "--", "--quiet", "-", "--nope"], ParsedArguments(positionals: ["a", "--quiet", "-", "--nope"])),
        (["--", "--"], ParsedArguments(positionals: ["--"])),
        (["a", "--quiet", "b", "--format", "json", "c"],
         ParsedArguments(positionals: ["a", "b", "c"], values: ["format": ["json"]], flags: ["quiet"])),
        (["run", "x.scenario", "--format", "csv", "--set", "uplift=2%", "--quiet", "-"],
         ParsedArguments(positionals: ["run", "x.scenario", "-"], values: ["format": ["csv"], "set": ["uplift=2%"]],
                         flags: ["quiet"])),
    ] as [([String], ParsedArguments)])
    func acceptedFormsParseToPositionalsValuesAndFlags(_ arguments: [String], expected: ParsedArguments) throws {
        #expect(try Self.parse(arguments) == expected)
    }

    @Test(arguments: [
        (["--fromat", "csv"], "unknown option '--fromat'", "did you mean '--format'?"),
        (["--fromat=csv"], "unknown option '--fromat'", "did you mean '--format'?"),
        (["--Quiet"], "unknown option '--Quiet'", "did you mean '--quiet'?"),
        (["-format", "csv"], "unknown option '-format'", "did you mean '--format'?"),
        (["-q"], "unknown option '-q'", "the options are '--format', '--out', '--quiet', '--set' and '--verbose'"),
        (["--colour"], "unknown option '--colour'",
         "the options are '--format', '--out', '--quiet', '--set' and '--verbose'"),
        (["--="], "unknown option '--'", "the options are '--format', '--out', '--quiet', '--set' and '--verbose'"),
        (["--format"], "missing value for '--format'", "write '--format <format>' with one of 'table', 'csv' or 'json'"),
        (["--out"], "missing value for '--out'", "write '--out <file>'"),
        (["--out", "--quiet"], "missing value for '--out'", "write '--out <file>'"),
        (["--out", "--"], "missing value for '--out'", "write '--out <file>'"),
        (["--format", "xml"], "invalid value 'xml' for '--format'", "use one of 'table', 'csv' or 'json'"),
        (["--format=jsn"], "invalid value 'jsn' for '--format'", "did you mean 'json'? use one of 'table', 'csv' or 'json'"),
        (["--format", ""], "invalid value '' for '--format'", "use one of 'table', 'csv' or 'json'"),
        (["--format", "csv", "--format", "json"], "option '--format' given twice", "give '--format' only once"),
        (["--out=a", "--out=a"], "option '--out' given twice", "give '--out' only once"),
        (["--quiet", "--quiet"], "option '--quiet' given twice", "give '--quiet' only once"),
        (["--quiet=yes"], "option '--quiet' takes no value", "write '--quiet' alone"),
    ] as [([String], String, String)])
    func mistakesAreReportedWithHelp(_ arguments: [String], message: String, help: String) {
        #expect(throws: UsageError(message: message, help: help)) {
            try Self.parse(arguments)
        }
    }

    @Test func firstMistakeWins() {
        #expect(throws: UsageError.unknownOption("--nope", known: Self.options.map(\.name))) {
            try Self.parse(["--nope", "--format"])
        }
    }

    @Test func optionsAfterDoubleDashAreNotChecked() throws {
        #expect(try Self.parse(["--", "--format", "xml", "--format"]).positionals == ["--format", "xml", "--format"])
    }

    @Test(arguments: [
        ["run", "a.scenario"], ["--format=csv", "x"], ["--set", "a=1", "--set", "b=2"], ["--", "-"], ["--quiet"],
    ])
    func messagesAreLowerCaseWithoutFullStop(_ arguments: [String]) {
        // Every mistake made by appending an unknown, a bare or a repeated option.
        for extra in [["--zzz"], ["--out"], ["--quiet", "--quiet"], ["--format", "pdf"]] {
            do {
                _ = try Self.parse(arguments.contains("--") ? extra + arguments : arguments + extra)
                Issue.record("no error for \(arguments + extra)")
            } catch {
                #expect(error.message.first?.isLowercase == true)
                #expect(!error.message.hasSuffix("."))
                #expect(error.help.map { !$0.hasSuffix(".") } ?? true)
            }
        }
    }

    @Test func accessorsReadValuesAndFlags() throws {
        let parsed = try Self.parse(["--set", "a=1", "--set", "b=2", "--format", "csv", "--quiet"])
        #expect(parsed.value("format") == "csv")
        #expect(parsed.value("set") == "b=2")
        #expect(parsed.values("set") == ["a=1", "b=2"])
        #expect(parsed.value("out") == nil)
        #expect(parsed.values("out") == [])
        #expect(parsed.has("quiet"))
        #expect(!parsed.has("verbose"))
    }

    @Test func noOptionsMeansEveryDashedArgumentIsUnknown() {
        #expect(throws: UsageError(message: "unknown option '--x'", help: "this command takes no options")) {
            try ArgumentParser.parse(["--x"], options: [])
        }
        #expect(throws: UsageError(message: "unknown option '--x'", help: "the only option is '--quiet'")) {
            try ArgumentParser.parse(["--x"], options: [.flag("quiet", help: "")])
        }
    }

    @Test func optionListAlignsDescriptionsAndListsChoices() {
        #expect(HelpText.optionList(Self.options) == """
              --format format    how to print the report: table, csv or json
              --out file         write the report to a file
              --set name=value   override an input line
              --quiet            print only errors
              --verbose          say more

            """)
        #expect(HelpText.optionList([CommonOptions.format]) == """
              --format FORMAT   how to print the tables: table (default), csv, json or markdown

            """)
    }

    @Test(arguments: [
        (["--help"], true), (["-h"], true), (["a.scenario", "--fromat", "x", "-h"], true),
        (["--out", "-h"], false), (["--out=-h"], false), (["--", "--help"], false), (["--quiet", "-h"], true),
        (["--out", "--help"], true), (["a.scenario"], false),
    ] as [([String], Bool)])
    func helpIsFoundWhereAnOptionCouldBe(_ arguments: [String], asks: Bool) {
        #expect(ArgumentParser.asksForHelp(arguments, options: Self.options) == asks)
    }

    @Test func usageErrorDescriptionPutsHelpOnItsOwnLine() {
        #expect(UsageError(message: "m", help: "h").description == "m\nhelp: h")
        #expect(UsageError(message: "m").description == "m")
    }
}

import Testing
import TestSupport

@Suite struct ShellWordsTests {
    @Test(arguments: [
        ("scenario run a.scenario", ["scenario", "run", "a.scenario"], nil),
        ("  scenario \t run\ta  ", ["scenario", "run", "a"], nil),
        ("scenario run 'my file.scenario'", ["scenario", "run", "my file.scenario"], nil),
        (#"scenario run "my file.scenario""#, ["scenario", "run", "my file.scenario"], nil),
        (#"scenario run my\ file.scenario"#, ["scenario", "run", "my file.scenario"], nil),
        (#"echo 'it'\''s'"#, ["echo", "it's"], nil),
        (#"echo "say \"hi\"""#, ["echo", #"say "hi""#], nil),
        (#"echo "a\\b" "a\nb" 'a\nb'"#, ["echo", #"a\b"#, #"a\nb"#, #"a\nb"#], nil),
        (#"echo \\ \' \""#, ["echo", #"\"#, "'", "\""], nil),
        ("echo '' \"\" x", ["echo", "", "", "x"], nil),
        ("echo a'b c'\"d e\"f", ["echo", "ab cd ef"], nil),
        ("echo '$HOME' '`x`' \"|;&<>\"", ["echo", "$HOME", "`x`", "|;&<>"], nil),
        ("echo * ? [a] ~ #", ["echo", "*", "?", "[a]", "~", "#"], nil),
        ("echo 'a\nb'", ["echo", "a\nb"], nil),
        ("echo a\\\nb", ["echo", "ab"], nil),
        ("echo \"a\\\nb\"", ["echo", "ab"], nil),
        ("echo é 🏥", ["echo", "é", "🏥"], nil),
        ("scenario repl < session.txt", ["scenario", "repl"], "session.txt"),
        ("scenario repl <session.txt", ["scenario", "repl"], "session.txt"),
        ("scenario repl<'my session.txt'", ["scenario", "repl"], "my session.txt"),
        ("scenario check - < \"in put\"  ", ["scenario", "check", "-"], "in put"),
        ("echo '<' \\<", ["echo", "<", "<"], nil),
    ] as [(String, [String], String?)])
    func wordsSplitAsPOSIXShellSplitsThem(_ line: String, words: [String], input: String?) throws {
        #expect(try ShellWords.split(line) == ShellCommand(words: words, standardInput: input))
    }

    @Test(arguments: [
        ("", "empty command"),
        ("   ", "empty command"),
        ("''", nil),
        ("echo 'abc", "unterminated single quote"),
        ("echo \"abc", "unterminated double quote"),
        ("echo \"abc\\\"", "unterminated double quote"),
        ("echo abc\\", "backslash at the end of the command"),
        ("echo $HOME", "'$' is not expanded here: put it in single quotes"),
        ("echo \"$HOME\"", "'$' is not expanded here: put it in single quotes"),
        ("echo `date`", "'`' is not expanded here: put it in single quotes"),
        ("echo a | cat", "unsupported shell operator '|': quote it to pass it on"),
        ("echo a > out", "unsupported shell operator '>': quote it to pass it on"),
        ("echo a; echo b", "unsupported shell operator ';': quote it to pass it on"),
        ("echo a &", "unsupported shell operator '&': quote it to pass it on"),
        ("scenario repl <", "missing file name after '<'"),
        ("scenario repl < a < b", "more than one '<'"),
        ("scenario repl < in.txt --quiet", "'< in.txt' must come at the end of the command, before '--quiet'"),
    ] as [(String, String?)])
    func unsupportedOrBrokenLinesAreRefused(_ line: String, message: String?) {
        if let message {
            #expect(throws: ShellWordsError(message: message)) { try ShellWords.split(line) }
        } else {
            // A lone empty word is still a (strange) command: the runner reports the program.
            #expect((try? ShellWords.split(line))?.words == [""])
        }
    }

    @Test(arguments: [
        ("Scenarios/a.scenario", "Scenarios/a.scenario"),
        ("--format=csv", "--format=csv"),
        ("my file", "'my file'"),
        ("it's", #"'it'\''s'"#),
        ("", "''"),
        ("$HOME", "'$HOME'"),
        ("é", "'é'"),
    ])
    func quotedWordsAreShownSimply(_ word: String, expected: String) {
        #expect(ShellWords.quoted(word) == expected)
    }

    @Test func quotingThenSplittingGivesTheWordsBack() throws {
        var random = SeededGenerator(seed: 20190401)
        let alphabet: [Character] = ["a", "Z", "0", " ", "\t", "\n", "'", "\"", "\\", "$", "`", "<", ">", "|",
                                     "*", "#", "~", "=", "-", "é", "🏥"]
        for _ in 0..<500 {
            let words = (0..<random.next(below: 5)).map { _ in
                String((0..<random.next(below: 6)).map { _ in alphabet[random.next(below: alphabet.count)] })
            }
            let line = (["prog"] + words).map(ShellWords.quoted).joined(separator: " ")
            let split = try ShellWords.split(line)
            #expect(split == ShellCommand(words: ["prog"] + words, standardInput: nil), "seed \(random.seed): \(line)")
        }
    }
}

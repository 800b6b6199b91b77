/// A transcript command split into words, with the file to feed as standard input if any.
///
///     try ShellWords.split("scenario run 'my file.scenario' < input.txt")
///     // words: ["scenario", "run", "my file.scenario"], standardInput: "input.txt"
struct ShellCommand: Equatable, Sendable {
    /// The program name and its arguments.
    var words: [String]
    /// The file named after an unquoted `<` at the end, relative to the working directory.
    var standardInput: String?
}

/// Why a transcript command line could not be split.
struct ShellWordsError: Error, Equatable, CustomStringConvertible {
    /// A lower-case message quoting the offending text.
    let message: String

    var description: String { message }
}

/// Splits a command line into words the way a POSIX shell does, without running anything.
///
/// Supported, as in `sh`:
/// - words separated by spaces, tabs and line breaks;
/// - `'single quotes'`: every character literal, no escapes;
/// - `"double quotes"`: a backslash escapes only `$`, `` ` ``, `"`, `\` and a line break, and is
///   kept before any other character;
/// - a backslash outside quotes makes the next character literal; before a line break it joins
///   the lines;
/// - `''` and `""` give an empty word; quoted and unquoted parts join into one word (`a'b c'`);
/// - an unquoted `< FILE` (or `<FILE`) at the end names the standard input.
///
/// Not supported, and refused rather than passed on silently: variables and command
/// substitution (`$`, `` ` `` outside single quotes) and the operators `|`, `>`, `;`, `&`, `(`
/// and `)`. There is no globbing and no tilde expansion: `*`, `?`, `[` and `~` are literal.
///
///     try ShellWords.split(#"scenario run "a b" c\ d 'it''s'"#).words
///     // ["scenario", "run", "a b", "c d", "its"]
enum ShellWords {
    /// Splits `line` into words and an optional standard-input file.
    static func split(_ line: String) throws(ShellWordsError) -> ShellCommand {
        var scanner = Scanner(scalars: Array(line.unicodeScalars))
        try scanner.scan()
        guard !scanner.words.isEmpty else {
            throw ShellWordsError(message: "empty command")
        }
        return ShellCommand(words: scanner.words, standardInput: scanner.standardInput)
    }

    /// `word` quoted so that `split` gives it back unchanged: as is when it has only safe
    /// characters, otherwise in single quotes.
    ///
    ///     ShellWords.quoted("Scenarios/a.scenario")   // Scenarios/a.scenario
    ///     ShellWords.quoted("my file's")              // 'my file'\''s'
    static func quoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "_@%+=:,./-".unicodeScalars.contains(scalar))
        }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacing("'", with: #"'\''"#) + "'"
    }

    /// The state of one pass over the command line.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var words: [String] = []
        var standardInput: String?
        private var current = String.UnicodeScalarView()
        private var inWord = false
        private var expectingInputFile = false

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        private mutating func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            defer { index += 1 }
            return scalars[index]
        }

        mutating func scan() throws(ShellWordsError) {
            while let c = next() {
                switch c {
                case " ", "\t", "\n":
                    try endWord()
                case "'":
                    inWord = true
                    try singleQuoted()
                case "\"":
                    inWord = true
                    try doubleQuoted()
                case "\\":
                    guard let escaped = next() else {
                        throw ShellWordsError(message: "backslash at the end of the command")
                    }
                    if escaped != "\n" {
                        inWord = true
                        current.append(escaped)
                    }
                case "<":
                    try endWord()
                    guard standardInput == nil, !expectingInputFile else {
                        throw ShellWordsError(message: "more than one '<'")
                    }
                    expectingInputFile = true
                case "|", ">", ";", "&", "(", ")":
                    throw ShellWordsError(message: "unsupported shell operator '\(c)': quote it to pass it on")
                case "$", "`":
                    throw ShellWordsError(message: "'\(c)' is not expanded here: put it in single quotes")
                default:
                    inWord = true
                    current.append(c)
                }
            }
            try endWord()
            if expectingInputFile {
                throw ShellWordsError(message: "missing file name after '<'")
            }
        }

        private mutating func singleQuoted() throws(ShellWordsError) {
            while let c = next() {
                if c == "'" { return }
                current.append(c)
            }
            throw ShellWordsError(message: "unterminated single quote")
        }

        private mutating func doubleQuoted() throws(ShellWordsError) {
            while let c = next() {
                switch c {
                case "\"":
                    return
                case "\\":
                    guard let escaped = next() else { break }
                    switch escaped {
                    case "$", "`", "\"", "\\": current.append(escaped)
                    case "\n": break  // a quoted line continuation
                    default: current.append("\\"); current.append(escaped)
                    }
                case "$", "`":
                    throw ShellWordsError(message: "'\(c)' is not expanded here: put it in single quotes")
                default:
                    current.append(c)
                }
            }
            throw ShellWordsError(message: "unterminated double quote")
        }

        /// Finishes the word being built, if any, as an argument or as the input file.
        private mutating func endWord() throws(ShellWordsError) {
            guard inWord else { return }
            let word = String(current)
            current = String.UnicodeScalarView()
            inWord = false
            if expectingInputFile {
                standardInput = word
                expectingInputFile = false
            } else if let file = standardInput {
                throw ShellWordsError(message: "'< \(file)' must come at the end of the command, before '\(word)'")
            } else {
                words.append(word)
            }
        }
    }
}

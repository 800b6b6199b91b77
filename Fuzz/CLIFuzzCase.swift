/// One CLI fuzz input, decoded: the sandbox's files, an argument vector, and REPL lines.
///
/// The input is a scenario file, then optional sections, each opened by a line starting `%%`:
///
///     title "..."            the scenario: work/model.scenario, as raw bytes
///     ...
///     %%file practices.csv   a file beside it (name: letters, digits, `.`, `_`, `-`)
///     name,list_size
///     ...
///     %%args                 the argument vector, one argument a line
///     run
///     model.scenario
///     --format
///     json
///     %%repl                 lines for the REPL: fed to `scenario repl` as a piped script
///     set pay_uplift = 3%
///     export out.json
///
/// A plain scenario (every shipped one is a seed) has no sections: its argument vector, and
/// perhaps a REPL script, are chosen from a hash of its bytes (`CLIFuzzArguments`), over the
/// names the scenario declares, so mutating a scenario also varies the command run on it.
struct CLIFuzzCase {
    var scenario: [UInt8] = []
    var files: [(name: String, bytes: [UInt8])] = []
    var arguments: [String] = []
    var replLines: [String]?

    static let reservedNames: Set<String> = [
        "model.scenario", "link.scenario", "dangling.scenario", "loop.scenario", "fifo", "null", "sub", "readonly",
    ]

    static func decode(_ bytes: [UInt8], devices: Bool) -> CLIFuzzCase {
        var result = CLIFuzzCase()
        var section = "scenario"
        var name = ""
        var current: [UInt8] = []
        var explicitArguments: [String]?

        func finish() {
            switch section {
            case "scenario": result.scenario = current
            case "file":
                if !reservedNames.contains(name), !result.files.contains(where: { $0.name == name }) {
                    result.files.append((name, current))
                }
            case "args": explicitArguments = lines(current)
            case "repl": result.replLines = lines(current)
            default: break
            }
            current = []
        }

        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Array(bytes[start..<end])
            if line.starts(with: [0x25, 0x25]) {  // "%%"
                finish()
                let words = String(decoding: line.dropFirst(2), as: UTF8.self).split(separator: " ", maxSplits: 1).map(String.init)
                section = words.first ?? ""
                name = fileName(words.count > 1 ? words[1] : "practices.csv")
            } else {
                current += line
                if end < bytes.count { current.append(0x0A) }
            }
            start = end + 1
        }
        finish()

        let names = CLIFuzzNames(String(decoding: result.scenario, as: UTF8.self))
        let vocabulary = CLIFuzzArguments(names: names, choices: CLIFuzzChoices(hashing: bytes), devices: devices)
        result.arguments = explicitArguments ?? vocabulary.arguments()
        if result.replLines == nil, result.arguments.first == "repl" || vocabulary.choices.next(4) == 0 {
            result.replLines = vocabulary.replScript()
        }
        return result
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A safe file name for a `%%file` section: no folders, no leading dot, not a fixed entry.
    private static func fileName(_ text: String) -> String {
        let allowed = text.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        let trimmed = String(allowed.drop { $0 == "." }.prefix(40))
        return trimmed.isEmpty ? "practices.csv" : trimmed
    }
}

/// A deterministic stream of choices from an input's bytes (FNV-1a, then SplitMix64).
struct CLIFuzzChoices {
    private var state: UInt64

    init(hashing bytes: [UInt8]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = hash
    }

    /// A number below `bound` (at least 1).
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { next(100) < percent }
}

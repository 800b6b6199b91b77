import FinModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether standard output gets colour, and how wide its tables may be: decided once, from the
/// command line, the environment and whether standard output is a terminal.
///
/// Colour (`--color auto|always|never`, after no-color.org: an explicit flag wins):
///
/// | `--color`        | colour                                                              |
/// |------------------|---------------------------------------------------------------------|
/// | `always`         | yes, even into a pipe or with `NO_COLOR` set                        |
/// | `never`          | no                                                                  |
/// | `auto` (default) | when standard output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb` |
///
/// Width, for splitting a wide table into blocks of columns:
///
/// | given                                  | width                          |
/// |----------------------------------------|--------------------------------|
/// | `--width N`                            | N (0: no limit)                |
/// | standard output a terminal, `COLUMNS`  | `COLUMNS`                      |
/// | standard output a terminal             | the terminal's (TIOCGWINSZ)    |
/// | a pipe or a file                       | no limit: the whole table      |
///
/// `COLUMNS` is read only for a terminal: a shell sets it for the terminal it runs in, and a
/// program reading a pipe wants every table whole.
enum TerminalStyle {
    /// Whether to colour, by the rules above.
    static func colour(flag: String?, environment: [String: String], isTerminal: Bool) -> Bool {
        switch flag {
        case "always": return true
        case "never": return false
        default:
            guard isTerminal, (environment["NO_COLOR"] ?? "").isEmpty else { return false }
            return environment["TERM"] != "dumb"
        }
    }

    /// The width tables are laid out to, or nil for no limit, by the rules above.
    static func width(flag: Int?, environment: [String: String], isTerminal: Bool, terminalColumns: () -> Int?) -> Int? {
        if let flag { return flag > 0 ? flag : nil }
        guard isTerminal else { return nil }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return terminalColumns()
    }

    /// The columns of the terminal standard output is, or nil when it is none.
    static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

extension CommonOptions {
    static let color = OptionSpec.option(
        "color", kind: .choice(["auto", "always", "never"]), default: "auto",
        help: "colour failed checks red and passes within tolerance amber (auto: at a terminal, without NO_COLOR)",
        valueName: "WHEN")
    static let width = OptionSpec.option(
        "width", kind: .wholeNumber, help: "split tables wider than N columns into blocks (default: the terminal's width; 0: no limit)",
        valueName: "N")

    /// How the document is written, as the options, the environment and standard output say;
    /// or a usage error for a `--width` that is not a whole number.
    static func renderOptions(_ arguments: ParsedArguments) -> Result<RenderOptions, UsageError> {
        var width: Int?
        if let text = arguments.value("width") {
            guard let number = Int(text), number >= 0 else {
                return .failure(UsageError(message: "--width takes a whole number of columns, found '\(text)'", help: "write, for example, --width 80"))
            }
            width = number
        }
        let environment = ProcessInfo.processInfo.environment
        let isTerminal = TerminalStyle.standardOutputIsTerminal
        return .success(RenderOptions(
            byteOrderMark: arguments.has("bom"), csvRawText: arguments.has("csv-raw-text"),
            colour: TerminalStyle.colour(flag: arguments.value("color"), environment: environment, isTerminal: isTerminal),
            width: TerminalStyle.width(flag: width, environment: environment, isTerminal: isTerminal, terminalColumns: TerminalStyle.terminalColumns)))
    }
}

/// The tool's exit codes: scripts and CI depend on them.
enum ExitStatus: Int32, Error {
    /// Everything evaluated, every check passed.
    case success = 0
    /// A check failed (the scenario evaluated, but a stated figure does not match).
    case checkFailed = 1
    /// Bad input or usage: a parse, unit or evaluation error, a missing file, an unknown option.
    case badInput = 2
}

/// How a figure or a row stands.
public enum OutputStatus: Sendable, Hashable {
    /// A check whose stated and computed figures agree.
    case pass
    /// A check that passes only because the difference is within its tolerance.
    case withinTolerance
    /// A check whose difference is beyond its tolerance.
    case fail
    /// A figure that moved since it was last shown.
    case changed
    /// An input set for this run or session rather than taken from the file.
    case overridden
    /// A figure that differs from the file's own because of the inputs set for this run.
    case moved
}

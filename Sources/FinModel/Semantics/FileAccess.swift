/// How a scenario reads the files it names (CSV lists), supplied by whoever runs it.
///
/// The library never touches the file system itself: the command line decides which folders a
/// scenario may read (its own, unless the user allows more), and tests can serve files from
/// memory.
public struct FileAccess: Sendable {
    /// Why a file could not be read; reported at the statement that names it.
    public struct Failure: Error, Sendable {
        /// What went wrong: `no file 'practices.csv' in the scenario's folder`.
        public let message: String
        /// How to put it right.
        public let help: String
        /// A failure with its message and help, lower-case and without a full stop.
        public init(message: String, help: String) {
            self.message = message
            self.help = help
        }
    }

    /// Reads `path` as written in the scenario; returns the path to show in messages and the text.
    public let read: @Sendable (_ path: String) throws(Failure) -> (displayPath: String, text: String)

    /// File access through `read`, which decides what may be read and how a path is shown.
    public init(read: @escaping @Sendable (_ path: String) throws(Failure) -> (displayPath: String, text: String)) {
        self.read = read
    }

    /// For scenarios that name no files.
    public static let none = FileAccess { path throws(Failure) in
        throw Failure(message: "cannot read '\(path)'", help: "this scenario was given no access to files")
    }
}

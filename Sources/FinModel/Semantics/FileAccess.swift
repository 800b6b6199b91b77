/// How a scenario reads the files it names (CSV lists), supplied by whoever runs it.
///
/// The library never touches the file system itself: the command line decides which folders a
/// scenario may read (its own, unless the user allows more), and tests can serve files from
/// memory.
public struct FileAccess: Sendable {
    public struct Failure: Error, Sendable {
        public let message: String
        public let help: String
        public init(message: String, help: String) {
            self.message = message
            self.help = help
        }
    }

    /// Reads `path` as written in the scenario; returns the path to show in messages and the text.
    public let read: @Sendable (_ path: String) throws(Failure) -> (displayPath: String, text: String)

    public init(read: @escaping @Sendable (_ path: String) throws(Failure) -> (displayPath: String, text: String)) {
        self.read = read
    }

    /// For scenarios that name no files.
    public static let none = FileAccess { path throws(Failure) in
        throw Failure(message: "cannot read '\(path)'", help: "this scenario was given no access to files")
    }
}

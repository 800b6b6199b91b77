/// How a scenario reads the files it names (CSV lists, included files), supplied by whoever
/// runs it.
///
/// The library never touches the file system itself: the command line decides which folders a
/// scenario may read (its own, unless the user allows more), and tests can serve files from
/// memory. Each read says which file named the path, so a path written in an included file can
/// be taken relative to that file's folder, as a reader of that file would take it:
///
///     // Scenarios/model.scenario:   include "options/base.scenario"
///     // Scenarios/options/base.scenario:   include "extra.scenario"
///     try files.read("extra.scenario", from: "Scenarios/options/base.scenario")
///     // the command line reads Scenarios/options/extra.scenario
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

    /// Reads `path` as written in the file whose display path is `including`; returns the path
    /// to show in messages (and to name the file read in later reads) and the text.
    private let reader: @Sendable (_ path: String, _ including: String) throws(Failure) -> (displayPath: String, text: String)

    /// Access that takes every path the same way, whichever file names it (files served from
    /// memory, a benchmark's one CSV file).
    public init(read: @escaping @Sendable (_ path: String) throws(Failure) -> (displayPath: String, text: String)) {
        self.reader = { path, _ throws(Failure) in try read(path) }
    }

    /// Access that is told which file names each path: `including` is the display path of the
    /// scenario or included file in which the `include` or `list … from` is written.
    public init(
        readingRelativeTo read: @escaping @Sendable (_ path: String, _ including: String) throws(Failure) -> (displayPath: String, text: String)
    ) {
        self.reader = read
    }

    /// The file `path` names, as written in the file whose display path is `including`.
    public func read(_ path: String, from including: String) throws(Failure) -> (displayPath: String, text: String) {
        try reader(path, including)
    }

    /// For scenarios that name no files.
    public static let none = FileAccess { path throws(Failure) in
        throw Failure(message: "cannot read '\(path)'", help: "this scenario was given no access to files")
    }
}

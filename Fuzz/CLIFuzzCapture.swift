import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one command in-process as `main.swift` would, and gives back what it printed.
///
/// Standard input, output and error are swapped for files in the capture folder (input holds
/// the REPL script, so `scenario repl` reads it as a piped script) and put back afterwards;
/// `Output` writes through file descriptors 1 and 2, so no seam in the CLI is needed. The
/// command runs on a thread with the 512 MB stack `main.swift` gives it, in the sandbox's
/// working directory. Should the command crash, what it printed is still in
/// `capture/stderr`, where `Fuzz/run.sh` shows it.
enum CLIFuzzCapture {
    struct Outcome {
        let status: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]
    }

    /// A box the command thread fills in; the caller reads it only after the thread signals.
    private final class Box: @unchecked Sendable {
        var status: Int32 = 0
    }

    static func run(in directory: String, capture: String, input: [UInt8], _ body: @escaping @Sendable () -> Int32) -> Outcome {
        let paths = (input: capture + "/stdin", stdout: capture + "/stdout", stderr: capture + "/stderr")
        _ = FileManager.default.createFile(atPath: paths.input, contents: Data(input))
        let saved = (dup(0), dup(1), dup(2))
        let opened = (open(paths.input, O_RDONLY), open(paths.stdout, O_RDWR | O_CREAT | O_TRUNC, 0o600),
                      open(paths.stderr, O_RDWR | O_CREAT | O_TRUNC, 0o600))
        fflush(stdout)
        dup2(opened.0, 0)
        dup2(opened.1, 1)
        dup2(opened.2, 2)
        clearerr(stdin)  // a previous script may have left end-of-file set on the stdio stream
        let previous = FileManager.default.currentDirectoryPath
        chdir(directory)

        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.status = body()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()

        chdir(previous)
        fflush(stdout)
        _ = fflush(stdin)  // drop what the REPL buffered but did not read
        clearerr(stdin)
        dup2(saved.0, 0)
        dup2(saved.1, 1)
        dup2(saved.2, 2)
        for fd in [saved.0, saved.1, saved.2, opened.0, opened.1, opened.2] { close(fd) }
        return Outcome(status: box.status, stdout: read(paths.stdout), stderr: read(paths.stderr))
    }

    private static func read(_ path: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: path) ?? Data())
    }
}

import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one runner every test starts processes with: it never deadlocks on a chatty child, it
/// kills one that runs too long along with its process group, and it gives the child exactly
/// the input, environment and folder asked for.
@Suite struct ProcessRunnerTests {
    static let sh = URL(fileURLWithPath: "/bin/sh")
    static let fiveMegabytes = 5_000_000

    /// Each script writes five megabytes to stdout and five to stderr, eighty times what a pipe
    /// holds. Writing stderr first hangs a runner that reads stdout to its end first; either
    /// order hangs one that waits for the exit before reading. A hang fails at the timeout.
    @Test(arguments: [
        "head -c 5000000 /dev/zero >&2; head -c 5000000 /dev/zero",
        "head -c 5000000 /dev/zero; head -c 5000000 /dev/zero >&2",
        "yes | head -c 5000000 & yes | head -c 5000000 >&2; wait",
    ])
    func aChildWritingMegabytesToBothStreamsFinishes(_ script: String) throws {
        let outcome = try ProcessRunner(Self.sh, ["-c", script], timeout: .seconds(60)).run()
        #expect(outcome.termination == .exit(0))
        #expect(outcome.stdout.count == Self.fiveMegabytes)
        #expect(outcome.stderr.count == Self.fiveMegabytes)
        #expect(!outcome.outputWasHeldOpen)
    }

    /// `cat` answers as it reads: input is written while output drains, or both pipes fill.
    @Test func aChildEchoingMegabytesOfInputGivesThemAllBack() throws {
        let input = (0..<Self.fiveMegabytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 12) }
        let outcome = try ProcessRunner(URL(fileURLWithPath: "/bin/cat"), input: .bytes(input), timeout: .seconds(60)).run()
        #expect(outcome.termination == .exit(0))
        #expect(outcome.stdout == input)
    }

    /// A child that exits without reading its input makes the next write fail (EPIPE); the
    /// test process must survive that, and the outcome is the child's.
    @Test func aChildThatStopsReadingEndsTheInputQuietly() throws {
        let input = [UInt8](repeating: 0x61, count: Self.fiveMegabytes)
        let outcome = try ProcessRunner(Self.sh, ["-c", "head -c 10; exit 4"], input: .bytes(input), timeout: .seconds(60)).run()
        #expect(outcome.termination == .exit(4))
        #expect(outcome.stdoutText == "aaaaaaaaaa")
    }

    @Test func aSleepingChildIsKilledAtTheTimeout() throws {
        let start = ContinuousClock.now
        let error = #expect(throws: ProcessRunError.self) {
            try ProcessRunner(Self.sh, ["-c", "sleep 30"], timeout: .seconds(1)).run()
        }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(error?.description == "'/bin/sh -c 'sleep 30'' did not finish within 1 s and was killed")
        guard case .timedOut(_, let limit, _, _) = error else {
            Issue.record("expected a timeout, got \(String(describing: error))")
            return
        }
        #expect(limit == .seconds(1))
    }

    /// The shell's `sleep` is its child, not the runner's: it dies only if the group is killed.
    @Test func theChildsWholeProcessGroupIsKilledAtTheTimeout() throws {
        let error = #expect(throws: ProcessRunError.self) {
            try ProcessRunner(Self.sh, ["-c", "sleep 30 & echo $!; wait"], timeout: .seconds(1)).run()
        }
        guard case .timedOut(_, _, let stdout, _) = error,
              let sleeper = pid_t(String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            Issue.record("expected a timeout after the shell printed the sleeper's pid, got \(String(describing: error))")
            return
        }
        let deadline = ContinuousClock.now + .seconds(5)
        while Self.isAlive(sleeper), ContinuousClock.now < deadline { usleep(20_000) }
        #expect(!Self.isAlive(sleeper), "the shell's sleep (pid \(sleeper)) outlived the timeout")
        if Self.isAlive(sleeper) { kill(sleeper, SIGKILL) }
    }

    /// A background job keeps the pipes open after the child exits: the runner returns soon
    /// after the exit, with what was written, rather than waiting for the job.
    @Test func outputHeldOpenAfterTheExitIsCutOffAfterTheGrace() throws {
        let start = ContinuousClock.now
        let outcome = try ProcessRunner(
            Self.sh, ["-c", "sleep 30 & echo $!"], timeout: .seconds(20), outputGrace: .milliseconds(300)
        ).run()
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(outcome.termination == .exit(0))
        #expect(outcome.outputWasHeldOpen)
        let sleeper = try #require(pid_t(outcome.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(sleeper, SIGKILL)
    }

    @Test func inputAndWorkingDirectoryReachTheChild() throws {
        let folder = TemporaryFolder()
        try folder.write(Array("from a file\n".utf8), to: "input.txt")
        let here = URL(fileURLWithPath: folder.path, isDirectory: true)
        let typed = try ProcessRunner(
            Self.sh, ["-c", "pwd; cat"], environment: ["PATH": "/usr/bin:/bin"], workingDirectory: here,
            input: .bytes(Array("typed\n".utf8))
        ).run()
        #expect(typed.stdoutText == here.resolvingSymlinksInPath().path + "\ntyped\n")
        let redirected = try ProcessRunner(
            URL(fileURLWithPath: "/bin/cat"), input: .file(here.appendingPathComponent("input.txt"))
        ).run()
        #expect(redirected.stdoutText == "from a file\n")
    }

    @Test func theEnvironmentIsExactlyTheOneGiven() throws {
        let outcome = try ProcessRunner(
            URL(fileURLWithPath: "/usr/bin/env"), environment: ["GREETING": "hello there", "EMPTY": ""]
        ).run()
        #expect(outcome.stdoutText.split(separator: "\n").sorted() == ["EMPTY=", "GREETING=hello there"])
    }

    @Test(arguments: [
        ("exit 0", ProcessOutcome.Termination.exit(0)),
        ("echo out; echo err >&2; exit 3", .exit(3)),
        ("kill -9 $$", .signal(9)),
        ("kill -TERM $$", .signal(15)),
    ])
    func theWayTheChildEndedIsReported(_ script: String, _ termination: ProcessOutcome.Termination) throws {
        let outcome = try ProcessRunner(Self.sh, ["-c", script]).run()
        #expect(outcome.termination == termination, "\(outcome.stdoutText) \(outcome.stderrText)")
    }

    @Test func aProgramThatCannotStartOrReadItsInputFailsClearly() throws {
        let missing = #expect(throws: ProcessRunError.self) {
            try ProcessRunner(URL(fileURLWithPath: "/nonexistent/program"), ["a b"]).run()
        }
        #expect(missing?.description.hasPrefix("cannot start '/nonexistent/program 'a b'': ") == true)
        let noInput = #expect(throws: ProcessRunError.self) {
            try ProcessRunner(URL(fileURLWithPath: "/bin/cat"), input: .file(URL(fileURLWithPath: "/nonexistent/input"))).run()
        }
        #expect(noInput?.description == "cannot read '/nonexistent/input' for standard input")
    }

    /// Test threads block signals, and a child inherits the mask of the thread that starts it:
    /// unless the runner clears it, `kill -TERM` does nothing to the child, and a tmux server
    /// survives `kill-server`. Ignored signals are inherited too and `Process` cannot reset them,
    /// so this also checks that the test process ignores none a child relies on. The shell
    /// reads its own status with builtins (a command it started would show what the shell set).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "needs /proc to read a child's signal mask"))
    func theChildStartsWithNoSignalBlockedOrIgnored() throws {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let script = #"while read -r key value; do case $key in SigBlk:|SigIgn:) echo "$key $value";; esac; done < /proc/$$/status"#
        let outcome = try ProcessRunner(Self.sh, ["-c", script]).run()
        let masks = Dictionary(uniqueKeysWithValues: outcome.stdoutText.split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            return (String(fields[0]), UInt64(fields[1], radix: 16) ?? .max)
        })
        #expect(masks["SigBlk:"] == 0, "\(outcome.stdoutText)")
        // Bit n - 1 stands for signal n.
        let relied = [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD].reduce(UInt64(0)) { $0 | 1 << UInt64($1 - 1) }
        #expect(masks["SigIgn:"].map { $0 & relied } == 0, "\(outcome.stdoutText)")
    }

    /// Whether `pid` is a live process; a zombie, ended but not yet reaped, is not.
    static func isAlive(_ pid: pid_t) -> Bool {
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) {
            // The state follows the command's closing parenthesis: "123 (sleep) Z ...".
            return stat.split(separator: ")").last?.dropFirst().first != "Z"
        }
        return FileManager.default.fileExists(atPath: "/proc") ? false : kill(pid, 0) == 0
    }
}

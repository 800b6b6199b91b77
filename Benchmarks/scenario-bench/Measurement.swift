#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Timing for the harness. Floating point is fine here: it measures seconds, it never computes money.
enum Stopwatch {
    /// Seconds taken by `body`, and what it returned.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        return (Double(seconds) + Double(attoseconds) / 1e18, value)
    }
}

/// Median, minimum and maximum of repeated timings.
struct Timings: Codable, Equatable {
    var median: Double
    var min: Double
    var max: Double
    var samples: [Double]

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        self.samples = samples
        median = sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }
}

/// The benchmark's repetition rule: one warm-up run, then five timed runs.
///
/// A child case given the hidden `--runs N` makes N runs and no warm-up instead, so that a
/// profiler (callgrind, `perf record`) sees one run of a case, not six.
enum Repetition {
    nonisolated(unsafe) static var warmUps = 1
    nonisolated(unsafe) static var timed = 5
}

/// This process's resource usage so far, or nil when the system will not say.
func selfUsage() -> rusage? {
    var usage = rusage()
    #if os(Linux)
    let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    let who = RUSAGE_SELF
    #endif
    return getrusage(who, &usage) == 0 ? usage : nil
}

/// This process's peak resident set so far, in bytes.
func peakResidentBytes() -> Int64 {
    guard let usage = selfUsage() else { return 0 }
    return residentBytes(fromMaxRSS: Int64(usage.ru_maxrss))
}

/// This process's user and system processor time so far, in seconds.
func processorSeconds() -> Double {
    guard let usage = selfUsage() else { return 0 }
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// `ru_maxrss` is in kilobytes on Linux and in bytes on macOS.
func residentBytes(fromMaxRSS value: Int64) -> Int64 {
    #if os(Linux)
    return value * 1024
    #else
    return value
    #endif
}

/// A finished child process: exit status, what it wrote, and its own peak memory.
struct ProcessOutcome {
    var status: Int32
    var output: String
    var peakResidentBytes: Int64
    var succeeded: Bool { status == 0 }
}

/// Runs programs with `posix_spawn` and `wait4`, so each child's peak memory is its own (the
/// rusage `wait4` returns is that child's alone, unlike `getrusage(RUSAGE_CHILDREN)`).
enum Subprocess {
    /// Runs `program` (looked up on PATH unless it contains a slash) with `arguments`, capturing
    /// standard output, and standard error too unless `passStandardError` is set. Nil when the
    /// program could not be started.
    static func run(_ program: String, _ arguments: [String], passStandardError: Bool = false) -> ProcessOutcome? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        if !passStandardError { posix_spawn_file_actions_adddup2(&actions, writeEnd, 2) }
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = argv.withUnsafeBufferPointer { buffer in
            program.contains("/")
                ? posix_spawn(&pid, program, &actions, nil, buffer.baseAddress!, environ)
                : posix_spawnp(&pid, program, &actions, nil, buffer.baseAddress!, environ)
        }
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            return nil
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        close(readEnd)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out: the macros are not imported into Swift.
        let exited = status & 0x7f == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessOutcome(status: code, output: String(decoding: bytes, as: UTF8.self),
                              peakResidentBytes: residentBytes(fromMaxRSS: Int64(usage.ru_maxrss)))
    }

    /// Whether `program` can be found on PATH.
    static func isOnPath(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// A short description of the machine for the report's header.
func machineDescription() -> String {
    var cpu = "unknown CPU"
    if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
       let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
       let name = line.split(separator: ":", maxSplits: 1).last {
        cpu = name.trimmingCharacters(in: .whitespaces)
    }
    let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(cpu)), \(memory) GiB"
}

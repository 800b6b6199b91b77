import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Moves bytes between this process and a child's three pipes, never waiting on one pipe while
/// another is full.
///
/// A child blocks when a pipe it writes to is full (64 KiB on Linux) and nobody reads it. So
/// reading stdout to its end before reading stderr deadlocks once the child writes more than
/// that to stderr first; waiting for the child to exit before reading deadlocks once it writes
/// more than that to either; and writing all of stdin before reading deadlocks once the child
/// answers as it reads, like `cat`. Instead one `poll` watches all three pipes and each round
/// moves whatever is ready: a chunk of input into the child, and whatever output it wrote.
///
///     var pump = StreamPump(input: Array("hi\n".utf8), inputPipe: stdin, outputPipe: stdout, errorPipe: stderr)
///     while !pump.isFinished { pump.pumpOnce(waitingAtMost: .milliseconds(50)) }
///     pump.stdout   // everything the child wrote to stdout, whatever it wrote to stderr meanwhile
struct StreamPump {
    /// The most one read or write moves: the size of a Linux pipe's buffer.
    private static let chunkSize = 65_536

    /// Bytes for the child's stdin; those before `inputOffset` are written.
    private let input: [UInt8]
    private var inputOffset = 0
    /// The write end of the child's stdin, nil once closed: all written, or the child stopped
    /// reading. Closing it is what tells the child its input has ended.
    private var inputHandle: FileHandle?
    /// The read ends of the child's stdout and stderr, nil once they reach end of file.
    private var outputDescriptor: Int32?
    private var errorDescriptor: Int32?

    /// What the child has written so far.
    private(set) var stdout: [UInt8] = []
    private(set) var stderr: [UInt8] = []

    /// True when the child's stdout and stderr have both reached end of file.
    var outputsAreClosed: Bool { outputDescriptor == nil && errorDescriptor == nil }
    /// True when nothing is left to move in either direction.
    var isFinished: Bool { outputsAreClosed && inputHandle == nil }

    /// A pump for a child started with these pipes; `inputPipe` is nil when the child's stdin is
    /// not a pipe of ours (a file or /dev/null).
    init(input: [UInt8], inputPipe: Pipe?, outputPipe: Pipe, errorPipe: Pipe) {
        self.input = input
        outputDescriptor = outputPipe.fileHandleForReading.fileDescriptor
        errorDescriptor = errorPipe.fileHandleForReading.fileDescriptor
        guard let inputPipe else { return }
        inputHandle = inputPipe.fileHandleForWriting
        if input.isEmpty {
            closeInput()
        } else {
            // Never block on a full stdin pipe: output must keep draining meanwhile.
            let descriptor = inputPipe.fileHandleForWriting.fileDescriptor
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    /// Waits up to `limit` for any pipe to be ready, then moves one chunk through each that is.
    ///
    /// Returns early when a pipe is ready, so a chatty child is drained at full speed; the
    /// limit only bounds how long the caller goes without checking its clocks.
    mutating func pumpOnce(waitingAtMost limit: Duration) {
        var watched: [pollfd] = []
        if let descriptor = inputHandle?.fileDescriptor {
            watched.append(pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0))
        }
        for descriptor in [outputDescriptor, errorDescriptor].compactMap({ $0 }) {
            watched.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        }
        guard !watched.isEmpty else { return }
        let milliseconds = max(0, Int32(clamping: limit.components.seconds * 1_000 + limit.components.attoseconds / 1_000_000_000_000_000))
        guard poll(&watched, nfds_t(watched.count), milliseconds) > 0 else { return }  // nothing yet, or EINTR

        for entry in watched where entry.revents != 0 {
            if entry.fd == inputHandle?.fileDescriptor {
                writeInput(to: entry.fd)
            } else if entry.fd == outputDescriptor {
                if let chunk = Self.readChunk(from: entry.fd) { stdout += chunk } else { outputDescriptor = nil }
            } else if entry.fd == errorDescriptor {
                if let chunk = Self.readChunk(from: entry.fd) { stderr += chunk } else { errorDescriptor = nil }
            }
        }
    }

    /// Stops feeding the child, which has exited: nobody is left to read the rest.
    mutating func abandonInput() {
        closeInput()
    }

    /// Writes the next chunk of input; closes stdin when all is written or the child has closed
    /// its end (EPIPE, which needs SIGPIPE blocked: see `ThreadSignalMask`).
    private mutating func writeInput(to descriptor: Int32) {
        let remaining = input.count - inputOffset
        let written = input.withUnsafeBytes { bytes in
            write(descriptor, bytes.baseAddress! + inputOffset, min(remaining, Self.chunkSize))
        }
        if written > 0 {
            inputOffset += written
            if inputOffset == input.count { closeInput() }
        } else if written < 0, errno == EINTR || errno == EAGAIN {
            return  // full again already: try next round
        } else {
            closeInput()
        }
    }

    private mutating func closeInput() {
        try? inputHandle?.close()
        inputHandle = nil
    }

    /// One chunk from a readable pipe: empty when there was nothing after all, nil at end of
    /// file (or on an error, which ends the stream just the same).
    private static func readChunk(from descriptor: Int32) -> [UInt8]? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { buffer in
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 { return Array(buffer[0..<count]) }
            if count < 0, errno == EINTR || errno == EAGAIN { return [] }
            return nil
        }
    }
}

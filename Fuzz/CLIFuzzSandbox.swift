import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scratch folder one CLI fuzz input runs in, and what it holds before and after.
///
///     ROOT/                    the fuzz root: nothing in it may change but the sandbox
///     ROOT/outside.csv         a canary outside the sandbox, reachable as ../../outside.csv
///     ROOT/sandbox/work/       the working directory: model.scenario, the input's files,
///                              link.scenario -> model.scenario, sub/up.scenario -> ../model.scenario,
///                              dangling.scenario -> missing.scenario, loop.scenario -> itself,
///                              fifo (a FIFO), null (a character device 1,3 where mknod is allowed),
///                              sub/ and readonly/ (mode 0555)
///     ROOT/sandbox/other/      a sibling folder: practices.csv, reached as ../other/...
///
/// Paths the fuzzer names never climb above ROOT/sandbox, so a file written outside it is a
/// file the tool put somewhere it was not asked to.
struct CLIFuzzSandbox {
    let root: String
    var sandbox: String { root + "/sandbox" }
    var work: String { sandbox + "/work" }
    var other: String { sandbox + "/other" }
    var capture: String { root + "/capture" }
    /// Whether `work/null` is a device node (mknod needs privileges).
    private(set) var hasDevice = false

    static let canary = Array("name,list_size\nOutside,1\n".utf8)

    init(root: String) {
        self.root = root
        mkdir(root, 0o755)
        mkdir(root + "/capture", 0o755)
        _ = FileManager.default.createFile(atPath: root + "/outside.csv", contents: Data(Self.canary))
    }

    /// A fresh sandbox holding `files` (name and bytes) beside the fixed entries.
    mutating func make(scenario: [UInt8], files: [(name: String, bytes: [UInt8])]) {
        remove()
        write(root + "/outside.csv", Self.canary)  // an input may ask for it to be written over
        for folder in [sandbox, work, work + "/sub", work + "/readonly", other] { mkdir(folder, 0o755) }
        write(work + "/model.scenario", scenario)
        for file in files { write(work + "/" + file.name, file.bytes) }
        write(other + "/practices.csv", Array("name,list_size,contract\nEnderby,\"6,254\",£1200\nNorthfield,11490,£2400\n".utf8))
        symlink("model.scenario", work + "/link.scenario")
        symlink("../model.scenario", work + "/sub/up.scenario")
        symlink("missing.scenario", work + "/dangling.scenario")
        symlink("loop.scenario", work + "/loop.scenario")
        mkfifo(work + "/fifo", 0o644)
        hasDevice = mknod(work + "/null", S_IFCHR | 0o666, dev_t(0x103)) == 0  // major 1, minor 3: /dev/null
        chmod(work + "/readonly", 0o555)
    }

    func remove() {
        chmod(work + "/readonly", 0o755)
        try? FileManager.default.removeItem(atPath: sandbox)
    }

    private func write(_ path: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// Opens the FIFO for reading and drains it until `stop` is called, so a command that writes
    /// into it as a stream (rather than replacing it) never blocks for want of a reader.
    func drainFIFO() -> () -> Void {
        let descriptor = open(work + "/fifo", O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return {} }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let stop = Self.repeatedUntilStopped { _ in
            if read(descriptor, &buffer, buffer.count) <= 0 { usleep(1000) }
        }
        return {
            stop()
            close(descriptor)
        }
    }

    /// Writes `bytes` into the FIFO for each command that opens it to read, until `stop` is
    /// called. Opening a FIFO to read waits for a writer (as `cat fifo` does), so without this
    /// a command given `fifo` as its scenario would wait for ever. The writer opens without
    /// blocking (which fails while nobody reads), writes, closes (the reader's end of file) and
    /// tries again a little later, for a command that reads the FIFO twice.
    func feedFIFO(_ bytes: [UInt8]) -> () -> Void {
        let path = work + "/fifo"
        return Self.repeatedUntilStopped { stopped in
            let descriptor = open(path, O_WRONLY | O_NONBLOCK)
            guard descriptor >= 0 else { usleep(1000); return }
            var written = 0
            while written < bytes.count, !stopped() {
                let count = bytes[written...].withUnsafeBytes { writeToDescriptor(descriptor, $0) }
                if count > 0 { written += count } else if count < 0, errno != EAGAIN { break } else { usleep(1000) }
            }
            close(descriptor)
            usleep(20_000)
        }
    }

    /// Runs `step` again and again on a thread of its own until the function returned is
    /// called, which waits for the step under way to end; `step` is told whether to stop early.
    private static func repeatedUntilStopped(_ step: @escaping (_ stopped: () -> Bool) -> Void) -> () -> Void {
        final class Flag: @unchecked Sendable { var stop = false }
        let flag = Flag()
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let step = step
        Thread {
            while !flag.stop { step { flag.stop } }
            finished.signal()
        }.start()
        return {
            flag.stop = true
            finished.wait()
        }
    }

    // MARK: What the sandbox holds

    /// One entry: its kind (`f` file, `d` folder, `l` link, `p` FIFO, `c` device) and, for a
    /// file, its bytes; for a link, its target.
    struct Entry: Equatable {
        let kind: Character
        let bytes: [UInt8]
    }

    /// Every entry under `folder`, by path relative to it, without following links.
    static func snapshot(_ folder: String) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = folder + "/" + child
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    entries[child] = Entry(kind: "d", bytes: [])
                    walk(child)
                case S_IFLNK:
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? ""
                    entries[child] = Entry(kind: "l", bytes: Array(target.utf8))
                case S_IFIFO: entries[child] = Entry(kind: "p", bytes: [])
                case S_IFCHR: entries[child] = Entry(kind: "c", bytes: [])
                case S_IFREG: entries[child] = Entry(kind: "f", bytes: Array(FileManager.default.contents(atPath: full) ?? Data()))
                default: entries[child] = Entry(kind: "?", bytes: [])
                }
            }
        }
        walk("")
        return entries
    }

    /// The fuzz root's own entries (not the sandbox or the capture folder), and the canary.
    func outside() -> [String: Entry] {
        Self.snapshot(root).filter { !$0.key.hasPrefix("sandbox") && !$0.key.hasPrefix("capture") }
    }
}

/// `write(2)`, named apart from the sandbox's own `write(_:_:)`.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    write(descriptor, bytes.baseAddress, bytes.count)
}

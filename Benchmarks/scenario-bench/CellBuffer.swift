#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Memory for a large table of cells, asked of the kernel in 2 MiB huge pages where it offers
/// them, with ordinary pages where it does not.
///
/// The projection writes 187 MB of cells into memory the process has never touched, and with
/// 4 KiB pages most of its time is the kernel finding, zeroing and mapping 45,000 pages one fault
/// at a time. On Linux the buffer is one anonymous mapping starting on a 2 MiB boundary and
/// advised with `madvise(MADV_HUGEPAGE)`, so (with transparent huge pages set to `always` or
/// `madvise`) each 2 MiB takes one fault: 512 times fewer. Where the kernel has no such advice,
/// or transparent huge pages are `never`, the same mapping simply gets ordinary pages, and
/// `hugePageBytes()` says how much of the process really is in huge pages.
///
///     let buffer = CellBuffer<Money>(count: 23_400_000)
///     buffer.cells[0] = Money(pence: 1)    // the first fault maps a whole 2 MiB page
///
/// The memory is zeroed by the kernel and freed when the buffer is; elements must be plain bits
/// with no references (`Money`, `Int64`), as the initialiser checks, since nothing deinitialises them.
final class CellBuffer<Element>: @unchecked Sendable {
    /// The cells, `count` of them, uninitialised only in name: the kernel zeroes the mapping.
    let cells: UnsafeMutableBufferPointer<Element>
    /// Whether the kernel accepted the advice to use huge pages (not whether it found them).
    let advised: Bool
    private let mapping: UnsafeMutableRawPointer
    private let mappedBytes: Int

    static var hugePageSize: Int { 2 << 20 }

    /// A buffer of `count` cells, or nil when the system has no memory for it.
    init?(count: Int, hugePages: Bool = true) {
        precondition(_isPOD(Element.self), "a CellBuffer holds plain values, without references")
        let bytes = max(count, 1) * MemoryLayout<Element>.stride
        let page = Self.hugePageSize
        let rounded = (bytes + page - 1) / page * page
        // One huge page more than needed, so that the cells can start on a 2 MiB boundary.
        let length = rounded + page
        // MAP_FAILED is (void *)-1, spelled out: Darwin's headers do not import it into Swift.
        guard let mapped = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapped != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        mapping = mapped
        mappedBytes = length
        let offset = (page - Int(bitPattern: mapped) % page) % page
        let start = mapped + offset
        #if os(Linux)
        advised = hugePages && madvise(start, rounded, 14 /* MADV_HUGEPAGE */) == 0
        #else
        advised = false
        #endif
        cells = UnsafeMutableBufferPointer(start: start.bindMemory(to: Element.self, capacity: count), count: count)
    }

    deinit { munmap(mapping, mappedBytes) }

    /// The kernel's setting for transparent huge pages (`always`, `madvise` or `never`), or nil
    /// where there is none to read.
    static var transparentHugePages: String? {
        guard let text = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8),
              let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close else { return nil }
        return String(text[text.index(after: open)..<close])
    }

    /// This process's anonymous memory that the kernel backs with huge pages, in bytes
    /// (`AnonHugePages` in /proc/self/smaps_rollup); nil where the kernel does not say.
    static func hugePageBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/smaps_rollup", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("AnonHugePages:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        return kilobytes * 1024
    }
}

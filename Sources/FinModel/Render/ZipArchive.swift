/// A ZIP archive of stored (uncompressed) files, enough for an Office Open XML workbook.
///
/// The project takes no packages, and a workbook is a ZIP of a few XML parts, so this writes
/// the format directly (PKWARE APPNOTE 6.3, sections 4.3 and 4.4): for each entry a local file
/// header and the bytes as they are, then the central directory, then the end record. Entries
/// are stored, not deflated: spreadsheets open stored parts, and a report's XML is small.
///
/// Every entry carries the same fixed time, 1 January 1980 (the format's earliest), so the same
/// report always makes the same bytes and an export can be compared or checked into a repository.
/// Names are UTF-8, flagged as such (bit 11).
///
///     var archive = ZipArchive()
///     try archive.add("hello.txt", Array("Hello\n".utf8))
///     let bytes = archive.bytes()    // 122 bytes that `unzip` and Python's zipfile read back
///
/// - Precondition: no ZIP64: the archive stays under 4 GiB and 65,535 entries; `add` throws
///   `ZipArchiveError` beyond that instead of writing a file no reader can open.
struct ZipArchive: Sendable {
    struct Entry: Sendable {
        let name: [UInt8]
        let data: [UInt8]
        let crc: UInt32
        let offset: UInt32
    }

    private(set) var entries: [Entry] = []
    private var body: [UInt8] = []
    private var names: Set<[UInt8]> = []

    init() {}

    /// The archive's entry names, in the order added.
    var paths: [String] { entries.map { String(decoding: $0.name, as: UTF8.self) } }

    /// Adds a file; `path` uses `/` between folders and must not repeat an earlier one.
    mutating func add(_ path: String, _ data: [UInt8]) throws(ZipArchiveError) {
        let name = Array(path.utf8)
        guard !name.isEmpty, name.count <= Int(UInt16.max) else { throw .badName(path) }
        guard !names.contains(name) else { throw .duplicate(path) }
        guard entries.count < Int(UInt16.max) else { throw .tooManyEntries }
        // The local header, the name and the data must all start below 4 GiB and end within it.
        guard body.count + 30 + name.count + data.count < Int(UInt32.max), data.count < Int(UInt32.max) else { throw .tooLarge }
        let crc = CRC32.checksum(data)
        let entry = Entry(name: name, data: data, crc: crc, offset: UInt32(body.count))
        body += Self.localHeader(entry)
        body += name
        body += data
        entries.append(entry)
        names.insert(name)
    }

    /// The whole archive: the entries, the central directory and the end record.
    func bytes() -> [UInt8] {
        var out = body
        let directoryStart = out.count
        for entry in entries { out += Self.centralHeader(entry) + entry.name }
        let directorySize = out.count - directoryStart
        var end = ByteWriter()
        end.u32(0x0605_4b50)  // end of central directory signature
        end.u16(0)  // number of this disk
        end.u16(0)  // disk where the central directory starts
        end.u16(UInt16(entries.count))  // entries on this disk
        end.u16(UInt16(entries.count))  // entries in all
        end.u32(UInt32(truncatingIfNeeded: directorySize))
        end.u32(UInt32(truncatingIfNeeded: directoryStart))
        end.u16(0)  // comment length
        return out + end.bytes
    }

    /// Version 2.0 is needed to read it; bit 11 says the name is UTF-8; method 0 is stored.
    static let versionNeeded: UInt16 = 20
    static let utf8Flag: UInt16 = 1 << 11
    /// MS-DOS date of 1 January 1980: (year − 1980) << 9 | month << 5 | day.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    static func localHeader(_ entry: Entry) -> [UInt8] {
        var header = ByteWriter()
        header.u32(0x0403_4b50)  // local file header signature
        header.u16(versionNeeded)
        header.u16(utf8Flag)
        header.u16(0)  // stored
        header.u16(0)  // time 00:00:00
        header.u16(dosDate)
        header.u32(entry.crc)
        header.u32(UInt32(entry.data.count))  // compressed size: stored, so the same
        header.u32(UInt32(entry.data.count))
        header.u16(UInt16(entry.name.count))
        header.u16(0)  // extra field length
        return header.bytes
    }

    static func centralHeader(_ entry: Entry) -> [UInt8] {
        var header = ByteWriter()
        header.u32(0x0201_4b50)  // central file header signature
        header.u16(versionNeeded)  // version made by: 2.0, MS-DOS attributes
        header.u16(versionNeeded)
        header.u16(utf8Flag)
        header.u16(0)
        header.u16(0)
        header.u16(dosDate)
        header.u32(entry.crc)
        header.u32(UInt32(entry.data.count))
        header.u32(UInt32(entry.data.count))
        header.u16(UInt16(entry.name.count))
        header.u16(0)  // extra field length
        header.u16(0)  // comment length
        header.u16(0)  // disk number start
        header.u16(0)  // internal attributes
        header.u32(0)  // external attributes
        header.u32(entry.offset)
        return header.bytes
    }
}

/// Why an archive cannot take another entry.
public enum ZipArchiveError: Error, Sendable, Equatable {
    /// The name is empty, or longer than the 65,535 bytes an entry name may have.
    case badName(String)
    /// The name is already in the archive.
    case duplicate(String)
    /// More files than a ZIP archive without its 64-bit extension can list.
    case tooManyEntries
    /// More bytes than a ZIP archive without its 64-bit extension can hold.
    case tooLarge

    /// The reason, for the user.
    public var message: String {
        switch self {
        case .badName(let name): "'\(name)' cannot be a file name in an archive"
        case .duplicate(let name): "'\(name)' is in the archive twice"
        case .tooManyEntries: "an archive holds at most 65,535 files"
        case .tooLarge: "an archive holds at most 4 GiB"
        }
    }
}

/// Little-endian integers, as every field of a ZIP archive is written.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xff))
        bytes.append(UInt8(value >> 8))
    }

    mutating func u32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}

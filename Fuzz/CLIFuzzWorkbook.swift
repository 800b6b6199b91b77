import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an exported workbook back as a spreadsheet would, sharing no code with the writer:
/// a ZIP of stored entries (local headers, CRC-32 of each entry, the central directory and its
/// end record must agree), `[Content_Types].xml` among them, and every `.xml` and `.rels` part
/// well formed to `XMLParser`.
enum CLIFuzzWorkbook {
    static func problem(_ bytes: [UInt8]) -> String? {
        var entries: [(name: String, data: [UInt8])] = []
        var offset = 0
        while offset + 30 <= bytes.count, u32(bytes, offset) == 0x0403_4b50 {
            let method = u16(bytes, offset + 8)
            let crc = u32(bytes, offset + 14)
            let size = Int(u32(bytes, offset + 18))
            let stored = Int(u32(bytes, offset + 22))
            let nameLength = Int(u16(bytes, offset + 26))
            let extraLength = Int(u16(bytes, offset + 28))
            let start = offset + 30 + nameLength + extraLength
            guard method == 0 else { return "entry at \(offset) is not stored (method \(method))" }
            guard size == stored, start + size <= bytes.count else { return "entry at \(offset) runs past the archive" }
            let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
            let data = Array(bytes[start..<(start + size)])
            guard checksum(data) == crc else { return "'\(name)' fails its CRC-32" }
            entries.append((name, data))
            offset = start + size
        }
        guard !entries.isEmpty else { return "the workbook has no entries" }
        var central = 0
        while offset + 46 <= bytes.count, u32(bytes, offset) == 0x0201_4b50 {
            central += 1
            offset += 46 + Int(u16(bytes, offset + 28)) + Int(u16(bytes, offset + 30)) + Int(u16(bytes, offset + 32))
        }
        guard central == entries.count else { return "\(central) central records for \(entries.count) entries" }
        guard offset + 22 <= bytes.count, u32(bytes, offset) == 0x0605_4b50, Int(u16(bytes, offset + 10)) == entries.count else {
            return "no end of central directory record for \(entries.count) entries"
        }
        guard entries.contains(where: { $0.name == "[Content_Types].xml" }) else { return "no [Content_Types].xml" }
        for entry in entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: Data(entry.data))
            guard parser.parse() else {
                return "'\(entry.name)' is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)"
            }
        }
        return nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }

    /// CRC-32 (IEEE, reflected, as ZIP uses), bit by bit: slow, but independent of the writer's table.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}

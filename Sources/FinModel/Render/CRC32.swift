/// CRC-32 as ZIP, PNG and Ethernet use it (ISO 3309, ITU-T V.42): the reflected polynomial
/// 0xEDB88320, starting from all ones and inverted at the end.
///
/// A ZIP reader recomputes it for every entry and refuses one that does not match, so it must be
/// exact. The table holds the checksum of each byte value, so each byte costs one lookup.
///
///     CRC32.checksum(Array("123456789".utf8))   // 0xCBF43926, the standard check value
///     CRC32.checksum([])                        // 0
///
/// | input          | CRC-32     |
/// |----------------|------------|
/// | (empty)        | 0x00000000 |
/// | `a`            | 0xE8B7BE43 |
/// | `123456789`    | 0xCBF43926 |
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { byte in
        var crc = UInt32(byte)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
        }
        return crc
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = (crc >> 8) ^ table[Int((crc ^ UInt32(byte)) & 0xff)]
        }
        return crc ^ 0xFFFF_FFFF
    }
}

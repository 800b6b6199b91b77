import Testing

@testable import scenario

/// One row of a decoding table: the bytes a terminal sends and the keys they mean.
struct KeyCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let keys: [Key]

    init(_ name: String, _ text: String, _ keys: [Key]) {
        self.init(name, Array(text.utf8), keys)
    }

    init(_ name: String, _ bytes: [UInt8], _ keys: [Key]) {
        self.name = name
        self.bytes = bytes
        self.keys = keys
    }

    var testDescription: String { name }
}

private let esc = "\u{1B}"

let keySequences: [KeyCase] = [
    KeyCase("ASCII letters", "ab", [.character("a"), .character("b")]),
    KeyCase("space and tilde", " ~", [.character(" "), .character("~")]),
    KeyCase("two-byte UTF-8", "é", [.character("é")]),
    KeyCase("three-byte UTF-8", "日", [.character("日")]),
    KeyCase("four-byte UTF-8", "😀", [.character("😀")]),
    KeyCase("CR is Enter", "\r", [.enter]),
    KeyCase("LF is Enter", "\n", [.enter]),
    KeyCase("DEL is Backspace", [0x7F], [.backspace]),
    KeyCase("BS is Backspace", [0x08], [.backspace]),
    KeyCase("Tab", "\t", [.tab]),
    KeyCase("Delete", "\(esc)[3~", [.delete]),
    KeyCase("CSI Up", "\(esc)[A", [.up]),
    KeyCase("CSI Down", "\(esc)[B", [.down]),
    KeyCase("CSI Right", "\(esc)[C", [.right]),
    KeyCase("CSI Left", "\(esc)[D", [.left]),
    KeyCase("SS3 Up", "\(esc)OA", [.up]),
    KeyCase("SS3 Down", "\(esc)OB", [.down]),
    KeyCase("SS3 Right", "\(esc)OC", [.right]),
    KeyCase("SS3 Left", "\(esc)OD", [.left]),
    KeyCase("CSI H is Home", "\(esc)[H", [.home]),
    KeyCase("CSI F is End", "\(esc)[F", [.end]),
    KeyCase("CSI 1~ is Home", "\(esc)[1~", [.home]),
    KeyCase("CSI 4~ is End", "\(esc)[4~", [.end]),
    KeyCase("CSI 7~ is Home", "\(esc)[7~", [.home]),
    KeyCase("CSI 8~ is End", "\(esc)[8~", [.end]),
    KeyCase("SS3 H is Home", "\(esc)OH", [.home]),
    KeyCase("SS3 F is End", "\(esc)OF", [.end]),
    KeyCase("Ctrl-Left", "\(esc)[1;5D", [.wordLeft]),
    KeyCase("Ctrl-Right", "\(esc)[1;5C", [.wordRight]),
    KeyCase("Alt-b", "\(esc)b", [.wordLeft]),
    KeyCase("Alt-f", "\(esc)f", [.wordRight]),
    KeyCase("Alt-x", "\(esc)x", [.alt("x")]),
    KeyCase("Ctrl-A", [0x01], [.control("A")]),
    KeyCase("Ctrl-E", [0x05], [.control("E")]),
    KeyCase("Ctrl-B", [0x02], [.control("B")]),
    KeyCase("Ctrl-F", [0x06], [.control("F")]),
    KeyCase("Ctrl-K", [0x0B], [.control("K")]),
    KeyCase("Ctrl-U", [0x15], [.control("U")]),
    KeyCase("Ctrl-W", [0x17], [.control("W")]),
    KeyCase("Ctrl-L", [0x0C], [.control("L")]),
    KeyCase("Ctrl-R", [0x12], [.control("R")]),
    KeyCase("Ctrl-C", [0x03], [.control("C")]),
    KeyCase("Ctrl-D", [0x04], [.control("D")]),
    KeyCase("Ctrl-G", [0x07], [.control("G")]),
    KeyCase("Ctrl-P", [0x10], [.control("P")]),
    KeyCase("Ctrl-N", [0x0E], [.control("N")]),
    KeyCase("Ctrl-Y", [0x19], [.control("Y")]),
    KeyCase("Ctrl-Space", [0x00], [.control("@")]),
    KeyCase("unknown CSI is consumed whole", "\(esc)[1;2Px", [.character("x")]),
    KeyCase("Shift-Up is ignored", "\(esc)[1;2Ay", [.character("y")]),
    KeyCase("paste end outside a paste is ignored", "\(esc)[201~z", [.character("z")]),
    KeyCase("unknown SS3 is ignored", "\(esc)OPq", [.character("q")]),
    KeyCase("malformed CSI ends at a control byte", "\(esc)[1\r", [.enter]),
    KeyCase("ESC ESC [A is Escape then Up", "\(esc)\(esc)[A", [.escape, .up]),
    KeyCase("ESC then Enter is Escape then Enter", "\(esc)\r", [.escape, .enter]),
    KeyCase("keys run together", "a\(esc)[Db\r", [.character("a"), .left, .character("b"), .enter]),
    KeyCase("bracketed paste is literal", "\(esc)[200~a\tb\r\u{17}\(esc)[A\(esc)[201~", [.paste("a\tb\r\u{17}\(esc)[A")]),
    KeyCase("bracketed paste of UTF-8", "\(esc)[200~日本\(esc)[201~x", [.paste("日本"), .character("x")]),
    KeyCase("empty bracketed paste", "\(esc)[200~\(esc)[201~", []),
    KeyCase("paste holding part of the end marker", "\(esc)[200~\(esc)[20x\(esc)[201~", [.paste("\(esc)[20x")]),
    KeyCase("stray continuation byte", [0x80, 0x61], [.character("\u{FFFD}"), .character("a")]),
    KeyCase("invalid lead bytes", [0xC0, 0xC1, 0xF5, 0xFF], Array(repeating: .character("\u{FFFD}"), count: 4)),
    KeyCase("truncated sequence then ASCII", [0xE6, 0x97, 0x61], [.character("\u{FFFD}"), .character("a")]),
    KeyCase("overlong three-byte form", [0xE0, 0x80, 0x80], Array(repeating: .character("\u{FFFD}"), count: 3)),
    KeyCase("UTF-16 surrogate", [0xED, 0xA0, 0x80], Array(repeating: .character("\u{FFFD}"), count: 3)),
    KeyCase("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80], Array(repeating: .character("\u{FFFD}"), count: 4)),
    KeyCase("truncated sequence then ESC", [0xC3, 0x1B, 0x5B, 0x43], [.character("\u{FFFD}"), .right]),
    KeyCase("C1 control is dropped", [0xC2, 0x85, 0x61], [.character("a")]),
    KeyCase("invalid UTF-8 inside a paste", [0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E, 0xFF, 0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E], [.paste("\u{FFFD}")]),
]

@Suite struct KeyDecoderTests {
    @Test(arguments: keySequences)
    func eachSequenceDecodesToItsKeys(_ row: KeyCase) {
        var decoder = KeyDecoder()
        #expect(decoder.decode(row.bytes) == row.keys)
        #expect(!decoder.isAwaitingEscapeSequence)
    }

    @Test(arguments: keySequences)
    func aSequenceSplitAcrossTwoReadsDecodesTheSame(_ row: KeyCase) {
        for split in 0...row.bytes.count {
            var decoder = KeyDecoder()
            let keys = decoder.decode(row.bytes[..<split]) + decoder.decode(row.bytes[split...])
            #expect(keys == row.keys, "split after byte \(split)")
        }
    }

    @Test(arguments: keySequences)
    func aSequenceFedOneByteAtATimeDecodesTheSame(_ row: KeyCase) {
        var decoder = KeyDecoder()
        let keys = row.bytes.flatMap { decoder.decode([$0]) }
        #expect(keys == row.keys)
    }

    @Test(arguments: [
        KeyCase("lone ESC is Escape", "\(esc)", [.escape]),
        KeyCase("ESC [ alone is Alt-[", "\(esc)[", [.alt("[")]),
        KeyCase("ESC O alone is Alt-O", "\(esc)O", [.alt("O")]),
        KeyCase("unfinished CSI is dropped", "\(esc)[1;5", []),
    ])
    func aPauseSettlesAnUnfinishedEscape(_ row: KeyCase) {
        var decoder = KeyDecoder()
        #expect(decoder.decode(row.bytes) == [])
        #expect(decoder.isAwaitingEscapeSequence)
        #expect(decoder.timeOut() == row.keys)
        #expect(!decoder.isAwaitingEscapeSequence)
        #expect(decoder.decode(Array("a".utf8)) == [.character("a")])
    }

    @Test func aPauseDoesNotCutACharacterOrAPaste() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0xE6, 0x97]) == [])
        #expect(decoder.timeOut() == [])
        #expect(decoder.decode([0xA5]) == [.character("日")])
        #expect(decoder.decode(Array("\(esc)[200~ab".utf8)) == [])
        #expect(decoder.timeOut() == [])
        #expect(decoder.decode(Array("c\(esc)[201~".utf8)) == [.paste("abc")])
    }

    @Test(arguments: [
        KeyCase("cut-off character is U+FFFD", [0xF0, 0x9F, 0x98], [.character("\u{FFFD}")]),
        KeyCase("cut-off paste keeps its text", "\(esc)[200~ab\(esc)[20", [.paste("ab\(esc)[20")]),
        KeyCase("lone ESC at end is Escape", "\(esc)", [.escape]),
    ])
    func endOfInputSettlesEverything(_ row: KeyCase) {
        var decoder = KeyDecoder()
        #expect(decoder.decode(row.bytes) + decoder.finish() == row.keys)
    }

    @Test func anOverlongCSIIsConsumedAndDropped() {
        var decoder = KeyDecoder()
        let parameters = String(repeating: "1;", count: 1000)
        #expect(decoder.decode(Array("\(esc)[\(parameters)Ax".utf8)) == [.character("x")])
    }

    @Test func everyByteStringDecodesWithoutCrashing() {
        // Exhaustive over all two-byte inputs after each prefix state the decoder can be in.
        let prefixes: [[UInt8]] = [[], [0x1B], [0x1B, 0x5B], [0x1B, 0x4F], [0xE6], [0xF0, 0x9F], Array("\(esc)[200~".utf8)]
        for prefix in prefixes {
            for first in UInt8.min...UInt8.max {
                for second in [UInt8(0x00), 0x1B, 0x41, 0x7E, 0x80, 0xBF, 0xC3, 0xFF] {
                    var decoder = KeyDecoder()
                    _ = decoder.decode(prefix + [first, second])
                    _ = decoder.finish()
                    #expect(!decoder.isAwaitingEscapeSequence)
                }
            }
        }
    }
}

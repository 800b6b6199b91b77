import Testing
import TestSupport
@testable import FinModel

/// The readers that take a byte path for ASCII text (a CSV file's numbers and the places of its
/// fields) give what their character paths give, value or error, on every input.
@Suite struct ByteReaderTests {
    /// Text of the characters a number is made of, and a few it is not.
    static func numberText(using random: inout SeededGenerator) -> String {
        let pieces = ["0", "1", "2", "5", "9", ",", ".", "-", "+", "000", ",000", "123", "x", "\r\n", "é", " "]
        // Mostly number characters only, which the byte path reads; sometimes the others.
        let alphabet = random.next(below: 3) == 0 ? pieces.count : 11
        return (0..<random.next(below: 14)).map { _ in pieces[random.next(below: alphabet)] }.joined()
    }

    @Test func decimalsReadAsBytesAreReadAsCharacters() {
        var bytePathsTaken = 0
        checkProperty(cases: 20_000) { random in
            let text = Self.numberText(using: &random)[...]
            let bytes: Result<Exact?, ExactParseError> = Result { () throws(ExactParseError) in try Exact.parsingDecimalBytes(text) }
            let characters: Result<Exact, ExactParseError> = Result { () throws(ExactParseError) in try Exact.parsingDecimalCharacters(text) }
            switch bytes {
            case .success(nil): return nil  // not plain number characters: the character path reads it
            case .success(let value?):
                bytePathsTaken += 1
                return characters == .success(value) ? nil : "'\(text)': bytes \(value), characters \(characters)"
            case .failure(let error):
                bytePathsTaken += 1
                return characters == .failure(error) ? nil : "'\(text)': bytes \(error), characters \(characters)"
            }
        }
        #expect(bytePathsTaken > 10_000)
    }

    @Test func spansOnASCIILinesAreTheSpansCountedInCharacters() {
        checkProperty(cases: 5_000) { random in
            let pieces = ["a", "b", ",", " ", "\t", "\r", "\n", "\r\n", "1", "\""]
            let text = (0..<random.next(below: 40)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let file = SourceFile(path: "t.csv", text: text)
            for line in 1...file.lineStarts.count {
                let lineStart = file.lineStarts[line - 1]
                let lineEnd = line < file.lineStarts.count ? file.lineStarts[line] : file.bytes.count
                for _ in 0..<6 {
                    let column = random.next(below: 30) - 2, length = random.next(below: 12) - 2
                    let ascii = file.asciiSpan(lineStart: lineStart, lineEnd: lineEnd, column: column, length: length)
                    let counted = file.characterSpan(lineStart: lineStart, lineEnd: lineEnd, column: column, length: length)
                    if ascii != counted {
                        return "\(text.debugDescription) line \(line) column \(column) length \(length): \(ascii.start)..<\(ascii.end), counted \(counted.start)..<\(counted.end)"
                    }
                }
            }
            return nil
        }
    }
}

import FinModel
import Foundation

/// Checks that an output is well formed for its format, by readers that share no code with
/// the writers: JSON by `JSONSerialization`; CSV by the project's CSV reader (a reader, not the
/// writer), every row with the header's number of cells; Markdown tables with one number of
/// cells a row; HTML by a small tag-balancing checker; XLSX by `CLIFuzzWorkbook`.
/// Each returns nil when the output is well formed, else what is wrong.
enum CLIFuzzShapes {
    /// The problem with `bytes` as a file or output of `format` (csv, json, md, html, xlsx, txt).
    static func problem(_ bytes: [UInt8], format: String) -> String? {
        if format == "xlsx" { return CLIFuzzWorkbook.problem(bytes) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return "the \(format) output is not UTF-8" }
        switch format {
        case "json": return json(text)
        case "csv": return csv(text)
        case "markdown", "md": return markdown(text)
        case "html", "htm": return html(text)
        default: return nil
        }
    }

    static func json(_ text: String) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return nil
        } catch {
            return "the JSON does not parse: \(error)"
        }
    }

    /// Tables separated by blank lines (a byte order mark may start the first); each reads back
    /// with the same number of cells in every row as in its header.
    static func csv(_ text: String) -> String? {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for block in body.components(separatedBy: "\r\n\r\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            do {
                let table = try CSVReader.read(block)
                for row in table.rows where row.fields.count != table.header.count {
                    return "CSV row \(row.line) has \(row.fields.count) cells; its header has \(table.header.count)"
                }
            } catch {
                return "the CSV does not read back: \(error)"
            }
        }
        return nil
    }

    /// Every table (a run of lines starting with `|`) has one number of unescaped `|` a row.
    static func markdown(_ text: String) -> String? {
        var width: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                width = nil
                continue
            }
            var bars = 0
            var escaped = false
            for character in line {
                if character == "|", !escaped { bars += 1 }
                escaped = character == "\\" && !escaped
            }
            if let width, width != bars { return "a Markdown table row has \(bars - 1) cells, the header \(width - 1): \(line.prefix(120))" }
            width = bars
        }
        return nil
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]

    /// Tags balance (void elements and `/>` aside), `<` and `&` in text are escaped, the text
    /// of `<style>` and `<script>` is skipped, and the document starts with `<!DOCTYPE html>`.
    static func html(_ text: String) -> String? {
        guard text.hasPrefix("<!DOCTYPE html>") else { return "the HTML does not start with <!DOCTYPE html>" }
        let characters = Array(text.unicodeScalars)
        var open: [String] = []
        var i = 0
        func starts(_ word: String, at index: Int) -> Bool {
            let scalars = Array(word.unicodeScalars)
            return index + scalars.count <= characters.count && Array(characters[index..<index + scalars.count]) == scalars
        }
        while i < characters.count {
            let c = characters[i]
            if c == "&" {
                var j = i + 1
                while j < characters.count, j - i < 12, characters[j] != ";", characters[j].properties.isAlphabetic || ("0"..."9").contains(characters[j]) || characters[j] == "#" { j += 1 }
                if j >= characters.count || characters[j] != ";" || j == i + 1 { return "an unescaped '&' at \(i)" }
                i = j + 1
                continue
            }
            guard c == "<" else {
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                guard let end = find("-->", in: characters, from: i) else { return "an unclosed comment" }
                i = end + 3
                continue
            }
            if starts("<!", at: i) {
                guard let end = characters[i...].firstIndex(of: ">") else { return "an unclosed declaration" }
                i = end + 1
                continue
            }
            let closing = i + 1 < characters.count && characters[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < characters.count, characters[j].properties.isAlphabetic || ("0"..."9").contains(characters[j]) || characters[j] == "-" {
                name.unicodeScalars.append(characters[j])
                j += 1
            }
            guard !name.isEmpty else { return "an unescaped '<' at \(i)" }
            var quote: Unicode.Scalar?
            while j < characters.count, quote != nil || characters[j] != ">" {
                if let q = quote { if characters[j] == q { quote = nil } } else if characters[j] == "\"" || characters[j] == "'" { quote = characters[j] }
                j += 1
            }
            guard j < characters.count else { return "an unclosed tag <\(name)" }
            let selfClosing = characters[j - 1] == "/"
            let lower = name.lowercased()
            if closing {
                guard let last = open.last, last == lower else { return "</\(name)> closes <\(open.last ?? "nothing")>" }
                open.removeLast()
            } else if !selfClosing, !voidElements.contains(lower) {
                open.append(lower)
                if lower == "style" || lower == "script" {
                    guard let end = find("</\(lower)", in: characters, from: j) else { return "an unclosed <\(lower)>" }
                    j = end - 1
                }
            }
            i = j + 1
        }
        return open.isEmpty ? nil : "unclosed tags: \(open.suffix(5).joined(separator: ", "))"
    }

    private static func find(_ word: String, in characters: [Unicode.Scalar], from start: Int) -> Int? {
        let scalars = Array(word.unicodeScalars)
        guard characters.count >= scalars.count else { return nil }
        var i = start
        while i + scalars.count <= characters.count {
            if characters[i] == scalars[0], Array(characters[i..<i + scalars.count]) == scalars { return i }
            i += 1
        }
        return nil
    }
}

/// A small JSON writer that keeps keys in the order written, so output is stable and diffable.
///
/// Figures are written as strings of their exact decimals (`"184377.20"`, `"0.005"`, or `"1/3"`
/// where the decimals never end), never as floating-point numbers, so no reader can lose a penny.
public indirect enum JSONValue: Sendable, Equatable {
    /// A string, escaped as JSON requires.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number; figures are strings, so no reader can lose a penny.
    case integer(Int)
    /// `null`.
    case null
    /// An array, in order.
    case array([JSONValue])
    /// An object whose keys keep the order written.
    case object([(String, JSONValue)])

    /// Values are equal when they print the same.
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text() == b.text() }

    /// Pretty-printed with two-space indents.
    public func text(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let value): return Self.quote(value)
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy({ if case .string = $0 { true } else { false } }), items.count <= 16 {
                return "[" + items.map { $0.text() }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { "\(inner)\(Self.quote($0.0)): \($0.1.text(indent: indent + 1))" }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe to embed in HTML
            // Controls, and the bidi controls that reorder text, are escaped: the string is the
            // same to a reader, and printing the JSON on a terminal cannot act on them.
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

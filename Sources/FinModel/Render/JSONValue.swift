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
        var out = ""
        write(to: &out, indent: indent)
        return out
    }

    /// Appends the pretty-printed text to `out`. The whole document goes into one string: building
    /// each level's text and joining it into the level above copied a large document once per
    /// level of nesting, and a 50 MB table's copies each took fresh memory from the kernel.
    func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let value): out += Self.quote(value)
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty {
                out += "[]"
            } else if items.allSatisfy({ if case .string = $0 { true } else { false } }), items.count <= 16 {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    item.write(to: &out, indent: 0)
                }
                out += "]"
            } else {
                out += "[\n"
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ",\n" }
                    Self.pad(&out, indent + 1)
                    item.write(to: &out, indent: indent + 1)
                }
                out += "\n"
                Self.pad(&out, indent)
                out += "]"
            }
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, member) in members.enumerated() {
                if index > 0 { out += ",\n" }
                Self.pad(&out, indent + 1)
                out += Self.quote(member.0)
                out += ": "
                member.1.write(to: &out, indent: indent + 1)
            }
            out += "\n"
            Self.pad(&out, indent)
            out += "}"
        }
    }

    /// Two spaces for each level of `indent`.
    private static func pad(_ out: inout String, _ indent: Int) {
        for _ in 0..<indent { out += "  " }
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

import Foundation

/// A JSON value as the validator reads it: decoded strictly, so `true` is never a number and
/// `1` never a boolean (Foundation's `JSONSerialization` would hand both back as `NSNumber`).
indirect enum JSONDatum: Decodable, Equatable {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([JSONDatum]), object([String: JSONDatum])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONDatum].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONDatum].self))
        }
    }

    static func parse(_ text: String) throws -> JSONDatum {
        try JSONDecoder().decode(JSONDatum.self, from: Data(text.utf8))
    }

    /// The JSON Schema type names this value has (`integer` is also a `number`).
    var typeNames: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .integer: ["integer", "number"]
        case .number: ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }
}

/// The subset of JSON Schema (2020-12) that docs/scenario.schema.json uses, and no more:
/// `type` (one or several), `properties`, `required`, `additionalProperties` (false or a
/// schema), `items`, `enum`, `pattern`, `anyOf` and `$ref` to `#/$defs/NAME`. A keyword outside
/// the subset is reported as a problem, so the schema cannot quietly ask for a check the
/// validator does not make.
struct JSONSchemaValidator {
    let root: JSONDatum
    static let keywords: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "type", "properties", "required", "additionalProperties", "items",
        "enum", "pattern", "anyOf", "$ref",
    ]

    /// Every place where `value` breaks the schema, as `path: problem`; empty when it conforms.
    func problems(_ value: JSONDatum) -> [String] {
        problems(value, against: root, at: "$")
    }

    func problems(_ value: JSONDatum, against schema: JSONDatum, at path: String) -> [String] {
        guard case .object(let rules) = schema else { return ["\(path): the schema here is not an object"] }
        var found: [String] = []
        for key in rules.keys where !Self.keywords.contains(key) { found.append("\(path): the validator does not know the keyword '\(key)'") }
        if case .string(let reference)? = rules["$ref"] {
            guard reference.hasPrefix("#/$defs/"), case .object(let definitions)? = rootRules["$defs"],
                  let target = definitions[String(reference.dropFirst("#/$defs/".count))]
            else { return found + ["\(path): cannot resolve \(reference)"] }
            found += problems(value, against: target, at: path)
        }
        if let type = rules["type"] {
            let allowed: Set<String> = switch type {
            case .string(let name): [name]
            case .array(let names): Set(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
            default: []
            }
            if allowed.isDisjoint(with: value.typeNames) {
                return found + ["\(path): expected \(allowed.sorted().joined(separator: " or ")), found \(Self.describe(value))"]
            }
        }
        if case .array(let options)? = rules["enum"], !options.contains(value) {
            found.append("\(path): \(Self.describe(value)) is not one of the allowed values")
        }
        if case .string(let pattern)? = rules["pattern"], case .string(let text) = value {
            let expression = try? NSRegularExpression(pattern: pattern)
            if expression?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                found.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .array(let alternatives)? = rules["anyOf"] {
            let attempts = alternatives.map { problems(value, against: $0, at: path) }
            if !attempts.contains(where: \.isEmpty) {
                // The closest alternative's problems say the most about what is wrong.
                let closest = attempts.min { $0.count < $1.count } ?? []
                found.append("\(path): matches none of \(alternatives.count) alternatives; the closest says: \(closest.prefix(3).joined(separator: "; "))")
            }
        }
        if case .object(let members) = value {
            let properties: [String: JSONDatum] = if case .object(let declared)? = rules["properties"] { declared } else { [:] }
            if case .array(let required)? = rules["required"] {
                for case .string(let name) in required where members[name] == nil { found.append("\(path): missing '\(name)'") }
            }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let rule = properties[name] {
                    found += problems(member, against: rule, at: "\(path).\(name)")
                } else if let additional = rules["additionalProperties"] {
                    if additional == .bool(false) {
                        found.append("\(path): unexpected key '\(name)'")
                    } else if case .object = additional {
                        found += problems(member, against: additional, at: "\(path).\(name)")
                    }
                }
            }
        }
        if case .array(let elements) = value, let items = rules["items"] {
            for (index, element) in elements.enumerated() { found += problems(element, against: items, at: "\(path)[\(index)]") }
        }
        return found
    }

    var rootRules: [String: JSONDatum] { if case .object(let rules) = root { rules } else { [:] } }

    static func describe(_ value: JSONDatum) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .integer(let number): "the number \(number)"
        case .number(let number): "the number \(number)"
        case .string(let text): "\"\(text.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}

import Foundation
import Testing

/// Every public declaration of the library has a `///` comment: a program using FinModel (see
/// docs/library.md) reads its API through them, in Xcode's quick help or in the sources.
///
/// The scan reads every file of Sources/FinModel. A declaration is public when it is written
/// `public` or `open` (not `public import`), or when it is a `case` of a public enum, which is
/// public with it. Its comment is the `///` line just above it, above any attributes; a line of
/// several cases (`case a, b`) needs one comment, and cases written on the enum's own line are
/// covered by the enum's. The members of a public enum are found by the house layout: four
/// spaces deeper than the enum, up to the `}` at its own depth.
@Suite struct PublicDocumentationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/FinModel")

    /// Modifiers and attributes that may come before `public` on a declaration's line.
    static let leading: Set<String> = ["nonisolated", "final", "static", "override", "required", "convenience", "mutating",
                                       "nonmutating", "indirect", "lazy", "dynamic"]

    /// Whether `line` (trimmed) declares something `public` or `open`.
    static func isPublicDeclaration(_ line: String) -> Bool {
        for word in line.split(separator: " ") {
            if word == "public" || word == "open" || word.hasPrefix("public(") || word.hasPrefix("open(") { return !line.hasPrefix("public import") }
            if word.hasPrefix("@") || leading.contains(String(word)) { continue }
            return false
        }
        return false
    }

    /// `file:line: declaration` for each public declaration in `text` with no `///` above it.
    static func undocumented(in text: String, path: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        func isDocumented(_ index: Int) -> Bool {
            var above = index - 1
            while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
            return above >= 0 && lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///")
        }
        var found: [String] = []
        var enums: [Int] = []  // the indentation of each public enum the line is inside
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            while let last = enums.last, trimmed.hasPrefix("}"), indent == last { enums.removeLast() }
            if isPublicDeclaration(trimmed) {
                if !isDocumented(index) { found.append("\(path):\(index + 1): \(trimmed)") }
                let head = trimmed.split(separator: "{").first.map(String.init) ?? trimmed
                if head.split(separator: " ").contains("enum"), trimmed.hasSuffix("{") { enums.append(indent) }
            } else if let last = enums.last, indent == last + 4, trimmed.hasPrefix("case "), !isDocumented(index) {
                found.append("\(path):\(index + 1): \(trimmed)")
            }
        }
        return found
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 100, "Sources/FinModel was not found from \(Self.sources.path)")
        var missing: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            missing += Self.undocumented(in: text, path: "Sources/FinModel/" + file)
        }
        if !missing.isEmpty {
            Issue.record("\(missing.count) public declarations have no /// comment saying what they are for:\n\(missing.joined(separator: "\n"))")
        }
    }

    @Test func theScanFindsWhatItShould() {
        let text = """
            /// Documented.
            public struct A {
                public let undocumented: Int
                /// Documented, above an attribute.
                @inlinable public func documented() {}
                let internalNeedsNothing = 1
                public private(set) var setter = 0
            }
            public enum E: Sendable {
                /// Documented.
                case one
                case two, three
                indirect case four(E)
                public static let constant = 1
            }
            /// Covers its cases.
            public enum F { case a, b }
            public import Foundation
            nonisolated public func free() {}
            case outside
            """
        #expect(Self.undocumented(in: text, path: "t.swift") == [
            "t.swift:3: public let undocumented: Int",
            "t.swift:7: public private(set) var setter = 0",
            "t.swift:9: public enum E: Sendable {",
            "t.swift:12: case two, three",
            "t.swift:14: public static let constant = 1",
            "t.swift:19: nonisolated public func free() {}",
        ])
    }
}

import Foundation
import Testing

/// The library's stages, lowest first, each a folder of Sources/FinModel: data flows one way, so
/// a file may name types of its own stage and the stages below it, never one above.
///
/// The compiler sees one module, so this test is what keeps the direction: it reads every
/// source file, collects the types each stage declares, and fails on a file that names a type
/// declared only in a higher stage. docs/architecture.md says why it is a test and not targets.
@Suite struct LayeringTests {
    static let stages = ["Support", "Values", "IO", "Model", "Syntax", "Semantics", "Evaluation", "Analysis", "Output", "Render"]

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/FinModel")

    struct SourceFileText {
        let path: String
        let stage: Int
        let code: String
    }

    /// Every Swift file of every stage, with comments and string literals blanked out.
    static func files() throws -> [SourceFileText] {
        var files: [SourceFileText] = []
        for (stage, folder) in stages.enumerated() {
            let base = sources.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let file as String in walker where file.hasSuffix(".swift") {
                let text = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8)
                files.append(SourceFileText(path: "\(folder)/\(file)", stage: stage, code: withoutCommentsAndStrings(text)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    static func withoutCommentsAndStrings(_ text: String) -> String {
        text.replacing(/\/\/[^\n]*/, with: "").replacing(/"(?:\\.|[^"\\\n])*"/, with: "\"\"")
    }

    /// Type name → the lowest stage that declares it.
    static func declarations(in files: [SourceFileText]) -> [String: Int] {
        var declared: [String: Int] = [:]
        let declaration = /\b(?:struct|enum|class|protocol|typealias|actor)\s+([A-Z]\w*)/
        for file in files {
            for match in file.code.matches(of: declaration) {
                declared[String(match.1)] = min(declared[String(match.1)] ?? file.stage, file.stage)
            }
        }
        return declared
    }

    /// "Values/A.swift names High, declared in Render/" for each type a file names from above.
    static func violations(in files: [SourceFileText]) -> [String] {
        let declared = declarations(in: files)
        var violations: [String] = []
        for file in files {
            let generics = Set(file.code.matches(of: /<\s*([A-Z]\w*)\s*[:,>]/).map { String($0.1) })
            let names = Set(file.code.matches(of: /\b[A-Z]\w*\b/).map { String($0.0) })
            for name in names.subtracting(generics).sorted() {
                if let stage = declared[name], stage > file.stage {
                    violations.append("\(file.path) names \(name), declared in \(stages[stage])/")
                }
            }
        }
        return violations
    }

    @Test func noStageNamesATypeOfAHigherStage() throws {
        let files = try Self.files()
        #expect(files.count > 100, "found only \(files.count) source files under \(Self.sources.path)")
        let violations = Self.violations(in: files)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    /// Render writes the output model and nothing else: of the stages above Values it may name
    /// only the types declared in `Output/Output*.swift`, never a report, a scenario or a figure.
    @Test func renderNamesOnlyTheOutputModel() throws {
        let files = try Self.files()
        let model = files.filter { $0.path.hasPrefix("Output/Output") }
        // The model's types, and Render's own (a name such as a nested `Entry` may be declared twice).
        let modelTypes = Set(Self.declarations(in: model + files.filter { $0.path.hasPrefix("Render/") }).keys)
        let declared = Self.declarations(in: files)
        let allowed: Set<String> = ["Support", "Values", "IO", "Render"]
        var violations: [String] = []
        for file in files where file.path.hasPrefix("Render/") {
            let names = Set(file.code.matches(of: /\b[A-Z]\w*\b/).map { String($0.0) })
            for name in names.sorted() {
                guard let stage = declared[name], !allowed.contains(Self.stages[stage]), !modelTypes.contains(name) else { continue }
                violations.append("\(file.path) names \(name), declared in \(Self.stages[stage])/")
            }
        }
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    @Test func everySourceFolderIsAStage() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { !$0.hasSuffix(".swift") && !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.stages), "Sources/FinModel holds \(folders.sorted()); the stages are \(Self.stages)")
    }

    @Test func theScanFindsALayerViolation() {
        let files = [
            SourceFileText(path: "Values/A.swift", stage: 1, code: "struct Low { let x: High }"),
            SourceFileText(path: "Render/B.swift", stage: 9, code: "struct High { let y: Low }"),
        ]
        #expect(Self.declarations(in: files) == ["Low": 1, "High": 9])
        #expect(Self.violations(in: files) == ["Values/A.swift names High, declared in Render/"])
        #expect(Self.withoutCommentsAndStrings("let a = \"High\" // High") == "let a = \"\" ")
    }
}

import Foundation
import Testing

/// Every JSON the tool prints follows one documented schema: docs/scenario.schema.json, which
/// docs/json.md explains. Each `--format json` block of every transcript (the shipped
/// scenarios' and the fixtures') is validated against it, so a new key, a figure written as a
/// number, or a missing one fails here before a program reading the JSON finds it.
@Suite struct JSONSchemaTests {
    static let schemaPath = "docs/scenario.schema.json"

    static func validator() throws -> JSONSchemaValidator {
        let text = try String(contentsOf: TranscriptRunner.packageRoot.appendingPathComponent(schemaPath), encoding: .utf8)
        return JSONSchemaValidator(root: try JSONDatum.parse(text))
    }

    /// A transcript's JSON block: where it is, and what the command printed.
    struct Block: CustomTestStringConvertible, Sendable {
        let file: String
        let command: String
        let json: String
        var testDescription: String { "\(file): $ \(command)" }
    }

    /// Every block whose command asks for `--format json` and that exited 0.
    static let blocks: [Block] = {
        TranscriptCheck.cases(in: TranscriptRunner.packageRoot).filter { $0.kind == .transcript }.flatMap { testCase -> [Block] in
            let url = TranscriptRunner.packageRoot.appendingPathComponent(testCase.path)
            guard let text = try? String(contentsOf: url, encoding: .utf8), let transcript = try? Transcript(parsing: text) else { return [] }
            return transcript.blocks.filter { $0.command.contains("--format json") && $0.termination == .exit(0) }.map {
                Block(file: testCase.path, command: $0.command, json: $0.stdout)
            }
        }
    }()

    @Test func everyKindOfResultHasATranscriptWithJSON() {
        let commands = Set(Self.blocks.map { $0.command.split(separator: " ").dropFirst().first.map(String.init) ?? "" })
        #expect(commands.isSuperset(of: ["run", "compare", "sensitivity", "seek", "explain", "check"]), "JSON transcripts of: \(commands.sorted())")
        #expect(Self.blocks.contains { $0.command.contains("--bridge") })
        #expect(Self.blocks.contains { $0.json.contains("\"cited_by\"") })
    }

    @Test(arguments: blocks)
    func everyJSONTranscriptFollowsTheSchema(_ block: Block) throws {
        let value = try JSONDatum.parse(block.json)
        let problems = try Self.validator().problems(value)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// The validator rejects what the schema forbids, so a clean result means something.
    @Test(arguments: [
        (#"{"title": "T", "tables": [], "colour": "red"}"#, "unexpected key 'colour'"),
        (#"{"variant": null}"#, "missing 'title'"),
        (#"{"title": "T", "checks": [{"label": "x", "place": "", "line": 1, "stated": 1.5, "computed": "1.50", "difference": "0", "tolerance": "0", "passed": true, "shown": {"stated": "", "computed": "", "difference": ""}}]}"#, "$.checks[0].stated: matches none"),
        (#"{"title": "T", "summary": {"checks": 1, "passed": true, "failed": 0}}"#, "$.summary.passed: expected integer"),
        (#"{"title": "T", "periods": ["2019-20"]}"#, "does not match"),
        (#"{"title": "T", "sources": [{"name": "a", "title": "b", "cited_by": [{"kind": "page", "name": "x", "label": "x", "place": null}]}]}"#, "is not one of the allowed values"),
        (#"{"target": "t", "rows": {"input": "x", "values": ["0.1"]}, "columns": null, "cells": [["0.1e3"]], "shown": [["£1"]]}"#, "$.cells"),
    ])
    func theValidatorRejectsWhatTheSchemaForbids(_ json: String, _ problem: String) throws {
        let problems = try Self.validator().problems(try JSONDatum.parse(json))
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    /// The schema uses only the keywords the validator checks.
    @Test func theSchemaUsesOnlyKeywordsTheValidatorKnows() throws {
        let validator = try Self.validator()
        var unknown: [String] = []
        func walk(_ value: JSONDatum, inProperties: Bool) {
            guard case .object(let members) = value else {
                if case .array(let items) = value { items.forEach { walk($0, inProperties: false) } }
                return
            }
            for (key, member) in members {
                if !inProperties, key != "$defs", !JSONSchemaValidator.keywords.contains(key) { unknown.append(key) }
                walk(member, inProperties: !inProperties && (key == "properties" || key == "$defs"))
            }
        }
        walk(validator.root, inProperties: false)
        #expect(unknown.isEmpty, "\(unknown)")
    }
}

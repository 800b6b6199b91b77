import FinModel
import Foundation

/// The REPL's analyses and exports: the same work as the subcommands, on the session's state.
extension ReplShell {
    /// Where diagnostics about a typed line say it came from, as expressions' do: `input:1:6`.
    static let typedOrigin = "input"

    /// What follows the command word in the typed line, as a piece of that line, so that a
    /// diagnostic about it shows the line with the caret under the mistake.
    static func typedArguments(_ line: String, after word: String) -> SourceText {
        let typed = SourceText(line, origin: typedOrigin)
        let start = typed.text.index(typed.text.startIndex, offsetBy: min(word.count, typed.text.count))
        return typed.part(start..<typed.text.endIndex)
    }

    /// `seek LINE[PERIOD] = VALUE by INPUT [within FROM..TO]`.
    func seek(_ typed: SourceText) {
        let text = typed.text
        guard let by = text.range(of: " by ", options: .backwards) else {
            reportError("error: seek needs a target and an input\n  = help: write: seek surplus[2019/20] = 0 by practice_contribution\n")
            return
        }
        let within = text.range(of: " within ", range: by.upperBound..<text.endIndex)
        withCurrent { session in
            let target: Scenario.SeekTarget
            switch AnalysisArguments.seekTarget(typed.part(text.startIndex..<by.lowerBound), followedBy: "'by'") {
            case .success(let split): target = split
            case .failure(let problem): return reportDiagnostics([problem])
            }
            var bounds: Scenario.SeekBounds?
            if let within {
                switch AnalysisArguments.seekBounds(typed.part(within.upperBound..<text.endIndex), option: "within") {
                case .success(let split): bounds = split
                case .failure(let problem): return reportDiagnostics([problem])
                }
            }
            let input = typed.part(by.upperBound..<(within?.lowerBound ?? text.endIndex))
            let (outcome, problems) = session.scenario.seek(
                target, varying: input, within: bounds, overrides: session.overrideList, variant: session.variant)
            reportDiagnostics(problems)
            guard let outcome else { return }
            reportDiagnostics(outcome.warnings)
            Output.out(written(OutputDocument(seek: outcome)))
        }
    }

    /// `sensitivity LINE[PERIOD] vary INPUT=FROM..TO:STEP [vary INPUT2=FROM..TO:STEP]`.
    func sensitivity(_ typed: SourceText) {
        let text = typed.text
        var pieces: [SourceText] = []
        var start = text.startIndex
        while let vary = text.range(of: " vary ", range: start..<text.endIndex) {
            pieces.append(typed.part(start..<vary.lowerBound))
            start = vary.upperBound
        }
        pieces.append(typed.part(start..<text.endIndex))
        guard pieces.count >= 2 else {
            reportError("error: sensitivity needs a target and a range\n  = help: write: sensitivity surplus[2019/20] vary practice_contribution=£0.40 per patient..£0.60 per patient:£0.05 per patient\n")
            return
        }
        guard pieces.count <= 3 else {
            reportError("error: sensitivity takes one or two vary ranges, found \(pieces.count - 1)\n  = help: write vary INPUT=FROM..TO:STEP, once or twice\n")
            return
        }
        withCurrent { session in
            var ranges: [Scenario.SensitivityRange] = []
            for piece in pieces.dropFirst() {
                switch AnalysisArguments.sensitivityRange(piece, option: "vary") {
                case .success(let range): ranges.append(range)
                case .failure(let problem): return reportDiagnostics([problem])
                }
            }
            let (table, problems) = session.scenario.sensitivity(
                of: pieces[0], varying: ranges, overrides: session.overrideList, variant: session.variant)
            reportDiagnostics(problems)
            if let table { Output.out(written(OutputDocument(sensitivity: table))) }
        }
    }

    /// `explain LINE[PERIOD] [depth N]`.
    func explain(_ typed: SourceText) {
        let text = typed.text
        var figure = typed
        var depth = 10
        if let range = text.range(of: " depth ", options: .backwards), let number = Int(String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)) {
            figure = typed.part(text.startIndex..<range.lowerBound)
            depth = number
        }
        withCurrent { session in
            let (explanation, problems) = session.scenario.explain(figure, depth: depth, overrides: session.overrideList, variant: session.variant)
            reportDiagnostics(problems)
            if let explanation { Output.out(written(OutputDocument(explanation: explanation))) }
        }
    }

    func variant(_ name: String) {
        withCurrent { session in
            let chosen = name == "base" || name.isEmpty ? nil : name
            let problems = session.choose(variant: chosen)
            reportDiagnostics(problems)
            if !problems.contains(where: \.isError) { Output.out("now on \(chosen.map { "variant \($0)" } ?? "the base model")\n") }
        }
    }

    func variants() {
        withCurrent { session in
            guard !session.variantNames.isEmpty else {
                Output.out("this scenario has no variants\n")
                return
            }
            let width = session.variantNames.map(\.count).max() ?? 0
            for name in session.variantNames {
                let description = session.scenario.variantDescription(name).map { "  " + TerminalText.visible($0) } ?? ""
                Output.out("\(name == session.variant ? "* " : "  ")\(name.padding(toLength: width, withPad: " ", startingAt: 0))\(description)\n")
            }
        }
    }

    func compare(_ text: String) {
        withCurrent { session in
            let names = text.split(separator: " ").map(String.init)
            let (comparison, problems) = session.scenario.compare(variants: names, overrides: session.overrideList)
            reportDiagnostics(problems)
            if let comparison { Output.out(written(OutputDocument(comparison: comparison, changedOnly: false))) }
        }
    }

    func checks() {
        withCurrent { session in
            let (report, problems) = session.report()
            reportDiagnostics(problems)
            guard let report else { return }
            if !report.checks.allSatisfy(\.passed) { noteFailedCheck() }
            Output.out(written(OutputDocument(checks: report.checks)))
        }
    }

    /// Writes the tables in the format the file's extension names, atomically.
    func export(_ file: String) {
        withCurrent { session in
            let (report, problems) = session.report()
            reportDiagnostics(problems)
            guard let report else { return }
            guard let format = OutputFormat(path: file) else {
                reportError("error: cannot tell the format of '\(file)'\n  = help: end the name in .csv, .json, .md, .txt, .html or .xlsx\n")
                return
            }
            let data: [UInt8]
            do throws(ZipArchiveError) {
                if format == .xlsx {
                    // The same live model `scenario export` writes, with the session's inputs in place.
                    let (workbook, _, problems) = session.scenario.workbook(overrides: session.overrideList, variant: session.variant)
                    reportDiagnostics(problems)
                    guard let workbook else { return }
                    data = try XLSXWriter.write(workbook)
                } else {
                    data = try format.bytes(of: OutputDocument(report: report, overridden: Set(session.overrides.keys)))
                }
            } catch {
                reportError("error: cannot build the workbook: \(error.message)\n")
                return
            }
            if let problem = AtomicFile.write(data, to: file, protecting: currentFilesRead) {
                reportError("error: \(problem)\n")
            } else {
                Output.out("wrote \(file)\n")
            }
        }
    }

    /// Writes the session's inputs as a variant block; `include "FILE"` in the scenario brings it in.
    func save(_ file: String) {
        withCurrent { session in
            guard !session.overrides.isEmpty else {
                reportError("error: nothing is set, so there is nothing to save\n  = help: change inputs with set NAME = VALUE first\n")
                return
            }
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            var name = base.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined().lowercased()
            if name.first?.isLetter != true { name = "saved_" + name }
            var text = "# Inputs set in a scenario session; add  include \"\((file as NSString).lastPathComponent)\"  to the scenario to use them.\n"
            text += "variant \(name) \"Saved session\":\n"
            for input in session.overrides.keys.sorted() { text += "  \(input) = \(session.overrides[input]!)\n" }
            if let problem = AtomicFile.write(text, to: file, protecting: currentFilesRead) {
                reportError("error: \(problem)\n")
            } else {
                Output.out("wrote variant '\(name)' to \(file)\n")
            }
        }
    }

    /// Evaluates an expression and shows its value, which `ans` then stands for.
    func evaluate(_ line: String) {
        withCurrent { session in
            let (value, problems) = session.evaluate(line, naming: answer, as: Self.answerName)
            reportDiagnostics(problems)
            if let value {
                answer = value
                Output.out(value.text + "\n")
            }
        }
    }

    /// Candidates for Tab at `cursor`: commands first, then names that fit where the word is.
    func complete(_ line: String, cursor: Int) -> Completion {
        let characters = Array(line)
        let end = min(cursor, characters.count)
        var start = end
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber || characters[start - 1] == "_" { start -= 1 }
        let word = String(characters[start..<end])
        let before = String(characters[..<start]).trimmingCharacters(in: .whitespaces)
        var pool: [String]
        if before.isEmpty {
            pool = Self.commands.map(\.name) + (current?.lineNames ?? []) + (current?.inputNames ?? []) + (answer == nil ? [] : [Self.answerName])
        } else if before == "variant" || before.hasPrefix("compare") {
            pool = (current?.variantNames ?? []) + ["base"]
        } else if before == "show" {
            pool = (current?.tableTitles ?? []) + (current?.lineNames ?? [])
        } else if before == "set" || before == "unset" || before.hasSuffix(" by") {
            pool = current?.inputNames ?? []
        } else if before == "help" {
            pool = Self.commands.map(\.name)
        } else if before == "list" {
            pool = Self.listKinds
        } else if before == "info" {
            pool = (current?.inputNames ?? []) + (current?.lineNames ?? [])
        } else {
            pool = (current?.lineNames ?? []) + (current?.inputNames ?? []) + (answer == nil ? [] : [Self.answerName])
        }
        let candidates = Array(Set(pool.filter { $0.hasPrefix(word) })).sorted()
        if ["set", "unset", "info"].contains(where: { before == $0 || before.hasPrefix($0 + " ") }),
           let figures = Self.listFigureCompletion(characters[..<end], figures: current?.listFigureNames ?? []) {
            // A list figure after `set`, `unset` or `info`: `list_si` or `list_size["Market Ov`
            // completes to `list_size["Market Overton"]`, from the start of the attribute's name.
            let typed = String(characters[figures.start..<end])
            return Completion(start: figures.start, candidates: typed.contains("[") ? figures.candidates : Array(Set(candidates + figures.candidates)).sorted())
        }
        return Completion(start: start, candidates: candidates)
    }

    /// The list figures that begin with the argument before the cursor (everything after the
    /// command word, since a member's name may hold spaces), and where the argument starts; nil
    /// when none does.
    static func listFigureCompletion(_ characters: ArraySlice<Character>, figures: [String]) -> (start: Int, candidates: [String])? {
        guard let commandEnd = characters.firstIndex(of: " "),
              let start = characters[commandEnd...].firstIndex(where: { $0 != " " }) else { return nil }
        let typed = String(characters[start...])
        let matches = figures.filter { $0.hasPrefix(typed) }.sorted()
        return matches.isEmpty ? nil : (start, matches)
    }
}

import FinModel

/// The REPL's `list` and `info`: what a scenario holds, and everything about one name in it.
extension ReplShell {
    /// `list [inputs|lines|variants]`: the inputs with their values in the session (marking those
    /// set or replaced by the variant), the lines in columns, or the variants; all three when
    /// nothing is named.
    func list(_ what: String) {
        guard what.isEmpty || Self.listKinds.contains(what) else {
            let near = NearestName.suggestion(for: what, among: Self.listKinds)
            reportError("error: cannot list '\(what)'\n  = help: \(near.map { "did you mean 'list \($0)'? " } ?? "")write list inputs, list lines or list variants\n")
            return
        }
        withCurrent { session in
            let kinds = what.isEmpty ? Self.listKinds : [what]
            var text = ""
            for kind in kinds {
                let heading = kinds.count > 1 ? kind.prefix(1).uppercased() + kind.dropFirst() + ":\n" : ""
                let indent = kinds.count > 1 ? "  " : ""
                let body: [String] = switch kind {
                case "inputs": inputLines(session)
                case "lines": Completion.listing(session.lineNames, width: Terminal.width - indent.count)
                default: variantLines(session)
                }
                text += heading + (body.isEmpty ? ["(no \(kind))"] : body).map { indent + $0 + "\n" }.joined()
            }
            Output.out(TerminalText.visibleLines(text))
        }
    }

    /// `name = value` for each input, aligned, with where a value not the file's comes from.
    private func inputLines(_ session: ScenarioSession) -> [String] {
        let names = session.inputNames
        let width = names.map(\.count).max() ?? 0
        return names.map { name in
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            guard let details = session.details(of: SourceText(name, origin: Self.typedOrigin)).0 else { return padded }
            var line = "\(padded) = \(details.formula)"
            if let file = details.fileFormula {
                let by = session.overrides[name] != nil ? "set" : "variant \(session.variant ?? "")"
                line += "   (\(by); the file has \(file))"
            }
            return line
        }
    }

    /// The variants, the chosen one marked `*`, each with its description.
    private func variantLines(_ session: ScenarioSession) -> [String] {
        let width = session.variantNames.map(\.count).max() ?? 0
        return session.variantNames.map { name in
            let description = session.scenario.variantDescription(name).map { "  \($0)" } ?? ""
            return "\(name == session.variant ? "* " : "  ")\(name.padding(toLength: width, withPad: " ", startingAt: 0))\(description)"
        }
    }

    /// `info NAME`: an input's or a line's value, unit, note, definition, file and line, and the
    /// lines that depend on it, as the session has them.
    func info(_ typed: SourceText) {
        guard !typed.text.isEmpty else {
            reportError("error: info needs the name of an input or a line\n  = help: write, for example: info pay_uplift\n")
            return
        }
        withCurrent { session in
            let (found, problems) = session.details(of: typed)
            reportDiagnostics(problems)
            guard let details = found else { return }
            let width = Terminal.width
            var text = details.name + (details.label.map { " \"\($0)\"" } ?? "")
            text += details.isInput ? ", an input\n" : ", a line\n"
            func field(_ name: String, _ value: String) {
                let head = "  \(name):".padding(toLength: 12, withPad: " ", startingAt: 0)
                text += head + WordWrap.hanging(value, first: head.count, indent: head.count, width: width)
            }
            // Figures are not wrapped: a value per member has a line each, indented under the field.
            let values = details.value.split(separator: "\n").map(String.init)
            if values.count == 1, DisplayWidth.columns(values[0]) <= width - 12 {
                text += "  value:    \(values[0])\n"
            } else {
                text += "  value:\n" + values.map { "    \($0)\n" }.joined()
            }
            field("unit", "\(details.unit), \(details.shape)")
            if let note = details.note { field("note", note) }
            if let file = details.fileFormula {
                let by = session.overrides[details.name] != nil ? "set in this session" : "variant \(session.variant ?? "")"
                field("source", "\(details.formula) (\(by); the file has \(file))")
            } else {
                field("source", details.formula)
            }
            field("defined", details.location)
            field("used by", details.dependents.isEmpty ? "no line" : details.dependents.joined(separator: ", "))
            Output.out(TerminalText.visibleLines(text))
        }
    }
}

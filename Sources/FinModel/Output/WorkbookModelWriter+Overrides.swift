/// The workbook's marks for what this run changed: every cell of an input set by `--set` or by
/// a variant, and every cell of a line whose figures that moved, gets a status (which the writer
/// shows as a fill) and a comment saying what set or moved it, as the text and HTML mark them.
///
///     input practice_contribution, set by --set to £0.33 per patient:
///       "Set for this run by --set: £0.33 per patient; the scenario file has £0.00 per patient."
///     surplus, which it moves:
///       "Moved by the inputs set for this run: practice_contribution (--set)."
///
/// The marks come from the report's `overrides` and `moved` (`Scenario.flagOverrides`), so a
/// workbook marks exactly what `run --set` marks in the terminal.
extension WorkbookModelWriter {
    /// How one name's cells are marked.
    struct Flag {
        let status: OutputStatus
        let comment: String
    }

    /// A flag for each input in `report.overrides` and each line in `report.moved`; a moved
    /// line's comment names only the inputs set for this run that it depends on.
    static func flags(report: Report, checked: CheckedScenario) -> [String: Flag] {
        var flags: [String: Flag] = [:]
        for override in report.overrides {
            // `--set` and a variant set an input for this run; the REPL's `set`, for its session.
            let by = override.origin == "set in this session" ? "Set in this session" : "Set for this run by \(override.origin)"
            flags[override.name] = Flag(status: .overridden, comment: "\(by): \(override.value); the scenario file has \(override.fileValue).")
        }
        guard !report.moved.isEmpty else { return flags }
        // What each input set for this run reaches, so a line names only its own causes.
        // A list figure (`list_size["Croft", 2020-04]`) reaches the lines that read its attribute.
        let reached = report.overrides.map { override in
            let start = override.name.firstIndex(of: "[").map { checked.lines(reading: String(override.name[..<$0])) } ?? [override.name]
            return (override: override, names: Set(checked.dependents(of: start)))
        }
        for name in report.moved where flags[name] == nil {
            let causes = reached.filter { $0.names.contains(name) }.map { "\($0.override.name) (\($0.override.origin))" }
            let by = causes.isEmpty ? "the inputs set for this run" : "the inputs set for this run: " + causes.joined(separator: ", ")
            flags[name] = Flag(status: .moved, comment: "Moved by \(by).")
        }
        return flags
    }

    /// `cell` of `name` with its mark, if this run set or moved the name; a comment the cell
    /// already has (why it has no formula) is kept, after the mark's.
    func marked(_ cell: OutputSheetCell, _ name: String) -> OutputSheetCell {
        guard let flag = flags[name] else { return cell }
        var marked = cell
        marked.status = flag.status
        marked.comment = [flag.comment, cell.comment].compactMap { $0 }.joined(separator: " ")
        return marked
    }
}

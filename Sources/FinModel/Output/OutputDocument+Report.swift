/// An evaluated scenario as a document: its inputs, tables, charts and checks.
extension OutputDocument {
    /// What `run`, `show` and `export` write: every table and the checks, or only `tables`
    /// (then without the checks); the inputs and charts go to the formats that show them.
    ///
    /// Lines named in `changed` are marked, and a note says what the mark means, as the
    /// session's `show` prints them; inputs named in `overridden` are marked as set for this run.
    public init(report: Report, tables: [ReportTable]? = nil, changed: Set<String> = [], overridden: Set<String> = []) {
        // Figures moved by inputs set for this run are marked, unless a session marks what
        // changed since its last show.
        let moved = changed.isEmpty ? report.moved : []
        var shown: [OutputBlock] = (tables ?? report.tables).map { .grid(OutputGrid(table: $0, years: report.years, changed: changed, moved: moved, periods: report.periodLabels,
                                                                                      setMembers: $0.list.flatMap { report.setMembers[$0] } ?? [])) }
        if !changed.isEmpty { shown.append(.paragraph("(* changed since the last show)")) }
        if !report.overrides.isEmpty {
            let set = report.overrides.map { "\($0.name) = \($0.value) (\($0.origin); the file has \($0.fileValue))" }.joined(separator: ", ")
            // In a session the mark says what changed since the last show, so the note only lists.
            shown.append(.paragraph(changed.isEmpty ? "(* moved by the inputs set for this run: \(set))" : "(inputs set: \(set))"))
        }
        let overridden = overridden.union(report.overrides.map(\.name))
        var sections = [
            OutputSection(.assumptions, title: "Assumptions", blocks: [.grid(OutputGrid(inputs: report.inputs, years: report.years, overridden: overridden, periods: report.periodLabels))]),
            OutputSection(.tables, title: "Tables", blocks: shown),
            OutputSection(.charts, title: "Charts", blocks: report.charts.map(OutputBlock.chart)),
        ]
        if tables == nil {
            sections.append(OutputSection(.checks, title: "Checks", blocks: [.checks(OutputChecks(report.checks, layout: .table))]))
            if !report.sources.isEmpty { sections.append(OutputSection(.sources, title: "Sources", blocks: [.sources(report.sources)])) }
        }
        var byline = ["Scenario \(report.path)"]
        if let first = report.periodLabels?.first, let last = report.periodLabels?.last {
            byline.append(first == last ? first : "\(first) to \(last)")
        } else if let first = report.years.first, let last = report.years.last {
            byline.append(first == last ? "\(first)" : "\(first) to \(last)")
        }
        if let variant = report.variant { byline.append("variant \(variant)") }
        byline += report.overrides.map { "\($0.name) = \($0.value) (\($0.origin); the file has \($0.fileValue))" }
        self.init(
            title: report.title, variant: report.variant, periods: report.periodLabels ?? report.years.map(\.description), source: report.path,
            byline: byline, sections: sections)
    }

    /// The HTML report: the scenario as above and, when `comparison` has variants, a section
    /// with the options side by side, described by `descriptions` (variant name → description).
    ///
    /// The options' section opens with each option's inputs; changes are measured from the
    /// option named `against` (the base when nil). With a `bridge`, a section after the options
    /// shows it as a table and a waterfall; without one, the report has no bridge section.
    public init(
        report: Report, comparison: Scenario.Comparison?, descriptions: [String: String], overridden: Set<String> = [], against: String? = nil,
        bridge: Scenario.Bridge? = nil
    ) {
        self.init(report: report, overridden: overridden)
        if let comparison, comparison.reports.count > 1 {
            let againstIndex = against.flatMap { comparison.names.firstIndex(of: $0) } ?? 0
            let options = OutputSection(
                .options, title: "Options compared", blocks: Self.optionBlocks(comparison, descriptions: descriptions, against: againstIndex))
            sections.insert(options, at: sections.firstIndex { $0.role == .checks } ?? sections.endIndex)
        }
        if let bridge {
            sections.insert(Self.bridgeSection(bridge), at: sections.firstIndex { $0.role == .checks } ?? sections.endIndex)
        }
    }

    /// The options with their descriptions, each chart once per option on one scale, and the
    /// lines some option changes.
    static func optionBlocks(_ comparison: Scenario.Comparison, descriptions: [String: String], against: Int = 0) -> [OutputBlock] {
        var blocks: [OutputBlock] = [.options(comparison.names.map { name in
            OutputOption(name: name, description: name == "base" ? "the scenario as written" : descriptions[name] ?? "")
        })]
        blocks.append(.grid(OutputGrid.optionInputs(comparison, against: against)))
        let base = comparison.reports[0]
        for (index, chart) in base.charts.enumerated() {
            let panels = comparison.reports.compactMap { index < $0.charts.count ? $0.charts[index] : nil }
            guard panels.count == comparison.reports.count else { continue }
            blocks.append(.chartPanels(OutputChartPanels(
                chart: chart, panels: zip(comparison.names, panels).map { OutputChartPanels.Panel(name: $0, chart: $1) })))
        }
        let reference = comparison.names[against]
        blocks.append(.paragraph("Lines that no option changes are left out. Each option's change is its total less \(reference == "base" ? "the base's" : "that of \(reference)")."))
        blocks += OutputGrid.comparisons(comparison, changedOnly: true, against: against).filter { !$0.rows.isEmpty }.map(OutputBlock.grid)
        return blocks
    }
}

/// Every piece of text in a document, changed by one function: the way the terminal and
/// Markdown writers make text from a scenario visible (`TerminalText.visible`) before they lay
/// it out.
///
/// Titles, labels, notes, member names, descriptions and the source lines quoted by `explain`
/// can hold anything a file or a CSV list holds, escape sequences included. Changing them in
/// the document, once, before any width is measured, means no writer can forget one, and the
/// columns line up with what is shown. Figures are left alone: a writer makes their text itself.
///
///     let safe = document.mappingText(TerminalText.visible)
extension OutputDocument {
    /// The same document with `transform` applied to every piece of text in it; charts, which
    /// only the HTML page draws, are left as they are.
    public func mappingText(_ transform: (String) -> String) -> OutputDocument {
        var copy = self
        copy.title = title.map(transform)
        copy.variant = variant.map(transform)
        copy.comparedVariants = comparedVariants?.map(transform)
        copy.periods = periods?.map(transform)
        copy.source = source.map(transform)
        copy.byline = byline.map(transform)
        copy.sections = sections.map { section in
            var section = section
            section.title = transform(section.title)
            section.blocks = section.blocks.map { $0.mappingText(transform) }
            return section
        }
        return copy
    }
}

extension OutputBlock {
    func mappingText(_ transform: (String) -> String) -> OutputBlock {
        switch self {
        case .grid(let grid): .grid(grid.mappingText(transform))
        case .checks(let checks): .checks(OutputChecks(checks.results.map { $0.mappingText(transform) }, layout: checks.layout))
        case .chart, .chartPanels, .waterfall: self
        case .options(let options): .options(options.map { OutputOption(name: transform($0.name), description: transform($0.description)) })
        case .solution(let solution): .solution(solution.mappingText(transform))
        case .trace(let trace): .trace(trace.mappingText(transform))
        case .paragraph(let text): .paragraph(transform(text))
        case .list(let items): .list(items.map(transform))
        case .sources(let sources): .sources(sources.map { $0.mappingText(transform) })
        }
    }
}

extension OutputGrid {
    func mappingText(_ transform: (String) -> String) -> OutputGrid {
        var grid = self
        grid.title = transform(title)
        grid.arrangement = switch arrangement {
        case .byList(let list): .byList(transform(list))
        case .dataTable(let rowInput, let columnInput): .dataTable(rowInput: transform(rowInput), columnInput: columnInput.map(transform))
        case .bridge(let figure, let from, let to): .bridge(figure: transform(figure), from: transform(from), to: transform(to))
        case .optionInputs(let against): .optionInputs(against: transform(against))
        case .byYear, .comparison, .inputs: arrangement
        }
        grid.headers = headers.map { $0.mappingText(transform) }
        grid.columns = columns.map { column in
            var column = column
            column.heading = column.heading.mappingText(transform)
            column.group = column.group?.mappingText(transform)
            column.line = column.line?.mappingText(transform)
            return column
        }
        grid.rows = rows.map { row in
            var row = row
            row.headers = row.headers.map { $0.mappingText(transform) }
            row.cells = row.cells.map { $0.mappingText(transform) }
            row.line = row.line?.mappingText(transform)
            return row
        }
        return grid
    }
}

extension OutputLabel {
    func mappingText(_ transform: (String) -> String) -> OutputLabel {
        OutputLabel(transform(text), plain: transform(plain))
    }
}

extension OutputCell {
    func mappingText(_ transform: (String) -> String) -> OutputCell {
        var cell = self
        if case .text(let label) = content { cell.content = .text(label.mappingText(transform)) }
        cell.format = format.mappingText(transform)
        cell.suffix = suffix.map(transform)
        cell.note = note.map(transform)
        return cell
    }
}

extension ValueFormat {
    /// A count's unit words pass through `transform` like any text from a scenario.
    func mappingText(_ transform: (String) -> String) -> ValueFormat {
        if case .quantity(let unit) = self { return .quantity(transform(unit)) }
        return self
    }
}

extension OutputLine {
    func mappingText(_ transform: (String) -> String) -> OutputLine {
        var line = self
        line.name = transform(name)
        line.label = transform(label)
        line.unit = transform(unit)
        line.note = note.map(transform)
        line.citations = citations.map { $0.mappingText(transform) }
        line.format = format.mappingText(transform)
        return line
    }
}

extension OutputCheck {
    func mappingText(_ transform: (String) -> String) -> OutputCheck {
        var check = self
        check.label = transform(label)
        check.place = transform(place)
        check.path = transform(path)
        (check.stated, check.computed) = (stated.mappingText(transform), computed.mappingText(transform))
        (check.difference, check.tolerance) = (difference.mappingText(transform), tolerance.mappingText(transform))
        return check
    }
}

extension OutputSolution {
    func mappingText(_ transform: (String) -> String) -> OutputSolution {
        var solution = self
        solution.input = transform(input)
        solution.target = transform(target)
        solution.value = value.mappingText(transform)
        solution.achieved = achieved.mappingText(transform)
        solution.goal = goal.mappingText(transform)
        solution.residual = residual.mappingText(transform)
        solution.neighbour = neighbour?.mappingText(transform)
        solution.neighbourAchieved = neighbourAchieved?.mappingText(transform)
        return solution
    }
}

extension OutputTrace {
    func mappingText(_ transform: (String) -> String) -> OutputTrace {
        OutputTrace(
            name: transform(name), place: transform(place), figures: figures.map { $0.mappingText(transform) }, scope: scope.map(transform),
            isInput: isInput, location: transform(location), formula: transform(formula), note: note.map(transform),
            roundings: roundings.map(transform), uses: uses.map { $0.mappingText(transform) })
    }
}

extension OutputCitation {
    func mappingText(_ transform: (String) -> String) -> OutputCitation {
        OutputCitation(source: transform(source), title: transform(title), place: place.map(transform))
    }
}

extension OutputSource {
    func mappingText(_ transform: (String) -> String) -> OutputSource {
        OutputSource(name: transform(name), title: transform(title), citedBy: citedBy.map { citing in
            OutputSource.Citing(kind: citing.kind, name: transform(citing.name), label: transform(citing.label), place: citing.place.map(transform))
        })
    }
}

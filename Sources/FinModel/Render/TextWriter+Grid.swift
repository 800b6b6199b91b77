/// Grids in aligned columns: row headers left-aligned (right-aligned when they are figures, as
/// a data table's input values are), figures right-aligned, two spaces between columns, and no
/// line ending in blanks.
///
///     Income and expenditure          2019/20    2020/21    2021/22      Total
///     Admin fees on contracts (5%)    £10,000    £10,000    £10,000    £30,000
///
/// Columns grouped under a line's label get a heading row of their own; a total row is ruled
/// off; a table's display rounding is noted beneath it; a line that moved is marked `*`. A
/// table wider than `options.width` is printed in blocks of columns (`TextGridLayout`), and
/// with `options.colour` figures with a status are coloured (`TextColour`).
extension TextWriter {
    static func grid(_ grid: OutputGrid, options: RenderOptions = RenderOptions()) -> String {
        let layout = TextGridLayout(grid)
        var out = layout.isDataTable ? "\(grid.title)\n\n" : ""
        out += layout.blocks(width: options.width).map { layout.render($0, colour: options.colour) }.joined(separator: "\n")
        if let note = grid.displayNote {
            out += "(\(note))\n"
        }
        return out
    }
}

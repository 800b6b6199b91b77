/// The notes on a sheet's cells: the comments part Excel and LibreOffice read the text from,
/// and the legacy drawing (VML) Excel needs to show a note when the pointer rests on its cell.
///
/// A workbook writes a figure as its value, with a note, where no formula reproduces it
/// faithfully; the note says why. Each sheet with notes has its own pair of parts:
///
///     xl/commentsN.xml                   the notes' text, by cell
///     xl/drawings/vmlDrawingN.vml        a hidden box per note, anchored at its cell
///     xl/worksheets/_rels/sheetN.xml.rels  the sheet's links to both
enum XLSXComments {
    static let author = "scenario"

    /// `xl/commentsN.xml`.
    static func commentsPart(_ comments: [(reference: String, text: String)]) -> String {
        var out = XLSXWriter.declaration + "<comments xmlns=\"\(XLSXWriter.spreadsheetML)\"><authors><author>\(author)</author></authors><commentList>"
        for comment in comments {
            out += "<comment ref=\"\(comment.reference)\" authorId=\"0\"><text><r><t xml:space=\"preserve\">\(HTMLText.escape(comment.text))</t></r></text></comment>"
        }
        return out + "</commentList></comments>\n"
    }

    /// `xl/drawings/vmlDrawingN.vml` for the `sheet`-th sheet (from 1): shape ids are unique in
    /// the workbook, 1,024 to a sheet, as Excel numbers them.
    static func drawingPart(_ comments: [(reference: String, text: String)], sheet: Int) -> String {
        var out = #"<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">"#
        out += "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"\(sheet)\"/></o:shapelayout>"
        out += #"<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>"#
        for (index, comment) in comments.enumerated() {
            let (row, column) = coordinates(comment.reference)
            out += "<v:shape id=\"_x0000_s\(sheet * 1024 + 1 + index)\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:72pt;z-index:\(index + 1);visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
            out += ##"<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>"##
            out += "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
            out += "<x:Anchor>\(column + 1), 15, \(row), 2, \(column + 4), 15, \(row + 4), 16</x:Anchor><x:AutoFill>False</x:AutoFill>"
            out += "<x:Row>\(row)</x:Row><x:Column>\(column)</x:Column></x:ClientData></v:shape>"
        }
        return out + "</xml>\n"
    }

    /// The sheet's links: its comments (`rId1`) and their drawing (`rId2`).
    static func sheetRelationships(sheet: Int) -> String {
        XLSXWriter.declaration + "<Relationships xmlns=\"\(XLSXWriter.relationshipsNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(XLSXWriter.officeRelationships)/comments\" Target=\"../comments\(sheet).xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(XLSXWriter.officeRelationships)/vmlDrawing\" Target=\"../drawings/vmlDrawing\(sheet).vml\"/>"
            + "</Relationships>\n"
    }

    /// Row and column (from 0) of a reference such as `B2`.
    static func coordinates(_ reference: String) -> (row: Int, column: Int) {
        let letters = reference.prefix { $0.isLetter }
        let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return ((Int(reference.dropFirst(letters.count)) ?? 1) - 1, column)
    }
}

/// The Excel workbook (Office Open XML, `.xlsx`), in two forms:
///
/// - `write(_: OutputWorkbook)`: the live model `scenario export` writes, every line a formula
///   over the named inputs (`Scenario.workbook`, laid out in the output stage; see
///   docs/workbook.md). This writer turns its sheets into SpreadsheetML, sizes the columns to
///   their text, and sets each sheet to print on A4.
/// - `write(_: OutputDocument)`: any document's grids, the inputs on a sheet of their own and a
///   sheet per table, cell for cell as the CSV writer writes them, with totals as `SUM`
///   formulas where they are sums (the session's `export model.xlsx`).
///
/// A workbook is a ZIP (`ZipArchive`) of XML parts:
///
///     [Content_Types].xml          what each part is
///     _rels/.rels                  where the workbook and its properties are
///     docProps/core.xml            the title
///     xl/workbook.xml              the sheets, in order, and the names; recalculate on opening
///     xl/_rels/workbook.xml.rels   where each sheet and the styles are
///     xl/styles.xml                £ and decimal number formats (`XLSXStyle`)
///     xl/worksheets/sheetN.xml     the cells (`XLSXSheet`)
///     xl/commentsN.xml, …          notes on cells (`XLSXComments`)
///
/// Figures are numbers with their exact decimals, and a formula's exact result is cached beside
/// it, so a reader that does not calculate sees the scenario's figures. The output is the same
/// bytes for the same document.
public enum XLSXWriter {
    /// The workbook's bytes: the inputs and each table, as the document's grids lay them out.
    public static func write(_ document: OutputDocument) throws(ZipArchiveError) -> [UInt8] {
        let description = "From \(document.source ?? "")" + (document.variant.map { ", variant \($0)" } ?? "")
        return try package(sheets(document), names: [], title: document.title ?? "", description: description, creator: document.generator)
    }

    /// A defined name of the workbook: global (`pay_uplift`), or a sheet's own (its print titles).
    struct DefinedName {
        let name: String
        let value: String
        let sheet: Int?
    }

    /// The parts of a workbook of `sheets`, zipped: the same bytes for the same sheets.
    static func package(_ sheets: [XLSXSheet], names: [DefinedName], title: String, description: String, creator: String) throws(ZipArchiveError) -> [UInt8] {
        var archive = ZipArchive()
        let noted = sheets.indices.filter { !sheets[$0].comments.isEmpty }.map { $0 + 1 }
        try archive.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count, commented: noted).utf8))
        try archive.add("_rels/.rels", Array(packageRelationships.utf8))
        try archive.add("docProps/core.xml", Array(coreProperties(title: title, description: description, creator: creator).utf8))
        try archive.add("xl/workbook.xml", Array(workbook(sheets, names: names).utf8))
        try archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
        try archive.add("xl/styles.xml", Array(XLSXStyle.stylesPart().utf8))
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            let hasNotes = !sheet.comments.isEmpty
            try archive.add("xl/worksheets/sheet\(number).xml", Array(sheet.xml(legacyDrawing: hasNotes ? "rId2" : nil).utf8))
            guard hasNotes else { continue }
            try archive.add("xl/worksheets/_rels/sheet\(number).xml.rels", Array(XLSXComments.sheetRelationships(sheet: number).utf8))
            try archive.add("xl/comments\(number).xml", Array(XLSXComments.commentsPart(sheet.comments).utf8))
            try archive.add("xl/drawings/vmlDrawing\(number).vml", Array(XLSXComments.drawingPart(sheet.comments, sheet: number).utf8))
        }
        return archive.bytes()
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let spreadsheetML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int, commented: [Int] = []) -> String {
        var out = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        if !commented.isEmpty { out += #"<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>"# }
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 0..<sheetCount {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        for number in commented {
            out += "<Override PartName=\"/xl/comments\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>"
        }
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        return out + "</Types>\n"
    }

    static let packageRelationships = declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>\n"

    /// The title and the program, with no dates, so the same document gives the same file.
    static func coreProperties(title: String, description: String, creator: String) -> String {
        declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(HTMLText.escape(title))</dc:title><dc:creator>\(HTMLText.escape(creator))</dc:creator>"
            + "<dc:description>\(HTMLText.escape(description))</dc:description>"
            + "</cp:coreProperties>\n"
    }

    /// The sheets in order and the defined names; `fullCalcOnLoad` asks a spreadsheet to
    /// recompute every formula on opening (Excel does; LibreOffice does as its settings say).
    static func workbook(_ sheets: [XLSXSheet], names: [DefinedName] = []) -> String {
        var out = declaration + "<workbook xmlns=\"\(spreadsheetML)\" xmlns:r=\"\(officeRelationships)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(HTMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        out += "</sheets>"
        if !names.isEmpty {
            out += "<definedNames>"
            for name in names {
                out += "<definedName name=\"\(HTMLText.escape(name.name))\"\(name.sheet.map { " localSheetId=\"\($0)\"" } ?? "")>\(HTMLText.escape(name.value))</definedName>"
            }
            out += "</definedNames>"
        }
        return out + #"<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"# + "\n"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var out = declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
        for index in 0..<sheetCount {
            out += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>\n"
    }
}

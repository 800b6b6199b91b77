/// The Excel workbook (Office Open XML, `.xlsx`): the inputs on a sheet of their own, then one
/// sheet per table, laid out cell for cell as the CSV writer writes each table.
///
/// A workbook is a ZIP (`ZipArchive`) of XML parts:
///
///     [Content_Types].xml          what each part is
///     _rels/.rels                  where the workbook and its properties are
///     docProps/core.xml            the title
///     xl/workbook.xml              the sheets, in order; recalculate on opening
///     xl/_rels/workbook.xml.rels   where each sheet and the styles are
///     xl/styles.xml                £ and decimal number formats (`XLSXStyle`)
///     xl/worksheets/sheetN.xml     the cells (`XLSXSheet`)
///
/// Figures are numbers with their exact decimals. Totals that are the sum of the figures beside
/// or above them are written as formulas (`=SUM(B2:D2)`, and a column total for tables by list)
/// with the exact total as the cached value, so a reviewer sees how each total is made and the
/// spreadsheet can re-check it. A total the scenario gives another way (`total: …`) is written
/// as a figure. The output is the same bytes for the same document.
public enum XLSXWriter {
    /// The workbook's bytes.
    public static func write(_ document: OutputDocument) throws(ZipArchiveError) -> [UInt8] {
        let sheets = self.sheets(document)
        var archive = ZipArchive()
        try archive.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
        try archive.add("_rels/.rels", Array(packageRelationships.utf8))
        try archive.add("docProps/core.xml", Array(coreProperties(document).utf8))
        try archive.add("xl/workbook.xml", Array(workbook(sheets).utf8))
        try archive.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
        try archive.add("xl/styles.xml", Array(XLSXStyle.stylesPart().utf8))
        for (index, sheet) in sheets.enumerated() {
            try archive.add("xl/worksheets/sheet\(index + 1).xml", Array(sheet.xml().utf8))
        }
        return archive.bytes()
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let spreadsheetML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        var out = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in 0..<sheetCount {
            out += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
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
    static func coreProperties(_ document: OutputDocument) -> String {
        let description = "From \(document.source ?? "")" + (document.variant.map { ", variant \($0)" } ?? "")
        return declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(HTMLText.escape(document.title ?? ""))</dc:title><dc:creator>\(HTMLText.escape(document.generator))</dc:creator>"
            + "<dc:description>\(HTMLText.escape(description))</dc:description>"
            + "</cp:coreProperties>\n"
    }

    /// The sheets in order; `fullCalcOnLoad` has a spreadsheet recompute every formula on opening.
    static func workbook(_ sheets: [XLSXSheet]) -> String {
        var out = declaration + "<workbook xmlns=\"\(spreadsheetML)\" xmlns:r=\"\(officeRelationships)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            out += "<sheet name=\"\(HTMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return out + #"</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"# + "\n"
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

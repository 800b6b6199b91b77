/// The formats a document can be written in, and the one place a format is chosen by name.
///
/// `scenario run --format csv`, `scenario report --output report.html` and the session's
/// `export model.xlsx` all come here, so a name means the same format everywhere and each
/// format has exactly one writer.
///
///     OutputFormat(name: "markdown")        // .markdown
///     OutputFormat(path: "board-paper.md")  // .markdown
///     OutputFormat(path: "model.xlsx")      // .xlsx
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for the terminal (`--format table`, `.txt`).
    case text
    /// Comma-separated values, figures as exact decimals (`--format csv`, `.csv`).
    case csv
    /// Tables for a board paper (`--format markdown`, `.md`).
    case markdown
    /// Figures as exact decimal strings (`--format json`, `.json`).
    case json
    /// A self-contained page with charts.
    case html
    /// An Excel workbook.
    case xlsx

    /// The format a `--format` value or a file extension names, ignoring case; nil for any other.
    ///
    /// | name                  | format      |
    /// |-----------------------|-------------|
    /// | `table`, `txt`, `text`| `.text`     |
    /// | `csv`                 | `.csv`      |
    /// | `md`, `markdown`      | `.markdown` |
    /// | `json`                | `.json`     |
    /// | `html`, `htm`         | `.html`     |
    /// | `xlsx`                | `.xlsx`     |
    public init?(name: String) {
        switch name.lowercased() {
        case "table", "txt", "text": self = .text
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "html", "htm": self = .html
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// The format a file's extension names: `report.html` is `.html`; nil without a known one.
    public init?(path: String) {
        let file = path.split(separator: "/").last ?? ""
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return nil }
        self.init(name: String(file[file.index(after: dot)...]))
    }

    /// The `--format` values of the commands that print: the formats that read as text in a
    /// terminal or a pipe.
    public static let printedNames = ["table", "csv", "json", "markdown"]

    /// The document as text in this format; nil for a binary format (the workbook).
    public func text(of document: OutputDocument, byteOrderMark: Bool = false) -> String? {
        text(of: document, options: RenderOptions(byteOrderMark: byteOrderMark))
    }

    /// The document as text in this format, written as `options` say; nil for the workbook.
    public func text(of document: OutputDocument, options: RenderOptions) -> String? {
        switch self {
        case .text: TextWriter.write(document, options: options)
        case .csv: CSVWriter.write(document, byteOrderMark: options.byteOrderMark, guardsFormulas: !options.csvRawText)
        case .markdown: MarkdownWriter.write(document)
        case .json: JSONWriter.write(document)
        case .html: HTMLWriter.write(document)
        case .xlsx: nil
        }
    }

    /// The document's bytes in this format: UTF-8 text, or the workbook's ZIP.
    ///
    /// - Throws: `ZipArchiveError` when a workbook part is too large for a ZIP.
    public func bytes(of document: OutputDocument, byteOrderMark: Bool = false) throws(ZipArchiveError) -> [UInt8] {
        if self == .xlsx { return try XLSXWriter.write(document) }
        return Array((text(of: document, byteOrderMark: byteOrderMark) ?? "").utf8)
    }
}

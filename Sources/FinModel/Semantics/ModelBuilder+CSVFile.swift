/// A CSV file a statement names, read beside the file that names it: a list's members or the
/// actual figures.
extension ModelBuilder {
    /// The file as a source (for spans of its rows and columns) and its table, or nil once the
    /// reason it cannot be read (missing, outside the allowed folders, not CSV) is reported at
    /// `span`, or at the file's row and column.
    mutating func readCSVFile(_ path: String, at span: SourceSpan) -> (file: SourceFile, table: CSVTable)? {
        let displayPath: String, text: String
        do throws(FileAccess.Failure) {
            (displayPath, text) = try files.read(path, from: span.file.path)
        } catch {
            diagnostics.append(Diagnostic(at: span, error.message, help: error.help))
            return nil
        }
        let file = SourceFile(path: displayPath, text: text)
        do throws(CSVError) {
            return (file, try CSVReader.read(file.text))
        } catch {
            diagnostics.append(Diagnostic(at: file.span(line: error.line, column: error.column), error.message, help: error.help))
            return nil
        }
    }
}

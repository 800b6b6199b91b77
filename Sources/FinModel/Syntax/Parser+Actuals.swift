/// The `actuals` statement: the figures spent so far, by line and month, from a CSV file beside
/// the scenario.
///
///     actuals from "forecast-actuals.csv"
///
/// The file is read in long form (`line,month,value`: a row for each line and month) or in wide
/// form (`line,2018-04,2018-05,…`: a column for each month); the month the actuals run to is
/// not part of the statement but an input (`input cutoff = 2018-09`) that the forecast
/// functions name, so `--set` and the REPL's `set` can move it.
extension Parser {
    /// `actuals from "file.csv"`.
    mutating func parseActuals() throws(Abandon) -> Statement {
        let header = advance()
        let example = "actuals from \"forecast-actuals.csv\""
        guard acceptKeyword(.from) != nil else {
            throw fail("expected 'from' after 'actuals'", at: span(current), help: "name the CSV file of actual figures: \(example)")
        }
        let path = try expect(.string, "the CSV file's name in double quotes", help: "write: \(example)")
        try endStatement()
        return Statement(kind: .actuals(path: text(path), span: span(path)), span: span(header).through(span(path)))
    }
}

/// The declaration of a model counted in months or quarters, and the months and quarters the
/// language writes: `2019-07` (a calendar year and month) and `2019/20 Q3` (a financial year's
/// quarter), the labels every output uses too.
///
///     months 2019-07 to 2021-03
///     quarters 2019/20 Q1 to 2020/21 Q4
extension Parser {
    /// `months` or `quarters` starting a declaration: the word, then a month or a year (which
    /// `9 months` in an expression never is at the start of a line).
    func periodDeclaration(_ first: Token) -> PeriodAxis.Granularity? {
        // The token after first, then the word's bytes: an `input` line makes no string here.
        switch peek().kind {
        case .month: spells(first, "months") ? .month : nil
        case .year: spells(first, "quarters") ? .quarter : nil
        default: nil
        }
    }

    /// `2019-07 to 2021-03` after `months`, or `2019/20 Q1 to 2020/21 Q4` after `quarters`.
    mutating func parsePeriodRange(_ granularity: PeriodAxis.Granularity) throws(Abandon) -> PeriodAxis {
        let fromSpan = span(current)
        let example = granularity == .month ? "months 2019-04 to 2020-03" : "quarters 2019/20 Q1 to 2020/21 Q4"
        let first = granularity == .month ? Period.month(try parseMonth()) : Period.quarter(try parseQuarter())
        _ = try expectKeyword(.to, help: "write the \(granularity.plural) a model covers as: \(example)")
        let last = granularity == .month ? Period.month(try parseMonth()) : Period.quarter(try parseQuarter())
        guard first <= last else {
            throw fail(
                "the \(granularity.plural) run backwards: \(first) comes after \(last)", at: fromSpan.through(span(tokens[position - 1])),
                help: "write the earlier \(granularity.rawValue) first: \(granularity.plural) \(last) to \(first)")
        }
        let axis = switch (first, last) {
        case (.month(let first), .month(let last)): PeriodAxis(months: first, through: last)
        case (.quarter(let first), .quarter(let last)): PeriodAxis(quarters: first, through: last)
        default: PeriodAxis(years: first.financialYear, through: last.financialYear)
        }
        return axis
    }

    /// `from 2019-07`, `until 2021-03`, or both, after a line's formula; nil when neither is
    /// written (`from` followed by a name cites a source instead).
    mutating func parseWindow() throws(Abandon) -> PeriodWindowSyntax? {
        // Nearly every line has no window: said at once, with no window built to be dropped.
        guard current.isKeyword(.from) && peek().kind == .month || current.isKeyword(.until) else { return nil }
        var window = PeriodWindowSyntax()
        if current.isKeyword(.from), peek().kind == .month {
            advance()
            window.startSpan = span(current)
            window.start = try parseMonth()
        }
        if current.isKeyword(.until) {
            advance()
            window.endSpan = span(current)
            window.end = try parseMonth()
        }
        guard window.start != nil || window.end != nil else { return nil }
        if let start = window.start, let end = window.end, end < start {
            throw fail("the line stops before it starts: \(Period.month(end)) comes before \(Period.month(start))",
                       at: window.startSpan!.through(window.endSpan!),
                       help: "write the earlier month after 'from': from \(Period.month(end)) until \(Period.month(start))")
        }
        return window
    }

    /// A month written `2019-07`: the calendar year, a hyphen and the month's two digits.
    mutating func parseMonth() throws(Abandon) -> FinancialMonth {
        guard current.kind == .month else {
            throw fail("expected a month, found \(describe(current))", help: "write a month as 2019-07 (July 2019)")
        }
        let token = advance()
        do throws(FinancialYearError) {
            return try FinancialMonth(parsing: text(token))
        } catch {
            throw fail("'\(text(token))' is not a month", at: span(token), help: "write a month as 2019-07: the year, then 01 (January) to 12 (December)")
        }
    }

    /// A quarter written `2019/20 Q3`: a financial year and Q1 (April to June) to Q4.
    mutating func parseQuarter() throws(Abandon) -> FinancialQuarter {
        let year = try parseYear()
        let word = text(current).uppercased()
        guard current.kind == .identifier, word.count == 2, word.first == "Q", let number = Int(word.dropFirst()), (1...4).contains(number) else {
            throw fail("expected a quarter Q1 to Q4 after \(year), found \(describe(current))",
                       help: "write a quarter as \(year) Q1 (April to June) to \(year) Q4 (January to March)")
        }
        advance()
        return FinancialQuarter(year: year, number: number)
    }
}

/// Financial years as `years 2016/17 to 2018/19` and expressions write them.
extension Parser {
    mutating func parseYear() throws(Abandon) -> FinancialYear {
        guard current.kind == .year else {
            throw fail("expected a financial year, found \(describe(current))", help: "write a financial year as 2016/17")
        }
        let token = advance()
        if let year = quickYear(token) { return year }
        do throws(FinancialYearError) {
            return try FinancialYear(parsing: Substring(text(token)))
        } catch {
            throw fail(error.message, at: span(token), help: "write a financial year as 2016/17: the second year follows the first")
        }
    }

    mutating func parseYearRange() throws(Abandon) -> (FinancialYear, FinancialYear) {
        let fromSpan = span(current)
        let from = try parseYear()
        _ = try expectKeyword(.to, help: "write the years a model covers as: years 2016/17 to 2018/19")
        let through = try parseYear()
        guard from <= through else {
            throw fail(
                "the years run backwards: \(from) comes after \(through)", at: fromSpan.through(span(tokens[position - 1])),
                help: "write the earlier year first: years \(through) to \(from)")
        }
        return (from, through)
    }
}

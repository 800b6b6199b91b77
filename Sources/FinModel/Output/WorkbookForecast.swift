/// A `forecast(line, to: cutoff …)` written out on the workings, with what `year_to_date`,
/// `outturn`, `variance` and `variance_percent` of the same line, cut-off and rule come to, so
/// that the months that are actual move when the cut-off cell changes:
///
///     Federation expenses: forecast(running_costs, to: cutoff, run_rate: 3)
///     Month            2018-04   2018-05   …   2019-03
///     Position         1         2         …   12
///     Financial year   2018      2018      …   2018
///     Actual           13,950.00 14,210.40 …             (the actuals file's figures)
///     Plan             =B2       =C2       …             (the line's cells)
///     Cut-off          6                                 =MATCH(cutoff,$B$2:$M$2,0)
///     Run rate         15,123.57                         =IF($B$8<3,NA(),ROUND(SUMIFS(…)/3,2))
///     Forecast         =IF(B$3<=$B$8,IF(ISBLANK(B5),NA(),B5),$B$9)   …
///     Year to date     =SUMIFS(B10:M10,B4:M4,INDEX(B4:M4,$B$8),B3:M3,"<="&$B$8)
///     Outturn          =SUMIFS(B10:M10,B4:M4,INDEX(B4:M4,$B$8))
///     Plan for the year =SUMIFS(B6:M6,B4:M4,INDEX(B4:M4,$B$8))
///     Variance         =B12-B13
///     Variance %       =B14/B13
///
/// - The cut-off is the position of the cut-off month among the model's months: `MATCH` of the
///   input's text (`2018-09`) in the row of months, so a month the model does not cover gives
///   `#N/A`, as the scenario reports an error.
/// - A month up to the cut-off is its actual; a month with no actual there is `#N/A`, where the
///   scenario reports the gap. After the cut-off: the plan, the run rate or the `with:` figures.
/// - The run rate is the mean of the last `run_rate` actuals to the cut-off, rounded half_up to
///   the penny: `ROUND(…,2)`, which sends ties away from zero below zero too, as half_up does.
/// - The year's figures add the months of the cut-off's financial year: `SUMIFS` over the row
///   of financial years, as the scenario adds the months of the cut-off's year it covers.
struct WorkbookForecast: Sendable {
    /// Which figure of the block a function reads.
    enum Figure: Sendable {
        case month, yearToDate, outturn, variance, variancePercent
    }

    /// The rule after the cut-off.
    enum Rule: Sendable {
        case plan
        case runRate(Int)
        case with(WorkbookTerm)
    }

    let title: String
    let plan: WorkbookTerm
    /// The cut-off: an input (a term) or a month written in the call.
    let cutoff: WorkbookTerm?
    let cutoffText: String?
    let rule: Rule
    /// Each of the model's months: its heading and the calendar year its financial year starts.
    let months: [(label: String, financialYear: Int)]
    /// The actuals file's figure for each month, nil where it has none.
    let actuals: [Exact?]
    /// The exact figures cached beside the formulas.
    let figures: Figures?
    /// Where the block starts, once laid out on the workings.
    var sheet = ""
    var row = -1

    struct Figures: Sendable {
        let plan: [Exact]
        let with: [Exact]?
        let cut: Int
        let rate: Exact?
        let forecast: [Exact]
        let yearToDate: Exact, outturn: Exact, planned: Exact, variance: Exact
        let variancePercent: Exact?
    }

    /// Rows from the title to the last figure, and a blank row after.
    var height: Int { 15 }

    private enum Line: Int {
        case title, month, position, year, actual, plan, cut, rule, forecast, toDate, outturn, planned, variance, percent
    }

    private func rowOf(_ line: Line) -> Int { row + line.rawValue }

    /// The cell a function's figure reads: a month's forecast, or the year's figure under the first month.
    func cell(_ figure: Figure, period: Int) -> WorkbookCellReference? {
        guard row >= 0 else { return nil }
        switch figure {
        case .month: return period < months.count ? WorkbookCellReference(sheet: sheet, row: rowOf(.forecast), column: 1 + period) : nil
        case .yearToDate: return WorkbookCellReference(sheet: sheet, row: rowOf(.toDate), column: 1)
        case .outturn: return WorkbookCellReference(sheet: sheet, row: rowOf(.outturn), column: 1)
        case .variance: return WorkbookCellReference(sheet: sheet, row: rowOf(.variance), column: 1)
        case .variancePercent: return WorkbookCellReference(sheet: sheet, row: rowOf(.percent), column: 1)
        }
    }

    /// Writes the block onto `sheet`.
    func write(into sheet: inout OutputSheet, emitter: WorkbookEmitter) {
        let count = months.count
        guard count > 0 else { return }
        func ref(_ line: Line, _ period: Int, absolute: Bool = false) -> String {
            OutputSheet.reference(row: rowOf(line), column: 1 + period, absolute: absolute)
        }
        func range(_ line: Line) -> String { ref(line, 0, absolute: true) + ":" + ref(line, count - 1, absolute: true) }
        func money(_ value: Exact?) -> OutputCell { OutputCell.figure(value, format: .money) }
        func plain(_ value: Exact?) -> OutputCell { OutputCell.figure(value, format: .plain, places: 0) }
        let cut = ref(.cut, 0, absolute: true)
        let fy = "INDEX(\(range(.year)),\(cut))"

        sheet.set(row: rowOf(.title), column: 0, .text(title, heading: true))
        let labels: [(Line, String)] = [
            (.month, "Month"), (.position, "Position"), (.year, "Financial year"), (.actual, "Actual"), (.plan, "Plan"),
            (.cut, "Cut-off (position)"), (.forecast, "Forecast"), (.toDate, "Year to date"), (.outturn, "Outturn"),
            (.planned, "Plan for the year"), (.variance, "Variance"), (.percent, "Variance %"),
        ]
        for (line, label) in labels { sheet.set(row: rowOf(line), column: 0, .text(label, heading: line == .month)) }
        for (period, month) in months.enumerated() {
            let column = 1 + period
            sheet.set(row: rowOf(.month), column: column, .text(month.label, heading: true))
            sheet.set(row: rowOf(.position), column: column, .figure(plain(Exact(Int64(period + 1)))))
            sheet.set(row: rowOf(.year), column: column, .figure(OutputCell.figure(Exact(Int64(month.financialYear)), format: .plain, places: 0)))
            if let actual = actuals[period] { sheet.set(row: rowOf(.actual), column: column, .figure(money(actual))) }
            sheet.set(row: rowOf(.plan), column: column, emitter.cell(cached: money(figures?.plan[period])) { () throws(WorkbookUnsupported) in
                try emitter.formula(plan, member: 0, year: period)
            })
            let actual = "IF(ISBLANK(\(ref(.actual, period))),NA(),\(ref(.actual, period)))"
            let after: String
            switch rule {
            case .plan: after = ref(.plan, period)
            case .runRate: after = ref(.rule, 0, absolute: true)
            case .with(let term):
                sheet.set(row: rowOf(.rule), column: column, emitter.cell(cached: money(figures?.with?[period])) { () throws(WorkbookUnsupported) in
                    try emitter.formula(term, member: 0, year: period)
                })
                after = ref(.rule, period)
            }
            let position = OutputSheet.reference(row: rowOf(.position), column: column)
            sheet.set(row: rowOf(.forecast), column: column,
                      .figure(money(figures?.forecast[period]), formula: "IF(\(position)<=\(cut),\(actual),\(after))"))
        }
        let month = cutoffText.map { "\"\($0)\"" }
        sheet.set(row: rowOf(.cut), column: 1, emitter.cell(cached: plain(figures.map { Exact(Int64($0.cut)) })) { () throws(WorkbookUnsupported) in
            let chosen: String
            if let month {
                chosen = month
            } else if let cutoff {
                chosen = try emitter.formula(cutoff, member: 0, year: 0).text
            } else {
                throw WorkbookUnsupported(reason: "a cut-off that is neither an input nor a month")
            }
            return WorkbookFormula.call("MATCH", [chosen, range(.month), "0"])
        })
        switch rule {
        case .plan: break
        case .runRate(let n):
            sheet.set(row: rowOf(.rule), column: 0, .text("Run rate (\(n) months)"))
            let sum = "SUMIFS(\(range(.actual)),\(range(.position)),\">\"&(\(cut)-\(n)),\(range(.position)),\"<=\"&\(cut))"
            sheet.set(row: rowOf(.rule), column: 1, .figure(money(figures?.rate), formula: "IF(\(cut)<\(n),NA(),ROUND(\(sum)/\(n),2))"))
        case .with:
            sheet.set(row: rowOf(.rule), column: 0, .text("Forecast with"))
        }
        let year: [(Line, String, OutputCell)] = [
            (.toDate, "SUMIFS(\(range(.forecast)),\(range(.year)),\(fy),\(range(.position)),\"<=\"&\(cut))", money(figures?.yearToDate)),
            (.outturn, "SUMIFS(\(range(.forecast)),\(range(.year)),\(fy))", money(figures?.outturn)),
            (.planned, "SUMIFS(\(range(.plan)),\(range(.year)),\(fy))", money(figures?.planned)),
            (.variance, "\(ref(.outturn, 0))-\(ref(.planned, 0))", money(figures?.variance)),
            (.percent, "\(ref(.variance, 0))/\(ref(.planned, 0))", OutputCell.figure(figures?.variancePercent, format: .percent)),
        ]
        for (line, formula, cached) in year { sheet.set(row: rowOf(line), column: 1, .figure(cached, formula: formula)) }
    }
}

extension WorkbookCompiler {
    /// `forecast`, `year_to_date`, `outturn`, `variance` or `variance_percent`: a reference to
    /// the figure in the block of its line, cut-off and rule, one block for every call that
    /// shares them (an outturn and a variance of the same forecast read one block).
    mutating func forecast(_ bound: BuiltinFunction.Bound, expression: Expression, label: String?) -> WorkbookTerm {
        let figure: WorkbookForecast.Figure = switch bound.function.name {
        case .forecast: .month
        case .yearToDate: .yearToDate
        case .outturn: .outturn
        case .variance: .variance
        default: .variancePercent
        }
        let lineSyntax = bound["value"]!, toSyntax = bound["to"]!
        guard let axis = model.axis, case .name(let line) = lineSyntax.kind, let given = model.actuals?.months(of: line) else {
            return .unsupported("\(bound.function.spelling)(...) of a line with no actuals")
        }
        let file = expression.span.file
        let runRate = bound["run_rate"].flatMap { syntax -> Int? in
            if case .number(let count, nil) = syntax.kind { Int(count.roundedToInteger(.towardZero)) } else { nil }
        }
        let key = [lineSyntax, toSyntax].map { file.text(of: $0.span) }.joined(separator: "|")
            + "|\(runRate.map(String.init) ?? "")|" + (bound["with"].map { file.text(of: $0.span) } ?? "")
        if let index = forecastKeys.firstIndex(of: key) { return .forecast(index, figure) }
        // A year to date adds actuals only: any block of the same line and cut-off has it.
        let lineAndCutoff = key.prefix { $0 != "|" } + "|" + file.text(of: toSyntax.span) + "|"
        if figure == .yearToDate, let index = forecastKeys.firstIndex(where: { $0.hasPrefix(lineAndCutoff) }) {
            return .forecast(index, figure)
        }

        var months: [(label: String, financialYear: Int)] = [], actuals: [Exact?] = []
        for period in axis.periods {
            guard case .month(let month) = period else { return .unsupported("a forecast in a model that is not by month") }
            months.append((Period.month(month).description, month.year.startYear))
            actuals.append(given[month]?.amount)
        }
        let rule: WorkbookForecast.Rule
        if let runRate { rule = .runRate(runRate) } else if let with = bound["with"] { rule = .with(compile(with)) } else { rule = .plan }
        var cutoff: WorkbookTerm?, cutoffText: String?
        if case .month(let month) = toSyntax.kind { cutoffText = Period.month(month).description } else { cutoff = compile(toSyntax) }
        let callText = file.text(of: expression.span)
        let title = (label.map { "\($0): " } ?? "") + "forecast(" + callText.drop { $0 != "(" }.dropFirst()
        let block = WorkbookForecast(
            title: title, plan: compile(lineSyntax), cutoff: cutoff, cutoffText: cutoffText, rule: rule, months: months,
            actuals: actuals, figures: forecastFigures(bound, runRate: runRate, months: months, actuals: actuals))
        forecasts.append(block)
        forecastKeys.append(key)
        return .forecast(forecasts.count - 1, figure)
    }

    /// The block's exact figures, worked as the evaluator works them; nil if any is out of reach.
    private func forecastFigures(_ bound: BuiltinFunction.Bound, runRate: Int?, months: [(label: String, financialYear: Int)],
                                 actuals: [Exact?]) -> WorkbookForecast.Figures? {
        let count = months.count
        guard let planValue = try? evaluator.evaluate(bound["value"]!), let cutoffValue = try? evaluator.evaluate(bound["to"]!),
              let axis = model.axis, cutoffValue.cells.count == 1 else { return nil }
        let cutoff = FinancialMonth(ordinal: Int(cutoffValue.cells[0].roundedToInteger(.towardZero)))
        guard let last = axis.position(of: .month(cutoff)) else { return nil }
        func cells(_ value: Value) -> [Exact]? {
            let cells = (0..<count).compactMap { WorkbookEmitter.index(in: value, member: 0, year: $0, yearCount: count).map { value.cells[$0] } }
            return cells.count == count ? cells : nil
        }
        guard let plan = cells(planValue) else { return nil }
        let with = bound["with"].flatMap { try? evaluator.evaluate($0) }.flatMap(cells)
        do throws(ArithmeticError) {
            var rate: Exact?
            if let runRate, runRate <= last + 1 {
                var sum = Exact.zero
                for position in (last - runRate + 1)...last { sum = try sum.adding(actuals[position] ?? .zero) }
                rate = try sum.divided(by: Exact(Int64(runRate))).rounded(.halfUp, toMultipleOf: Exact(1, over: 100))
            }
            var forecast: [Exact] = []
            for position in 0..<count {
                if position <= last { forecast.append(actuals[position] ?? .zero) } else { forecast.append(rate ?? with?[position] ?? plan[position]) }
            }
            var toDate = Exact.zero, outturn = Exact.zero, planned = Exact.zero
            for position in 0..<count where months[position].financialYear == cutoff.year.startYear {
                if position <= last { toDate = try toDate.adding(forecast[position]) }
                outturn = try outturn.adding(forecast[position])
                planned = try planned.adding(plan[position])
            }
            let variance = try outturn.subtracting(planned)
            return WorkbookForecast.Figures(
                plan: plan, with: with, cut: last + 1, rate: rate, forecast: forecast, yearToDate: toDate, outturn: outturn,
                planned: planned, variance: variance, variancePercent: try? variance.divided(by: planned))
        } catch {
            return nil
        }
    }
}

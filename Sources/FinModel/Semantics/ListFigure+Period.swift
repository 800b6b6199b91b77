/// One period's figure of a list attribute by year, quarter or month:
/// `list_size["Croft", 2020/21]`.
///
/// A member of a list by period has a figure for each of the attribute's periods, so setting,
/// varying or explaining one figure names the period as a formula indexes a cell of a line by
/// a list and by period (`share["Croft", 2020/21]`). The period is the attribute's own: a year
/// for an attribute by year, which in a model of months holds in each of the year's months, so
/// setting it sets them all, as the list's figure does.
///
///     list_size by year, months 2020-01 to 2020-06
///     list_size["Croft", 2020/21]   -> Croft's figure for April to June 2020
///     list_size["Croft"]            -> error: name the year
///     list_size["Croft", 2020-04]   -> error: 'list_size' has a figure for each year
extension Model {
    /// `figure` with its period and the model's periods it holds in, or the mistake: a period
    /// missing for an attribute by period, given for one with one figure, of the wrong kind
    /// (a month of an attribute by quarter), or outside the model.
    func periodFigure(_ figure: ListFigure, of syntax: AttributeSyntax, period: PeriodReference?,
                      at attribute: NameReference) -> Result<ListFigure, Diagnostic> {
        let bare = "\(figure.attribute)[\"\(figure.member)\"]"
        guard let granularity = syntax.period else {
            guard let period else { return .success(figure) }
            return .failure(Diagnostic(
                at: period.span, "'\(figure.attribute)' has one figure for each member, not one for each period",
                help: "name the figure without a period: \(bare)"))
        }
        let periods = attributePeriods(granularity)
        let example = "\(figure.attribute)[\"\(figure.member)\", \(periods.first?.label ?? "2019/20")]"
        let span = periods.count > 1 ? "its \(granularity.plural), from \(periods.first!.label) to \(periods.last!.label)" : "its \(granularity.rawValue), \(periods.first?.label ?? "")"
        guard let period else {
            return .failure(Diagnostic(
                at: attribute.span, "'\(figure.attribute)' has a figure for each \(granularity.rawValue): name the \(granularity.rawValue) of the figure meant",
                help: "write \(example), naming one of \(span)"))
        }
        guard period.period.granularity == granularity else {
            return .failure(Diagnostic(
                at: period.span, "\(period.period.label) is a \(period.period.granularity.rawValue), but '\(figure.attribute)' has a figure for each \(granularity.rawValue)",
                help: "name a \(granularity.rawValue), as in \(example)"))
        }
        guard periods.contains(period.period) else {
            return .failure(Diagnostic(
                at: period.span, "'\(figure.attribute)' has no figure for \(period.period.label), which the scenario does not cover",
                help: "name one of \(span)"))
        }
        var found = figure
        found.period = period.period
        found.columns = columns(within: period.period)
        return .success(found)
    }
}

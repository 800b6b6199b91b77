/// How a line's figures for periods make the figure of a longer period: a quarter or a year
/// of a table `shown by quarter` or `by year`, a year's total, a year to date, and the Total.
///
/// Money and counts of things done (appointments by month) are flows: a year is the sum of
/// its months. A list size, a population or a balance is a level: twelve months of a list
/// size of 6,254 are not 75,048 patients, so a level's year is its average over the months
/// (`total: average`), or its figure at the start or end of the year (`total: opening`,
/// `total: closing`), as the line says.
public enum PeriodRollUp: String, Sendable, Hashable {
    /// The sum of the periods: the default, for flows.
    case sum
    /// The mean of the periods, exact: the average list size over a year.
    case average
    /// The first period's figure: the balance brought forward.
    case opening
    /// The last period's figure: the balance carried forward, the list size at the year end.
    case closing

    /// The words a line may write after `total:` for a level.
    static let levelWords: [String: PeriodRollUp] = ["average": .average, "opening": .opening, "closing": .closing]

    /// The figure of the periods together, or nil where one is missing, there are none, or the
    /// sum does not fit.
    func combine<Figures: Collection<Exact?>>(_ figures: Figures) -> Exact? {
        guard !figures.isEmpty, figures.allSatisfy({ $0 != nil }) else { return nil }
        switch self {
        case .opening: return figures.first!
        case .closing: return figures[figures.index(figures.endIndex, offsetBy: -1)]
        case .sum, .average:
            var total = Exact.zero
            for figure in figures {
                guard let next = try? total.adding(figure!) else { return nil }
                total = next
            }
            guard self == .average else { return total }
            return try? total.divided(by: Exact(Int64(figures.count)))
        }
    }

    /// Each period's figure so far in its run of periods: a year to date.
    func soFar(_ figures: [Exact?]) -> [Exact?] {
        figures.indices.map { combine(figures[...$0]) }
    }
}

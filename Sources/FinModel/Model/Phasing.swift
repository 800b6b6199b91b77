/// How an annual figure is spread over the months of its financial year, to the penny.
///
/// A budget of £100,000 a year becomes twelve monthly figures that add back to £100,000.00
/// exactly; quarters are the sums of their three months, so months, quarters and the year always
/// agree. Every spread is a largest-remainder split in whole pence (`Apportionment.split`): each
/// month gets its exact share rounded down to the penny, and the pennies left over go to the
/// months whose shares lost most, ties to the larger weight and then to the earlier month.
///
/// | phasing   | weights of April … March                          | £100,000.00 gives                      |
/// |-----------|---------------------------------------------------|----------------------------------------|
/// | `flat`    | twelve equal                                      | £8,333.34 × 4 (Apr–Jul), £8,333.33 × 8 |
/// | `days`    | the days of each month (February 28 or 29)        | April £8,219.18 … March £8,493.15      |
/// | `profile` | twelve stated weights summing to one              | April £100,000 × w₁, …                 |
///
/// Flat therefore places the remainder pennies on the first months of the year: 4p of
/// £100,000.00 ÷ 12 go to April, May, June and July. An annual figure with a part of a penny (an
/// exact £1,000.005) leaves that part on the last month in line for a penny.
///
///     let months = try Phasing.flat.spread(x("100000"), over: FinancialYear(startYear: 2019))
///     months.reduce(.zero, +)   // 100000
public enum Phasing: Sendable, Hashable {
    /// Twelve equal months.
    case flat
    /// In proportion to the days in each month: 30 for April, 28 or 29 for February.
    case days
    /// Twelve stated weights, April first.
    case profile([Exact])

    /// The weights of April … March for `year`.
    public func weights(in year: FinancialYear) -> [Exact] {
        switch self {
        case .flat: Array(repeating: .one, count: 12)
        case .days: year.months.map { Exact(Int64($0.dayCount)) }
        case .profile(let weights): weights
        }
    }

    /// `annual` spread over the twelve months of `year`, April first, in whole pence (and one
    /// part of a penny when `annual` holds one); the months add up to `annual` exactly.
    ///
    /// - Throws: `.noWeights` unless a profile has twelve weights; the errors of
    ///   `Apportionment.split(_:step:weights:)`.
    public func spread(_ annual: Exact, over year: FinancialYear) throws(ApportionmentError) -> [Exact] {
        let weights = weights(in: year)
        guard weights.count == 12 else { throw .noWeights }
        return try Apportionment.split(annual, step: Phasing.penny, weights: weights)
    }

    /// The share of `annual` that falls in `period`: the sum of its months' spread figures.
    public func share(of annual: Exact, in period: Period) throws(ApportionmentError) -> Exact {
        let months = try spread(annual, over: period.financialYear)
        var sum = Exact.zero
        do {
            for index in period.monthIndices { sum = try sum.adding(months[index - 1]) }
        } catch {
            throw .arithmetic(error)
        }
        return sum
    }

    /// Whether twelve weights add up to exactly one, as a profile's must.
    public static func sumsToOne(_ weights: [Exact]) -> Bool {
        var sum = Exact.zero
        for weight in weights {
            guard let next = try? sum.adding(weight) else { return false }
            sum = next
        }
        return sum == .one
    }

    /// One penny, in pounds: the step every month's figure is a whole number of.
    static let penny = try! Exact(numerator: 1, denominator: 100)
}

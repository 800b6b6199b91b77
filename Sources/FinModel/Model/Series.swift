/// One value per financial year over a range of years: a row of a forecast.
///
/// A series knows its years, so combining two series checks that their periods match instead
/// of silently pairing 2016/17 with 2017/18.
///
///     let years = try FinancialYearRange(parsing: "2016/17 to 2018/19")
///     let ccg = try Series(years: years, values: [98_923, 131_250, 119_827].map { try Money.pounds($0) })
///     try ccg.total()                          // £350,000.00
///     ccg[FinancialYear(startYear: 2017)]      // £131,250.00
public struct Series<Element: Sendable & Hashable>: Sendable, Hashable {
    /// The years covered, first to last.
    public let years: FinancialYearRange
    /// One value per year, in the order of `years`.
    public private(set) var values: [Element]

    /// A series with one value per year.
    ///
    /// - Throws: `.countMismatch` when `values.count` differs from the number of years.
    public init(years: FinancialYearRange, values: [Element]) throws(SeriesError) {
        guard values.count == years.count else { throw .countMismatch(expected: years.count, actual: values.count) }
        self.years = years
        self.values = values
    }

    /// The same value in every year.
    public init(years: FinancialYearRange, repeating value: Element) {
        self.years = years
        self.values = Array(repeating: value, count: years.count)
    }

    /// The value for `year`, or nil when the year lies outside the series.
    public subscript(year: FinancialYear) -> Element? {
        years.index(of: year).map { values[$0] }
    }

    /// The values for the years of `range`, which must lie within the series.
    ///
    /// - Throws: `.yearOutside` naming the first year of `range` the series lacks.
    public func values(over range: FinancialYearRange) throws(SeriesError) -> ArraySlice<Element> {
        guard let start = years.index(of: range.first) else { throw .yearOutside(range.first, years) }
        guard let end = years.index(of: range.last) else { throw .yearOutside(range.last, years) }
        return values[start...end]
    }

    /// The series with `transform` applied to each year's value.
    ///
    ///     try pay.map { money throws(ArithmeticError) in try money.multiplied(by: 3) }
    public func map<T>(_ transform: (Element) throws(ArithmeticError) -> T) throws(ArithmeticError) -> Series<T> {
        var mapped: [T] = []
        mapped.reserveCapacity(values.count)
        for value in values { mapped.append(try transform(value)) }
        return Series<T>(years: years, checkedValues: mapped)
    }

    /// Year-by-year `combine(left, right)` of two series over the same years.
    ///
    /// - Throws: `.periodMismatch` unless both cover exactly the same years; `.arithmetic` when
    ///   `combine` fails.
    public func combined<T>(
        with other: Series<Element>, _ combine: (Element, Element) throws(ArithmeticError) -> T
    ) throws(SeriesError) -> Series<T> {
        guard years == other.years else { throw .periodMismatch(left: years, right: other.years) }
        var combined: [T] = []
        combined.reserveCapacity(values.count)
        do {
            for (left, right) in zip(values, other.values) { combined.append(try combine(left, right)) }
        } catch {
            throw .arithmetic(error)
        }
        return Series<T>(years: years, checkedValues: combined)
    }

    /// A series whose count is already known to match its years.
    init(years: FinancialYearRange, checkedValues values: [Element]) {
        self.years = years
        self.values = values
    }
}

extension Series where Element == Money {
    /// The sum over all years.
    public func total() throws(ArithmeticError) -> Money {
        try Money.sum(values)
    }

    /// The mean over `range`, rounded to the penny under `rounding`.
    ///
    /// The mean is taken exactly and rounded once: years 2–4 of the pharmacists' costs,
    /// £184,377.20, £187,964.74 and £191,624.03, average £187,988.6566…, which is £187,988.66
    /// half up and shows as £187,989.
    ///
    /// - Throws: `.yearOutside` when `range` leaves the series; `.arithmetic` on overflow.
    public func average(over range: FinancialYearRange, rounding: RoundingRule) throws(SeriesError) -> Money {
        let slice = try values(over: range)
        do {
            let mean = try Money.sum(slice).exactPounds.divided(by: Exact(Int64(slice.count)))
            return try Money(exactPounds: mean, rounding: rounding)
        } catch {
            throw .arithmetic(error)
        }
    }

    /// Year-by-year sum with a series over the same years.
    public func adding(_ other: Series<Money>) throws(SeriesError) -> Series<Money> {
        try combined(with: other) { a, b throws(ArithmeticError) in try a.adding(b) }
    }

    /// Year-by-year difference from a series over the same years.
    public func subtracting(_ other: Series<Money>) throws(SeriesError) -> Series<Money> {
        try combined(with: other) { a, b throws(ArithmeticError) in try a.subtracting(b) }
    }
}

extension Series where Element == Exact {
    /// The exact sum over all years.
    public func total() throws(ArithmeticError) -> Exact {
        var sum = Exact.zero
        for value in values { sum = try sum.adding(value) }
        return sum
    }

    /// The exact mean over `range`.
    ///
    /// - Throws: `.yearOutside` when `range` leaves the series; `.arithmetic` on overflow.
    public func average(over range: FinancialYearRange) throws(SeriesError) -> Exact {
        let slice = try values(over: range)
        do {
            var sum = Exact.zero
            for value in slice { sum = try sum.adding(value) }
            return try sum.divided(by: Exact(Int64(slice.count)))
        } catch {
            throw .arithmetic(error)
        }
    }
}

/// Why two series could not be combined, or a series made or read.
public enum SeriesError: Error, Equatable, Sendable {
    /// The number of values differs from the number of years.
    case countMismatch(expected: Int, actual: Int)
    /// Two series cover different years.
    case periodMismatch(left: FinancialYearRange, right: FinancialYearRange)
    /// Combining values failed.
    case arithmetic(ArithmeticError)
    /// A year asked for lies outside the series.
    case yearOutside(FinancialYear, FinancialYearRange)

    /// A lower-case description without a closing full stop.
    public var message: String {
        switch self {
        case .countMismatch(let expected, let actual): "expected \(expected) values, one per year, but found \(actual)"
        case .periodMismatch(let left, let right): "the years do not match: \(left) against \(right)"
        case .arithmetic(let error): error.message
        case .yearOutside(let year, let range): "\(year) lies outside \(range)"
        }
    }
}

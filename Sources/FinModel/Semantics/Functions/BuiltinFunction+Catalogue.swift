/// Every built-in function, in the order help lists them.
extension BuiltinFunction {
    static let compoundingPolicies = ["each_year", "once"]
    /// How `phase` spreads a year: `profile:` is the third way, with its weights.
    static let phasings = ["flat", "days"]

    static let all: [BuiltinFunction] = [
        BuiltinFunction(name: .sum, parameters: [.value("value")], isVariadic: true, usage: "sum(a, b, c)",
                        result: "the sum, per year and member; every value in one unit", rounding: nil),
        BuiltinFunction(name: .min, parameters: [.value("value")], isVariadic: true, usage: "min(a, b, c)",
                        result: "the smallest, per year and member; every value in one unit; of one value, the smallest over its list's members (or its years), of those a `where` keeps", rounding: nil),
        BuiltinFunction(name: .max, parameters: [.value("value")], isVariadic: true, usage: "max(a, b, c)",
                        result: "the largest, per year and member; every value in one unit; of one value, the largest over its list's members (or its years), of those a `where` keeps", rounding: nil),
        BuiltinFunction(name: .abs, parameters: [.value("value")], isVariadic: false, usage: "abs(value)",
                        result: "the magnitude, in the value's unit", rounding: nil),
        BuiltinFunction(name: .round, parameters: [.value("value"), .word("rule", RoundingRule.scenarioNames), .value("step")],
                        isVariadic: false, usage: "round(cost, half_up, £1)",
                        result: "the value to a whole multiple of step by rule; step in the value's unit",
                        rounding: { "round \($0["rule"] ?? "?") to \($0["step"] ?? "?")" }),
        BuiltinFunction(name: .total, parameters: [.value("value"), .axis("over")], isVariadic: false,
                        usage: "total(cost, over: practices)",
                        result: "the sum over years, a range of years or a list's members, in the value's unit; over the members a `where` keeps (none: 0)", rounding: nil),
        BuiltinFunction(name: .average, parameters: [.value("value"), .axis("over")], isVariadic: false,
                        usage: "average(cost, over: 2019/20 to 2021/22)",
                        result: "the exact mean over years, a range of years or a list's members; over the members a `where` keeps (none: an error)", rounding: nil),
        BuiltinFunction(name: .count, parameters: [.value("list")], isVariadic: false, usage: "count(practices where locality = \"Melton\")",
                        result: "how many members a list has, or how many a `where` keeps; a plain number", rounding: nil),
        BuiltinFunction(name: .share, parameters: [.value("value")], isVariadic: false, usage: "share(list_size where opted_in)",
                        result: "each member's part of the total over its list, in %; with `where`, of the members kept (the others 0%)", rounding: nil),
        BuiltinFunction(name: .cumulative, parameters: [.value("value")], isVariadic: false, usage: "cumulative(surplus)",
                        result: "the running total over years", rounding: nil),
        BuiltinFunction(name: .prev, parameters: [.value("value"), .value("first", required: false)], isVariadic: false,
                        usage: "prev(income, first: £0)",
                        result: "last year's figure; first is the figure before the first year; a line may read its own last year", rounding: nil),
        BuiltinFunction(name: .yearly, parameters: [.value("value")], isVariadic: false, usage: "yearly(£5,000)",
                        result: "one figure repeated in every year", rounding: nil),
        BuiltinFunction(name: .proRata, parameters: [.value("value"), .value("months", required: false), .value("days", required: false)],
                        isVariadic: false,
                        usage: "pro_rata(£12,000, months: 9)",
                        result: "value × months/12 (July to March is 9), or value × days over the days of each year (365 or 366)", rounding: nil),
        BuiltinFunction(name: .phase, parameters: [.value("value"), .word("by", phasings, required: false), .value("profile", required: false)],
                        isVariadic: false, usage: "phase(£120,000 per year, flat)",
                        result: "a yearly amount spread over its months to the penny (flat, by days, or by a profile of twelve weights summing to 1); quarters are sums of months",
                        rounding: { "phase \($0["by"] ?? "by profile") to whole pence (largest remainder, ties to the earlier month)" }),
        BuiltinFunction(name: .uplift,
                        parameters: [.value("base"), .value("by"), .value("from"), .word("policy", compoundingPolicies),
                                     .word("rule", RoundingRule.scenarioNames), .value("step")],
                        isVariadic: false,
                        usage: "uplift(£175,860, by: 2%, from: 2018/19, policy: each_year, rule: half_up, step: £0.01)",
                        result: "base in the year from, compounded by the rate each year after; nothing before it",
                        rounding: { "uplift by \($0["by"] ?? "?") a year from \($0["from"] ?? "?"), rounded \($0["policy"] ?? "?") \($0["rule"] ?? "?") to \($0["step"] ?? "?")" }),
        BuiltinFunction(name: .apportion, parameters: [.value("amount"), .value("by"), .value("step")], isVariadic: false,
                        usage: "apportion(£12,000, by: list_size, step: £0.01)",
                        result: "parts in whole steps over the weights' list that add up exactly to amount (largest remainder; a part of a step left over goes to the next in line)",
                        rounding: { "apportion by \($0["by"] ?? "?") to whole \($0["step"] ?? "?") (largest remainder)" }),
        BuiltinFunction(name: .forecast, parameters: forecastParameters, isVariadic: false,
                        usage: "forecast(staff, to: cutoff, run_rate: 3)",
                        result: "a line with actuals, by month: its actuals to the cut-off month, then the plan (the line itself), the mean of the last run_rate months of actuals (half_up to the penny), or the figures of with:",
                        rounding: forecastRule),
        BuiltinFunction(name: .yearToDate, parameters: [.value("value"), .value("to")], isVariadic: false,
                        usage: "year_to_date(staff, to: cutoff)",
                        result: "the sum of a line's actuals from April of the cut-off's financial year to the cut-off month",
                        rounding: { "actuals to \($0["to"] ?? "?")" }),
        BuiltinFunction(name: .outturn, parameters: forecastParameters, isVariadic: false,
                        usage: "outturn(staff, to: cutoff, run_rate: 3)",
                        result: "the forecast outturn: the forecast's sum over the months of the cut-off's financial year (actuals, then forecast)",
                        rounding: forecastRule),
        BuiltinFunction(name: .variance, parameters: forecastParameters, isVariadic: false,
                        usage: "variance(staff, to: cutoff, run_rate: 3)",
                        result: "outturn less plan over the cut-off's financial year: an overspend is positive, an underspend negative",
                        rounding: forecastRule),
        BuiltinFunction(name: .variancePercent, parameters: forecastParameters, isVariadic: false,
                        usage: "variance_percent(staff, to: cutoff) in %",
                        result: "the variance as a share of the year's plan, a plain number to show in %; an overspend is positive",
                        rounding: forecastRule),
    ]

    /// The arguments of the forecast functions: the line with actuals, the cut-off, and the rule
    /// after it (the plan when neither `run_rate:` nor `with:` is given).
    static let forecastParameters: [Parameter] = [.value("value"), .value("to"), .value("run_rate", required: false), .value("with", required: false)]

    /// How `explain` states a forecast: which months are actual, and the rule after them.
    static let forecastRule: @Sendable ([String: String]) -> String = { arguments in
        let rule = if let months = arguments["run_rate"] { "the run rate of the last \(months) months of actuals, rounded half_up to £0.01" }
            else if let with = arguments["with"] { with } else { "the plan" }
        return "actuals to \(arguments["to"] ?? "?"), then \(rule)"
    }

    /// The functions by the first byte of their name: at most four share one, so a look-up
    /// compares a few short names rather than hash the name, as a dictionary would, for every
    /// call of every line (the dependency walk, the checker and the evaluator each look it up).
    private static let byFirstByte: [[BuiltinFunction]] = {
        var buckets = [[BuiltinFunction]](repeating: [], count: 128)
        for function in all { buckets[Int(function.spelling.utf8.first!)].append(function) }
        return buckets
    }()

    static func named(_ name: String) -> BuiltinFunction? {
        guard let first = name.utf8.first, first < 128 else { return nil }
        let length = name.utf8.count
        for function in byFirstByte[Int(first)] where function.spelling.utf8.count == length && function.spelling == name {
            return function
        }
        return nil
    }

    static var names: [String] { all.map(\.spelling) }

    /// Words that only ever stand for an option (a rule, a policy, an axis), never a value.
    static let optionWords: Set<String> = Set(RoundingRule.scenarioNames + compoundingPolicies + phasings + ["years"])
}

"""The built-in functions, as docs/language.md's table and its Uplift and Apportionment sections
describe them.

Cell-by-cell functions (`sum`, `min`, `max`, `abs`, `round`, `pro_rata`, `yearly`) keep a
failure to its cell; functions over years or members (`total`, `average`, `cumulative`, `prev`,
`uplift`, `apportion`) fail as a whole when any cell they read fails.
"""
from fractions import Fraction

from lexer import ReferenceError_, Unsupported
from units import PLAIN, describe, require_same
from values import ALIASES, RULES, Failure, Value, cellwise, held, round_to_step, whole

PARAMETERS = {
    "sum": None, "min": None, "max": None, "abs": ["value"], "round": ["value", "rule", "step"],
    "total": ["value", "over"], "average": ["value", "over"], "cumulative": ["value"],
    "prev": ["value", "first"], "yearly": ["value"], "pro_rata": ["value", "months", "days"],
    "uplift": ["base", "by", "from", "policy", "rule", "step"], "apportion": ["amount", "by", "step"],
    "count": ["list"], "share": ["value"], "phase": ["value", "by", "profile"],
    # docs/language.md, "Actuals and forecast" (actuals.py).
    "forecast": ["value", "to", "run_rate", "with"], "year_to_date": ["value", "to"],
    "outturn": ["value", "to", "run_rate", "with"], "variance": ["value", "to", "run_rate", "with"],
    "variance_percent": ["value", "to", "run_rate", "with"],
}
FORECASTS = ("forecast", "year_to_date", "outturn", "variance", "variance_percent")
OPTIONAL = {"over", "first", "months", "days", "by", "profile", "run_rate", "with"}
WORDS = {"rule", "policy", "over", "from"}  # arguments read as words, not evaluated


def bind(name, positional, named):
    parameters = PARAMETERS[name]
    if parameters is None:
        if named or not positional:
            raise ReferenceError_("call", f"{name}(...) takes values only")
        return {"values": positional}
    if len(positional) > len(parameters):
        raise ReferenceError_("call", f"{name}(...) takes {len(parameters)} arguments")
    bound = dict(zip(parameters, positional))
    for key, e in named.items():
        if key not in parameters or key in bound:
            raise ReferenceError_("call", f"{name}(...) has no parameter '{key}' or it is given twice")
        bound[key] = e
    for p in parameters:
        if p not in bound and p not in OPTIONAL:
            raise ReferenceError_("call", f"{name}(...) needs '{p}'")
    return bound


def word(e, allowed, what):
    if e[0] != "name" or e[1] not in allowed:
        raise ReferenceError_("word", f"unknown {what} '{e[1] if e[0] == 'name' else e[0]}'")
    return e[1]


def scalar_step(context, e, unit):
    step = context.number(context.evaluate(e), "a step")
    require_same(step.unit, unit, "the step is in another unit than the value")
    if step.years or step.list:
        raise Unsupported("a step that varies")
    return step.cell(None, None)


def call(context, name, positional, named):
    if name not in PARAMETERS:
        raise ReferenceError_("name", f"unknown function '{name}'")
    a = bind(name, positional, named)
    if name in FORECASTS:
        if context.period != "month" or context.scenario.actuals is None:
            raise Unsupported("a forecast without actuals, or outside a model of months")
        from actuals import forecast_call
        return forecast_call(context, name, a)
    ev = context.evaluate
    from aggregates import aggregate
    done = aggregate(context, name, a)
    if done is not None:
        return done
    if name in ("sum", "min", "max"):
        values = [context.number(ev(e), name) for e in a["values"]]
        for v in values:
            require_same(v.unit, values[0].unit, f"{name}(...) needs one unit")
        fold = {"sum": lambda *xs: sum(xs, Fraction(0)), "min": lambda *xs: min(xs), "max": lambda *xs: max(xs)}[name]
        return cellwise(context, values, "num", values[0].unit, fold)
    if name == "abs":
        v = context.number(ev(a["value"]), name)
        return cellwise(context, [v], "num", v.unit, abs, v.display)
    if name == "round":
        v = context.number(ev(a["value"]), name)
        rule = word(a["rule"], RULES + tuple(ALIASES), "rounding rule")
        step = scalar_step(context, a["step"], v.unit)
        return cellwise(context, [v], "num", v.unit, lambda x: round_to_step(x, rule, step), v.display)
    if name == "phase":
        from phasing import phase
        return phase(context, a)
    if name in ("pro_rata", "yearly") and context.period:
        if name == "yearly":
            raise Unsupported("yearly(...) in a model of months or quarters")
        # "Months and quarters": pro_rata is for yearly models only, on purpose.
        raise ReferenceError_("call", "pro_rata(...) is for a model of years")
    if name == "pro_rata":
        v = context.number(ev(a["value"]), name)
        if ("months" in a) == ("days" in a):
            raise ReferenceError_("call", "pro_rata(...) takes months or days")
        count = a.get("months", a.get("days"))
        if count[0] == "lit" and len(count) > 4:
            raise ReferenceError_("unit", "months and days are plain numbers, not a part of a year such as '9 months'")
        if "days" in a:
            return pro_rata_days(context, v, context.number(ev(a["days"]), "days"))
        months = context.number(ev(a["months"]), "months")
        require_same(months.unit, PLAIN, "months are a plain number")
        return cellwise(context, [v, months], "num", v.unit,
                        lambda x, m: Failure("months") if not 0 <= m <= 12 else x * m / 12, v.display)
    if name == "yearly":
        v = ev(a["value"])
        if v.years:
            raise ReferenceError_("shape", "yearly(...) repeats one figure, but this has a value for each year")
        cells = {(m, y): c for (m, _), c in v.cells.items() for y in context.years}
        return Value(v.kind, v.unit, True, v.list, cells, v.display)
    if name in ("total", "average"):
        return over_axis(context, name, context.number(ev(a["value"]), name), a.get("over"))
    if name == "cumulative":
        v = years_only(context.number(ev(a["value"]), name), name)
        cells = {}
        for m in members_of(v):
            running = Fraction(0)
            for y in context.years:
                c = v.cells[(m, y)]
                running = c if isinstance(c, Failure) or isinstance(running, Failure) else running + c
                cells[(m, y)] = running
        return Value("num", v.unit, True, v.list, whole(v, cells), v.display)
    if name == "prev":
        return previous(context, years_only(ev(a["value"]), name), a.get("first"))
    if name == "uplift":
        if context.period:
            from phasing import uplift_by_period
            return uplift_by_period(context, a)
        return uplift(context, a)
    from apportion import apportion
    return apportion(context, a)


def members_of(v):
    """The members of a value's list in the list's order (or [None])."""
    return list(dict.fromkeys(m for m, _ in v.cells))


def years_only(v, name):
    """The manual defines cumulative and prev over years only: one figure has none."""
    if not v.years:
        raise ReferenceError_("shape", f"{name}(...) needs a value for each year, but this is one figure")
    return v


def previous(context, v, first_expression):
    if first_expression is None:
        raise ReferenceError_("prev", f"prev(...) has no value for {context.years[0]}, the first year")
    first = context.evaluate(first_expression)
    if first.kind != v.kind:
        raise ReferenceError_("unit", "prev's first value is of another kind")
    require_same(first.unit, v.unit, "prev's first value is in another unit")
    if first.years or (first.list and first.list != v.list):
        raise Unsupported("a first value that varies")
    failed = v.failure() or first.failure()
    cells = {}
    for m in members_of(v):
        for i, y in enumerate(context.years):
            cells[(m, y)] = failed or (v.cells[(m, context.years[i - 1])] if i else first.cell(m, None))
    return Value(v.kind, v.unit, True, v.list, cells, v.display)


def over_axis(context, name, v, over):
    """total(...) or average(...): the sum (or mean) over years, a range of years, or members."""
    if over is None:
        if v.years and v.list:
            raise ReferenceError_("over", f"{name}(...) of a value for each member in each year needs 'over:'")
        if not v.years and not v.list:
            raise ReferenceError_("shape", f"{name}(...) of one figure: there is nothing to add up")
        axis = "years" if v.years else "list"
        span = context.years
    elif over[0] == "range" and context.period:
        # "Months and quarters": `total(x, over: 2019/20 to 2019/20)` adds the months of a year.
        first, last = over[1], over[2]
        if first not in context.fys or last not in context.fys or last < first:
            raise ReferenceError_("year", "the range is not within the model's financial years")
        axis, span = "years", [p for p in context.years if first <= p.fy <= last]
    elif over[0] == "range":
        first, last = over[1], over[2]
        if first not in context.years or last not in context.years or last < first:
            raise ReferenceError_("year", "the range is not within the scenario's years")
        axis, span = "years", list(range(first, last + 1))
    elif over[0] == "name" and over[1] in context.lists:
        axis, span = "list", None
        if v.list != over[1]:
            raise ReferenceError_("over", f"the value is not by '{over[1]}'")
    else:
        raise Unsupported("over: something else than a list or a range of years")
    if axis == "years" and not v.years:
        raise ReferenceError_("over", "the value does not vary by year")
    cells = {}
    if axis == "years":
        for m in members_of(v):
            parts = [v.cells[(m, y)] for y in span]
            cells[(m, None)] = parts
        shape_years, shape_list = False, v.list
    else:
        for y in dict.fromkeys(y for _, y in v.cells):
            cells[(None, y)] = [v.cells[(m, y)] for m in context.members(v.list)]
        shape_years, shape_list = v.years, None
    result = {}
    for key, parts in cells.items():
        if any(isinstance(p, Failure) for p in parts):
            result[key] = next(p for p in parts if isinstance(p, Failure))
            continue
        s = sum(parts, Fraction(0))
        result[key] = s / len(parts) if name == "average" else s
    return Value("num", v.unit, shape_years, shape_list, whole(v, result), v.display)


def uplift_arguments(context, a):
    """docs/language.md, "Uplift": the base and the rate (a percentage), each one figure for the
    whole model, and the financial year `from`."""
    base = context.number(context.evaluate(a["base"]), "uplift's base")
    rate = context.number(context.evaluate(a["by"]), "uplift's rate")
    if rate.unit != PLAIN:
        raise ReferenceError_("unit", f"the uplift rate must be a percentage, but this is in '{describe(rate.unit)}'")
    if base.years or base.list or rate.list:
        raise Unsupported("an uplift of a base or by a rate that varies")
    start = a["from"]
    if start[0] != "yearlit":
        raise ReferenceError_("word", "uplift's 'from' is a financial year")
    return base, rate, start[1]


def uplift_rules(context, a, base, rate):
    """docs/language.md, "Uplift": the policy, the rounding rule and the step, the base's one
    figure, and the failure the uplift's figures all take when the base, the rate or the step
    fails (a step of zero or less)."""
    policy = word(a["policy"], ("each_year", "once"), "policy")
    rule = word(a["rule"], RULES + tuple(ALIASES), "rounding rule")
    step = scalar_step(context, a["step"], base.unit)
    b = base.cell(None, None)
    failed = b if isinstance(b, Failure) else rate.failure() or (Failure("step") if step <= 0 else None)
    return policy, rule, step, b, failed


def uplift(context, a):
    base, rate, first = uplift_arguments(context, a)
    if rate.years:
        return uplift_by_year(context, a, base, rate, first)
    policy = word(a["policy"], ("each_year", "once"), "policy")
    rule = word(a["rule"], RULES + tuple(ALIASES), "rounding rule")
    step = scalar_step(context, a["step"], base.unit)
    b, r = base.cell(None, None), rate.cell(None, None)
    cells = {}
    if isinstance(b, Failure) or isinstance(r, Failure) or step <= 0:
        failed = b if isinstance(b, Failure) else r if isinstance(r, Failure) else Failure("step")
        return Value("num", base.unit, True, None, {(None, y): failed for y in context.years}, base.display)
    if policy == "once":  # each year from the base, compounded exactly and rounded once
        for y in context.years:
            if y >= first:
                cells[(None, y)] = round_to_step(b * (1 + r) ** (y - first), rule, step)
    else:  # each year's figure rounded before the next year's uplift, from the base year on
        figure = round_to_step(b, rule, step)
        for y in range(first, context.years[-1] + 1):
            if y > first:
                figure = round_to_step(figure * (1 + r), rule, step)
            if y in context.years:
                cells[(None, y)] = figure
    for y in context.years:
        cells.setdefault((None, y), Fraction(0))  # the manual says "nothing before it"; see the findings
    return Value("num", base.unit, True, None, {k: held(c) for k, c in cells.items()}, base.display)


def uplift_by_year(context, a, base, rate, first):
    """The manual: with a rate for each year, each year after the base year is the year before
    uplifted by that year's rate; `each_year` rounds every year's figure before the next year's
    rate, `once` keeps the product exact and rounds each year once. The base year must be one of
    the scenario's years."""
    if first not in context.years:
        raise ReferenceError_("year", "an uplift by a rate for each year starts in one of the scenario's years")
    policy, rule, step, b, failed = uplift_rules(context, a, base, rate)
    if failed:
        return Value("num", base.unit, True, None, {(None, y): failed for y in context.years}, base.display)
    cells, exact, rounded = {}, b, round_to_step(b, rule, step)
    for y in context.years:
        if y == first:
            cells[(None, y)] = rounded
        elif y > first:
            growth = 1 + rate.cell(None, y)
            exact, rounded = exact * growth, round_to_step(rounded * growth, rule, step)
            cells[(None, y)] = round_to_step(exact, rule, step) if policy == "once" else rounded
        else:
            cells[(None, y)] = Fraction(0)
    return Value("num", base.unit, True, None, {k: held(c) for k, c in cells.items()}, base.display)


def pro_rata_days(context, v, days):
    """The manual: value × days over the days of each financial year, 366 when it holds
    29 February; days a plain number from 0 to the year's days; a figure for each year."""
    require_same(days.unit, PLAIN, "days are a plain number")
    if days.years or days.list:
        raise ReferenceError_("shape", "the days are one figure")
    d = days.cell(None, None)
    keys = [(m, y) for m in (context.members(v.list) if v.list else [None]) for y in context.years]

    def in_year(y):
        end = y + 1
        return 366 if end % 4 == 0 and (end % 100 != 0 or end % 400 == 0) else 365
    if isinstance(d, Failure) or any(not 0 <= d <= in_year(y) for y in context.years):
        return Value("num", v.unit, True, v.list, {k: Failure("days") for k in keys}, v.display)
    cells = {}
    for m, y in keys:
        x = v.cell(m, y)
        cells[(m, y)] = x if isinstance(x, Failure) else Fraction(x) * d / in_year(y)
    return Value("num", v.unit, True, v.list, {k: held(c) for k, c in cells.items()}, v.display)

"""Yearly amounts in a model of months or quarters: `phase` and `uplift`, from docs/language.md
("Months and quarters", "Uplift").

An amount per year stays yearly (`£ per year`) until it is phased: `phase(x, flat)`, `days` or
`profile: …` spreads each financial year's amount over its twelve months in whole pence, and a
quarter is the sum of its three months. An uplift gives each period its financial year's figure,
worked out exactly as in a model of those years.
"""
from fractions import Fraction

from functions import uplift_arguments, uplift_rules, word
from lexer import ReferenceError_, Unsupported
from parser import YEAR
from periods import PENNY, days_in_month, spread, year_months
from units import MONEY, PLAIN, describe, divide, require_same
from values import Failure, Value, held, round_to_step

YEARLY_MONEY = divide(MONEY, YEAR)


def phase(context, a):
    """docs/language.md: `phase(amount per year, flat | days | profile: …)`."""
    if not context.period:
        # The manual's phase spreads "a yearly amount over the twelve months": a model of years has none.
        raise ReferenceError_("call", "phase(...) spreads a yearly amount over months, in a model of months or quarters")
    v = context.number(context.evaluate(a["value"]), "phase")
    if v.unit != YEARLY_MONEY:
        raise ReferenceError_("unit", f"phase(...) spreads an amount per year, not '{describe(v.unit)}'")
    if v.list:
        raise Unsupported("phase(...) of a value for each member")
    weights_of = _weights(context, a)
    failed = v.failure()
    if failed:
        return Value("num", MONEY, True, None, {(None, p): failed for p in context.years})
    by_year = {}
    for p in context.years:
        amount = v.cell(None, p)
        if by_year.setdefault(p.fy, amount) != amount:
            raise Unsupported("a yearly amount that changes inside a financial year, phased")
    cells = {}
    for fy, amount in by_year.items():
        if amount < 0 or (amount / PENNY).denominator != 1:
            raise Unsupported("phasing a negative amount, or one not in whole pence")
        months = dict(zip(year_months(fy), spread(amount, weights_of(fy)).values()))
        for p in context.years:
            if p.fy == fy:
                cells[(None, p)] = held(sum((months[m] for m in p.months), Fraction(0)))
    return Value("num", MONEY, True, None, cells)


def _weights(context, a):
    """The twelve weights, April first, of a financial year: equal, its months' days, or a profile
    adding up to exactly 100%."""
    if "profile" in a:
        if "by" in a:
            raise ReferenceError_("call", "phase(...) takes a way to spread or a profile, not both")
        e = a["profile"]
        if e[0] != "row" or len(e[1]) != 12:
            raise ReferenceError_("phase", "a profile has twelve weights, April first")
        weights = []
        for item in e[1]:
            w = context.number(context.evaluate(item), "a profile's weight")
            require_same(w.unit, PLAIN, "a profile's weights are percentages")
            if w.years or w.list or isinstance(w.cell(None, None), Failure):
                raise Unsupported("a profile's weight that varies")
            weights.append(w.cell(None, None))
        if any(w < 0 for w in weights):
            raise Unsupported("a profile with a negative weight")
        if sum(weights, Fraction(0)) != 1:
            raise ReferenceError_("phase", "a profile's weights add up to exactly 100%")
        return lambda fy: weights
    if "by" not in a:
        raise ReferenceError_("call", "phase(...) needs flat, days or a profile")
    how = word(a["by"], ("flat", "days"), "way to phase")
    if how == "flat":
        return lambda fy: [Fraction(1)] * 12
    return lambda fy: [Fraction(days_in_month(y, m)) for y, m in year_months(fy)]


def uplift_by_period(context, a):
    """docs/language.md, "Months and quarters": an uplift by one rate, or by a rate for each year,
    gives each period its financial year's figure, in the base's unit; a rate for each year must be
    the same in every period of each year after the base year."""
    base, rate, first = uplift_arguments(context, a)
    policy, rule, step, b, failed = uplift_rules(context, a, base, rate)
    if failed:
        return Value("num", base.unit, True, None, {(None, p): failed for p in context.years}, base.display)
    rates = _rates(context, rate, first)
    figures, exact, rounded = {}, b, round_to_step(b, rule, step)
    for y in range(first, context.fys[-1] + 1):
        if y > first:
            growth = 1 + rates(y)
            exact, rounded = exact * growth, round_to_step(rounded * growth, rule, step)
        figures[y] = round_to_step(exact, rule, step) if policy == "once" else rounded
    cells = {(None, p): held(figures.get(p.fy, Fraction(0))) for p in context.years}
    return Value("num", base.unit, True, None, cells, base.display)


def _rates(context, rate, first):
    """Each financial year's rate after the base year."""
    if not rate.years:
        r = rate.cell(None, None)
        return lambda y: r
    if first not in context.fys:
        raise ReferenceError_("year", "an uplift by a rate for each year starts in one of the model's years")
    by_year = {}
    for p in context.years:
        if p.fy > first and by_year.setdefault(p.fy, rate.cell(None, p)) != rate.cell(None, p):
            raise ReferenceError_("uplift", f"the rate changes inside {p.fy}")
    return lambda y: by_year[y]

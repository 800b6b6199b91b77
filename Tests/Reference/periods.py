"""Months and quarters, from docs/language.md ("Months and quarters", "Time").

A model counts in years, months or quarters. In a model of months or quarters each line holds a
figure for each period; a period is a `Period`, an int that orders periods (so a model's periods
serve as its cell keys exactly as start years do in a model of years) and that knows its label
and its financial year. A quarter is three months; Q1 is April to June.
"""
from fractions import Fraction

from lexer import ReferenceError_


class Period(int):
    """A month (`2019-07`) or a quarter (`2019/20 Q2`) of a model: an ordinal with a label."""

    def __new__(cls, ordinal, kind):
        self = super().__new__(cls, ordinal)
        self.kind = kind
        if kind == "month":
            year, month = divmod(ordinal, 12)
            self.months = [(year, month + 1)]
            self.label = f"{year:04d}-{month + 1:02d}"
            self.fy = year if month + 1 >= 4 else year - 1
        else:
            fy, q = divmod(ordinal, 4)
            first = 4 + 3 * q
            self.months = [(fy + (m - 1) // 12, (m - 1) % 12 + 1) for m in range(first, first + 3)]
            self.label = f"{fy}/{(fy + 1) % 100:02d} Q{q + 1}"
            self.fy = fy
        return self

    def __repr__(self):
        return self.label


def month_ordinal(year, month):
    """`2019-07` as an ordinal of months."""
    if not 1 <= month <= 12:
        raise ReferenceError_("syntax", f"'{year:04d}-{month:02d}' is not a month")
    return year * 12 + month - 1


def months_between(first, last):
    """The periods of `months FIRST to LAST`, both ends included."""
    if last < first:
        raise ReferenceError_("years", "the months run backwards")
    return [Period(k, "month") for k in range(first, last + 1)]


def quarters_between(first, last):
    """The periods of `quarters 2019/20 Q3 to 2020/21 Q2`: each (financial year, quarter number)."""
    a, b = first[0] * 4 + first[1] - 1, last[0] * 4 + last[1] - 1
    if b < a:
        raise ReferenceError_("years", "the quarters run backwards")
    return [Period(k, "quarter") for k in range(a, b + 1)]


def financial_years(periods):
    """The financial years the periods fall in, in order; a part year counts as one."""
    return list(dict.fromkeys(p.fy for p in periods))


def period_of_month(periods, ordinal, end):
    """The period a window starts (`end` False) or stops (`end` True) at, from a month's ordinal.

    docs/language.md: a month outside the model's is an error; in a model of quarters a line
    starts at the first month of a quarter and stops at the last, and any other month is an error.
    """
    year, month = divmod(ordinal, 12)
    for p in periods:
        if (year, month + 1) in p.months:
            if p.kind == "quarter" and (year, month + 1) != p.months[-1 if end else 0]:
                raise ReferenceError_("window", f"{p.label} holds part of a quarter: start at its first month, stop at its last")
            return p
    raise ReferenceError_("window", f"the month {year:04d}-{month + 1:02d} is outside the model's")


def days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def year_months(fy):
    """The twelve (calendar year, month) of a financial year, April first."""
    return [(fy + (m - 1) // 12, (m - 1) % 12 + 1) for m in range(4, 16)]


PENNY = Fraction(1, 100)


def spread(amount, weights):
    """docs/language.md, "Months and quarters": a yearly amount over twelve months in whole pence,
    adding back to the amount exactly: each month its exact share rounded down to the penny, and
    the pennies left over to the months whose exact shares lost most in rounding, ties to the
    larger weight and then to the earlier month."""
    whole = sum(weights, Fraction(0))
    exact = [amount * w / whole for w in weights]
    floors = [(x / PENNY).__floor__() * PENNY for x in exact]
    left = int((amount - sum(floors, Fraction(0))) / PENNY)
    order = sorted(range(12), key=lambda i: (-(exact[i] - floors[i]), -weights[i], i))
    for i in order[:left]:
        floors[i] += PENNY
    return dict(zip(range(12), floors))


def quarter_of(p):
    """(financial year, quarter number) of a month or quarter."""
    return p.fy, (p.months[0][1] - 4) % 12 // 3 + 1


def list_slots(periods, period, by):
    """docs/language.md, "Attributes by year", "Attributes by month and by quarter": the figures a
    member gives of an attribute `by year`, `by month` or `by quarter`, in order, and which of them
    holds in each of the model's periods (a year's figure in each of its months or quarters)."""
    if period is None:
        return list(periods), (lambda p: p)
    if by == "year":
        return financial_years(periods), (lambda p: p.fy)
    if by == period:
        return list(periods), (lambda p: p)
    return list(dict.fromkeys(quarter_of(p) for p in periods)), quarter_of

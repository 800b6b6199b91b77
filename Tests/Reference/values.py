"""Figures of the reference evaluator: exact cells by year and list member, and rounding rules.

A value has a kind (a number, a yes/no condition, a financial year), a unit, and cells keyed
by (member, year): `None` stands for an axis the value does not vary along. A cell holds a
`Fraction`, a `bool`, an `int` start year, or a `Failure` (division by zero, a figure too large):
failures stay in their cell, so `if` can guard them (docs/language.md, Expressions).
"""
from fractions import Fraction
import math

from lexer import ReferenceError_

# docs/language.md: "figures too large to hold exactly (beyond about 10^38 of the smallest unit)".
# docs/robustness.md: every figure is an exact fraction of two 128-bit integers, read here as
# signed: a numerator from -2^127 to 2^127 - 1 over a denominator from 1 to 2^127 - 1, in lowest
# terms. A figure outside cannot be held; the tool must fail on it.
LOWEST, HIGHEST = -(2 ** 127), 2 ** 127 - 1


class Failure:
    """A cell that cannot be computed: the tool must exit 2 if a line's chosen cell holds one."""
    __slots__ = ("kind",)

    def __init__(self, kind):
        self.kind = kind

    def __repr__(self):
        return f"<{self.kind}>"


class Tracker:
    """The widest figure computed, to tell a certain overflow from one an implementation may hit."""
    widest = 0


def bits(x):
    return max(abs(x.numerator).bit_length(), x.denominator.bit_length())


def held(x):
    """`x` if the tool can hold it, else a failure."""
    if isinstance(x, Fraction):
        Tracker.widest = max(Tracker.widest, bits(x))
        if not LOWEST <= x.numerator <= HIGHEST or x.denominator > HIGHEST:
            return Failure("overflow")
    return x


class Value:
    __slots__ = ("kind", "unit", "display", "years", "list", "cells")

    def __init__(self, kind, unit, years, list_name, cells, display=None):
        self.kind, self.unit, self.years, self.list, self.cells = kind, unit, years, list_name, cells
        self.display = display

    def shape(self):
        return (self.years, self.list)

    def failure(self):
        """The first failed cell, if any."""
        for cell in self.cells.values():
            if isinstance(cell, Failure):
                return cell
        return None

    def cell(self, member, year):
        return self.cells[(member if self.list else None, year if self.years else None)]


def axes(context, years, list_name):
    """Every (member, year) key of a value of this shape."""
    members = context.members(list_name) if list_name else [None]
    year_keys = context.years if years else [None]
    return [(m, y) for m in members for y in year_keys]


def joined_shape(values):
    years = any(v.years for v in values)
    lists = {v.list for v in values if v.list}
    if len(lists) > 1:
        a, b = sorted(lists)[:2]
        raise ReferenceError_("shape", f"cannot combine a value for each of the {a} with one for each of the {b}")
    return years, (lists.pop() if lists else None)


def cellwise(context, values, kind, unit, function, display=None):
    """A value of the joined shape whose cells are `function` of the arguments' cells.

    A failed argument cell fails the result cell; `function` sees only computed cells.
    """
    years, list_name = joined_shape(values)
    cells = {}
    for key in axes(context, years, list_name):
        args = [v.cell(*key) for v in values]
        failed = next((a for a in args if isinstance(a, Failure)), None)
        cells[key] = failed if failed else held(function(*args))
    return Value(kind, unit, years, list_name, cells, display)


def whole(value, cells):
    """The cells of a function over years or members: all fail when any argument cell fails."""
    failed = value.failure()
    if failed:
        return {key: failed for key in cells}
    return {key: held(c) for key, c in cells.items()}


# Rounding -----------------------------------------------------------------------------------

def round_to_integer(x, rule):
    """x rounded to a whole number by a rule of the manual's table (Rounding rules)."""
    rule = ALIASES.get(rule, rule)
    floor = math.floor(x)
    if rule == "down":
        return floor
    if rule == "up":
        return math.ceil(x)
    if rule == "toward_zero":
        return floor if x >= 0 else math.ceil(x)
    fraction = x - floor
    if fraction != Fraction(1, 2):
        return floor if fraction < Fraction(1, 2) else floor + 1
    if rule == "half_up":
        return floor + 1 if x > 0 else floor
    if rule == "half_even":
        return floor if floor % 2 == 0 else floor + 1
    raise ReferenceError_("rule", f"unknown rounding rule '{rule}'")


RULES = ("half_up", "half_even", "toward_zero", "down", "up")
# Accepted by the tool but not in the manual's table of rules (a docs finding).
ALIASES = {"floor": "down", "ceiling": "up"}


def round_to_step(x, rule, step):
    if step <= 0:
        return Failure("step")
    return round_to_integer(Fraction(x) / step, rule) * step


def decimal_text(x, places, rule="half_up"):
    """x as a plain decimal with `places` decimals."""
    scaled = round_to_integer(Fraction(x) * 10 ** places, rule)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(places + 1, "0")
    return sign + (digits[:-places] + "." + digits[-places:] if places else digits)

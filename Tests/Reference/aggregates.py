"""The aggregates over a list's members, as docs/language.md's Aggregates section describes them:
`total` and `average` with `where`, `min` and `max` of one value, `count` and `share`.

A filter keeps the members its condition holds for (for each year, when it is by year). A
total of none is 0; an average, a smallest or a largest of none fails, as does a share of a
total of zero. Like every function over members, a failure anywhere fails the whole call.
"""
from fractions import Fraction

from lexer import ReferenceError_
from units import PLAIN
from values import Failure, Value


def kept(context, e, name):
    """(value, condition or None): `value where condition`, the value by a list."""
    if e[0] == "where":
        v = context.number(context.evaluate(e[1]), name)
        c = context.condition(context.evaluate(e[2]))
    else:
        v, c = context.number(context.evaluate(e), name), None
    if not v.list:
        raise ReferenceError_("shape", f"{name}(...) over members needs a value by list")
    if c is not None and c.list and c.list != v.list:
        raise ReferenceError_("shape", "the condition is by another list than the value")
    return v, c


def groups(context, v, c):
    """For each year key (None without years): the members' figures that the filter keeps."""
    years = v.years or (c is not None and c.years)
    failed = v.failure() or (c.failure() if c is not None else None)
    out = {}
    for y in (context.years if years else [None]):
        out[y] = [] if failed else [v.cell(m, y) for m in context.members(v.list) if c is None or c.cell(m, y)]
    return out, bool(years), failed


def aggregate(context, name, a):
    """The value of an aggregate call, or None when the call is not one (a plain total, a min of several)."""
    if name in ("total", "average") and a["value"][0] == "where":
        over = a.get("over")
        v, c = kept(context, a["value"], name)
        if over is not None and not (over[0] == "name" and over[1] == v.list):
            raise ReferenceError_("over", f"with 'where', {name}(...) is over the list")
        parts, years, failed = groups(context, v, c)
        cells = {}
        for y, figures in parts.items():
            if name == "average":
                cells[(None, y)] = Failure("empty") if not figures else sum(figures, Fraction(0)) / len(figures)
            else:
                cells[(None, y)] = sum(figures, Fraction(0))
        return whole(Value("num", v.unit, years, None, cells, v.display), failed)
    if name in ("min", "max") and len(a["values"]) == 1:
        e = a["values"][0]
        pick = min if name == "min" else max
        if e[0] != "where":
            v = context.number(context.evaluate(e), name)
            if not v.list:
                if not v.years:
                    raise ReferenceError_("shape", f"{name}(...) of one figure")
                failed = v.failure()
                cells = {(None, None): pick(v.cell(None, y) for y in context.years)} if not failed else {(None, None): failed}
                return Value("num", v.unit, False, None, cells, v.display)
        v, c = kept(context, e, name)
        parts, years, failed = groups(context, v, c)
        cells = {(None, y): (pick(f) if f else Failure("empty")) for y, f in parts.items()}
        return whole(Value("num", v.unit, years, None, cells, v.display), failed)
    if name == "count":
        e = a["list"]
        base, condition = (e[1], e[2]) if e[0] == "where" else (e, None)
        if base[0] != "name" or base[1] not in context.lists:
            raise ReferenceError_("call", "count(...) counts the members of a list")
        members = context.members(base[1])
        if condition is None:
            return context.constant("num", PLAIN, Fraction(len(members)))
        c = context.condition(context.evaluate(condition))
        if c.list and c.list != base[1]:
            raise ReferenceError_("shape", "the condition is by another list")
        failed = c.failure()
        cells = {(None, y): failed or Fraction(sum(1 for m in members if c.cell(m, y))) for y in (context.years if c.years else [None])}
        return whole(Value("num", PLAIN, c.years, None, cells), failed)
    if name == "share":
        v, c = kept(context, a["value"], name)
        years = v.years or (c is not None and c.years)
        failed = v.failure() or (c.failure() if c is not None else None)
        cells = {}
        for y in (context.years if years else [None]):
            if failed:
                cells.update({(m, y): failed for m in context.members(v.list)})
                continue
            members = context.members(v.list)
            keep = {m: c is None or bool(c.cell(m, y)) for m in members}
            total = sum((v.cell(m, y) for m in members if keep[m]), Fraction(0))
            for m in members:
                cells[(m, y)] = Failure("division") if total == 0 else (v.cell(m, y) / total if keep[m] else Fraction(0))
        return whole(Value("num", PLAIN, years, v.list, cells, "percent"), failed)
    return None


def whole(value, failed):
    """A function over members fails as a whole: every cell, when any figure it read failed."""
    failed = failed or next((c for c in value.cells.values() if isinstance(c, Failure)), None)
    if failed:
        value.cells = {k: failed for k in value.cells}
    return value

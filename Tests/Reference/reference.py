#!/usr/bin/env python3
"""The reference evaluator's front: a scenario file in, every figure out, exactly.

    reference.py FILE [--variant NAME] [--set NAME=VALUE ...]

prints a JSON object: `status` (`ok`, `error` with its `kind`, or `unsupported`), and for `ok`
each input and line as {cell: "numerator/denominator"}, each table line's totals and each check.
Written from docs/language.md alone, for the differential test (differential.py); stdlib only.
"""
import re
import json
import math
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.setrecursionlimit(20_000)  # expressions may nest 200 levels, each a dozen calls deep
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from evaluator import Context, year_label  # noqa: E402
from lexer import ReferenceError_, Unsupported, tokens  # noqa: E402
from model import LevelRule, build  # noqa: E402
from parser import Tokens, statements  # noqa: E402
from period_tables import shown_by_period  # noqa: E402
from units import MONEY, PLAIN, require_same  # noqa: E402
from values import HIGHEST, LOWEST, Failure, Tracker, Value  # noqa: E402


class Outcome:
    def __init__(self, status, kind=None, message=None):
        self.status, self.kind, self.message = status, kind, message
        self.inputs, self.lines, self.totals, self.checks = {}, {}, {}, []
        # table title -> [(text, [member])] for a table grouped by a text attribute: groups in
        # the order of their first member in the list, members in list order.
        self.groups = {}
        self.widest = 0
        # In a model of months or quarters, each table line as its table shows it (period_tables.py).
        self.periodic = {}


def parse_value(text, source):
    """A `--set` value, read as the right side of an input line."""
    _, words = statements(source)
    t = Tokens(tokens(text), words)
    e = t.row()
    if not t.done():
        raise ReferenceError_("syntax", f"unexpected '{t.peek().text}' in a --set value")
    return e


def summable(v):
    """A line's total adds up over years or members for money and counts (not rates, plain numbers)."""
    return v.kind == "num" and v.unit != PLAIN and all(p > 0 for _, p in v.unit)


def line_totals(context, line, v):
    totals = written_totals(context, line, v)
    for t in ([] if totals is None else [totals["total"]] + list(totals.get("members", {}).values())
              + list(totals.get("years", {}).values())):
        if isinstance(t, Failure):  # a total written as an expression that fails
            raise ReferenceError_(t.kind, f"the total of '{line.name}' fails")
        # docs/robustness.md, Totals beyond 128 bits: a table's total is added in wide integers and
        # never fails while its whole part fits a 128-bit integer; past that it is too large.
        if not LOWEST <= math.trunc(t) <= HIGHEST:
            raise ReferenceError_("overflow", f"the total of '{line.name}' is too large to hold")
    return totals


def level_of(rule, figures):
    """docs/language.md, Levels over periods: the mean, first or last of a level's years."""
    figures = list(figures)
    if rule == "average":
        return sum(figures, Fraction(0)) / len(figures)
    return figures[0] if rule == "opening" else figures[-1]


def level_totals(context, line, v):
    rule = line.total.word
    if not v.years:
        raise ReferenceError_("total", f"'{line.name}' has one figure, so there are no years to take the {rule} of")
    if not summable(v):
        raise Unsupported("a level's rule on a line that does not add up")
    years = context.years
    if v.list:
        members = context.members(v.list)
        by_year = {y: sum((v.cells[(m, y)] for m in members), Fraction(0)) for y in years}
        return {
            "members": {m: level_of(rule, (v.cells[(m, y)] for y in years)) for m in members},
            "years": by_year,
            "total": level_of(rule, (by_year[y] for y in years)),
        }
    return {"total": level_of(rule, (v.cells[(None, y)] for y in years))}


def written_totals(context, line, v):
    if line.total == "none":
        return None
    if isinstance(line.total, LevelRule):
        return level_totals(context, line, v)
    if line.total is not None:
        t = context.evaluate(line.total)
        if t.years or t.list:
            raise ReferenceError_("total", "a line's total is one figure")
        return {"total": t.cell(None, None)}
    if not summable(v):
        return None
    years = context.years
    members = context.members(v.list) if v.list else None
    if v.years and members:
        return {
            "members": {m: sum((v.cells[(m, y)] for y in years), Fraction(0)) for m in members},
            "years": {y: sum((v.cells[(m, y)] for m in members), Fraction(0)) for y in years},
            "total": sum(v.cells.values(), Fraction(0)),
        }
    if v.years or members:
        return {"total": sum(v.cells.values(), Fraction(0))}
    return None


def check_variants(context, scenario):
    """Every variant is checked whichever is run: known inputs, the same unit and shape."""
    for name, overrides in scenario.variants.items():
        for input_name, e in overrides.items():
            if isinstance(input_name, tuple):
                context.list_figure(input_name, e)
                continue
            if input_name not in scenario.inputs:
                raise ReferenceError_("variant", f"unknown input '{input_name}' in variant '{name}'")
            written = context.input_value(scenario.inputs[input_name][0])
            value = context.input_value(e)
            require_same(value.unit, written.unit, f"variant '{name}' sets '{input_name}' in another unit")
            if value.shape() != written.shape() or value.kind != written.kind:
                raise ReferenceError_("shape", f"variant '{name}' sets '{input_name}' in another shape")


def evaluate(source, folder=".", variant=None, sets=()):
    Tracker.widest = 0
    try:
        scenario = build(source, folder)
        overrides = {}
        if variant is not None:
            if variant not in scenario.variants:
                return Outcome("error", "usage", f"unknown variant '{variant}'")
            overrides.update(scenario.variants[variant])
        for text in sets:
            name, _, value = text.partition("=")
            figure = re.fullmatch(r'\s*(\w+)\["([^"]*)"\]\s*', name)
            if figure:
                overrides[(figure.group(1), figure.group(2))] = parse_value(value, source)
                continue
            # One year's figure of an attribute by year: `list_size["Enderby", 2019/20]`.
            figure = re.fullmatch(r'\s*(\w+)\["([^"]*)",\s*(\d{4})/\d{2}\]\s*', name)
            if figure:
                overrides[(figure.group(1), figure.group(2), int(figure.group(3)))] = parse_value(value, source)
                continue
            if name not in scenario.inputs:
                return Outcome("error", "usage", f"unknown input '{name}'")
            overrides[name] = parse_value(value, source)
        context = Context(scenario, overrides)
        check_variants(Context(scenario, {}), scenario)
        out = Outcome("ok")
        for name in scenario.inputs:
            out.inputs[name] = context.value_of(name)
        for name, line in scenario.lines.items():
            out.lines[name] = context.value_of(name)
        for check in scenario.checks:
            out.checks += check_results(context, check)
        for chart in scenario.charts:
            check_chart(context, chart)
        check_tables(scenario, out.lines)
        failed = next((v.failure() for v in list(out.inputs.values()) + list(out.lines.values()) if v.failure()), None)
        failed = failed or next((c["computed"] for c in out.checks if isinstance(c["computed"], Failure)), None)
        if failed:
            out = Outcome("error", failed.kind, "a chosen cell fails")
        else:
            for name, line in scenario.lines.items():
                if line.table is not None and context.period:
                    out.periodic[name] = shown_by_period(context, line, out.lines[name], summable)
                    out.totals[name] = None
                    continue
                if line.table is not None:
                    v = out.lines[name]
                    if line.table.by is not None and v.list is None:
                        # The manual: a line with no list in a table by a list is repeated on
                        # every row, and its total over the members is left blank.
                        members = context.members(line.table.by)
                        v = Value(v.kind, v.unit, v.years, line.table.by,
                                  {(m, y): c for m in members for (_, y), c in v.cells.items()}, v.display)
                        out.lines[name] = v
                        totals = line_totals(context, line, v)
                        out.totals[name] = None if totals is None or "members" not in totals else {"members": totals["members"]}
                        continue
                    out.totals[name] = line_totals(context, line, out.lines[name])
            for table in scenario.tables:
                if table.grouped is not None:
                    out.groups[table.title] = list(scenario.lists[table.by].groups(table.grouped).items())
        out.widest = Tracker.widest
        return out
    except ReferenceError_ as error:
        out = Outcome("error", error.kind, error.message)
        out.widest = Tracker.widest
        return out
    except Unsupported as reason:
        return Outcome("unsupported", None, str(reason))
    except RecursionError:
        return Outcome("unsupported", None, "nested deeper than the reference's stack")


def check_tables(scenario, lines):
    """A table has lines; a table by a list holds lines by that list, a table by year none."""
    for table in scenario.tables:
        if not table.lines:
            raise ReferenceError_("table", "empty table")
        if table.by is not None and table.by not in scenario.lists:
            raise ReferenceError_("name", f"unknown list '{table.by}'")
        # docs/language.md, Lists: a table by a list is grouped only by a text attribute of it.
        if table.grouped is not None:
            kind = scenario.lists[table.by].kinds.get(table.grouped)
            if kind is None:
                raise ReferenceError_("name", f"unknown attribute '{table.grouped}'")
            if kind[0] != "text":
                raise ReferenceError_("table", f"'{table.grouped}' is not a text attribute")
        # docs/language.md, Display formats: one rounding for each unit, each in money or in the
        # unit of one of the table's lines (not a percentage's), and every step above zero.
        seen = []
        for unit, step in table.shown or []:
            if unit in seen:
                raise ReferenceError_("table", "a table states one rounding for each unit")
            seen.append(unit)
            if unit != MONEY and not any(getattr(lines[name], "unit", None) == unit and getattr(lines[name], "display", None) != "percent"
                                         for name in table.lines):
                raise ReferenceError_("table", "no line of the table is in the step's unit")
            if step <= 0:
                raise ReferenceError_("table", "a table is shown to a step above zero")
        for name in table.lines:
            if lines[name].list != table.by and lines[name].list is not None:
                raise ReferenceError_("table", f"'{name}' does not have the table's shape")


def check_chart(context, items):
    """docs/language.md, Charts: named lines of one unit and one shape, by year or by member."""
    values = [context.evaluate(item) for _, item in items]
    for (style, _), v in zip(items, values):
        if style == "line" and v.list:
            raise ReferenceError_("chart", "a line joins one figure per year, not one per member")
        if v.kind != "num":
            raise ReferenceError_("chart", "a chart draws amounts or numbers, not a condition")
        if not v.years and not v.list and not context.period:  # "a chart draws it in each period"
            raise ReferenceError_("chart", "a chart draws a figure for each year or member, not one figure")
        if v.years and v.list:
            raise ReferenceError_("chart", "a chart draws by year or by member, not both")
        require_same(v.unit, values[0].unit, "a chart's lines share one scale")
        if v.shape() != values[0].shape():
            raise ReferenceError_("chart", "a chart's lines have one shape")


def _is_percent(expression):
    """A tolerance written as a percentage: `0.5%`, or `-0.5%`."""
    if isinstance(expression, tuple) and expression and expression[0] in ("neg", "negate"):
        return _is_percent(expression[1])
    return isinstance(expression, tuple) and len(expression) == 4 and expression[0] == "lit" and expression[3] == "percent"


def check_results(context, check):
    computed = context.number(context.evaluate(check.expression), "a check")
    stated = context.number(context.evaluate(check.stated), "a stated figure")
    require_same(stated.unit, computed.unit, "the stated figure is in another unit")
    tolerance, relative = Fraction(0), False
    if check.tolerance is not None:
        t = context.evaluate(check.tolerance)
        # A percentage on figures with a unit is a share of the stated figure (docs/language.md, Checks).
        relative = computed.unit != t.unit and _is_percent(check.tolerance)
        if not relative:
            require_same(t.unit, computed.unit, "the tolerance is in another unit")
        tolerance = t.cell(None, None)
        if relative and tolerance >= 1:
            raise ReferenceError_("check", "a tolerance of 100% or more")
    if stated.list or (stated.years and not computed.years):
        raise ReferenceError_("shape", "the stated figure has another shape")
    results = []
    members = context.members(computed.list) if computed.list else [None]
    years = context.years if computed.years else [None]
    for m in members:
        for y in years:
            c, s = computed.cell(m, y), stated.cell(m, y)
            place = " ".join(p for p in (m, year_label(y) if y else None) if p)
            if isinstance(c, Failure) or isinstance(s, Failure):
                results.append({"line": check.number, "place": place, "computed": c if isinstance(c, Failure) else s})
                continue
            difference = c - s
            allowance = abs(s) * tolerance if relative else tolerance
            holds = {"=": abs(difference) <= allowance, ">=": difference >= -allowance, "<=": difference <= allowance,
                     ">": difference > -allowance, "<": difference < allowance}[check.op]
            results.append({"line": check.number, "place": place, "label": check.label, "unit": computed.unit,
                            "stated": s, "computed": c, "relative": relative,
                            "difference": difference, "tolerance": tolerance,
                            "passed": holds if check.expected is None else not holds})
    return results


def exact_text(x):
    if isinstance(x, (bool, str)):
        return x
    if isinstance(x, Fraction):
        return str(x)
    if isinstance(x, int):
        return str(x)
    return repr(x)


def value_json(v):
    return {"kind": v.kind, "years": v.years, "list": v.list,
            "cells": {f"{m or ''}|{year_label(y) if y else ''}": exact_text(c) for (m, y), c in v.cells.items()}}


def main(argv):
    path, variant, sets, i = None, None, [], 0
    while i < len(argv):
        if argv[i] == "--variant":
            variant, i = argv[i + 1], i + 2
        elif argv[i] == "--set":
            sets.append(argv[i + 1])
            i += 2
        else:
            path, i = argv[i], i + 1
    with open(path, encoding="utf-8") as f:
        out = evaluate(f.read(), os.path.dirname(path) or ".", variant, sets)
    result = {"status": out.status, "kind": out.kind, "message": out.message}
    if out.status == "ok":
        result["inputs"] = {n: value_json(v) for n, v in out.inputs.items()}
        result["lines"] = {n: value_json(v) for n, v in out.lines.items()}
        result["checks"] = [{k: exact_text(v) for k, v in c.items()} for c in out.checks]
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

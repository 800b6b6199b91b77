"""Compares `scenario run --format json` with the reference's figures, exactly where it can.

A figure in the JSON is a string: a fraction `"1/3"` or a decimal. A fraction, and a decimal
with more places than today's writer shows (money 2, percentages 6, other figures 4), claim to
be exact and must equal the reference's figure. A decimal within those places is today's
format, the exact figure rounded for reading: it must be the reference's figure rounded to the
same places (half up or half to even; the manual does not say which), and a figure other than
money whose exact decimals fit must be shown exactly. With `exact=True` every decimal must be
the exact figure.
"""
from fractions import Fraction

from evaluator import year_label
from units import MONEY
from values import decimal_text

PLACES = {"money": 2, "percent": 6}


class Mismatches:
    def __init__(self, exact):
        self.exact, self.items, self.figures = exact, [], 0
        # Differences that Tests/Fixtures/reference-findings/ records as a tool bug still open:
        # reported beside the verdict, not as a mismatch.
        self.known = []

    def add(self, where, reference, tool):
        self.items.append(f"{where}: reference {reference}, tool {tool}")

    def figure(self, where, reference, shown, form, display_only=False):
        """One figure: `reference` a Fraction or bool, `shown` the JSON value.

        `display_only` is for a table's total too fine to hold exactly: docs/robustness.md lets
        the tool round it (to odd) before it is shown, so only the shown decimals are compared.
        """
        self.figures += 1
        if isinstance(reference, bool) or isinstance(shown, bool):
            if reference is not shown:
                self.add(where, reference, shown)
            return
        if not isinstance(shown, str):
            self.add(where, show(reference), repr(shown))
            return
        if getattr(reference, "kind", None) == "month":  # a cut-off input: its month, `2018-06`
            if shown != reference.label:
                self.add(where, reference.label, repr(shown))
            return
        if isinstance(reference, int) and not isinstance(reference, Fraction) and "/" in shown and "." not in shown \
                and len(shown) == 7:  # a year line: the writer may give `2019/20` for the year 2019
            if shown != year_label(reference):
                self.add(where, year_label(reference), repr(shown))
            return
        if display_only and rounded_to_odd(reference, shown):
            return
        if not agrees(reference, shown, form, self.exact and not display_only):
            self.add(where, show(reference), repr(shown))


def show(x):
    if isinstance(x, Fraction) and x.denominator != 1:
        return f"{x} (= {decimal_text(x, 10)}...)"
    return str(x)


def rounded_to_odd(reference, shown):
    """A total too fine to hold, shown on a decimal grid (docs/robustness.md, Totals beyond 128
    bits: rounded to odd): within one unit of its last decimal of the exact total."""
    try:
        value = Fraction(shown)
    except (ValueError, ZeroDivisionError):
        return False
    places = len(shown.split(".")[1]) if "." in shown else 0
    return abs(value - reference) < Fraction(1, 10 ** places)


def agrees(reference, shown, form, exact):
    # A year line is written as its financial year, as the manual writes years: 2019/20.
    # A fraction such as `1889/30` has the same shape, so one that is not a year is read as a fraction.
    if isinstance(shown, str) and len(shown) == 7 and shown[4] == "/" and shown[:4].isdigit() and shown[5:].isdigit() \
            and (int(shown[:4]) + 1) % 100 == int(shown[5:]) and reference == int(shown[:4]):
        return True
    try:
        value = Fraction(shown)
    except (ValueError, ZeroDivisionError):
        return False
    if value == reference:
        return True
    if "/" in shown or exact:
        return False
    places = len(shown.split(".")[1]) if "." in shown else 0
    most = PLACES.get(form, 4)
    if places > most:
        return False  # more decimals than today's writer shows: a claim of exactness
    if form != "money" and places < most:
        return False  # exact decimals that fit are shown in full
    roundings = {Fraction(decimal_text(reference, places, rule)) for rule in ("half_up", "half_even")}
    return value in roundings


def form_of(entry, unit):
    name = entry.get("format") if isinstance(entry, dict) else None
    if name in ("money", "percent"):
        return name
    return "money" if unit == MONEY and name is None else (name or "quantity")


def compare_value(m, where, value, entry, totals, by, grouped=False):
    """A line or an input of the JSON against the reference's value and totals; in a grouped
    table the members come group by group, so only the set of members must agree."""
    form = form_of(entry, value.unit)
    if "value" in entry:
        if value.years or value.list:
            m.add(where, "a figure per year or member", "one figure")
            return
        m.figure(where, value.cell(None, None), entry["value"], form)
        return
    cells = entry.get("values")
    if not isinstance(cells, dict):
        m.add(where, "figures", repr(cells))
        return
    if value.list:
        members = list(dict.fromkeys(k for k, _ in value.cells))
        if (sorted(cells) != sorted(members)) if grouped else (list(cells) != members):
            m.add(where + " members", members, list(cells))
            return
        for member in members:
            if value.years:
                by_year = cells[member]
                for (mm, y), c in value.cells.items():
                    if mm == member:
                        m.figure(f"{where}[{member}][{year_label(y)}]", c, by_year.get(year_label(y)), form)
            else:
                m.figure(f"{where}[{member}]", value.cells[(member, None)], cells[member], form)
    elif value.years:
        for (_, y), c in value.cells.items():
            m.figure(f"{where}[{year_label(y)}]", c, cells.get(year_label(y)), form)
    else:
        m.add(where, "one figure", "figures per year")
        return
    compare_totals(m, where, value, entry, totals, form)


def compare_subtotals(m, where, value, entry, groups):
    """A grouped table's subtotals: each the sum of its group's members' figures, by year and in all."""
    subtotals = entry.get("subtotals")
    if subtotals is None or groups is None:
        return
    form = form_of(entry, value.unit)
    for text, members in groups:
        shown = subtotals.get(text)
        cells = [(y, c) for (mm, y), c in value.cells.items() if mm in members]
        if value.years:
            if not isinstance(shown, dict):
                m.add(f"{where} subtotal {text}", "by year", repr(shown))
                continue
            years = list(dict.fromkeys(y for y, _ in cells))
            for y in years:
                m.figure(f"{where} subtotal {text}[{year_label(y)}]", sum((c for yy, c in cells if yy == y), Fraction(0)), shown.get(year_label(y)), form)
            if "total" in shown:
                m.figure(f"{where} subtotal {text} total", sum((c for _, c in cells), Fraction(0)), shown["total"], form)
        else:
            m.figure(f"{where} subtotal {text}", sum((c for _, c in cells), Fraction(0)), shown, form)


def wide(x):
    """A total the tool may hold only rounded: beyond 10^30 in numerator or denominator."""
    return isinstance(x, Fraction) and (abs(x.numerator) >= 10 ** 30 or x.denominator >= 10 ** 30)


def compare_totals(m, where, value, entry, totals, form):
    if "totals" in entry or "member_totals_over_years" in entry:
        if totals is None or "members" not in totals:
            if entry.get("totals") not in (None, {}) or entry.get("member_totals_over_years") not in (None, {}):
                m.add(where + " totals", "none", (entry.get("member_totals_over_years"), entry.get("totals")))
            return
        for member, t in totals["members"].items():
            m.figure(f"{where} total[{member}]", t, (entry.get("member_totals_over_years") or {}).get(member), form, wide(t))
        if "total" not in totals:  # a figure repeated on every member's row: no total over them
            if entry.get("totals") not in (None, {}):
                m.add(where + " totals", "none", entry.get("totals"))
            return
        for y, t in totals["years"].items():
            m.figure(f"{where} total[{year_label(y)}]", t, (entry.get("totals") or {}).get(year_label(y)), form, wide(t))
        m.figure(f"{where} total", totals["total"], (entry.get("totals") or {}).get("total"), form, wide(totals["total"]))
        return
    shown = entry.get("total")
    if totals is None:
        if shown is not None:
            m.add(where + " total", "none", repr(shown))
    else:
        m.figure(where + " total", totals["total"], shown, form, wide(totals["total"]))


def compare_document(outcome, document, exact):
    m = Mismatches(exact)
    inputs = {entry.get("name"): entry for entry in document.get("inputs", [])}
    for name, value in outcome.inputs.items():
        if name not in inputs:
            m.add(f"input {name}", "present", "missing")
            continue
        totals = {"total": sum(value.cells.values(), Fraction(0))} if value.years and value.unit not in ((),) \
            and all(p > 0 for _, p in value.unit) else None
        compare_value(m, f"input {name}", value, inputs[name], totals, None)
    seen = set()
    for table in document.get("tables", []):
        for entry in table.get("lines", []):
            name = entry.get("name")
            seen.add(name)
            if name not in outcome.lines:
                m.add(f"line {name}", "absent", "present")
                continue
            if name in outcome.periodic:
                compare_periodic(m, f"line {name}", outcome.periodic[name], entry)
                continue
            compare_value(m, f"line {name}", outcome.lines[name], entry, outcome.totals.get(name), table.get("by"),
                          "groups" in table)
            compare_subtotals(m, f"line {name}", outcome.lines[name], entry, outcome.groups.get(table.get("title")))
        groups = outcome.groups.get(table.get("title"))
        if groups is not None or "groups" in table:
            shown = [(g.get("name"), g.get("members")) for g in table.get("groups", [])]
            if shown != [(text, members) for text, members in groups or []]:
                m.add(f"table {table.get('title')} groups", groups, shown)
    for name in outcome.totals:
        if name not in seen:
            m.add(f"line {name}", "in a table", "missing")
    compare_checks(m, outcome.checks, document.get("checks", []))
    return m


def compare_periodic(m, where, expected, entry):
    """A line of a model of months or quarters (docs/json.md, LINE): `value` for a figure shown
    once; else `values` by column, `total`, `year_totals` by financial year and `year_to_date` by
    column, each blank (null or left out) where the reference has none, and `total_of_periods`
    for a level."""
    if "value" in expected:
        if "value" not in entry:
            m.add(where, "one figure", "figures by period")
            return
        m.figure(where, expected["value"], entry["value"], form_of(entry, None))
        return
    form = form_of(entry, expected["unit"])
    if entry.get("total_of_periods") != expected["rule"]:
        m.add(where + " total_of_periods", expected["rule"], entry.get("total_of_periods"))
    if "members" in expected:
        compare_periodic_members(m, where, expected, entry, form)
        return
    cells = entry.get("values")
    if not isinstance(cells, dict) or list(cells) != list(expected["values"]):
        m.add(where + " periods", list(expected["values"]), list(cells) if isinstance(cells, dict) else repr(cells))
        return
    for label, x in expected["values"].items():
        optional_figure(m, f"{where}[{label}]", x, cells[label], form)
    optional_figure(m, where + " total", expected["total"], entry.get("total"), form)
    for key in ("year_totals", "year_to_date"):
        shown = entry.get(key)
        if expected[key] is None:
            if shown is not None and any(x is not None for x in shown.values()):
                m.add(f"{where} {key}", "none", repr(shown))
            continue
        if not isinstance(shown, dict) or list(shown) != list(expected[key]):
            m.add(f"{where} {key}", list(expected[key]), repr(shown))
            continue
        for label, x in expected[key].items():
            optional_figure(m, f"{where} {key}[{label}]", x, shown[label], form)


def compare_periodic_members(m, where, expected, entry, form):
    """A line of a table by list in a model of months or quarters: `values` by member and column,
    `member_totals_over_years`, `totals` (by column, and `total`) and a group's `subtotals`."""
    cells = entry.get("values")
    members = expected["members"]
    if not isinstance(cells, dict) or sorted(cells) != sorted(members):
        m.add(where + " members", list(members), list(cells) if isinstance(cells, dict) else repr(cells))
        return
    for member, by_column in members.items():
        shown = cells[member]
        if not isinstance(shown, dict) or list(shown) != list(by_column):
            m.add(f"{where}[{member}] periods", list(by_column), repr(shown))
            continue
        for label, x in by_column.items():
            optional_figure(m, f"{where}[{member}][{label}]", x, shown[label], form)
    optional_figures(m, where + " member_totals_over_years", expected["member_totals"], entry.get("member_totals_over_years"), form)
    optional_figures(m, where + " totals", expected["totals"], entry.get("totals"), form)
    groups = expected["subtotals"]
    shown = entry.get("subtotals")
    if groups is None:
        if shown not in (None, {}):
            m.add(where + " subtotals", "none", repr(shown))
        return
    for text, figures in groups.items():
        optional_figures(m, f"{where} subtotal {text}", figures, (shown or {}).get(text), form)


def optional_figures(m, where, reference, shown, form):
    """Figures by key that the reference may leave blank: then the tool's are left out or null."""
    if reference is None:
        if isinstance(shown, dict) and any(x is not None for x in shown.values()):
            m.add(where, "none", repr(shown))
        return
    if not isinstance(shown, dict) or sorted(shown) != sorted(reference):
        m.add(where, list(reference), repr(shown))
        return
    for key, x in reference.items():
        optional_figure(m, f"{where}[{key}]", x, shown[key], form)


def optional_figure(m, where, reference, shown, form):
    """A figure the reference may leave blank: then the tool must too."""
    if reference is None:
        if shown is not None:
            m.add(where, "none", repr(shown))
        return
    m.figure(where, reference, shown, form)


def compare_checks(m, expected, shown):
    if len(expected) != len(shown):
        m.add("checks", f"{len(expected)} results", f"{len(shown)}")
        return
    for i, (e, s) in enumerate(zip(expected, shown)):
        where = f"check {i + 1} (line {e['line']} {e['place']})"
        if s.get("line") != e["line"]:
            m.add(where + " line", e["line"], s.get("line"))
        form = "money" if e["unit"] == MONEY else "quantity"
        for key in ("stated", "computed", "difference", "tolerance"):
            # A relative tolerance is a percentage of the stated figure, not an amount.
            m.figure(f"{where} {key}", e[key], s.get(key), "quantity" if key == "tolerance" and e.get("relative") else form)
        if s.get("tolerance_relative", False) is not e.get("relative", False):
            m.add(where + " relative tolerance", e.get("relative", False), s.get("tolerance_relative", False))
        if s.get("passed") is not e["passed"]:
            m.add(where + " passed", e["passed"], s.get("passed"))

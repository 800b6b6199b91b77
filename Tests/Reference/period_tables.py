"""What a table of a model of months or quarters shows of each line, from docs/language.md
("Months and quarters", "Levels over periods") and docs/json.md (LINE).

A line with a figure for each period shows them by period, or summed into quarters or years in
a table `shown by quarter` or `by year`; then its one `total`, its `year_totals` by financial
year when the model spans more than one, and its `year_to_date` by column when the table is
`shown with year to date`. A level (`total: average`, `opening` or `closing`) makes each of
these by its rule over the periods they cover; a figure that does not add up (a rate, a plain
number, `total: none`) leaves them blank. An amount of money with one figure is a flow, that
figure in each period; any other figure of one, and a figure made from the periods' figures (a
`total(…)`, one month's `x[2019-07]`, or a line made from them), is shown once.
"""
from fractions import Fraction

from evaluator import year_label
from lexer import ReferenceError_, Unsupported
from units import MONEY
from values import Value

AGGREGATES = ("total", "average", "min", "max")


def shown_by_period(context, line, v, summable):
    """The line as its table shows it: {"value": x}, or {"values", "total", "year_totals",
    "year_to_date", "rule"} keyed by the labels docs/json.md gives."""
    rule = getattr(line.total, "word", None)
    if line.table.by is not None and v.list is None:
        return _repeated(context, line, v, summable, rule)
    if v.list:
        return _by_member(context, line, v, summable, rule)
    if not v.years:
        if rule is not None:
            raise ReferenceError_("total", f"'{line.name}' has one figure, so there are no periods to take the {rule} of")
        if not is_flow(context, line.expression, v):
            if line.total not in (None, "none"):
                raise Unsupported("a total written for a figure of one period")
            return {"value": v.cell(None, None)}
        v = Value(v.kind, v.unit, True, None, {(None, p): v.cell(None, None) for p in context.years}, v.display)
    if line.total not in (None, "none") and rule is None:
        raise Unsupported("a total written as an expression in a model of months or quarters")
    adds = rule if rule is not None else ("sum" if summable(v) and line.total is None else None)
    table = line.table
    columns = _columns(context, table.shown_by)
    cells = {p: v.cell(None, p) for p in context.years}

    def of(periods):
        return _aggregate(adds, [cells[p] for p in periods]) if adds else None

    shown = {"rule": rule, "unit": v.unit}
    if table.shown_by is None:
        shown["values"] = {p.label: cells[p] for p in context.years}
    else:
        shown["values"] = {label: of(periods) for label, periods in columns}
    shown["total"] = of(context.years)
    shown["year_totals"] = None
    if len(context.fys) > 1 and table.shown_by != "year" and adds:
        shown["year_totals"] = {year_label(fy): of([p for p in context.years if p.fy == fy]) for fy in context.fys}
    shown["year_to_date"] = None
    if table.year_to_date and adds:
        shown["year_to_date"] = {label: of([p for p in context.years if p.fy == periods[-1].fy and p <= periods[-1]])
                                 for label, periods in columns}
    return shown


def _repeated(context, line, v, summable, rule):
    """A line without the list in a table by list: repeated on every member's row, with no total
    over the members (docs/language.md, Lists), each row as the line by period."""
    if not v.years and not is_flow(context, line.expression, v):
        # Shown once on each member's row, as a figure for each member (Tests/Fixtures/periods/
        # shown-once-in-a-table-by-list.scenario), which the reference does not compare yet.
        raise Unsupported("a figure shown once, repeated in a table by list of months or quarters")
    members = context.members(line.table.by)
    cells = {(m, p): v.cell(None, p if v.years else None) for m in members for p in context.years}
    shown = _by_member(context, line, Value(v.kind, v.unit, True, line.table.by, cells, v.display), summable, rule)
    shown["totals"] = shown["subtotals"] = None
    return shown


def _by_member(context, line, v, summable, rule):
    """A line of a table by list (docs/json.md, LINE): `values` by member, each by column;
    `member_totals_over_years` by member; `totals` by column with the grand `total`; and in a
    table grouped by a text attribute, `subtotals` by group, shaped as `totals`."""
    if not v.years:
        if rule is not None:
            raise ReferenceError_("total", f"'{line.name}' has one figure, so there are no periods to take the {rule} of")
        if v.kind != "num" or v.unit != MONEY or about_periods(context, line.expression, set()):
            raise Unsupported("a figure for each member, not in each period, in a table of months or quarters")
        v = Value(v.kind, v.unit, True, v.list, {(m, p): c for (m, _), c in v.cells.items() for p in context.years}, v.display)
    if line.total not in (None, "none") and rule is None:
        raise Unsupported("a total written as an expression in a model of months or quarters")
    adds = rule if rule is not None else ("sum" if summable(v) and line.total is None else None)
    table = line.table
    columns = _columns(context, table.shown_by)
    if table.year_to_date:
        raise Unsupported("a table by list with year to date")
    members = context.members(v.list)

    def of(m, periods):
        if table.shown_by is None and len(periods) == 1 and periods is not context.years:
            return v.cell(m, periods[0])
        return _aggregate(adds, [v.cell(m, p) for p in periods]) if adds else None

    values = {m: {label: of(m, periods) for label, periods in columns} for m in members}
    member_totals = {m: of(m, context.years) for m in members}

    def summed(group):
        if not adds:
            return None
        out = {label: sum((values[m][label] for m in group), Fraction(0)) for label, _ in columns}
        out["total"] = sum((member_totals[m] for m in group), Fraction(0))
        return out

    shown = {"rule": rule, "unit": v.unit, "members": values, "member_totals": member_totals if adds else None,
             "totals": summed(members), "subtotals": None}
    if table.grouped is not None:
        groups = context.lists[table.by].groups(table.grouped)
        shown["subtotals"] = {text: summed(group) for text, group in groups.items()} if adds else None
    return shown


def _columns(context, shown_by):
    """(label, periods) of each column: a period, a quarter of months, or a financial year."""
    if shown_by is None:
        return [(p.label, [p]) for p in context.years]
    groups = {}
    for p in context.years:
        if shown_by == "year":
            label = year_label(p.fy)
        else:
            label = f"{year_label(p.fy)} Q{(p.months[0][1] - 4) % 12 // 3 + 1}"
        groups.setdefault(label, []).append(p)
    return list(groups.items())


def _aggregate(rule, figures):
    """docs/language.md, Levels over periods: a sum for a flow; the mean, first or last figure of a level."""
    if rule == "sum":
        return sum(figures, Fraction(0))
    if rule == "average":
        return sum(figures, Fraction(0)) / len(figures)
    return figures[0] if rule == "opening" else figures[-1]


def is_flow(context, e, v):
    """docs/language.md: "An amount of money with one figure is a flow" — unless it is made from
    the periods' figures, which is about the periods, not in each of them."""
    return v.kind == "num" and v.unit == MONEY and not about_periods(context, e, set())


def about_periods(context, e, seen):
    """Whether an expression reads a figure for each period (a one-figure result made from one)."""
    if not isinstance(e, tuple) or not e:
        return False
    if e[0] == "name":
        name = e[1]
        if name in seen:
            return False
        seen.add(name)
        if name in context.scenario.lines:
            if context.value_of(name).years:
                return True
            return about_periods(context, context.scenario.lines[name].expression, seen)
        return False
    if e[0] == "index" and e[2][0] == "monthlit":
        return True
    if e[0] == "call":
        if e[1] in AGGREGATES and e[2] and not isinstance(e[2][0], str):
            try:
                if context.evaluate(e[2][0]).years:
                    return True
            except (ReferenceError_, Unsupported):
                pass
        parts = list(e[2]) + list(e[3].values())
        return any(about_periods(context, part, seen) for part in parts)
    return any(about_periods(context, part, seen) for part in _children(e))


def _children(e):
    for part in e[1:]:
        if isinstance(part, tuple):
            yield part
        elif isinstance(part, list):
            yield from (p for p in part if isinstance(p, tuple))

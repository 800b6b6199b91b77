"""The reference evaluator: every line's exact cells, from docs/language.md alone.

Units and shapes are checked as each expression is evaluated, and both branches of every `if`
are evaluated, so a unit mistake anywhere is found (the manual: "units are checked before
anything is computed"); a failure in a cell (division by zero, a figure too large) stays in
that cell, and is an error only where a line's chosen cell holds it.
"""
from fractions import Fraction

from functions import call
from recurrence import reads_its_last_year, recurrence
from lexer import ReferenceError_, Unsupported
from periods import financial_years, list_slots
from units import PLAIN, describe, divide, multiply, require_same
from values import Failure, Value, cellwise

_COMPARE = {
    "=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


def uses_a_name(e):
    if isinstance(e, tuple):
        if e and e[0] in ("name", "year"):
            return True
        return any(uses_a_name(part) for part in e[1:])
    if isinstance(e, (list, dict)):
        return any(uses_a_name(part) for part in (e.values() if isinstance(e, dict) else e))
    return False


def year_label(start):
    """A financial year's label, `2019/20`; a month or a quarter's own label (`2019-07`, `2019/20 Q2`)."""
    label = getattr(start, "label", None)
    return label if label is not None else f"{start}/{(start + 1) % 100:02d}"


class Context:
    def __init__(self, scenario, overrides):
        self.scenario, self.years, self.lists = scenario, scenario.years, scenario.lists
        self.overrides = overrides
        self.memo, self.active = {}, []
        # In a model of months or quarters: "month" or "quarter", and the financial years its
        # periods fall in (docs/language.md, "Months and quarters").
        self.period = scenario.period
        self.fys = financial_years(self.years) if self.period else None

    def members(self, list_name):
        return [m for m, _ in self.lists[list_name].members]

    def constant(self, kind, unit, value, display=None):
        return Value(kind, unit, False, None, {(None, None): value}, display)

    # Names ---------------------------------------------------------------------------------

    def value_of(self, name):
        if name in self.memo:
            return self.memo[name]
        if name in self.active:
            raise ReferenceError_("cycle", f"'{name}' depends on itself")
        self.active.append(name)
        try:
            value = self.compute(name)
        finally:
            self.active.pop()
        self.memo[name] = value
        return value

    def compute(self, name):
        scenario = self.scenario
        if name in scenario.inputs:
            written = self.input_value(scenario.inputs[name][0])
            if name in self.overrides:
                value = self.input_value(self.overrides[name])
                require_same(value.unit, written.unit, f"'{name}' is overridden in another unit")
                if value.kind != written.kind or value.shape() != written.shape():
                    raise ReferenceError_("shape", f"'{name}' is overridden with another shape")
                return value
            return written
        if name in scenario.lines:
            expression = scenario.lines[name].expression
            if reads_its_last_year(name, expression):
                if scenario.lines[name].window is not None:
                    raise Unsupported("a running balance that starts or stops at a month")
                return recurrence(self, name, expression)
            value = self.evaluate(expression)
            if value.kind == "text":
                raise ReferenceError_("unit", f"the line '{name}' holds text")  # the manual: text is only compared
            if value.kind == "month":
                raise Unsupported("a line that holds a month")
            if scenario.lines[name].window is not None:
                value = self.windowed(value, scenario.lines[name].window)
            return value
        for scenario_list in scenario.lists.values():
            if name in scenario_list.attributes:
                index = list(scenario_list.attributes).index(name)
                kind, by_year = scenario_list.kinds[name]
                if by_year:
                    slots, slot_of = list_slots(self.years, self.period, by_year)
                    cells = {(m, y): values[index][slots.index(slot_of(y))] for m, values in scenario_list.members for y in self.years}
                    # docs/language.md, "One member's figure": one year's figure set holds in each
                    # of the year's periods (its months or quarters in a model of them).
                    for key, e in self.overrides.items():
                        if isinstance(key, tuple) and key[0] == name:
                            if self.period and by_year != "year":
                                raise Unsupported("one month's or quarter's list figure set for the run")
                            figure = self.list_figure(key, e)
                            year = key[2] if len(key) > 2 else None
                            for y in self.years:
                                if (y.fy if self.period else y) == year:
                                    cells[(key[1], y)] = figure
                else:
                    cells = {(m, None): values[index] for m, values in scenario_list.members}
                    for key, e in self.overrides.items():
                        if isinstance(key, tuple) and key[0] == name:
                            cells[(key[1], None)] = self.list_figure(key, e)
                value_kind = {"text": "text", "flag": "bool"}.get(kind, "num")
                display = "percent" if kind == "percent" else None
                return Value(value_kind, scenario_list.attributes[name], by_year, scenario_list.name, cells, display)
        raise ReferenceError_("name", f"unknown name '{name}'")

    def windowed(self, v, window):
        """docs/language.md, "Months and quarters": a line with `from`/`until` is its formula in
        those periods (both ends included) and zero outside them."""
        if v.kind != "num":
            raise Unsupported("a window on a line that is not a number")
        first, last = window
        members = self.members(v.list) if v.list else [None]
        cells = {(m, p): (v.cell(m, p) if first <= p <= last else Fraction(0)) for m in members for p in self.years}
        return Value(v.kind, v.unit, True, v.list, cells, v.display)

    def list_figure(self, key, expression):
        """One member's figure set by a variant or --set: a figure in the attribute's unit, one
        value, zero or more, of a member the list has."""
        attribute, member = key[0], key[1]
        year = key[2] if len(key) > 2 else None
        owner = next((l for l in self.lists.values() if attribute in l.attributes), None)
        if owner is None:
            raise ReferenceError_("name", f"unknown attribute '{attribute}'")
        if member not in self.members(owner.name):
            raise ReferenceError_("name", f"unknown member '{member}'")
        kind, by_year = owner.kinds[attribute]
        if kind in ("text", "flag"):
            raise ReferenceError_("list", f"'{attribute}' is not a number, so it cannot be set")
        # An attribute by year is set one year at a time, naming a year of the scenario's; one
        # with one figure for each member is set without a year.
        if by_year and year not in (self.fys if self.period else self.years):
            raise ReferenceError_("list", f"'{attribute}' is set for a year of the scenario's")
        if not by_year and year is not None:
            raise ReferenceError_("list", f"'{attribute}' has one figure for each member, not one for each year")
        value = self.input_value(expression)
        require_same(value.unit, owner.attributes[attribute], f"'{attribute}' is set in another unit")
        if value.kind != "num" or value.shape() != (False, None):
            raise ReferenceError_("shape", f"'{attribute}[\"{member}\"]' is set with another shape")
        figure = value.cells[(None, None)]
        if figure < 0:
            raise ReferenceError_("list", "a list's attributes cannot be negative")
        return figure

    def input_value(self, expression):
        """An input's figure: the manual writes a value; the tool also takes arithmetic of values
        (`£1 / 7`), but no names."""
        if uses_a_name(expression):
            raise ReferenceError_("input", "an input is a figure, not a formula of other lines")
        return self.evaluate(expression)

    # Expressions ---------------------------------------------------------------------------

    def evaluate(self, e):
        form = e[0]
        if form == "lit":
            return self.constant("num", e[2], e[1], e[3])
        if form == "name":
            return self.value_of(e[1])
        if form == "year" and self.period:
            raise Unsupported("'year' in a model of months or quarters")
        if form == "monthlit":
            return self.month_value(e[1])
        if form == "year":
            return Value("year", PLAIN, True, None, {(None, y): y for y in self.years})
        if form == "yearlit":
            return self.constant("year", PLAIN, e[1])
        if form == "neg":
            v = self.number(self.evaluate(e[1]), "'-'")
            return cellwise(self, [v], "num", v.unit, lambda a: -a, v.display)
        if form == "bin":
            return self.arithmetic(e[1], self.evaluate(e[2]), self.evaluate(e[3]))
        if form == "cmp" and e[1] in ("=", "!=") and "member" in (e[2][0], e[3][0]):
            # The manual: a text attribute compared with one of its texts, `locality = "Melton"`.
            text, other = (e[2][1], e[3]) if e[2][0] == "member" else (e[3][1], e[2])
            a = self.evaluate(other)
            if a.kind != "text":
                raise ReferenceError_("unit", "text in quotes is compared only with a text attribute")
            if text not in a.cells.values():
                raise ReferenceError_("name", f"no member has the text '{text}'")
            return cellwise(self, [a], "bool", PLAIN, lambda x: _COMPARE[e[1]](x, text))
        if form == "cmp":
            a, b = self.evaluate(e[2]), self.evaluate(e[3])
            if "month" in (a.kind, b.kind):
                raise Unsupported("months compared")
            if "text" in (a.kind, b.kind):
                raise ReferenceError_("unit", "text is compared only with text in quotes")
            if a.kind != b.kind:
                raise ReferenceError_("unit", f"cannot compare a {a.kind} with a {b.kind}")
            require_same(a.unit, b.unit, "cannot compare")
            return cellwise(self, [a, b], "bool", PLAIN, _COMPARE[e[1]])
        if form in ("and", "or"):
            return self.logical(form, self.condition(self.evaluate(e[1])), self.condition(self.evaluate(e[2])))
        if form == "not":
            v = self.condition(self.evaluate(e[1]))
            return cellwise(self, [v], "bool", PLAIN, lambda a: not a)
        if form == "if":
            return self.choice(self.condition(self.evaluate(e[1])), self.evaluate(e[2]), self.evaluate(e[3]))
        if form == "index":
            return self.index(self.evaluate(e[1]), e[2])
        if form == "in":
            v = self.number(self.evaluate(e[1]), "'in'")
            if e[3] == "percent":
                require_same(v.unit, PLAIN, "only a plain number is shown in %")
            else:
                require_same(v.unit, e[2], "'in' shows a value in a unit of the same kind")
            return Value(v.kind, v.unit, v.years, v.list, v.cells, e[3])
        if form == "row":
            return self.row([self.evaluate(item) for item in e[1]])
        if form == "call":
            return call(self, e[1], e[2], e[3])
        if form == "member":
            raise ReferenceError_("syntax", f"a member name '{e[1]}' is not a value")
        raise ReferenceError_("syntax", f"'{form}' is not a value here")

    def number(self, v, where):
        if v.kind != "num":
            raise ReferenceError_("unit", f"{where} needs a number, but this is a {v.kind}")
        return v

    def condition(self, v):
        if v.kind != "bool":
            raise ReferenceError_("unit", f"a condition is yes/no, but this is '{describe(v.unit)}'")
        return v

    def arithmetic(self, op, a, b):
        self.number(a, f"'{op}'")
        self.number(b, f"'{op}'")
        if op in "+-":
            require_same(a.unit, b.unit, f"cannot {'add' if op == '+' else 'subtract'}")
            display = a.display if a.display == b.display else None
            return cellwise(self, [a, b], "num", a.unit, (lambda x, y: x + y) if op == "+" else (lambda x, y: x - y), display)
        if op == "*":
            return cellwise(self, [a, b], "num", multiply(a.unit, b.unit), lambda x, y: x * y)
        return cellwise(self, [a, b], "num", divide(a.unit, b.unit),
                        lambda x, y: Failure("division") if y == 0 else Fraction(x) / y)

    def logical(self, form, a, b):
        def cell(x, y):
            return x if (x is False if form == "and" else x is True) else y
        result = cellwise(self, [a, b], "bool", PLAIN, lambda x, y: None)
        for key in result.cells:
            left = a.cell(*key)
            result.cells[key] = left if isinstance(left, Failure) else cell(left, b.cell(*key))
        return result

    def choice(self, condition, then, otherwise):
        if then.kind != otherwise.kind:
            raise ReferenceError_("unit", "the branches of 'if' differ in kind")
        require_same(then.unit, otherwise.unit, "the 'then' and 'else' values differ")
        display = then.display if then.display == otherwise.display else None
        result = cellwise(self, [condition, then, otherwise], then.kind, then.unit, lambda c, t, o: None, display)
        for key in result.cells:
            chosen = condition.cell(*key)
            if not isinstance(chosen, Failure):
                chosen = (then if chosen else otherwise).cell(*key)
            result.cells[key] = chosen
        return result

    def index(self, v, key):
        if key[0] == "monthlit":
            return self.month_of(v, key[1])
        if key[0] == "yearlit" and self.period:
            raise ReferenceError_("year", "a model of months or quarters is indexed by a month, not a year")
        if key[0] == "yearlit":
            if not v.years:
                raise ReferenceError_("shape", "only a value for each year can be indexed by a year")
            if key[1] not in self.years:
                raise ReferenceError_("year", f"{year_label(key[1])} is outside the scenario's years")
            cells = {(m, None): c for (m, y), c in v.cells.items() if y == key[1]}
            return Value(v.kind, v.unit, False, v.list, cells, v.display)
        if key[0] == "member":
            if not v.list:
                raise ReferenceError_("shape", "only a value for each member can be indexed by a member")
            if key[1] not in self.members(v.list):
                raise ReferenceError_("member", f"'{key[1]}' is not in the list '{v.list}'")
            cells = {(None, y): c for (m, y), c in v.cells.items() if m == key[1]}
            return Value(v.kind, v.unit, v.years, None, cells, v.display)
        raise ReferenceError_("syntax", "an index is a year or a member's name")

    def month_value(self, ordinal):
        """A month as a value, as a cut-off is (docs/language.md, "Actuals and forecast"): one of
        the model's months."""
        if self.period != "month":
            raise Unsupported("a month as a value outside a model of months")
        period = next((p for p in self.years if p == ordinal), None)
        if period is None:
            raise ReferenceError_("year", "the month is outside the model's")
        return Value("month", PLAIN, False, None, {(None, None): period})

    def month_of(self, v, ordinal):
        """`x[2019-07]`: one month's figure (docs/language.md, "Months and quarters")."""
        if self.period is None:
            raise ReferenceError_("year", "a model of years is indexed by a year, not a month")
        if self.period != "month":
            raise Unsupported("a model of quarters indexed by a month")
        if not v.years:
            raise ReferenceError_("shape", "only a value for each month can be indexed by a month")
        period = next((p for p in self.years if p == ordinal), None)
        if period is None:
            raise ReferenceError_("year", "the month is outside the model's")
        cells = {(m, None): c for (m, p), c in v.cells.items() if p == period}
        return Value(v.kind, v.unit, False, v.list, cells, v.display)

    def row(self, items):
        if self.period and len(items) == len(self.fys) and len(items) != len(self.years):
            # "Months and quarters": one figure for each financial year the periods fall in.
            items = [items[self.fys.index(p.fy)] for p in self.years]
        if len(items) != len(self.years):
            raise ReferenceError_("row", f"{len(items)} values for {len(self.years)} years")
        for item in items:
            if item.years or item.list:
                raise ReferenceError_("row", "each value of a row is one figure")
            require_same(item.unit, items[0].unit, "a row's values differ in unit")
        display = items[0].display if all(i.display == items[0].display for i in items) else None
        cells = {(None, y): item.cell(None, None) for y, item in zip(self.years, items)}
        return Value(items[0].kind, items[0].unit, True, None, cells, display)

"""A line that reads its own last year, from docs/language.md ("Running balances"):
`reserves = prev(reserves, first: £10,000) + surplus`.

The manual's rule: a line may name itself only as the value of `prev(line, first: …)`, and only
where the figure is worked out cell by cell (arithmetic, comparisons, `if`, `in`, and the
functions `round`, `min`, `max`, `sum`, `abs`, `pro_rata`, `yearly`); any other use of itself is
a cycle. The first year reads the opening value, each later year the line's year before.

Here each year is found by evaluating the formula with the years found so far in place of the
line (later years are zero, and unused), keeping that year's figures.
"""
from lexer import ReferenceError_
from units import require_same
from values import Value

CELLWISE_FORMS = {"bin", "cmp", "and", "or", "neg", "not", "if", "in"}
CELLWISE_FUNCTIONS = {"round", "min", "max", "sum", "abs", "pro_rata", "yearly"}


def _value_of_prev(e):
    """prev's value argument, labelled `value:` or the first without a label."""
    return e[3].get("value", e[2][0] if e[2] else None)


def _others_of_prev(e):
    """prev's arguments but its value."""
    positional = e[2] if "value" in e[3] else e[2][1:]
    return list(positional) + [v for k, v in e[3].items() if k != "value"]


def _is_previous_of(name, e):
    return e[0] == "call" and e[1] == "prev" and _value_of_prev(e) == ("name", name)


def _children(e):
    form = e[0]
    if form in ("bin", "cmp"):
        return [e[2], e[3]]
    if form in ("and", "or"):
        return [e[1], e[2]]
    if form in ("neg", "not", "in"):
        return [e[1]]
    if form == "if":
        return [e[1], e[2], e[3]]
    if form == "index":
        return [e[1]]
    if form == "row":
        return list(e[1])
    if form == "call":
        return list(e[2]) + list(e[3].values())
    return []


def reads_its_last_year(name, e):
    """Whether `e` has `prev(name, …)` in it."""
    return _is_previous_of(name, e) or any(reads_its_last_year(name, c) for c in _children(e))


def check_uses(name, e, cell_by_cell=True):
    """The manual's rule, or a cycle error."""
    if _is_previous_of(name, e):
        if not cell_by_cell:
            raise ReferenceError_("cycle", f"'{name}' reads its own last year inside a figure over several years")
        for c in _others_of_prev(e):
            check_uses(name, c, False)
        return
    if e[0] == "name" and e[1] == name:
        raise ReferenceError_("cycle", f"'{name}' depends on itself")
    here = cell_by_cell and (e[0] in CELLWISE_FORMS or (e[0] == "call" and e[1] in CELLWISE_FUNCTIONS))
    for c in _children(e):
        check_uses(name, c, here)


def _opening(context, name, e):
    """The opening value of the first `prev(name, first: …)` in `e`."""
    if _is_previous_of(name, e):
        others = _others_of_prev(e)
        first = e[3].get("first", others[0] if others else None)
        if first is None:
            raise ReferenceError_("prev", f"prev(...) has no value for {context.years[0]}, the first year")
        return context.evaluate(first)
    for c in _children(e):
        found = _opening(context, name, c)
        if found is not None:
            return found
    return None


def recurrence(context, name, expression):
    check_uses(name, expression)
    opening = _opening(context, name, expression)
    if opening.years:
        raise ReferenceError_("shape", "the opening value is one figure")
    found = Value(opening.kind, opening.unit, True, opening.list,
                  {(m, y): opening.cells[(m, None)] for (m, _) in opening.cells for y in context.years}, opening.display)
    for k, year in enumerate(context.years):
        cells = {key: (cell if key[1] in context.years[:k] else 0) for key, cell in found.cells.items()}
        context.memo[name] = Value(found.kind, found.unit, True, found.list, cells, found.display)
        result = context.evaluate(expression)
        if not result.years or result.kind != opening.kind:
            raise ReferenceError_("shape", f"'{name}' must have a figure for each year, of its opening value's kind")
        require_same(result.unit, opening.unit, f"'{name}' is in another unit than its opening value")
        if k == 0:
            found = Value(result.kind, result.unit, True, result.list, dict(result.cells), result.display)
        for key, cell in result.cells.items():
            if key[1] == year:
                found.cells[key] = cell
    context.memo.pop(name, None)
    return found

"""Actuals and forecasts, from docs/language.md ("Actuals and forecast").

`actuals from "file.csv"` reads what has been spent so far, in a model of months: each row a
line of the plan, a month and an amount, in long form (`line,month,amount`) or wide form
(`line,2018-04,2018-05,…`, a blank cell for a month not yet in). The cut-off is an input
holding a month. `forecast(line, to: cutoff)` is the line's actuals to the cut-off and then the
plan, a run rate (`run_rate: 3`, the mean of the last three months of actuals, half_up to the
penny) or the figures of `with:`; over the months of the cut-off's financial year,
`year_to_date` adds the actuals, `outturn` the forecast, `variance` is outturn less plan and
`variance_percent` the variance as a share of the year's plan: each one figure, in pounds a year.
"""
import re
from fractions import Fraction

from csvfiles import read_rows
from lexer import ReferenceError_, Unsupported, number_value
from units import MONEY, PLAIN
from values import Failure, Value, held, round_to_step

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
PENNY = Fraction(1, 100)


def read_actuals(path, folder, months):
    """Line name -> {month: amount}. A month that is not a month or is outside the model's, a month
    given twice for a line, and text where an amount belongs are mistakes."""
    rows = [row for row in read_rows(path, folder) if row]
    if not rows:
        raise Unsupported("an actuals file with no header")
    header = [h.strip() for h in rows[0]]
    for row in rows[1:]:
        if len(row) != len(header):
            raise ReferenceError_("actuals", f"a row has {len(row)} fields; the header has {len(header)}")
    found = {}
    if header[:1] == ["line"] and "month" in header and "amount" in header:
        for row in rows[1:]:
            fields = dict(zip(header, row))
            _add(found, fields.get("line", "").strip(), _month(fields.get("month", ""), months), fields.get("amount", ""))
    elif header[:1] == ["line"]:
        columns = [_month(h, months) for h in header[1:]]
        for row in rows[1:]:
            for month, cell in zip(columns, row[1:]):
                if cell.strip():
                    _add(found, row[0].strip(), month, cell)
    else:
        raise Unsupported("an actuals file with another header")
    return found


def _month(text, months):
    m = _MONTH.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ReferenceError_("actuals", f"'{text}' is not a month")
    ordinal = int(m.group(1)) * 12 + int(m.group(2)) - 1
    month = next((p for p in months if p == ordinal), None)
    if month is None:
        raise ReferenceError_("actuals", f"{text} is outside the scenario's months")
    return month


def _add(found, line, month, text):
    amounts = found.setdefault(line, {})
    if month in amounts:
        raise ReferenceError_("actuals", f"'{line}' has two actuals for {month.label}")
    amounts[month] = _amount(text)


def _amount(text):
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("-").lstrip("£")
    try:
        return sign * number_value(text)
    except (ValueError, ZeroDivisionError):
        raise ReferenceError_("actuals", f"'{text}' is not an amount") from None


# The functions ---------------------------------------------------------------------------------

PARAMETERS = ["value", "to", "run_rate", "with"]


def forecast_call(context, name, a):
    """forecast, year_to_date, outturn, variance and variance_percent (docs/language.md's table)."""
    if name == "year_to_date" and ("run_rate" in a or "with" in a):
        raise ReferenceError_("call", "year_to_date(...) takes a line and a cut-off")
    line, plan = _plan(context, a["value"])
    cutoff = _cutoff(context, a["to"])
    actual = _actuals(context, line, cutoff)
    if name == "forecast":
        return Value("num", MONEY, True, None, _forecast(context, a, plan, actual, cutoff))
    year = [p for p in context.years if p.fy == cutoff.fy]
    if name == "year_to_date":
        return _one(sum((actual[p] for p in year if p <= cutoff), Fraction(0)))
    figures = _forecast(context, a, plan, actual, cutoff)
    outturn = sum((figures[(None, p)] for p in year), Fraction(0))
    planned = sum((plan[p] for p in year), Fraction(0))
    if name == "outturn":
        return _one(outturn)
    if name == "variance":
        return _one(outturn - planned)
    share = Failure("division") if planned == 0 else (outturn - planned) / planned
    return Value("num", PLAIN, False, None, {(None, None): held(share)}, "percent")


def _one(x):
    """A figure of the year, in pounds a year."""
    from phasing import YEARLY_MONEY
    return Value("num", YEARLY_MONEY, False, None, {(None, None): held(x)})


def _plan(context, e):
    if e[0] != "name" or e[1] not in context.scenario.lines:
        raise Unsupported("a forecast of something else than a line")
    v = context.value_of(e[1])
    if v.unit != MONEY or v.list or v.kind != "num":
        raise Unsupported("a forecast of a line that is not pounds by month")
    if v.failure():
        raise Unsupported("a forecast of a line that fails")
    return e[1], {p: v.cell(None, p) for p in context.years}


def _cutoff(context, e):
    v = context.evaluate(e)
    if v.kind != "month" or v.years or v.list:
        raise ReferenceError_("call", "the cut-off is a month")
    return v.cell(None, None)


def _actuals(context, line, cutoff):
    """The line's actuals; every month of the model to the cut-off needs one."""
    amounts = (context.scenario.actuals or {}).get(line)
    if amounts is None:
        raise Unsupported("a forecast of a line with no actuals")
    for p in context.years:
        if p <= cutoff and p not in amounts:
            raise ReferenceError_("actuals", f"'{line}' has no actual for {p.label}")
    return amounts


def _forecast(context, a, plan, actual, cutoff):
    """Actuals to the cut-off, then the plan, the run rate or the figures of `with:`."""
    if "run_rate" in a and "with" in a:
        raise ReferenceError_("call", "a forecast takes a run rate or 'with:', not both")
    later = plan
    if "run_rate" in a:
        n = context.evaluate(a["run_rate"])
        count = n.cell(None, None) if not (n.years or n.list) and n.unit == PLAIN and n.kind == "num" else None
        before = [p for p in context.years if p <= cutoff]
        if count is None or isinstance(count, Failure) or count != int(count) or not 1 <= count <= len(before):
            raise Unsupported("a run rate that is not a whole number of the months of actuals")
        rate = round_to_step(sum((actual[p] for p in before[-int(count):]), Fraction(0)) / int(count), "half_up", PENNY)
        later = {p: rate for p in context.years}
    elif "with" in a:
        w = context.number(context.evaluate(a["with"]), "with")
        if w.unit != MONEY:
            raise ReferenceError_("unit", "a forecast 'with:' is pounds by month")
        if w.list or w.failure():
            raise Unsupported("a forecast 'with:' by list, or one that fails")
        later = {p: w.cell(None, p) for p in context.years}
    return {(None, p): held(actual[p] if p <= cutoff else later[p]) for p in context.years}

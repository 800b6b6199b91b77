"""A scenario's declarations, collected from its statements (docs/language.md, Statements).

The reference reads the subset the differential generates and the manual's examples: title,
years (or months or quarters, with a line's `from`/`until` window), unit, input, lines in and out of tables, lists (inline rows or a CSV file), checks and
variants. `chart` is skipped (it draws, it does not compute); `include` is not modelled.
"""
import os
import re
from fractions import Fraction

from lexer import ReferenceError_, Unsupported, number_value, year_start
from parser import KEYWORDS, statements
from actuals import read_actuals
from csvfiles import read_rows
from periods import list_slots, months_between, period_of_month, quarters_between
from units import MONEY, PLAIN

# Not in docs/language.md: the tool models at most 100 years (a docs finding).
MAXIMUM_YEARS = 100
STATEMENT_WORDS = ("title", "years", "months", "quarters", "actuals", "unit", "input", "table", "list", "check", "variant", "chart", "include", "source")


class Line:
    def __init__(self, name, expression, number, label=None, total=None, table=None):
        self.name, self.expression, self.number = name, expression, number
        self.label, self.total, self.table = label, total, table
        # `from 2019-07 until 2020-03` after the formula: (first month, last month), either None.
        self.window = None


class Table:
    def __init__(self, title, by, shown):
        self.title, self.by, self.shown, self.lines = title, by, shown, []
        # `shown by quarter` or `shown by year`, and `with year to date` (a model of months or quarters).
        self.shown_by, self.year_to_date = None, False
        # `grouped by locality`: the text attribute whose texts group the rows, or None.
        self.grouped = None


class ScenarioList:
    def __init__(self, name, attributes, kinds=None):
        # members: (name, [cell]); a cell is a Fraction, a str (text), a bool (yes/no), or for an
        # attribute by year a list of those, one for each year.
        self.name, self.attributes, self.members = name, attributes, []
        # attribute -> (kind, by_year): kind is "number", "percent", "text" or "flag".
        self.kinds = kinds if kinds is not None else {a: ("number", False) for a in attributes}

    def groups(self, attribute):
        """docs/language.md, "Subtotals by a text attribute": each text of `attribute` with its
        members, groups in the order of their first member, members in list order."""
        position = list(self.attributes).index(attribute)
        groups = {}
        for member, cells in self.members:
            groups.setdefault(cells[position], []).append(member)
        return groups


class Check:
    def __init__(self, expression, stated, tolerance, label, number, op="=", expected=None):
        self.expression, self.stated, self.tolerance = expression, stated, tolerance
        self.label, self.number, self.op, self.expected = label, number, op, expected


class Scenario:
    def __init__(self):
        self.title, self.years = None, None
        # None in a model of years; "month" or "quarter" where the model counts in them, and then
        # `years` holds the model's periods (docs/language.md, "Months and quarters").
        self.period = None
        # `actuals from "file.csv"`: line name -> {month: amount} (actuals.py), or None.
        self.actuals = None
        self.inputs, self.lines, self.tables, self.lists = {}, {}, [], {}
        self.checks, self.variants, self.charts = [], {}, []
        # Documents by name, and the names cited: they change no figure, only what a reader is told.
        self.sources, self.cited = {}, []

    def define(self, name, what):
        if name in self.inputs or name in self.lines or any(name in l.attributes for l in self.lists.values()):
            raise ReferenceError_("name", f"'{name}' is defined twice")
        if name in KEYWORDS:
            raise ReferenceError_("syntax", f"'{name}' is a keyword")
        what[name] = None


DISPLAY_RULES = ("half_up", "half_even", "toward_zero", "down", "up", "floor", "ceiling")


def _display(tokens, table=None):
    """docs/language.md, Display formats: after `shown`, roundings separated by commas
    (`to STEP RULE`, `in £000 RULE`, `in £m [to N places] RULE`), then perhaps
    `with negatives in brackets`. Gives each rounding's unit and step: (MONEY, 1) for a scale.
    "Months and quarters": `by quarter` or `by year` first, and `with year to date` last."""
    steps = []
    if table is not None and tokens.skip("name", "by"):
        table.shown_by = tokens.take("name").text
        if table.shown_by not in ("quarter", "year", "month"):
            raise ReferenceError_("syntax", "a table is shown by month, quarter or year")
        if not tokens.skip("op", ","):
            return _year_to_date(tokens, table, steps)
    if not tokens.at("name", "with"):
        while True:
            if tokens.skip("name", "to"):
                literal = tokens.literal()
                _rule(tokens)
                steps.append((literal[2], literal[1]))
            elif tokens.skip("name", "in"):
                if tokens.at("money", "£000"):
                    tokens.take()
                elif tokens.skip("pound") and tokens.skip("name", "m"):
                    if tokens.skip("name", "to"):
                        _places(tokens, 3)
                else:
                    raise ReferenceError_("syntax", "tables are shown in £000 or £m")
                _rule(tokens)
                steps.append((MONEY, 1))
            else:
                raise ReferenceError_("syntax", "expected 'to', 'in' or 'with' after 'shown'")
            if not tokens.skip("op", ","):
                break
    return _year_to_date(tokens, table, steps)


def _year_to_date(tokens, table, steps):
    if tokens.skip("name", "with"):
        if table is not None and tokens.at("name", "year"):
            for word in ("year", "to", "date"):
                tokens.take("name", word)
            table.year_to_date = True
            return steps
        for word in ("negatives", "in", "brackets"):
            tokens.take("name", word)
        if table is not None and tokens.at("name", "and"):
            raise Unsupported("negatives in brackets and year to date together")
    return steps


def _rule(tokens):
    rule = tokens.take("name").text
    if rule not in DISPLAY_RULES:
        raise ReferenceError_("syntax", f"unknown rounding rule '{rule}'")
    return rule


def _places(tokens, most):
    """`N places` after `to`: a whole number from 0 to `most`."""
    t = tokens.take("number")
    if t.value != int(t.value) or not 0 <= t.value <= most:
        raise ReferenceError_("syntax", f"places from 0 to {most}")
    if not (tokens.skip("name", "places") or tokens.skip("name", "place")):
        raise ReferenceError_("syntax", "expected 'places'")
    return int(t.value)


def _name(tokens):
    return tokens.take("name").text


def _citations(tokens, scenario):
    """`from NAME ["place"], NAME ["place"]...` after a note or a table's title: noted, not evaluated."""
    if not tokens.skip("name", "from"):
        return
    while True:
        scenario.cited.append(_name(tokens))
        tokens.skip("string")
        if not tokens.skip("op", ","):
            return


LEVEL_RULES = ("average", "opening", "closing")


class LevelRule:
    """`total: average`, `opening` or `closing`: how a level's years make its total."""
    __slots__ = ("word",)

    def __init__(self, word):
        self.word = word


def _line(tokens, number, table, scenario):
    name = _name(tokens)
    label = tokens.take("string").value if tokens.at("string") else None
    tokens.take("op", "=")
    expression = tokens.row()
    window = _window(tokens, scenario)
    total = None
    if tokens.skip("name", "total"):
        tokens.take("op", ":")
        # docs/language.md, Levels over periods: a rule only where it ends the definition.
        if any(tokens.at("name", word) for word in LEVEL_RULES) and (tokens.peek(1) is None or tokens.at("string", offset=1)
                                                                    or tokens.at("name", "from", offset=1)):
            total = LevelRule(tokens.take("name").text)
        else:
            total = "none" if tokens.skip("name", "none") else tokens.expression()
    tokens.skip("string")
    _citations(tokens, scenario)
    if not tokens.done():
        raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
    line = Line(name, expression, number, label, total, table)
    line.window = window
    return line


def _window(tokens, scenario):
    """docs/language.md, "Months and quarters": `from 2019-12`, `until 2020-03`, or both, after a
    line's formula: the line is its formula in those months (both ends included), zero outside."""
    first = last = None
    if tokens.at("name", "from") and tokens.at("month", offset=1):
        tokens.take()
        first = tokens.take().value
    if tokens.at("name", "until"):
        tokens.take()
        last = tokens.take("month").value
    if first is None and last is None:
        return None
    if scenario.period is None:
        raise ReferenceError_("window", "a line starts or stops at a month only in a model of months or quarters")
    first = period_of_month(scenario.years, first, False) if first is not None else scenario.years[0]
    last = period_of_month(scenario.years, last, True) if last is not None else scenario.years[-1]
    if last < first:
        raise ReferenceError_("window", "the line stops before it starts")
    return first, last


def _check(tokens, number):
    """docs/language.md, Checks: `check x OP stated [within t] ["label"] [expected "note"]`."""
    tokens.equals_ends = True  # the first comparison at the top separates the figure from the stated one
    expression = tokens.expression()
    tokens.equals_ends = False
    op = tokens.take("op").text
    if op not in ("=", ">=", "<=", ">", "<"):
        raise ReferenceError_("syntax", f"a check states =, >=, <=, > or <, not '{op}'")
    stated = tokens.row()
    tolerance = tokens.literal() if tokens.skip("name", "within") else None
    label = tokens.take("string").value if tokens.at("string") else None
    expected = None
    if tokens.skip("name", "expected"):
        expected = tokens.take("string").value
        if not expected.strip():
            raise ReferenceError_("syntax", "an expected discrepancy needs a note")
    if not tokens.done():
        raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
    return Check(expression, stated, tolerance, label, number, op, expected)


def _chart(tokens):
    """`chart "Title" bars a, b line c`: (style, name perhaps indexed) of each line it draws."""
    tokens.take("string")
    items = []
    while not tokens.done():
        style = tokens.take("name").text
        if style not in ("bars", "line"):
            raise ReferenceError_("chart", f"expected 'bars' or 'line', found '{style}'")
        while True:
            item = ("name", _name(tokens))
            while tokens.skip("op", "["):
                item = ("index", item, tokens.expression())
                tokens.take("op", "]")
            items.append((style, item))
            if not tokens.skip("op", ","):
                break
    if not items:
        raise ReferenceError_("chart", "a chart draws at least one line")
    return items


def _list_header(tokens, scenario):
    name = _name(tokens)
    tokens.take("op", "(")
    attributes, kinds = {}, {}
    while True:
        attribute = _name(tokens)
        # The manual: `locality text`, `opted_in yes/no`, `uplift %`, or a unit; then `by year`.
        if tokens.at("name", "text") and not tokens.at("name", offset=1):
            tokens.take()
            unit, kind = PLAIN, "text"
        elif tokens.at("name", "yes") and tokens.at("op", "/", offset=1):
            tokens.take()
            tokens.take()
            tokens.take("name", "no")
            unit, kind = PLAIN, "flag"
        elif tokens.at("op", ",") or tokens.at("op", ")"):
            # The tool reads `rooms` alone as plain numbers; the manual gives each attribute a unit.
            raise Unsupported("a list attribute written without a unit")
        else:
            unit, display = tokens.unit_phrase()
            kind = "percent" if display == "percent" else "number"
        by_year = False
        if tokens.skip("name", "by"):
            by_year = tokens.take("name").text
            _period_of_attribute(by_year, attribute, scenario.period)
        attributes[attribute] = unit
        kinds[attribute] = (kind, by_year)
        if not tokens.skip("op", ","):
            break
    tokens.take("op", ")")
    by = {b for _, b in kinds.values() if b}
    if len(by) > 1:
        # "A list's attributes by period are all by the same period"; by year beside them is not said.
        if "year" in by:
            raise Unsupported("a list with attributes by year and by month or quarter")
        raise ReferenceError_("list", "a list's attributes by period are all by the same period")
    return ScenarioList(name, attributes, kinds)


def _period_of_attribute(by, attribute, period):
    """docs/language.md, "Attributes by month and by quarter": a figure by month in a model of
    quarters or years, or by quarter in a model of years, is an error at its word."""
    if by not in ("year", "month", "quarter"):
        raise ReferenceError_("syntax", f"expected year, quarter or month after 'by', found '{by}'")
    if by == "month" and period != "month" or by == "quarter" and period is None:
        raise ReferenceError_("list", f"'{attribute}' has a figure for each {by}, but this scenario counts in {period or 'year'}s")


_YEAR = re.compile(r"^(?:FY)?(\d{2}|\d{4})/(\d{2})$")


def _csv_year(text):
    m = _YEAR.match(text.strip())
    if not m:
        return None
    return year_start(m.group(1), m.group(2))


def _csv_cell(text, kind):
    """A CSV cell as the manual reads it for the attribute's kind."""
    text = text.strip()
    if kind == "text":
        if not text:
            raise ReferenceError_("csv", "an empty text")
        return text
    if kind == "flag":
        word = text.lower()
        if word in ("y", "yes", "true"):
            return True
        if word in ("n", "no", "false"):
            return False
        raise ReferenceError_("csv", f"'{text}' is not yes or no")
    try:
        if kind == "percent":
            if not text.endswith("%"):
                raise ReferenceError_("csv", f"'{text}' is not a percentage")
            value = _csv_number(text[:-1]) / 100
        else:
            value = _csv_number(text)
    except ValueError:
        raise ReferenceError_("csv", f"'{text}' is not a number") from None
    if value < 0:
        raise ReferenceError_("csv", "a list's attributes from a file cannot be negative")
    return value


def _csv_members(scenario_list, path, folder, years, by="year"):
    """The members of a list from a CSV file. `years` are the figures an attribute by period has
    (financial years, months or quarters) and `by` names their column in long form."""
    rows = read_rows(path, folder)
    header = [h.strip() for h in rows[0]]
    if "name" not in header:
        raise ReferenceError_("csv", "the CSV file has no 'name' column")
    kinds = scenario_list.kinds
    by_year = [a for a in scenario_list.attributes if kinds[a][1]]
    long_form = bool(by_year) and by in header
    label_of = _CSV_LABELS[by]
    year_columns = {}
    if by_year and not long_form:
        # Wide form: one attribute by year, a column headed by each of the scenario's years.
        if len(by_year) > 1:
            raise ReferenceError_("csv", f"the CSV file has no '{by}' column")
        for h in header:
            y = _slot(label_of(h), years) if h != "name" else None
            if y is not None:
                if y not in years or y in year_columns:
                    raise ReferenceError_("csv", f"a column for a year outside the scenario, or twice: {h}")
                year_columns[y] = h
        if any(y not in year_columns for y in years):
            raise ReferenceError_("csv", "the CSV file has no column for a year")
    for attribute in scenario_list.attributes:
        if attribute not in header and not (kinds[attribute][1] and not long_form):
            raise ReferenceError_("csv", f"the CSV file has no '{attribute}' column")
    body = []
    for row in rows[1:]:
        if not row:
            continue
        if len(row) != len(header):
            raise ReferenceError_("csv", f"a row has {len(row)} fields; the header has {len(header)}")
        body.append(dict(zip(header, row)))
    if not long_form:
        for fields in body:
            values = []
            for a in scenario_list.attributes:
                kind, yearly = kinds[a]
                if yearly:
                    values.append([_csv_cell(fields[year_columns[y]], kind) for y in years])
                else:
                    values.append(_csv_cell(fields[a], kind))
            scenario_list.members.append((fields["name"].strip(), values))
        return
    # Long form: a row for each member and year; the member's other attributes on each row alike.
    found = {}
    for fields in body:
        member = fields["name"].strip()
        y = _slot(label_of(fields[by]), years)
        if y is None or y not in years:
            raise ReferenceError_("csv", f"'{fields[by]}' is not one of the scenario's {by}s")
        entry = found.setdefault(member, {})
        if y in entry:
            raise ReferenceError_("csv", f"'{member}' has two rows for one {by}")
        entry[y] = {a: _csv_cell(fields[a], kinds[a][0]) for a in scenario_list.attributes}
    for member, entry in found.items():
        if any(y not in entry for y in years):
            raise ReferenceError_("csv", f"'{member}' has no row for a {by}")
        values = []
        for a in scenario_list.attributes:
            if kinds[a][1]:
                values.append([entry[y][a] for y in years])
            else:
                distinct = {entry[y][a] for y in years}
                if len(distinct) > 1:
                    raise ReferenceError_("csv", f"'{member}' has another '{a}' on another row")
                values.append(entry[years[0]][a])
        scenario_list.members.append((member, values))


_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER_TEXT = re.compile(r"^(?:FY)?(\d{2}|\d{4})/(\d{2}) Q([1-4])$")


def _csv_month(text):
    m = _MONTH_TEXT.match(text.strip())
    return int(m.group(1)) * 12 + int(m.group(2)) - 1 if m and 1 <= int(m.group(2)) <= 12 else None


def _csv_quarter(text):
    m = _QUARTER_TEXT.match(text.strip())
    if not m:
        return None
    try:
        return year_start(m.group(1), m.group(2)), int(m.group(3))
    except ReferenceError_:
        return None


# docs/language.md: a CSV file's `year` (`2019/20`), `month` (`2019-07`) or `quarter` (`2019/20 Q2`).
_CSV_LABELS = {"year": _csv_year, "month": _csv_month, "quarter": _csv_quarter}


def _slot(key, slots):
    """The figure's slot a CSV label names: a year's start, a month or a quarter of the model."""
    if key is None:
        return None
    for slot in slots:
        if slot == key or (getattr(slot, "kind", None) == "quarter" and (slot.fy, int(slot) % 4 + 1) == key):
            return slot
    return key if not isinstance(key, tuple) else ("outside", key)


def _inline_cell(tokens, kind):
    """One value of an inline list row, as the attribute's kind asks."""
    if kind == "text":
        return tokens.take("string").value
    if kind == "flag":
        t = tokens.take("name")
        if t.text not in ("yes", "no"):
            raise ReferenceError_("list", f"'{t.text}' is not yes or no")
        return t.text == "yes"
    negative = tokens.skip("op", "-")
    t = tokens.take()
    if t.kind not in ("number", "money", "percent") or (kind == "percent") != (t.kind == "percent"):
        raise ReferenceError_("syntax", f"unexpected '{t.text}' in a list row")
    if negative and t.value != 0:
        raise ReferenceError_("list", "a list's attributes cannot be negative")
    return t.value


def _csv_number(text):
    text = text.strip()
    negative = text.startswith("-")
    text = text[1:] if text.startswith("-") else text
    text = text[1:] if text.startswith("£") else text
    value = number_value(text)
    return -value if negative else value


def _periods(tokens, scenario, word):
    """`months 2019-10 to 2020-06` or `quarters 2019/20 Q3 to 2020/21 Q2` (docs/language.md,
    "Months and quarters"): the model's periods, in order."""
    if scenario.years is not None:
        # "Write `months` or `quarters` where a yearly scenario writes `years`": one of them.
        raise ReferenceError_("years", "the scenario's periods are given twice")
    if word == "months":
        first = tokens.take("month").value
        tokens.take("name", "to")
        periods = months_between(first, tokens.take("month").value)
    else:
        ends = []
        for k in range(2):
            year = tokens.take("year").value
            q = tokens.take("name").text
            if q not in ("Q1", "Q2", "Q3", "Q4"):
                raise ReferenceError_("syntax", f"expected a quarter, found '{q}'")
            ends.append((year, int(q[1])))
            if k == 0:
                tokens.take("name", "to")
        periods = quarters_between(*ends)
    if not tokens.done():
        raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
    if len({p.fy for p in periods}) > MAXIMUM_YEARS:
        raise Unsupported("a model of months or quarters over more than a hundred years")
    scenario.period, scenario.years = word[:-1], periods


def build(source, folder="."):
    """The scenario in `source`, whose CSV files are read from `folder`."""
    scenario, block, block_kind = Scenario(), None, None
    lines, _ = statements(source)
    for number, indent, tokens in lines:
        tokens.equals_ends = False
        if indent > 0:
            if block is None:
                raise ReferenceError_("syntax", "unexpected indentation")
            if block_kind == "table":
                line = _line(tokens, number, block, scenario)
                scenario.define(line.name, scenario.lines)
                scenario.lines[line.name] = line
                block.lines.append(line.name)
            elif block_kind == "list":
                member = tokens.take("string").value
                values = []
                for attribute in block.attributes:
                    kind, by_year = block.kinds[attribute]
                    if tokens.done():
                        raise ReferenceError_("list", f"'{member}' has {len(values)} values")
                    cells = [_inline_cell(tokens, kind)]
                    while tokens.skip("op", "|"):
                        cells.append(_inline_cell(tokens, kind))
                    if by_year:
                        slots, _ = list_slots(scenario.years or [], scenario.period, by_year)
                        if len(cells) != len(slots):
                            raise ReferenceError_("list", f"'{member}' needs a value of '{attribute}' for each year")
                        values.append(cells)
                    elif len(cells) > 1:
                        raise ReferenceError_("list", f"'{attribute}' has one value for each member")
                    else:
                        values.append(cells[0])
                if not tokens.done():
                    raise ReferenceError_("list", f"'{member}' has more values than attributes")
                block.members.append((member, values))
            else:
                name = _name(tokens)
                # One member's figure of a list: `list_size["Enderby"] = 6,400 patients`, or one
                # year's of an attribute by year: `list_size["Enderby", 2019/20] = 6,400 patients`.
                if tokens.skip("op", "["):
                    name = (name, tokens.take("string").value)
                    if tokens.skip("op", ","):
                        name = name + (tokens.take("year").value,)
                    tokens.take("op", "]")
                tokens.take("op", "=")
                block[name] = tokens.row()
                tokens.skip("string")
                _citations(tokens, scenario)
            continue
        block, block_kind = None, None
        head = tokens.peek()
        word = head.text if head.kind == "name" else None
        # A keyword starts its statement unless the line defines a name, as in `title = ...`.
        defines = tokens.at("op", "=", 1) or (tokens.at("string", None, 1) and tokens.at("op", "=", 2))
        keyword_statement = word in STATEMENT_WORDS and not defines
        if keyword_statement:
            tokens.take()
        if not keyword_statement:
            line = _line(tokens, number, None, scenario)
            scenario.define(line.name, scenario.lines)
            scenario.lines[line.name] = line
        elif word == "title":
            scenario.title = tokens.take("string").value
        elif word == "years":
            if scenario.years is not None:
                raise ReferenceError_("years", "the scenario's periods are given twice")
            first = tokens.take("year").value
            tokens.take("name", "to")
            last = tokens.take("year").value
            if last < first:
                raise ReferenceError_("years", "the years run backwards")
            if last - first + 1 > MAXIMUM_YEARS:
                raise ReferenceError_("years", f"at most {MAXIMUM_YEARS} years are modelled")
            scenario.years = list(range(first, last + 1))
        elif word in ("months", "quarters"):
            _periods(tokens, scenario, word)
        elif word == "unit":
            continue
        elif word == "input":
            name = _name(tokens)
            tokens.skip("string")  # the input's label, as a line's: `input rate "Rate" = ...`
            tokens.take("op", "=")
            scenario.define(name, scenario.inputs)
            scenario.inputs[name] = (tokens.row(), number)
            tokens.skip("string")
            _citations(tokens, scenario)
            if not tokens.done():
                raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
        elif word == "table":
            title = tokens.take("string").value
            by = _name(tokens) if tokens.skip("name", "by") else None
            grouped = None
            if by is not None and tokens.skip("name", "grouped"):
                tokens.take("name", "by")
                grouped = _name(tokens)
            _citations(tokens, scenario)
            block = Table(title, by, None)
            block.shown = _display(tokens, block) if tokens.skip("name", "shown") else None
            tokens.take("op", ":")
            block_kind = "table"
            block.grouped = grouped
            if block.shown_by is not None or block.year_to_date:
                if scenario.period is None:
                    raise ReferenceError_("table", "a table is shown by quarter, by year or with year to date only in a model of months or quarters")
                if block.shown_by == "month" or (block.shown_by == "quarter" and scenario.period == "quarter"):
                    raise Unsupported(f"a table shown by {block.shown_by} in a model of {scenario.period}s")
            scenario.tables.append(block)
        elif word == "actuals":
            tokens.take("name", "from")
            name = tokens.take("string").value
            if not tokens.done():
                raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
            if scenario.period != "month":
                raise Unsupported("actuals in a model of years or quarters")
            if scenario.actuals is not None:
                raise Unsupported("actuals from two files")
            scenario.actuals = read_actuals(os.path.join(folder, name), folder, scenario.years)
        elif word == "list":
            block, block_kind = _list_header(tokens, scenario), "list"
            for attribute in block.attributes:
                scenario.define(attribute, {})
            if block.name in scenario.lists:
                raise ReferenceError_("name", f"'{block.name}' is defined twice")
            scenario.lists[block.name] = block
            if tokens.skip("name", "from"):
                # In a model of months or quarters an attribute by year has a figure for each financial
                # year, one by month for each month, and one by quarter for each quarter.
                by = next((b for _, b in block.kinds.values() if b), "year")
                slots, _ = list_slots(scenario.years or [], scenario.period, by)
                _csv_members(block, os.path.join(folder, tokens.take("string").value), folder, slots, by)
                block = None
            else:
                tokens.take("op", ":")
        elif word == "check":
            scenario.checks.append(_check(tokens, number))
        elif word == "variant":
            name = _name(tokens)
            tokens.skip("string")
            tokens.take("op", ":")
            block, block_kind = {}, "variant"
            scenario.variants[name] = block
        elif word == "chart":
            scenario.charts.append(_chart(tokens))
        elif word == "source":
            name = _name(tokens)
            title = tokens.take("string").value
            if not title.strip():
                raise ReferenceError_("source", "a source needs a title")
            if name in scenario.sources:
                raise ReferenceError_("source", f"the source '{name}' is declared twice")
            scenario.sources[name] = title
            if not tokens.done():
                raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
        else:
            raise Unsupported("include")
    if scenario.years is None:
        raise ReferenceError_("years", "the scenario does not say which years it covers")
    for name in (scenario.actuals or {}):
        if name not in scenario.lines:
            if name in scenario.inputs:
                raise Unsupported("actuals of an input")
            raise ReferenceError_("actuals", f"unknown line '{name}'")
    for name in scenario.cited:
        if name not in scenario.sources:
            raise ReferenceError_("source", f"unknown source '{name}'")
    for scenario_list in scenario.lists.values():
        if not scenario_list.members:  # not in the manual; the tool refuses a list with no members
            raise ReferenceError_("list", f"the list '{scenario_list.name}' has no members")
        seen = set()
        for member, _ in scenario_list.members:
            if member in seen:
                raise ReferenceError_("list", f"'{member}' appears twice in the list '{scenario_list.name}'")
            seen.add(member)
    return scenario

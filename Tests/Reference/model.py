"""A scenario's declarations, collected from its statements (docs/language.md, Statements).

The reference reads the subset the differential generates and the manual's examples: title,
years, unit, input, lines in and out of tables, lists (inline rows or a CSV file), checks and
variants. `chart` is skipped (it draws, it does not compute); `include` is not modelled.
"""
import csv
import os
from fractions import Fraction

from lexer import ReferenceError_, Unsupported, number_value
from parser import KEYWORDS, statements
from units import MONEY

# Not in docs/language.md: the tool models at most 100 years (a docs finding).
MAXIMUM_YEARS = 100
STATEMENT_WORDS = ("title", "years", "unit", "input", "table", "list", "check", "variant", "chart", "include", "source")


class Line:
    def __init__(self, name, expression, number, label=None, total=None, table=None):
        self.name, self.expression, self.number = name, expression, number
        self.label, self.total, self.table = label, total, table


class Table:
    def __init__(self, title, by, shown):
        self.title, self.by, self.shown, self.lines = title, by, shown, []


class ScenarioList:
    def __init__(self, name, attributes):
        self.name, self.attributes, self.members = name, attributes, []  # members: (name, [Fraction])


class Check:
    def __init__(self, expression, stated, tolerance, label, number, op="=", expected=None):
        self.expression, self.stated, self.tolerance = expression, stated, tolerance
        self.label, self.number, self.op, self.expected = label, number, op, expected


class Scenario:
    def __init__(self):
        self.title, self.years = None, None
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


def _display(tokens):
    """docs/language.md, Display formats: after `shown`, roundings separated by commas
    (`to STEP RULE`, `in £000 RULE`, `in £m [to N places] RULE`), then perhaps
    `with negatives in brackets`. Gives each rounding's unit and step: (MONEY, 1) for a scale."""
    steps = []
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
    if tokens.skip("name", "with"):
        for word in ("negatives", "in", "brackets"):
            tokens.take("name", word)
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


def _line(tokens, number, table, scenario):
    name = _name(tokens)
    label = tokens.take("string").value if tokens.at("string") else None
    tokens.take("op", "=")
    expression = tokens.row()
    total = None
    if tokens.skip("name", "total"):
        tokens.take("op", ":")
        total = "none" if tokens.skip("name", "none") else tokens.expression()
    tokens.skip("string")
    _citations(tokens, scenario)
    if not tokens.done():
        raise ReferenceError_("syntax", f"unexpected '{tokens.peek().text}'")
    return Line(name, expression, number, label, total, table)


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


def _list_header(tokens):
    name = _name(tokens)
    tokens.take("op", "(")
    attributes = {}
    while True:
        attribute = _name(tokens)
        unit, _ = tokens.unit_phrase()
        attributes[attribute] = unit
        if not tokens.skip("op", ","):
            break
    tokens.take("op", ")")
    return ScenarioList(name, attributes)


def _csv_members(scenario_list, path, folder):
    inside = os.path.realpath(folder)
    if os.path.commonpath([inside, os.path.realpath(path)]) != inside:
        raise ReferenceError_("csv", f"'{path}' is outside the scenario's folder")
    if not os.path.isfile(path):
        raise ReferenceError_("csv", f"no file '{path}'")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    if "name" not in header:
        raise ReferenceError_("csv", "the CSV file has no 'name' column")
    for attribute in scenario_list.attributes:
        if attribute not in header:
            raise ReferenceError_("csv", f"the CSV file has no '{attribute}' column")
    for row in rows[1:]:
        if not row:
            continue
        if len(row) != len(header):
            raise ReferenceError_("csv", f"a row has {len(row)} fields; the header has {len(header)}")
        fields = dict(zip(header, row))
        values = [_csv_number(fields[a]) for a in scenario_list.attributes]
        if any(v < 0 for v in values):
            # The manual: a list's attributes are zero or more, from a file or written inline.
            raise ReferenceError_("csv", "a list's attributes from a file cannot be negative")
        scenario_list.members.append((fields["name"], values))


def _csv_number(text):
    text = text.strip()
    negative = text.startswith("-")
    text = text[1:] if text.startswith("-") else text
    text = text[1:] if text.startswith("£") else text
    value = number_value(text)
    return -value if negative else value


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
                while not tokens.done():
                    negative = tokens.skip("op", "-")
                    t = tokens.take()
                    if t.kind not in ("number", "money", "percent"):
                        raise ReferenceError_("syntax", f"unexpected '{t.text}' in a list row")
                    if negative and t.value != 0:
                        raise ReferenceError_("list", "a list's attributes cannot be negative")
                    values.append(t.value)
                if len(values) != len(block.attributes):
                    raise ReferenceError_("list", f"'{member}' has {len(values)} values")
                block.members.append((member, values))
            else:
                name = _name(tokens)
                # One member's figure of a list: `list_size["Enderby"] = 6,400 patients`.
                if tokens.skip("op", "["):
                    name = (name, tokens.take("string").value)
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
            first = tokens.take("year").value
            tokens.take("name", "to")
            last = tokens.take("year").value
            if last < first:
                raise ReferenceError_("years", "the years run backwards")
            if last - first + 1 > MAXIMUM_YEARS:
                raise ReferenceError_("years", f"at most {MAXIMUM_YEARS} years are modelled")
            scenario.years = list(range(first, last + 1))
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
            _citations(tokens, scenario)
            shown = _display(tokens) if tokens.skip("name", "shown") else None
            tokens.take("op", ":")
            block, block_kind = Table(title, by, shown), "table"
            scenario.tables.append(block)
        elif word == "list":
            block, block_kind = _list_header(tokens), "list"
            for attribute in block.attributes:
                scenario.define(attribute, {})
            if block.name in scenario.lists:
                raise ReferenceError_("name", f"'{block.name}' is defined twice")
            scenario.lists[block.name] = block
            if tokens.skip("name", "from"):
                _csv_members(block, os.path.join(folder, tokens.take("string").value), folder)
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

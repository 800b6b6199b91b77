"""Statements and expressions of the scenario language, from docs/language.md.

Expressions are tuples, the first item naming the form:
  ("lit", value, unit, display)   a number, amount, percentage or quantity ("9 months" adds a
                                  fifth item, "part of a year")
  ("name", text)  ("year",)  ("yearlit", start)  ("monthlit", ordinal)  ("member", text)  ("word", text)
  ("neg", e)  ("bin", op, a, b)  ("cmp", op, a, b)  ("and", a, b)  ("or", a, b)  ("not", a)
  ("if", condition, then, else)  ("index", e, key)  ("call", name, [positional], {named})
  ("in", e, unit, display)  ("row", [e, ...])  ("range", first, last)

Precedence is not written in the manual; the usual one is assumed (loosest first): `if`, `or`,
`and`, `not`, comparisons, `in`, `+ -`, `* /`, unary `-`, indexing.
"""
from fractions import Fraction

from lexer import ReferenceError_, Unsupported, logical_lines
from units import MONEY, PLAIN, UnitWords, divide

# A month and a quarter are fractions of the year every line is a figure for (docs/language.md,
# "Time"): `9 months` is 0.75, `£100 per month` is £1,200 a year.
YEAR_FRACTIONS = {"month": Fraction(1, 12), "months": Fraction(1, 12), "quarter": Fraction(1, 4), "quarters": Fraction(1, 4)}

# The same words in a model of months or quarters: the part of one period each is.
PERIODS_A_YEAR = {"month": Fraction(1, 12), "quarter": Fraction(1, 4)}
YEAR = (("year", 1),)  # the denominator of an amount per year in a model of months or quarters


def period_fraction(word, period):
    """`month` or `quarter` (or their plurals) as a part of the model's unit of time."""
    part = YEAR_FRACTIONS[word]
    return part if period is None else part / PERIODS_A_YEAR[period]


KEYWORDS = {"if", "then", "else", "and", "or", "not", "in", "to", "per", "within", "total", "from", "by", "shown", "where"}
_COMPARISONS = {"=", "!=", "<", "<=", ">", ">="}
MAXIMUM_DEPTH = 200


class Tokens:
    def __init__(self, items, words):
        self.items, self.i, self.words = items, 0, words
        self.equals_ends = False  # in a check, a top-level '=' (or >=, <=, >, <) ends the figure
        self.depth = 0  # brackets, unary minuses and 'not's open around the current place

    def peek(self, offset=0):
        j = self.i + offset
        return self.items[j] if j < len(self.items) else None

    def at(self, kind, text=None, offset=0):
        t = self.peek(offset)
        return t is not None and t.kind == kind and (text is None or t.text == text)

    def take(self, kind=None, text=None):
        t = self.peek()
        if t is None or (kind and t.kind != kind) or (text and t.text != text):
            found = t.text if t else "the end of the line"
            raise ReferenceError_("syntax", f"expected {text or kind}, found '{found}'")
        self.i += 1
        return t

    def skip(self, kind, text=None):
        if self.at(kind, text):
            self.i += 1
            return True
        return False

    def done(self):
        return self.i >= len(self.items)

    # Units ---------------------------------------------------------------------------------

    def unit_word(self):
        t = self.peek()
        if t is None or t.kind != "name":
            return None
        return self.words.base(t.text)

    def per_tail(self, u):
        """`per word` clauses after a unit. In a model of years `per year` and `per annum` add
        nothing and `per month` and `per quarter` are 12 and 4 times as much a year
        (`self.factor`, for a literal). In a model of months or quarters (docs/language.md,
        "Months and quarters") the period is the unit of time: `per month` in a model of quarters
        is a third of a quarter's; a rate per year converts exactly (`£1.20 per patient per year`
        is £0.10 per patient a month), but an amount per year stays yearly (`£ per year`)."""
        period = self.words.period
        yearly = quarterly = False
        while self.at("name", "per"):
            after = self.peek(1)
            if after is not None and after.kind == "name" and after.text in ("year", "annum"):
                self.i += 2
                yearly = True
                continue
            if after is not None and after.kind == "name" and after.text in YEAR_FRACTIONS:
                self.factor /= period_fraction(after.text, period)
                self.i += 2
                quarterly = quarterly or (period == "month" and after.text.startswith("quarter"))
                continue
            if after is not None and after.kind == "number":
                raise Unsupported("a rate with a number in its denominator")
            self.i += 1
            base = self.unit_word()
            if base is None:
                raise ReferenceError_("syntax", "expected a unit after 'per'")
            self.i += 1
            u = divide(u, ((base, 1),))
        if quarterly and not any(p < 0 for _, p in u):
            # The manual says what `per quarter` is in a model of quarters, not in one of months.
            raise Unsupported("an amount per quarter in a model of months")
        if yearly and period is not None:
            if any(p < 0 for _, p in u):
                self.factor *= PERIODS_A_YEAR[period]
            elif u == MONEY:
                u = divide(u, YEAR)
            else:
                raise Unsupported("a count per year in a model of months or quarters")
        return u

    factor = Fraction(1)

    def unit_phrase(self):
        """A unit as written after `in` or in a list header: `%`, `£`, `£ per patient`, `hours`."""
        if self.skip("op", "%"):
            return PLAIN, "percent"
        if self.skip("pound"):
            return self.per_tail(MONEY), None
        base = self.unit_word()
        if base is None:
            raise ReferenceError_("syntax", "expected a unit")
        self.i += 1
        return self.per_tail(((base, 1),)), None

    # Expressions ---------------------------------------------------------------------------

    def expression(self):
        if self.skip("name", "if"):
            condition = self.expression()
            self.take("name", "then")
            then = self.expression()
            self.take("name", "else")
            return ("if", condition, then, self.expression())
        return self.disjunction()

    def disjunction(self):
        e = self.conjunction()
        while self.skip("name", "or"):
            e = ("or", e, self.conjunction())
        return e

    def conjunction(self):
        e = self.negation()
        while self.skip("name", "and"):
            e = ("and", e, self.negation())
        return e

    def negation(self):
        if self.skip("name", "not"):
            return ("not", self.nested(self.negation))
        return self.comparison()

    def comparison(self):
        e = self.conversion()
        t = self.peek()
        if t is not None and t.kind == "op" and t.text in _COMPARISONS and not self.equals_ends:
            op = self.take().text
            e = ("cmp", op, e, self.conversion())
        return e

    def conversion(self):
        e = self.additive()
        while self.skip("name", "in"):
            u, display = self.unit_phrase()
            if display == "percent" and self.skip("name", "to"):
                # `in % to 2 places [rule]`: how many decimals are shown, not the value.
                t = self.take("number")
                if t.value != int(t.value) or not 0 <= t.value <= 6:
                    raise ReferenceError_("syntax", "a percentage is shown to 0 to 6 places")
                if not (self.skip("name", "places") or self.skip("name", "place")):
                    raise ReferenceError_("syntax", "expected 'places'")
                if self.at("name") and self.peek().text in ("half_up", "half_even", "toward_zero", "down", "up", "floor", "ceiling"):
                    self.take()
            e = ("in", e, u, display)
        return e

    def additive(self):
        e = self.multiplicative()
        while self.at("op", "+") or self.at("op", "-"):
            op = self.take().text
            e = ("bin", op, e, self.multiplicative())
        return e

    def multiplicative(self):
        e = self.unary()
        while self.at("op", "*") or self.at("op", "/"):
            op = self.take().text
            e = ("bin", op, e, self.unary())
        return e

    def unary(self):
        if self.skip("op", "-"):
            return ("neg", self.nested(self.unary))
        return self.postfix()

    def nested(self, parse):
        """docs/robustness.md: at most 200 levels of brackets, `-` and `not` around a value."""
        self.depth += 1
        if self.depth > MAXIMUM_DEPTH:
            raise ReferenceError_("nested", "expression nested too deeply")
        try:
            return parse()
        finally:
            self.depth -= 1

    def postfix(self):
        e = self.primary()
        while self.skip("op", "["):
            key = self.bracketed(self.expression)
            while self.skip("op", ","):  # contribution["Enderby", 2019/20]: one key after another
                e = ("index", e, key)
                key = self.bracketed(self.expression)
            self.take("op", "]")
            e = ("index", e, key)
        return e

    def bracketed(self, parse):
        """Inside brackets every '=' compares, even in a check's figure."""
        saved, self.equals_ends = self.equals_ends, False
        try:
            return self.nested(parse)
        finally:
            self.equals_ends = saved

    def primary(self):
        t = self.peek()
        if t is None:
            raise ReferenceError_("syntax", "expected a value, found the end of the line")
        if t.kind == "op" and t.text == "(":
            self.i += 1
            e = self.bracketed(self.expression)
            self.take("op", ")")
            return e
        if t.kind in ("number", "percent", "money"):
            return self.literal()
        if t.kind == "month":
            self.i += 1
            return ("monthlit", t.value)
        if t.kind == "year":
            self.i += 1
            if self.at("name") and self.peek().text in ("Q1", "Q2", "Q3", "Q4"):
                raise Unsupported("a quarter written as a value")
            if self.skip("name", "to"):
                return ("range", t.value, self.take("year").value)
            return ("yearlit", t.value)
        if t.kind == "string":
            self.i += 1
            return ("member", t.value)
        if t.kind == "name":
            self.i += 1
            if t.text == "year":
                return ("year",)
            if self.at("op", "("):
                return self.call(t.text)
            if t.text in KEYWORDS:
                raise ReferenceError_("syntax", f"'{t.text}' cannot start a value")
            return ("name", t.text)
        raise ReferenceError_("syntax", f"unexpected '{t.text}'")

    def literal(self):
        t = self.take()
        if t.kind == "percent":
            return ("lit", t.value, PLAIN, "percent")
        if t.kind == "money":
            return self.scaled(t.value, MONEY)
        u = PLAIN
        after = self.peek()
        if after is not None and after.kind == "name" and after.text in YEAR_FRACTIONS:
            # `9 months` is nine twelfths of a year, a plain number (in a model of months, 9).
            if self.words.period == "month" and after.text.startswith("quarter"):
                raise Unsupported("a number of quarters in a model of months")
            self.i += 1
            return self.scaled(t.value * period_fraction(after.text, self.words.period), PLAIN) + ("part of a year",)
        base = self.unit_word()
        if base is not None:
            self.i += 1
            u = ((base, 1),)
        return self.scaled(t.value, u)

    def scaled(self, value, u):
        """A literal with its `per` clauses, times what `per month` or `per quarter` make it."""
        self.factor = Fraction(1)
        u = self.per_tail(u)
        return ("lit", value * self.factor, u, None)

    def call(self, function):
        self.take("op", "(")
        positional, named = [], {}
        while not self.at("op", ")"):
            if self.at("name") and self.at("op", ":", 1):
                key = self.take().text
                self.take("op", ":")
                # phase(..., profile: 5% | 10% | ...): twelve weights written out with `|`.
                named[key] = self.bracketed(self.row) if key == "profile" else self.argument()
            else:
                positional.append(self.argument())
            if not self.skip("op", ","):
                break
        self.take("op", ")")
        return ("call", function, positional, named)

    def argument(self):
        """A call's argument, with `where CONDITION` after it when it has one (the manual, Aggregates)."""
        e = self.bracketed(self.expression)
        if self.skip("name", "where"):
            e = ("where", e, self.bracketed(self.expression))
        return e

    def row(self):
        """`a | b | c`, one value per year, or a single value."""
        items = [self.expression()]
        while self.skip("op", "|"):
            items.append(self.expression())
        return items[0] if len(items) == 1 else ("row", items)


def statements(source):
    """Logical lines with their first word, and the unit words the file declares."""
    words = UnitWords()
    lines = logical_lines(source)
    for number, indent, items in lines:
        # docs/language.md, "Months and quarters": `months` or `quarters` where `years` would be.
        if indent == 0 and len(items) > 1 and items[0].kind == "name" and items[0].text in ("months", "quarters") \
                and not (items[1].kind == "op" and items[1].text == "=") and items[1].kind != "string":
            words.period = items[0].text[:-1]
        if indent == 0 and items and items[0].kind == "name" and items[0].text == "unit":
            names = [t.text for t in items[1:] if t.kind == "name"]
            if not names or len(names) > 2:
                raise ReferenceError_("syntax", "a unit statement names a word and perhaps its plural")
            words.declare(names[0], names[1] if len(names) > 1 else None)
    return [(number, indent, Tokens(items, words)) for number, indent, items in lines], words

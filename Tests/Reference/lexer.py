"""Tokens of the scenario language, read from docs/language.md (not from the Swift lexer).

A logical line is one statement: physical lines are joined while a bracket is open, comments
(`#` to the end of the line, outside strings) are dropped, and the indentation is kept so the
parser can tell a block's lines from the next statement.

Token kinds:
  year    `2016/17`, `16/17`, `FY2016/17`, `FY16/17` (no spaces; the second year must follow)
  month   `2019-07`: four digits, a hyphen and two, no spaces (its value an ordinal of months)
  money   `£58,620`, `£3.00`, `£487k`, `£1.09m` (the sign is the unary minus before it)
  number  `325,000`, `0.25`, `2%` (a percentage is the plain number 0.02)
  pound   a lone `£`, as a unit in a list header or after `in`
  string  `"…"`
  name    letters, digits and `_`, starting with a letter (keywords too)
  op      `+ - * / = != < <= > >= ( ) [ ] , : | %`
"""
from fractions import Fraction
import re


class ReferenceError_(Exception):
    """A mistake the reference finds in a scenario: the tool must exit 2 for it too."""

    def __init__(self, kind, message):
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message


class Unsupported(Exception):
    """A construct the reference does not model: the scenario is skipped, not compared."""


class Token:
    __slots__ = ("kind", "text", "value")

    def __init__(self, kind, text, value=None):
        self.kind, self.text, self.value = kind, text, value

    def __repr__(self):
        return f"{self.kind}:{self.text}"


_YEAR = re.compile(r"(?:FY)?(\d{4}|\d{2})/(\d{2})(?![\d/])")
# Commas separate thousands: a comma followed by exactly three digits belongs to the number.
_MONTH = re.compile(r"(\d{4})-(\d{2})(?![\d/.,])")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_OPS = ["!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "[", "]", ",", ":", "|", "%"]


def year_start(first, second):
    """The start year of a financial year written `first/second`; raises when it is not one."""
    start = int(first)
    if len(first) == 2:
        start += 2000  # docs/language.md does not say which century `16/17` is in; 20xx is assumed
    if (start + 1) % 100 != int(second):
        raise ReferenceError_("syntax", f"'{first}/{second}' is not a financial year")
    return start


# docs/language.md says amounts are "exact to any number of decimals"; the tool reads at most 18
# (its help says so, docs/robustness.md lists 'number too precise'): a docs finding.
MAXIMUM_PLACES = 18


def number_value(text):
    if "." in text and len(text.split(".")[1]) > MAXIMUM_PLACES:
        raise ReferenceError_("number", f"'{text}' is not a number this tool can hold exactly")
    return Fraction(text.replace(",", ""))


def tokens(text):
    """The tokens of one logical line."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
            continue
        if c == '"':  # a backslash escapes the next character (not in the manual; the tool reads it)
            j, value = i + 1, ""
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                value += text[j]
                j += 1
            if j >= n:
                raise ReferenceError_("syntax", "unterminated string")
            out.append(Token("string", text[i:j + 1], value))
            i = j + 1
            continue
        m = _YEAR.match(text, i)
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.,")):
            out.append(Token("year", m.group(0), year_start(m.group(1), m.group(2))))
            i = m.end()
            continue
        m = _MONTH.match(text, i)
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.,")):
            # docs/language.md, "Months and quarters": `2019-10` is a month (`2019 - 10` subtracts).
            from periods import month_ordinal
            out.append(Token("month", m.group(0), month_ordinal(int(m.group(1)), int(m.group(2)))))
            i = m.end()
            continue
        if c == "£":
            m = _NUMBER.match(text, i + 1)
            if not m:
                out.append(Token("pound", "£"))
                i += 1
                continue
            value, j = number_value(m.group(0)), m.end()
            if j < n and text[j] in "km" and not (j + 1 < n and (text[j + 1].isalnum() or text[j + 1] == "_")):
                value *= 1000 if text[j] == "k" else 1_000_000
                j += 1
            out.append(Token("money", text[i:j], value))
            i = j
            continue
        if c.isdigit():
            m = _NUMBER.match(text, i)
            value, j = number_value(m.group(0)), m.end()
            if j < n and text[j] == "%":
                out.append(Token("percent", text[i:j + 1], value / 100))
                i = j + 1
                continue
            if j < n and (text[j].isalpha() or text[j] == "_"):
                raise ReferenceError_("syntax", f"unexpected '{text[i:j + 1]}'")
            out.append(Token("number", m.group(0), value))
            i = j
            continue
        m = _NAME.match(text, i)
        if m:
            out.append(Token("name", m.group(0)))
            i = m.end()
            continue
        for op in _OPS:
            if text.startswith(op, i):
                out.append(Token("op", op))
                i += len(op)
                break
        else:
            raise ReferenceError_("syntax", f"unexpected character '{c}'")
    return out


def strip_comment(line):
    inside, escaped = False, False
    for i, c in enumerate(line):
        if escaped:
            escaped = False
        elif c == "\\" and inside:
            escaped = True
        elif c == '"':
            inside = not inside
        elif c == "#" and not inside:
            return line[:i]
    return line


def logical_lines(source):
    """(line number, indentation, tokens) for each statement, joining lines inside brackets."""
    if source.startswith("\ufeff"):
        source = source[1:]
    result, pending, depth, start, indent = [], [], 0, 0, 0
    for number, raw in enumerate(source.replace("\r\n", "\n").split("\n"), start=1):
        line = strip_comment(raw).rstrip()
        if not pending:
            if not line.strip():
                continue
            start = number
            expanded = line.expandtabs(2)
            indent = len(expanded) - len(expanded.lstrip(" "))
        line_tokens = tokens(line)
        pending += line_tokens
        for t in line_tokens:
            if t.kind == "op" and t.text in "([":
                depth += 1
            elif t.kind == "op" and t.text in ")]":
                depth -= 1
        if depth <= 0:
            result.append((start, indent, pending))
            pending, depth = [], 0
    if pending:
        raise ReferenceError_("syntax", "a bracket is not closed")
    return result

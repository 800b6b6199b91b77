"""Units of the scenario language, as docs/language.md describes them.

A unit is a product of base words with integer powers: `£ per patient` is {£: 1, patient: -1},
`patients` is {patient: 1}, a plain number (and a percentage, which is a plain number shown
with `%`) is {}. Multiplying adds the powers, dividing subtracts them; adding, comparing and
choosing need equal units.
"""
from lexer import ReferenceError_, Unsupported

BUILTIN = {
    "patient": "patients", "practice": "practices", "hour": "hours", "minute": "minutes",
    "day": "days", "week": "weeks", "appointment": "appointments", "session": "sessions",
    "FTE": "FTE", "person": "people",
}


def regular_plural(word):
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


class UnitWords:
    """The unit words a scenario knows: the built-in ones and those it declares with `unit`."""

    def __init__(self):
        self.period = None  # "month" or "quarter" in a model of months or quarters
        self.singular = {}
        for one, many in BUILTIN.items():
            self.singular[one] = one
            self.singular[many] = one

    def declare(self, one, many=None):
        many = many or regular_plural(one)
        self.singular[one] = one
        self.singular[many] = one

    def base(self, word):
        """The base word for `word`, or None when it is not a unit."""
        base = self.singular.get(word)
        if base == "minute":
            raise Unsupported("minutes convert to hours; the reference does not model conversions")
        return base


def unit(**powers):
    return tuple(sorted((k, v) for k, v in powers.items() if v))


PLAIN = ()
MONEY = (("£", 1),)


def multiply(a, b, sign=1):
    powers = dict(a)
    for k, v in b:
        powers[k] = powers.get(k, 0) + sign * v
    return tuple(sorted((k, v) for k, v in powers.items() if v))


def divide(a, b):
    return multiply(a, b, -1)


def describe(u):
    """How the manual writes a unit: `£`, `£ per patient`, `patients`, or `` for a plain number."""
    top = [k if v == 1 else f"{k}^{v}" for k, v in u if v > 0]
    bottom = [k if v == -1 else f"{k}^{-v}" for k, v in u if v < 0]
    text = " ".join(top)
    for word in bottom:
        text += f" per {word}"
    return text.strip()


def require_same(a, b, what):
    if a != b:
        raise ReferenceError_("unit", f"{what}: '{describe(a)}' and '{describe(b)}'")

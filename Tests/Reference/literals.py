"""Random figures written as a scenario writes them: `£1,234.50`, `-£2,083`, `£487k`, `2.5%`,
`6,254 patients`, `£3.34 per patient`, `0.5 days`, `£50 per pharmacist`.

Kinds: money, rate (£ per patient), patients, count (in the scenario's own count unit: days,
sessions, FTE, or a unit it declares), wage (£ per count unit) and plain numbers. Every literal
is returned as text; its value is whatever the reference reads from that text, so the generator
never needs to agree with itself about a number.
"""
from fractions import Fraction

TYPES = ("money", "rate", "patients", "count", "wage", "plain")
# (singular, plural, declaration) of the count unit; declaration is the `unit` statement, if any.
COUNT_UNITS = [
    ("day", "days", None), ("session", "sessions", None), ("hour", "hours", None), ("FTE", "FTE", None),
    ("appointment", "appointments", None), ("person", "people", None),
    ("pharmacist", "pharmacists", "unit pharmacist, pharmacists"), ("pharmacy", "pharmacies", "unit pharmacy"),
    ("coach", "coaches", "unit coach"), ("clinic", "clinics", "unit clinic"),
]


class Count:
    """The scenario's count unit, chosen once per scenario."""
    one, many = "day", "days"


def use_count_unit(one, many):
    Count.one, Count.many = one, many


def counted(number_text):
    return f"{number_text} {Count.one if number_text in ('1', '-1') else Count.many}"


def grouped(n):
    """An integer with commas between thousands."""
    return f"{n:,}"


def decimal(rng, whole_max, places_max):
    """A non-negative decimal as text, with thousands separators at random."""
    whole = rng.choice([0, 1, 2, 3, 5, 7, 10, 12, 100, 250]) if rng.random() < 0.3 else rng.randint(0, whole_max)
    places = rng.choice([0, 0, 1, 2, 2, 2, places_max]) if places_max else 0
    text = grouped(whole) if rng.random() < 0.8 else str(whole)
    if places:
        digits = [str(rng.randint(0, 9)) for _ in range(places)]
        if rng.random() < 0.3:
            digits[-1] = "5"  # halfway between two steps, where rounding rules differ
        text += "." + "".join(digits)
    return text


def money_text(rng, whole_max=250_000, negative=0.1, places_max=3):
    sign = "-" if rng.random() < negative else ""
    roll = rng.random()
    if roll < 0.08:
        return f"{sign}£{rng.randint(1, 999)}k"
    if roll < 0.12:
        return f"{sign}£{rng.randint(1, 9)}.{rng.randint(0, 99):02d}m"
    return f"{sign}£{decimal(rng, whole_max, places_max)}"


def percent_text(rng):
    return rng.choice(["0%", "1%", "2%", "2.5%", "3%", "5%", "0.25%", "10%", "12.5%", "-1%", "33%", "100%"])


def literal(rng, kind, nonzero=False):
    """A figure of `kind` (one of TYPES)."""
    for _ in range(20):
        text = _literal(rng, kind)
        if not nonzero or any(c in "123456789" for c in text.split("per")[0]):
            return text
    return number_text(kind, Fraction(1))


def _literal(rng, kind):
    if kind == "money":
        return money_text(rng)
    if kind == "rate":
        sign = "-" if rng.random() < 0.05 else ""
        return f"{sign}£{decimal(rng, 12, 2)} per patient"
    if kind == "patients":
        n = decimal(rng, 400_000, 0) if rng.random() < 0.9 else decimal(rng, 1000, 1)
        return f"{n} {'patient' if n == '1' else 'patients'}"
    if kind == "count":
        return counted(decimal(rng, 40, 2))
    if kind == "wage":
        return f"£{decimal(rng, 400, 2)} per {Count.one}"
    if rng.random() < 0.4:
        return percent_text(rng)
    sign = "-" if rng.random() < 0.05 else ""
    return sign + decimal(rng, 2000, 2)


def step_text(rng, kind):
    """A rounding or apportionment step of `kind`."""
    return rng.choice({
        "money": ["£0.01", "£0.01", "£1", "£0.05", "£10", "£0.5", "£1k"],
        "rate": ["£0.01 per patient", "£0.001 per patient", "£1 per patient"],
        "patients": ["1 patient", "10 patients", "0.5 patients"],
        "count": [counted("0.1"), counted("0.5"), counted("1")],
        "wage": [f"£0.01 per {Count.one}", f"£1 per {Count.one}"],
        "plain": ["1", "0.01", "0.5", "0.001", "100"],
    }[kind])


def year_text(rng, start):
    """A financial year in any of the manual's four spellings."""
    short = f"{start % 100:02d}/{(start + 1) % 100:02d}"
    long = f"{start}/{(start + 1) % 100:02d}"
    return rng.choice([long, long, short, "FY" + long, "FY" + short])


def row_text(rng, kind, count, zero=0.05):
    """One figure per year, `a | b | c`, some of them zero."""
    cells = []
    for _ in range(count):
        cells.append(zero_of(kind) if rng.random() < zero else literal(rng, kind))
    return " | ".join(cells)


def zero_of(kind):
    return number_text(kind, Fraction(0))


def huge(rng, kind):
    """A figure near the top of what 128 bits hold, for overflow cases."""
    digits = grouped(rng.randint(10 ** 17, 10 ** 19))
    return number_text(kind, Fraction(digits.replace(",", "")))


def near_limit(rng):
    """Two factors whose product is within a few bits of 2^127, on either side."""
    a = rng.randint(2 ** 59, 2 ** 64)
    b = (2 ** 127 + rng.randint(-(2 ** 125), 2 ** 125)) // a
    return grouped(a), grouped(b)


def stated_text(kind, value, rng):
    """A stated figure near `value` (a Fraction), as a source document would round it."""
    shown = round(value, 2) if rng.random() < 0.7 else round(value)
    if rng.random() < 0.2:
        shown += rng.choice([Fraction(1, 100), Fraction(-1, 100), Fraction(1), Fraction(-5)])
    return number_text(kind, Fraction(shown))


def number_text(kind, value):
    """An exact Fraction with a terminating decimal, written as a literal of `kind`."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = int(value)
    rest = value - whole
    text = grouped(whole)
    if rest:
        places = 0
        while rest.denominator > 1 and places < 12:
            rest *= 10
            places += 1
        text += "." + str(int(rest)).rjust(places, "0")
    if kind == "money":
        return f"{sign}£{text}"
    if kind == "rate":
        return f"{sign}£{text} per patient"
    if kind == "patients":
        return f"{sign}{text} patients"
    if kind == "count":
        return sign + counted(text)
    if kind == "wage":
        return f"{sign}£{text} per {Count.one}"
    return sign + text

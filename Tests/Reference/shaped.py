"""Forms that change a value's shape, for the expression generator: totals and averages over years,
ranges of years or members, indexing, `yearly`, `cumulative`, `prev`, `uplift` and `apportion`.
"""
from literals import literal, percent_text, step_text, year_text


def shaped(self, kind, shape, depth):
    """(weight, maker) pairs of forms giving `kind` in exactly `shape` from another shape."""
    rng, years, members = self.rng, self.years, self.members
    year = lambda: year_text(rng, rng.choice(years))  # noqa: E731
    member = lambda: f'"{rng.choice(members)}"' if members else None  # noqa: E731

    def over_range():
        first = rng.choice(years)
        last = rng.choice([y for y in years if y >= first])
        return f"{year_text(rng, first)} to {year_text(rng, last)}"

    e = lambda k, s: self.expression(k, s, depth)[0]  # noqa: E731
    indexed = lambda k, s, key: (f"{self.wrap8(k, s, depth)}[{key}]", 8)  # noqa: E731
    summed = "rate" != kind or rng.random() < 0.1
    options = []
    if shape == "S":
        options += [(1, lambda: indexed(kind, "Y", year()))]
        if summed:
            options += [(1, lambda: (f"{rng.choice(['total', 'average'])}({e(kind, 'Y')})", 8)),
                        (1, lambda: (f"total({e(kind, 'Y')}, over: {over_range()})", 8))]
        if members:
            options += [(1, lambda: indexed(kind, "M", member()))]
            if summed:
                options += [(1, lambda: (f"{rng.choice(['total', 'average'])}({e(kind, 'M')})", 8))]
    if shape == "Y":
        options += [(2, lambda: (f"yearly({e(kind, 'S')})", 8)),
                    (1, lambda: (f"cumulative({e(kind, 'Y')})", 8)),
                    (1, lambda: (f"prev({e(kind, 'Y')}, first: {literal(rng, kind)})", 8)),
                    (2, lambda: uplift(self, kind))]
        if members:
            options += [(1, lambda: indexed(kind, "MY", member()))]
            if summed:
                options += [(1, lambda: (f"{rng.choice(['total', 'average'])}({e(kind, 'MY')}, over: practices)", 8))]
    if shape == "M" and members:
        options += [(1, lambda: indexed(kind, "MY", year())), (2, lambda: apportion(self, kind, "S", depth))]
        if summed:
            options += [(1, lambda: (f"total({e(kind, 'MY')}, over: {over_range()})", 8))]
    if shape == "MY" and members:
        options += [(2, lambda: apportion(self, kind, "Y", depth)),
                    (1, lambda: (f"yearly({e(kind, 'M')})", 8)),
                    (1, lambda: (f"cumulative({e(kind, 'MY')})", 8)),
                    (1, lambda: (f"prev({e(kind, 'MY')}, first: {literal(rng, kind)})", 8))]
    return options


def uplift(self, kind):
    rng = self.rng
    base = self.atom(kind, "S")[0]
    rate_names = self.known("plain", "S")
    rate = rng.choice(rate_names) if rate_names and rng.random() < 0.3 else percent_text(rng)
    start = rng.choice(self.years) - rng.choice([0, 0, 0, 1, 3])
    policy = rng.choice(["each_year", "once"])
    rule = rng.choice(["half_up", "half_even", "toward_zero", "down", "up"])
    return (f"uplift({base}, by: {rate}, from: {year_text(rng, start)}, policy: {policy}, rule: {rule}, "
            f"step: {step_text(rng, kind)})", 8)


def apportion(self, kind, amount_shape, depth):
    rng = self.rng
    if kind == "rate":  # a rate is not split; a rate per member comes from the attributes
        text, precedence = self.member_atom("rate")
        return (text, precedence) if amount_shape == "S" else (f"yearly({text})", 8)
    amount = self.expression(kind, amount_shape, depth)[0]
    weight = rng.choice(self.weights)
    return f"apportion({amount}, by: {weight}, step: {step_text(rng, kind)})", 8

"""Random well-typed expressions for the differential's scenarios.

An expression is asked for by kind (literals.TYPES, or a yes/no `cond`) and
shape: "S" one figure, "Y" one per year, "M" one per list member, "MY" one per member per year.
Each form is written with the fewest brackets the usual precedence needs, so the tool's parser
is tested too. Texts come with a precedence: 0 `if`, 1 `or`, 2 `and`, 3 `not`, 4 comparison,
5 `+ -`, 6 `* /`, 7 unary minus, 8 an atom.
"""
from literals import literal, step_text, year_text, zero_of
from shaped import shaped

SUBSHAPES = {"S": ["S"], "Y": ["S", "Y"], "M": ["S", "M"], "MY": ["S", "Y", "M", "MY"]}
# (left kind, right kind) for a product or a quotient of the kind asked for.
PRODUCTS = {
    "money": [("money", "plain"), ("plain", "money"), ("rate", "patients"), ("patients", "rate"), ("wage", "count")],
    "rate": [("rate", "plain"), ("plain", "rate")],
    "patients": [("patients", "plain"), ("plain", "patients")],
    "count": [("count", "plain"), ("plain", "count")],
    "wage": [("wage", "plain"), ("plain", "wage")],
    "plain": [("plain", "plain")],
}
QUOTIENTS = {
    "money": [("money", "plain")],
    "rate": [("money", "patients"), ("rate", "plain")],
    "patients": [("money", "rate"), ("patients", "plain")],
    "count": [("count", "plain"), ("money", "wage")],
    "wage": [("money", "count"), ("wage", "plain")],
    "plain": [("money", "money"), ("patients", "patients"), ("count", "count"), ("plain", "plain"), ("rate", "rate")],
}
RULES = ["half_up", "half_even", "toward_zero", "down", "up"]


def wrap(text, precedence, needed):
    return f"({text})" if precedence < needed else text


class Expressions:
    def __init__(self, rng, names, years, members, weights):
        self.rng, self.names, self.years, self.members = rng, names, years, members
        self.weights = weights  # list attributes usable as apportionment weights

    def choose(self, options):
        total = sum(w for w, _ in options)
        roll = self.rng.random() * total
        for w, make in options:
            roll -= w
            if roll < 0:
                return make()
        return options[-1][1]()

    def known(self, kind, shape):
        return [n for n, (k, s) in self.names.items() if k == kind and s == shape]

    # Atoms ---------------------------------------------------------------------------------

    def atom(self, kind, shape):
        names = self.known(kind, shape)
        if names and self.rng.random() < 0.8:
            return self.rng.choice(names), 8
        if shape == "S":
            if kind == "cond":
                return self.condition("S", 0)
            text = literal(self.rng, kind)
            return text, 7 if text.startswith("-") else 8
        if shape == "Y":
            return f"yearly({self.atom(kind, 'S')[0]})", 8
        if shape == "M":
            return self.member_atom(kind)
        options = [(1, lambda: (f"yearly({self.atom(kind, 'M')[0]})", 8))]
        if kind != "cond":
            options.append((1, lambda: (f"{wrap(*self.atom(kind, 'M'), 6)} * {wrap(*self.atom('plain', 'Y'), 7)}", 6)))
        return self.choose(options)

    def member_atom(self, kind):
        """A figure per member, from the list's attributes."""
        if kind == "cond":
            left, p = self.atom("patients", "M")
            return f"{wrap(left, p, 5)} > {literal(self.rng, 'patients')}", 4
        names = self.known(kind, "M")
        if names:
            return self.rng.choice(names), 8
        size = self.known("patients", "M")[0]
        return {
            "money": (f"{size} * {literal(self.rng, 'rate')}", 6),
            "rate": (f"{literal(self.rng, 'money', nonzero=True)} / ({size} + 1 patient)", 6),
            "patients": (size, 8),
            "count": (f"{size} / 1,000 patients * {literal(self.rng, 'count')}", 6),
            "wage": (f"{size} / 1,000 patients * {literal(self.rng, 'wage')}", 6),
            "plain": (f"{size} / {literal(self.rng, 'patients', nonzero=True)}", 6),
        }[kind]

    # Expressions ---------------------------------------------------------------------------

    def expression(self, kind, shape, depth):
        """Text and precedence of an expression of `kind` and exactly `shape`."""
        if kind == "cond":
            return self.condition(shape, depth)
        if depth <= 0:
            return self.atom(kind, shape)
        d = depth - 1
        sub = lambda: self.rng.choice(SUBSHAPES[shape])  # noqa: E731
        options = [
            (4, lambda: self.atom(kind, shape)),
            (3, lambda: self.binary(self.rng.choice("+-"), (kind, shape), (kind, sub()), d)),
            (3, lambda: self.binary("*", *self.pair(PRODUCTS[kind], shape), d)),
            (2, lambda: self.quotient(kind, shape, d)),
            (1, lambda: (f"-{wrap(*self.expression(kind, shape, d), 8)}", 7)),
            (1, lambda: (f"abs({self.expression(kind, shape, d)[0]})", 8)),
            (2, lambda: self.rounded(kind, shape, d)),
            (1, lambda: self.several(kind, shape, d)),
            (2, lambda: self.choice(kind, shape, d)),
            (1, lambda: (f"pro_rata({self.expression(kind, shape, d)[0]}, {self.months()})", 8)),
        ]
        options += self.shaped(kind, shape, d)
        return self.choose(options)

    def pair(self, kinds, shape):
        left, right = self.rng.choice(kinds)
        shapes = [shape, self.rng.choice(SUBSHAPES[shape])]
        if shape == "MY" and self.rng.random() < 0.3:
            shapes = ["M", "Y"]
        self.rng.shuffle(shapes)
        return (left, shapes[0]), (right, shapes[1])

    def binary(self, op, left, right, depth):
        a, pa = self.expression(*left, depth)
        b, pb = self.expression(*right, depth)
        level = 5 if op in "+-" else 6
        return f"{wrap(a, pa, level)} {op} {wrap(b, pb, level + 1)}", level

    def quotient(self, kind, shape, depth):
        (top, top_shape), (bottom, bottom_shape) = self.pair(QUOTIENTS[kind], shape)
        roll = self.rng.random()
        if roll < 0.4:  # by a figure that is not zero: the dividend has the whole shape
            a, pa = self.expression(top, shape, depth)
            return f"{wrap(a, pa, 6)} / {literal(self.rng, bottom, nonzero=True)}", 6
        a, pa = self.expression(top, top_shape, depth)
        b, pb = self.expression(bottom, bottom_shape, depth)
        if roll < 0.7:  # a guarded division: the branch not chosen may divide by zero
            zero = zero_of(bottom)
            guard = f"if {wrap(b, pb, 5)} = {zero} then {self.atom(kind, 'S')[0]} else {wrap(a, pa, 6)} / {wrap(b, pb, 7)}"
            return guard, 0
        return f"{wrap(a, pa, 6)} / {wrap(b, pb, 7)}", 6

    def rounded(self, kind, shape, depth):
        value = self.expression(kind, shape, depth)[0]
        rule = self.rng.choice(RULES)
        if self.rng.random() < 0.3:
            return f"round({value}, rule: {rule}, step: {step_text(self.rng, kind)})", 8
        return f"round({value}, {rule}, {step_text(self.rng, kind)})", 8

    def several(self, kind, shape, depth):
        name = self.rng.choice(["sum", "min", "max"])
        parts = [self.expression(kind, self.rng.choice(SUBSHAPES[shape]), depth)[0] for _ in range(self.rng.randint(1, 3))]
        parts.insert(self.rng.randrange(len(parts) + 1), self.expression(kind, shape, depth)[0])
        return f"{name}({', '.join(parts)})", 8

    def choice(self, kind, shape, depth):
        condition = self.condition(self.rng.choice(SUBSHAPES[shape]), depth)[0]
        then = self.expression(kind, self.rng.choice(SUBSHAPES[shape]), depth)
        otherwise = self.expression(kind, shape, depth)
        if self.rng.random() < 0.5:
            then, otherwise = otherwise, then
        return f"if {condition} then {then[0]} else {otherwise[0]}", 0

    def months(self):
        value = str(self.rng.choice([0, 1, 3, 6, 9, 11, 12]))
        return f"months: {value}" if self.rng.random() < 0.5 else value

    def condition(self, shape, depth):
        d = depth - 1
        options = [(4, lambda: self.comparison(shape, d))]
        if shape == "Y":
            op = self.rng.choice(["<", "<=", ">", ">=", "=", "!="])
            options.append((2, lambda: (f"year {op} {year_text(self.rng, self.rng.choice(self.years))}", 4)))
        if depth > 0:
            options += [
                (1, lambda: (f"not {wrap(*self.condition(shape, d), 3)}", 3)),
                (1, lambda: self.logic("and", shape, d)),
                (1, lambda: self.logic("or", shape, d)),
            ]
        names = self.known("cond", shape)
        if names:
            options.append((2, lambda: (self.rng.choice(names), 8)))
        return self.choose(options)

    def logic(self, op, shape, depth):
        shapes = [shape, self.rng.choice(SUBSHAPES[shape])]
        self.rng.shuffle(shapes)
        level = 2 if op == "and" else 1
        a, pa = self.condition(shapes[0], depth)
        b, pb = self.condition(shapes[1], depth)
        return f"{wrap(a, pa, level)} {op} {wrap(b, pb, level + 1)}", level

    def comparison(self, shape, depth):
        kind = self.rng.choice(["money", "money", "plain", "patients", "count", "rate", "wage"])
        a, pa = self.expression(kind, shape, max(depth, 0))
        b = literal(self.rng, kind) if self.rng.random() < 0.6 else wrap(*self.expression(kind, self.rng.choice(SUBSHAPES[shape]), max(depth, 0)), 5)
        op = self.rng.choice(["<", "<=", ">", ">=", "=", "!="])
        return f"{wrap(a, pa, 5)} {op} {b}", 4

    def wrap8(self, kind, shape, depth):
        return wrap(*self.expression(kind, shape, depth), 8)

    shaped = shaped  # forms that change a value's shape: total, yearly, uplift, apportion, ...

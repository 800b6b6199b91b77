"""Random valid scenarios for the differential test, one per seed.

A scenario has a few years, perhaps a list of practices (inline or from a CSV file), inputs of
each unit (one figure or one per year), lines of random expressions in tables, checks whose
stated figures come near the reference's own figures, and perhaps variants. Now and then a
mistake is planted on purpose (a unit mismatch, a division by zero, an overflow, `prev` without
`first`, weights that cannot be split...) so the tool's exit status for errors is compared too.
A quarter of the seeds, chosen apart from the rest, are counted in months or quarters instead
(monthly.py).

    python3 generator.py SEED   prints the scenario for SEED
"""
import random
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the sources

from errors import plant_error
from expressions import Expressions, wrap
from monthly import Monthly
from literals import COUNT_UNITS, Count, decimal, literal, row_text, stated_text, use_count_unit, year_text

MEMBERS = ["Enderby", "Northfield", "Market Overton", "Oakham", "Uppingham", "Syston", "Billesdon", "Castle Donington"]
WORDS = ["income", "cost", "fee", "share", "pay", "grant", "rate", "staff", "saving", "levy", "budget", "fund", "uplifted"]
KIND_WEIGHTS = [("money", 8), ("plain", 3), ("patients", 2), ("count", 2), ("rate", 2), ("wage", 1), ("cond", 1)]


class Case:
    """One generated scenario: its text, the files beside it, and the arguments to run it with."""

    def __init__(self, seed):
        self.seed, self.text, self.files, self.variant, self.sets, self.strict = seed, "", {}, None, [], False
        self.planted = None


class Builder:
    def __init__(self, seed, error_rate):
        self.rng = random.Random(seed)
        self.case = Case(seed)
        self.error_rate = error_rate
        self.names, self.inputs, self.lines, self.tables = {}, [], [], []
        self.members, self.weights, self.list_lines = [], [], []
        self.used = set()

    def fresh(self, base=None):
        while True:
            name = f"{base or self.rng.choice(WORDS)}_{self.rng.randint(1, 99)}"
            if name not in self.used:
                self.used.add(name)
                return name

    def kind(self):
        return self.rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]

    def build(self):
        rng = self.rng
        start = rng.randint(2012, 2028)
        self.years = list(range(start, start + rng.choice([1, 2, 3, 3, 4, 5, 8])))
        self.head = head = [f'title "Generated scenario {self.case.seed}"',
                f"years {year_text(rng, self.years[0])} to {year_text(rng, self.years[-1])}"]
        one, many, declaration = rng.choice(COUNT_UNITS)
        use_count_unit(one, many)
        if declaration:
            head.append(declaration)
        head.append("")
        if rng.random() < 0.6:
            head += self.practices()
        for _ in range(rng.randint(2, 6)):
            head.append(self.input_line(self.fresh()))
        self.expressions = Expressions(rng, self.names, self.years, self.members, self.weights)
        for _ in range(rng.randint(3, 10)):
            self.add_line()
        if rng.random() < self.error_rate:
            self.case.planted = plant_error(self)
        body = self.table_text()
        variants = self.variants() if rng.random() < 0.3 else []
        self.body, self.variant_text = body, variants
        self.case.text = self.assemble([])
        return self

    def assemble(self, checks):
        parts = self.head + [""] + self.variant_text + self.body + checks
        if self.rng.random() < 0.3:
            parts.insert(self.rng.randrange(len(parts) + 1), "# a comment the tool must skip")
        return "\n".join(parts) + "\n"

    def practices(self):
        rng = self.rng
        self.members = rng.sample(MEMBERS, rng.choice([1, 2, 3, 3, 4, 5, 8]))
        attributes = [("list_size", "patients", "patients")]
        if rng.random() < 0.5:
            attributes.append(("contract", "£", "money"))
        if rng.random() < 0.3:
            attributes.append(("sessions_a_week", Count.many, "count"))
        for name, _, kind in attributes:
            self.names[name] = (kind, "M")
        self.weights += [name for name, _, _ in attributes]
        rows = []
        for member in self.members:
            values = []
            for _, _, kind in attributes:
                places = 0 if kind == "patients" else rng.choice([0, 1, 2])
                values.append("0" if rng.random() < 0.1 else decimal(rng, 20_000 if kind == "patients" else 50_000, places))
            if rows and rng.random() < 0.25:
                values = list(rows[-1][1])  # equal weights: ties the split must break by order
                values = [v.lstrip("£") for v in values]
            rows.append((member, [("£" + v if kind == "money" else v) for v, (_, _, kind) in zip(values, attributes)]))
        header = f"list practices ({', '.join(f'{n} {u}' for n, u, _ in attributes)})"
        if rng.random() < 0.3:
            self.case.files["practices.csv"] = csv_text(attributes, rows, rng)
            return [f'{header} from "practices.csv"', ""]
        width = max(len(m) for m in self.members) + 3
        quoted = {m: '"' + m + '"' for m in self.members}
        return [header + ":"] + [f"  {quoted[m].ljust(width)} {' '.join(v)}" for m, v in rows] + [""]

    def input_line(self, name):
        kind = self.rng.choice(["money", "money", "plain", "patients", "count", "rate", "wage"])
        shape = "Y" if self.rng.random() < 0.5 and len(self.years) > 1 else "S"  # one year: one figure
        self.names[name] = (kind, shape)
        self.inputs.append((name, kind, shape))
        value = row_text(self.rng, kind, len(self.years)) if shape == "Y" else literal(self.rng, kind)
        note = f' "note on {name}"' if self.rng.random() < 0.3 else ""
        return f"input {name} = {value}{note}"

    def add_line(self):
        rng = self.rng
        kind = self.kind()
        shapes = ["S", "Y", "Y", "Y"] + (["M", "MY", "MY"] if self.members else [])
        shape = rng.choice(shapes)
        name = self.fresh()
        if shape == "Y" and kind != "cond" and len(self.years) > 1 and rng.random() < 0.1:
            text = row_text(rng, kind, len(self.years))
        else:
            text, precedence = self.expressions.expression(kind, shape, rng.randint(1, 3))
            if kind == "plain" and rng.random() < 0.2:
                text = f"{wrap(text, precedence, 5)} in %"
        label = f' "{name.replace("_", " ").title()} line"' if rng.random() < 0.4 else ""
        total = ""
        if kind not in ("cond",) and shape in ("Y", "M") and rng.random() < 0.1:
            total = " total: none"
        elif kind not in ("cond",) and shape in ("Y", "M") and rng.random() < 0.07:
            total = f" total: {self.expressions.expression(kind, 'S', 1)[0]}"
        self.names[name] = (kind, shape)
        self.lines.append((name, kind, shape, f"{name}{label} = {text}{total}"))

    def table_text(self):
        rng = self.rng
        by_year = [l for l in self.lines if l[2] in ("S", "Y")]
        by_member = [l for l in self.lines if l[2] in ("M", "MY")]
        out = []
        groups = []
        if by_year:
            cut = rng.randint(1, len(by_year))
            groups += [(None, by_year[:cut]), (None, by_year[cut:])]
        if by_member:
            groups.append(("practices", by_member))
        rng.shuffle(groups)
        for number, (by, lines) in enumerate(g for g in groups if g[1]):
            if rng.random() < 0.3:
                lines = rng.sample(lines, len(lines))  # lines may use lines defined below them
            shown = " shown to £1 half_up" if rng.random() < 0.2 else ""
            out.append(f'table "Table {number + 1}"{" by " + by if by else ""}{shown}:')
            out += [f"  {line[3]}" for line in lines] + [""]
        return out

    def variants(self):
        out = []
        for number in range(self.rng.randint(1, 2)):
            name = f"option_{number + 1}"
            out.append(f'variant {name} "option {number + 1}":')
            for input_name, kind, shape in self.rng.sample(self.inputs, min(len(self.inputs), self.rng.randint(1, 2))):
                value = row_text(self.rng, kind, len(self.years)) if shape == "Y" else literal(self.rng, kind)
                out.append(f"  {input_name} = {value}")
            out.append("")
        return out

    def arguments(self):
        rng = self.rng
        variants = [line.split()[1] for line in self.variant_text if line.startswith("variant ")]
        if variants and rng.random() < 0.6:
            self.case.variant = rng.choice(variants)
        if self.inputs and rng.random() < 0.2:
            name, kind, shape = rng.choice(self.inputs)
            value = row_text(rng, kind, len(self.years)) if shape == "Y" else literal(rng, kind)
            self.case.sets.append(f"{name}={value}")
        self.case.strict = rng.random() < 0.3


def csv_text(attributes, rows, rng):
    lines = ["name," + ",".join(n for n, _, _ in attributes)]
    for member, values in rows:
        cells = []
        for (_, _, kind), value in zip(attributes, values):
            if kind == "money" and rng.random() < 0.3:
                value = value.lstrip("£")
            cells.append(f'"{value}"' if "," in value or rng.random() < 0.1 else value)
        lines.append(f"{member}," + ",".join(cells))
    return "\n".join(lines) + "\n"


def add_checks(builder, evaluate):
    """Checks of lines against figures near the reference's own, so some pass and some fail."""
    rng = builder.rng
    outcome = evaluate(builder.case)
    if outcome.status != "ok":
        return
    checks = []
    candidates = [l for l in builder.lines if l[1] not in ("cond",) and l[2] in ("S", "Y", "M")]
    for name, kind, shape, _ in rng.sample(candidates, min(len(candidates), rng.randint(0, 3))):
        value = outcome.lines[name]
        expression, cells = name, [value.cells[(None, None)]] if shape == "S" else []
        if shape == "Y":
            roll = rng.random()
            if roll < 0.4:
                year = rng.choice(builder.years)
                expression, cells = f"{name}[{year_text(rng, year)}]", [value.cells[(None, year)]]
            elif roll < 0.55:  # one stated figure against every year's
                cells = [value.cells[(None, builder.years[0])]]
            else:
                cells = [value.cells[(None, y)] for y in builder.years]
        elif shape == "M":
            if rng.random() < 0.6:
                member = rng.choice(builder.members)
                expression, cells = f'{name}["{member}"]', [value.cells[(member, None)]]
            else:  # one stated figure against every member's
                cells = [value.cells[(builder.members[0], None)]]
        stated = " | ".join(stated_text(kind, c, rng) for c in cells)
        within = f" within {stated_text(kind, abs(cells[0]) / 1000, rng).lstrip('-')}" if rng.random() < 0.3 else ""
        checks.append(f'check {expression} = {stated}{within} "check of {name}"')
    builder.case.text = builder.assemble(checks)


MONTHLY_SHARE = 0.25  # of the seeds, scenarios counted in months or quarters (monthly.py)


def generate(seed, error_rate=0.15, evaluate=None):
    # A generator of its own decides, so the scenarios by year keep their seeds.
    if random.Random(f"monthly {seed}").random() < MONTHLY_SHARE:
        return generate_monthly(seed, evaluate)
    builder = Builder(seed, error_rate).build()
    if evaluate is not None:
        add_checks(builder, evaluate)
    builder.arguments()
    return builder.case


def generate_monthly(seed, evaluate=None):
    case = Case(seed)
    monthly = Monthly(random.Random(seed), case).build()
    case.text = monthly.text()
    if evaluate is not None:
        case.text = monthly.text(evaluate(case))
    case.strict = monthly.rng.random() < 0.3
    return case


if __name__ == "__main__":
    print(generate(int(sys.argv[1])).text, end="")

"""Mistakes planted in a generated scenario, so the differential compares errors as well as figures.

Each planting adds a line (or an input, a variant, a list) that the manual says is an error:
some only figures can show (division by zero, overflow, weights that cannot be split, a step of
zero, months beyond 12), some found before anything is computed (units, shapes, names, cycles).
The reference decides whether the result is an error; the tool must then exit 2.
"""
from literals import huge, literal, near_limit, year_text


def _line(builder, kind, shape, text):
    name = builder.fresh("planted")
    builder.names[name] = (kind, shape)
    builder.lines.append((name, kind, shape, f"{name} = {text}"))
    return name


def plant_error(builder):
    rng = builder.rng
    e = builder.expressions
    year_expression = lambda kind: e.expression(kind, "Y", 1)[0]  # noqa: E731
    plantings = {
        "unit": lambda: _line(builder, "money", "Y", f"{year_expression('money')} + {year_expression('patients')}"),
        "condition unit": lambda: _line(builder, "money", "Y",
                                        f"if {year_expression('money')} > 5 patients then yearly(£1) else yearly(£2)"),
        "branches": lambda: _line(builder, "money", "Y", f"if year > {year_text(rng, builder.years[0])} then yearly(£1) else yearly(1 day)"),
        "step unit": lambda: _line(builder, "money", "Y", f"round({year_expression('money')}, half_up, 1 day)"),
        "uplift rate unit": lambda: _line(builder, "money", "Y",
                                          f"uplift(£100, by: £5, from: {year_text(rng, builder.years[0])}, policy: once, rule: up, step: £1)"),
        "division": lambda: _line(builder, "money", "Y", f"{year_expression('money')} / {rng.choice(['0', 'yearly(0)', '(1 - 1)'])}"),
        "division by an input": lambda: _line(builder, "money", "Y", f"{year_expression('money')} / {zero_input(builder)}"),
        "overflow": lambda: _line(builder, "money", "Y", f"yearly({huge(rng, 'money')}) * {huge(rng, 'plain')} * {huge(rng, 'plain')}"),
        "overflow by division": lambda: _line(builder, "plain", "S", "1 / 3" + " / 7 / 11 / 13" * rng.randint(8, 14)),
        "near the limit": lambda: _line(builder, "money", "Y", near(rng, year_expression)),
        "prev": lambda: _line(builder, "money", "Y", f"prev({year_expression('money')})"),
        "step zero": lambda: _line(builder, "money", "Y", f"round({year_expression('money')}, half_up, £0)"),
        "months": lambda: _line(builder, "money", "Y", f"pro_rata({year_expression('money')}, months: {rng.choice([13, 24, -1])})"),
        "year outside": lambda: _line(builder, "money", "S", f"{year_expression('money')}[{year_text(rng, builder.years[-1] + 1)}]"),
        "unknown name": lambda: _line(builder, "money", "Y", f"{year_expression('money')} + no_such_line"),
        "cycle": lambda: cycle(builder),
        "guarded whole function": lambda: guarded_whole(builder, year_expression),
        "total of one figure": lambda: _line(builder, "money", "S", f"{builder.rng.choice(['total', 'average'])}(£5)"),
        "yearly of years": lambda: _line(builder, "money", "Y", f"yearly({year_expression('money')})"),
        "running total of one figure": lambda: _line(builder, "money", "Y",
                                                     f"{builder.rng.choice(['cumulative(£5)', 'prev(£5, first: £1)'])}"),
        "row count": lambda: _line(builder, "money", "Y", " | ".join(literal(rng, "money") for _ in range(len(builder.years) + 1))),
    }
    if builder.members:
        plantings["weights"] = lambda: zero_weights(builder)
        plantings["member"] = lambda: _line(builder, "patients", "S", 'list_size["Nowhere Surgery"]')
        plantings["mixed shape"] = lambda: _line(builder, "patients", "S", f"total(yearly(list_size))")
    kind = rng.choice(sorted(plantings))
    plantings[kind]()
    return kind


def near(rng, year_expression):
    """A product, or its reciprocal, within a few bits of the 128-bit limit."""
    a, b = near_limit(rng)
    sign = rng.choice(["", "-"])
    form = rng.choice(["product", "reciprocal", "sum"])
    if form == "product":
        return f"yearly({sign}£{a}) * {b}"
    if form == "reciprocal":
        return f"yearly(£1) / ({sign}{a} * {b})"
    return f"yearly(£{a}) * {b} + {year_expression('money')}"


def zero_input(builder):
    """An input that is zero in one year (every year when there is one)."""
    name = builder.fresh("zero")
    shape = "Y" if len(builder.years) > 1 else "S"
    builder.names[name] = ("plain", shape)
    builder.inputs.append((name, "plain", shape))
    zero_year = builder.rng.randrange(len(builder.years))
    cells = ["0" if i == zero_year else "2" for i in range(len(builder.years))]
    builder.head.append(f"input {name} = {' | '.join(cells)}")
    return name


def zero_weights(builder):
    """A line that splits by weights that are all zero, or all below zero."""
    weights = "list_size * 0" if builder.rng.random() < 0.5 else "0 patients - list_size - 1 patient"
    return _line(builder, "money", "M", f"apportion(£100, by: {weights}, step: £0.01)")


def guarded_whole(builder, year_expression):
    """A function over years of a division by zero, in a branch chosen in no year or in some."""
    zero = zero_input(builder)
    function = builder.rng.choice(["total", "average", "cumulative", "prev"])
    failing = f"{year_expression('money')} / {zero}"
    inner = f"yearly({function}({failing}))" if function in ("total", "average") else \
        f"{function}({failing}{', first: £0' if function == 'prev' else ''})"
    first = year_text(builder.rng, builder.years[0])
    condition = builder.rng.choice([f"year < {first}", f"year >= {first}", f"{zero} = 0"])
    return _line(builder, "money", "Y", f"if {condition} then {inner} else yearly(£0)")


def cycle(builder):
    a, b = builder.fresh("loop"), builder.fresh("loop")
    builder.names[a] = builder.names[b] = ("money", "Y")
    builder.lines.append((a, "money", "Y", f"{a} = {b} + yearly(£1)"))
    builder.lines.append((b, "money", "Y", f"{b} = {a} * 2"))

"""Random scenarios counted in months or quarters, for the differential test (generator.py).

Each draws from the constructs of docs/language.md's "Months and quarters", "Actuals and
forecast", "Running balances", "Levels over periods" and the list attributes by period: amounts
per month, rates per year, yearly amounts phased flat, by days or by a profile, uplifts by one
rate or a rate for each year, windows, prev, cumulative, totals over a year, one month's figure,
the largest, smallest and mean of a line's periods, `if` by period, levels with their rule,
lists by year, quarter or month, tables shown by quarter, by year or with year to date, actuals
with a cut-off, variants, and checks near the reference's own figures.
"""
from fractions import Fraction

from literals import decimal, money_text, percent_text
from values import decimal_text

RULES = ("half_up", "half_even", "down", "up", "toward_zero")


def month_text(ordinal):
    year, month = divmod(ordinal, 12)
    return f"{year:04d}-{month + 1:02d}"


def fy_text(fy):
    return f"{fy}/{(fy + 1) % 100:02d}"


class Monthly:
    """One scenario of months or quarters, built line by line."""

    def __init__(self, rng, case):
        self.rng, self.case = rng, case
        self.lines, self.inputs, self.flows, self.counts, self.tables = [], [], [], [], []
        self.series = []  # the flows with a figure for each period (phased, windowed, running)
        self.count = 0

    def fresh(self, base):
        self.count += 1
        return f"{base}_{self.count}"

    def build(self):
        rng = self.rng
        self.quarterly = rng.random() < 0.3
        start = rng.randint(2016, 2026) * 12 + rng.randint(0, 11)
        if self.quarterly:
            start -= (start % 12 - 3) % 3  # a quarter starts in April, July, October or January
            self.months = list(range(start, start + 3 * rng.randint(1, 8), 3))
        else:
            self.months = list(range(start, start + rng.choice([1, 3, 6, 9, 12, 14, 18, 24])))
        self.fys = list(dict.fromkeys(m // 12 if m % 12 >= 3 else m // 12 - 1 for m in self.months))
        head = [f'title "Generated scenario {self.case.seed}, by {"quarter" if self.quarterly else "month"}"']
        if self.quarterly:
            head.append(f"quarters {self.quarter_text(self.months[0])} to {self.quarter_text(self.months[-1])}")
        else:
            head.append(f"months {month_text(self.months[0])} to {month_text(self.months[-1])}")
        head.append("")
        head += self.some_inputs()
        for _ in range(rng.randint(3, 9)):
            self.add_line()
        if not self.quarterly and rng.random() < 0.3:
            head += self.some_actuals()
        if rng.random() < 0.3:
            head += self.some_list()
        if rng.random() < 0.3:
            head += self.variant()
        self.head = head
        self.body = self.tables_text()
        return self

    def quarter_text(self, month_ordinal):
        fy = month_ordinal // 12 if month_ordinal % 12 >= 3 else month_ordinal // 12 - 1
        return f"{fy_text(fy)} Q{(month_ordinal % 12 - 3) % 12 // 3 + 1}"

    # Inputs --------------------------------------------------------------------------------

    def some_inputs(self):
        rng = self.rng
        out = []
        self.per_month = self.fresh("admin")
        out.append(f"input {self.per_month} = {money_text(rng, 5_000, 0.05, 2)} per month")
        self.flows.append(self.per_month)
        self.patients = self.fresh("patients")
        out.append(f"input {self.patients} = {decimal(rng, 60_000, 0)} patients")
        self.rate = self.fresh("licence")
        out.append(f"input {self.rate} = £{decimal(rng, 20, 2)} per patient per year")
        self.yearly = self.fresh("rent")
        out.append(f"input {self.yearly} = £{decimal(rng, 400_000, 2)} per year")
        if len(self.fys) > 1 and rng.random() < 0.6:
            self.award = self.fresh("award")
            out.append(f"input {self.award} = " + " | ".join(percent_text(rng).lstrip("-") for _ in self.fys))
        else:
            self.award = percent_text(rng).lstrip("-")
        self.inputs = [self.per_month, self.patients, self.rate, self.yearly]
        return out + [""]

    # Lines ---------------------------------------------------------------------------------

    def phased(self, amount):
        rng = self.rng
        how = rng.choice(["flat", "flat", "days", "profile"])
        if how != "profile":
            return f"phase({amount}, {how})"
        weights = [rng.randint(0, 20) for _ in range(12)]
        weights[rng.randrange(12)] += 1
        whole = sum(weights)
        percents = [w * 100 // whole for w in weights]
        percents[-1] += 100 - sum(percents)
        return f"phase({amount}, profile: {' | '.join(f'{p}%' for p in percents)})"

    def window(self):
        rng = self.rng
        if rng.random() > 0.25 or len(self.months) < 2:
            return ""
        a, b = sorted(rng.sample(range(len(self.months)), 2))
        first, last = self.months[a], self.months[b] + (2 if self.quarterly else 0)
        parts = []
        if rng.random() < 0.7:
            parts.append(f"from {month_text(first)}")
        if rng.random() < 0.7:
            parts.append(f"until {month_text(last)}")
        return (" " + " ".join(parts)) if parts else ""

    def add_line(self):
        rng = self.rng
        name = self.fresh(rng.choice(["cost", "pay", "rent", "fee", "grant", "list"]))
        roll = rng.random()
        total = ""
        if roll < 0.2:
            text = self.phased(rng.choice([self.yearly, f"£{decimal(rng, 200_000, 2)} per year"]))
        elif roll < 0.3:
            policy, rule = rng.choice(["each_year", "once"]), rng.choice(RULES)
            start = rng.choice(self.fys) if rng.random() < 0.8 else self.fys[0] - 1
            text = self.phased(f"uplift({self.yearly}, by: {self.award}, from: {fy_text(start)}, policy: {policy}, "
                               f"rule: {rule}, step: £0.01 per year)")
        elif roll < 0.4:
            text = f"{self.rate} * {self.patients}"
        elif roll < 0.5:
            text = f"{money_text(rng, 3_000, 0.05, 2)} per {'quarter' if self.quarterly else 'month'}"
        elif roll < 0.6 and self.flows:
            a, b = rng.choice(self.flows), rng.choice(self.flows)
            text = f"{a} {rng.choice(['+', '-'])} {b}"
        elif roll < 0.66 and self.flows:
            text = f"round({rng.choice(self.flows)} * {rng.choice(['2', '1.5', '0.3', '9 months'] + (['1 quarter'] if self.quarterly else []))}, {rng.choice(RULES)}, £1)"
        elif roll < 0.72 and self.series:
            text = f"cumulative({rng.choice(self.series)})"
            total = rng.choice(["", " total: closing", " total: none"])
        elif roll < 0.78 and self.series:
            text = f"prev({rng.choice(self.series)}, first: {money_text(rng, 1_000, 0.05, 2)})"
        elif roll < 0.84:
            opening = decimal(rng, 40_000, 0)
            text = f"prev({name}, first: {opening} patients) + {rng.randint(0, 80)} patients"
            total = " total: " + rng.choice(["average", "opening", "closing"])
            self.counts.append(name)
        elif roll < 0.9 and self.series:
            fy = rng.choice(self.fys)
            text = f"total({rng.choice(self.series)}, over: {fy_text(fy)} to {fy_text(fy)})"
            self.lines.append((name, f"{name} = {text}", "once"))
            return
        elif roll < 0.94 and self.series and not self.quarterly:
            text = f"{rng.choice(self.series)}[{month_text(rng.choice(self.months))}]"
            self.lines.append((name, f"{name} = {text}", "once"))
            return
        elif roll < 0.96 and self.series:
            x = rng.choice(self.series)
            fy = rng.choice(self.fys)
            text = rng.choice([f"max({x})", f"min({x})", f"average({x}, over: {fy_text(fy)} to {fy_text(fy)})"])
            self.lines.append((name, f"{name} = {text}", "once"))
            return
        elif roll < 0.98 and self.series:
            x = rng.choice(self.series)
            text = f"if {x} > {money_text(rng, 5_000, 0, 2)} then {x} else {self.per_month}"
        else:
            text = f"{self.per_month} * {rng.choice(['1', '2', '3 months', '0.5'])}"
        text += self.window() if "prev(" + name not in text else ""
        self.lines.append((name, f"{name} = {text}{total}", "count" if name in self.counts else "flow"))
        if name not in self.counts:
            self.flows.append(name)
            if any(word in text for word in ("phase(", "cumulative(", "prev(", " from ", " until ")) \
                    or any(part in self.series for part in text.replace("(", " ").replace(",", " ").split()):
                self.series.append(name)

    def variant(self):
        """A variant of an input, run now and then; `--set` another (docs/language.md, Variants)."""
        rng = self.rng
        out = ['variant dearer "dearer":', f"  {self.yearly} = £{decimal(rng, 400_000, 2)} per year"]
        if self.award.startswith("award"):
            out.append(f"  {self.award} = " + " | ".join(percent_text(rng).lstrip("-") for _ in self.fys))
        if rng.random() < 0.6:
            self.case.variant = "dearer"
        if rng.random() < 0.4:
            self.case.sets.append(f"{self.per_month}={money_text(rng, 5_000, 0.05, 2)} per month")
        return out + [""]

    # Actuals and lists ---------------------------------------------------------------------

    def some_actuals(self):
        rng = self.rng
        planned = [n for n, _, shape in self.lines if shape == "flow"][:2]
        if not planned:
            return []
        cut = rng.randrange(len(self.months))
        cutoff = self.fresh("cutoff")
        rows = ["line,month,amount"]
        for name in planned:
            for m in self.months[:cut + 1]:
                rows.append(f"{name},{month_text(m)},{decimal(rng, 9_000, 2).replace(',', '')}")
        self.case.files["actuals.csv"] = "\n".join(rows) + "\n"
        for name in planned:
            how = rng.choice(["", f", run_rate: {rng.randint(1, cut + 1)}", f", with: {name} * 105%"])
            target = self.fresh("forecast")
            self.lines.append((target, f"{target} = forecast({name}, to: {cutoff}{how})", "flow"))
            for function in ("outturn", "variance"):
                figure = self.fresh(function)
                self.lines.append((figure, f"{figure} = {function}({name}, to: {cutoff}{how})", "once"))
        return [f"input {cutoff} = {month_text(self.months[cut])}", 'actuals from "actuals.csv"', ""]

    def some_list(self):
        rng = self.rng
        by = rng.choice(["year", "quarter"] + ([] if self.quarterly else ["month"]))
        if by == "year":
            count = len(self.fys)
        elif by == "quarter":
            count = len(dict.fromkeys(self.quarter_text(m) for m in self.months))
        else:
            count = len(self.months)
        out = [f"list practices (list_size patients by {by}):"]
        for member in rng.sample(["Enderby", "Oakham", "Syston", "Croft"], rng.randint(1, 3)):
            out.append(f'  "{member}" ' + " | ".join(decimal(rng, 12_000, 0) for _ in range(count)))
        name = self.fresh("funding")
        self.tables.append(("practices", [(name, f"{name} = list_size * {self.rate}", "list")]))
        if rng.random() < 0.5:
            level = self.fresh("registered")
            rule = rng.choice(["average", "opening", "closing", "none"])
            self.tables[-1][1].append((level, f"{level} = list_size total: {rule}", "list"))
        return out + [""]

    # Tables and checks ---------------------------------------------------------------------

    def tables_text(self):
        rng = self.rng
        groups = [(None, self.lines)] + self.tables
        out = []
        for number, (by, lines) in enumerate(groups):
            if not lines:
                continue
            shown = []
            if rng.random() < 0.4:
                shown.append("by year" if self.quarterly or rng.random() < 0.4 else "by quarter")
            if rng.random() < 0.2:
                shown.append("to £1 half_up")
            header = f'table "Table {number + 1}"{" by " + by if by else ""}'
            if shown:
                header += " shown " + ", ".join(shown)
            if by is None and rng.random() < 0.3:
                header += (" shown" if not shown else "") + " with year to date"
            out.append(header + ":")
            out += [f"  {text}" for _, text, _ in lines] + [""]
        return out

    def checks(self, outcome):
        rng = self.rng
        out = []
        flows = [n for n, _, shape in self.lines if shape == "flow" and n in outcome.lines]
        for name in rng.sample(flows, min(len(flows), rng.randint(0, 2))):
            fy = rng.choice(self.fys)
            value = outcome.lines[name]
            if not value.years:
                continue
            figure = sum(c for (_, p), c in value.cells.items() if p.fy == fy)
            stated = decimal_text(figure + rng.choice([0, 0, 0, Fraction(1, 100)]), 2)
            sign, digits = ("-", stated[1:]) if stated.startswith("-") else ("", stated)
            out.append(f'check total({name}, over: {fy_text(fy)} to {fy_text(fy)}) = {sign}£{digits} "year of {name}"')
        return out

    def text(self, outcome=None):
        checks = self.checks(outcome) if outcome is not None and outcome.status == "ok" else []
        return "\n".join(self.head + self.body + checks) + "\n"

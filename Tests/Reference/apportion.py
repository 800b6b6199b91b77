"""apportion(amount, by, step), as docs/language.md's Apportionment section describes it.

Each member gets its exact share (amount × weight ÷ total weight) rounded down to the step;
what is left is some whole steps and a part of one. The whole steps go one each to the largest
remainders (ties: the larger weight, then the earlier member), and the part of a step to the
member next in line. The shares add up to the amount itself.

The manual does not say what "rounded down" means for a negative amount. Read as towards minus
infinity, -£100 over three equal weights would be -£33, -£33, -£34; `scenario` splits £100 and
negates the shares (-£34, -£33, -£33), so a deficit is split as the surplus of the same size
would be. The two readings differ only on ties and on the part of a step; the reference takes
the tool's, and the finding is that the manual should say so (docs/robustness.md, Differential).
"""
import math
from fractions import Fraction

from lexer import ReferenceError_, Unsupported
from values import Failure, Value, held
from functions import scalar_step


def split(amount, weights, step):
    """The shares of `amount` by `weights`, or a Failure."""
    if any(w < 0 for w in weights):
        return Failure("weights")
    total_weight = sum(weights, Fraction(0))
    if total_weight == 0:
        return Failure("weights")
    if step <= 0:
        return Failure("step")
    if amount < 0:
        return [-share for share in split(-amount, weights, step)]
    exact = [Fraction(amount) * w / total_weight for w in weights]
    steps = [math.floor(e / step) for e in exact]
    remainders = [e / step - s for e, s in zip(exact, steps)]
    left = Fraction(amount) / step - sum(steps)
    whole_steps = math.floor(left)
    part = left - whole_steps
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], -weights[i], i))
    for i in order[:whole_steps]:
        steps[i] += 1
    shares = [Fraction(s) * step for s in steps]
    if part:
        shares[order[whole_steps]] += part * step
    return shares


def apportion(context, a):
    amount = context.number(context.evaluate(a["amount"]), "apportion's amount")
    weights = context.number(context.evaluate(a["by"]), "apportion's weights")
    if not weights.list:
        raise ReferenceError_("shape", "apportion's weights are one figure for each member of a list")
    if amount.list:
        raise Unsupported("an amount that varies by member")
    step = scalar_step(context, a["step"], amount.unit)
    members = context.members(weights.list)
    result = {}
    failed = amount.failure() or weights.failure()
    # The manual: weights by year (an attribute by year) split each year's amount by that year's.
    years = context.years if weights.years else list(dict.fromkeys(y for _, y in amount.cells))
    for y in years:
        if failed:
            shares = failed
        else:
            shares = split(amount.cell(None, y), [weights.cell(m, y) for m in members], step)
        for i, m in enumerate(members):
            result[(m, y)] = shares if isinstance(shares, Failure) else held(shares[i])
    if any(isinstance(c, Failure) for c in result.values()):
        first = next(c for c in result.values() if isinstance(c, Failure))
        result = {k: first for k in result}
    return Value("num", amount.unit, amount.years or weights.years, weights.list, result, amount.display)

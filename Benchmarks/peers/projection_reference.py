#!/usr/bin/env python3
"""The "national projection" workload in pure Python: slow, exact, and easy to check by eye.

    python3 projection_reference.py 10 3 2

Python integers never overflow, so this peer states the workload most directly: draw the inputs
from the 64-bit LCG, compound each practice's each stream year by year with "round each year"
(half to even, to the penny), split every year into twelve months that add up to it, keep every
cell in one list, then aggregate. It prints the same three lines as the other peers:

    grand_total_pence N
    checksum N
    cells N project_s X aggregate_s X total_s X cells_per_s X

Use it on small sizes (a few hundred thousand cells); the C and numpy peers are for timing.
"""

import sys
import time

MASK64 = (1 << 64) - 1


class Lcg:
    """The workload's generator: x <- (a*x + c) mod 2^64 from 20190401; next(n) = (x >> 33) mod n."""

    def __init__(self, seed=20190401):
        self.x = seed

    def next(self, n):
        self.x = (6364136223846793005 * self.x + 1442695040888963407) & MASK64
        return (self.x >> 33) % n


def round_half_even_div(numerator, divisor):
    """numerator / divisor rounded to the nearest integer, ties to even; both non-negative."""
    q, r = divmod(numerator, divisor)
    if 2 * r > divisor or (2 * r == divisor and q % 2 == 1):
        q += 1
    return q


def draw_inputs(practices, streams):
    """List sizes, then each stream's rate and uplift in basis points, in the workload's order."""
    lcg = Lcg()
    list_sizes = [2000 + lcg.next(38001) for _ in range(practices)]
    rates, uplifts = [], []
    for _ in range(streams):
        rates.append(100 + lcg.next(901))
        uplifts.append(lcg.next(301))
    return list_sizes, rates, uplifts


def project(list_sizes, rates, uplifts, years):
    """Every cell, at index ((p*S + s)*M + 12*y + k) for month k of year y."""
    cells = []
    for list_size in list_sizes:
        for rate, bp in zip(rates, uplifts):
            annual = list_size * rate
            for year in range(years):
                if year > 0:
                    annual = round_half_even_div(annual * (10000 + bp), 10000)
                month, extra = divmod(annual, 12)
                # The first `extra` months take a penny more, so the months add up to `annual`.
                cells.extend(month + 1 if k < extra else month for k in range(12))
    return cells


def aggregate(cells, practices, streams, years):
    """The grand total, the checksum, and the per-stream-per-year and per-practice totals."""
    months = 12 * years
    grand_total = sum(cells)
    checksum = sum(cell * (i % 7 + 1) for i, cell in enumerate(cells)) & MASK64
    stream_year = [[0] * years for _ in range(streams)]
    practice = [0] * practices
    for p in range(practices):
        for s in range(streams):
            base = (p * streams + s) * months
            for y in range(years):
                stream_year[s][y] += sum(cells[base + 12 * y: base + 12 * y + 12])
            practice[p] += sum(cells[base: base + months])
    if not sum(practice) == grand_total == sum(map(sum, stream_year)):
        raise RuntimeError("practice and stream totals do not add up to the grand total")
    return grand_total, checksum, stream_year, practice


def parse_sizes(argv):
    """P, S and Y from the command line; exits with status 2 and a message if they are not sizes."""
    if len(argv) != 4:
        print(f"usage: {argv[0]} P S Y   (practices, streams, years)", file=sys.stderr)
        sys.exit(2)
    try:
        sizes = [int(a) for a in argv[1:]]
    except ValueError:
        sizes = []
    if len(sizes) != 3 or min(sizes) < 1:
        print("P, S and Y must be positive integers", file=sys.stderr)
        sys.exit(2)
    return sizes


def main(argv):
    practices, streams, years = parse_sizes(argv)
    start = time.perf_counter()
    cells = project(*draw_inputs(practices, streams), years)
    projected = time.perf_counter()
    grand_total, checksum, _, _ = aggregate(cells, practices, streams, years)
    end = time.perf_counter()
    total = end - start
    print(f"grand_total_pence {grand_total}")
    print(f"checksum {checksum}")
    print(f"cells {len(cells)} project_s {projected - start:.6f} aggregate_s {end - projected:.6f} "
          f"total_s {total:.6f} cells_per_s {len(cells) / total if total > 0 else 0:.0f}")


if __name__ == "__main__":
    main(sys.argv)

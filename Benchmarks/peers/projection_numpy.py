#!/usr/bin/env python3
"""The "national projection" workload with numpy: whole-array int64 arithmetic, no Python loop
over cells.

    python3 projection_numpy.py 6500 30 10

The inputs come from the workload's 64-bit LCG (a few thousand draws, done in plain Python).
The projection then works on arrays: annual figures for every (practice, stream) at once,
compounded year by year with "round each year" (half to even, to the penny), and split into
months as one (P, S, Y, 12) int64 array whose C order is the workload's cell index
((p*S + s)*M + 12*y + k). It prints the same three lines as the other peers:

    grand_total_pence N
    checksum N
    cells N project_s X aggregate_s X total_s X cells_per_s X

Exactness: cells stay below 10^8 pence and sums below 2^63 at the workload's sizes, so int64
is exact; the checksum is taken in uint64, whose multiplication and sum wrap modulo 2^64 as
the workload specifies.
"""

import sys
import time

import numpy as np

MASK64 = (1 << 64) - 1
CHECKSUM_CHUNK = 7 * (1 << 17)  # a multiple of 7, so every chunk starts at weight 1


def draw_inputs(practices, streams):
    """List sizes, rates and uplifts (basis points) as int64 arrays, drawn in the workload's order."""
    x = 20190401
    draws = []
    for n in [38001] * practices + [901, 301] * streams:
        x = (6364136223846793005 * x + 1442695040888963407) & MASK64
        draws.append((x >> 33) % n)
    list_sizes = 2000 + np.array(draws[:practices], dtype=np.int64)
    per_stream = np.array(draws[practices:], dtype=np.int64).reshape(streams, 2)
    return list_sizes, 100 + per_stream[:, 0], per_stream[:, 1]


def project(list_sizes, rates, uplifts, years):
    """All cells as a (P, S, Y, 12) int64 array."""
    annual = np.empty((len(list_sizes), len(rates), years), dtype=np.int64)
    annual[:, :, 0] = np.outer(list_sizes, rates)
    factor = 10000 + uplifts  # broadcasts along streams
    for y in range(1, years):
        q, r = np.divmod(annual[:, :, y - 1] * factor, 10000)
        # Half to even: up when past the half, or at the half with an odd quotient.
        annual[:, :, y] = q + ((r > 5000) | ((r == 5000) & (q % 2 == 1)))
    month, extra = np.divmod(annual, 12)
    # The first `extra` months take a penny more, so each year's months add up to its annual figure.
    return month[..., None] + (np.arange(12) < extra[..., None])


def aggregate(cells):
    """The grand total, the checksum, and the per-stream-per-year and per-practice totals."""
    stream_year = cells.sum(axis=(0, 3))  # (S, Y)
    practice = cells.sum(axis=(1, 2, 3))  # (P,)
    grand_total = int(practice.sum())
    flat = cells.reshape(-1).view(np.uint64)  # same bits; cells are non-negative
    weights = np.arange(min(CHECKSUM_CHUNK, flat.size), dtype=np.uint64) % np.uint64(7) + np.uint64(1)
    checksum = 0
    for start in range(0, flat.size, CHECKSUM_CHUNK):
        chunk = flat[start:start + CHECKSUM_CHUNK]
        checksum += int((chunk * weights[:chunk.size]).sum(dtype=np.uint64))
    if int(stream_year.sum()) != grand_total:
        raise RuntimeError("stream totals do not add up to the grand total")
    return grand_total, checksum & MASK64, stream_year, practice


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
    grand_total, checksum, _, _ = aggregate(cells)
    end = time.perf_counter()
    total = end - start
    print(f"grand_total_pence {grand_total}")
    print(f"checksum {checksum}")
    print(f"cells {cells.size} project_s {projected - start:.6f} aggregate_s {end - projected:.6f} "
          f"total_s {total:.6f} cells_per_s {cells.size / total if total > 0 else 0:.0f}")


if __name__ == "__main__":
    main(sys.argv)

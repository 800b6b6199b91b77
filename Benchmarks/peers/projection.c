/*
 * The "national projection" workload in C99: the fastest honest peer, for comparison with the
 * library's benchmark.
 *
 *     cc -O2 -std=c99 -o projection projection.c && ./projection 6500 30 10
 *
 * Draws list sizes, rates and uplifts from the workload's 64-bit LCG, projects every practice's
 * every stream month by month into one int64 array of all cells (annual figures compounded with
 * "round each year", half to even, to the penny; each year's months summing exactly to it), then
 * aggregates: the grand total, the weighted checksum, per-stream-per-year and per-practice totals.
 * Prints
 *
 *     grand_total_pence N
 *     checksum N
 *     cells N project_s X aggregate_s X total_s X cells_per_s X
 *
 * Exact: every amount is an integer number of pence and fits easily in int64 (a cell is below
 * 10^8 pence at the workload's sizes); the checksum wraps in uint64 as specified.
 */
#define _POSIX_C_SOURCE 199309L
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The workload's generator: step, then take the top 31 bits modulo n. */
static uint64_t lcg_state = UINT64_C(20190401);

static int64_t next_below(int64_t n) {
    lcg_state = UINT64_C(6364136223846793005) * lcg_state + UINT64_C(1442695040888963407); /* mod 2^64 */
    return (int64_t)((lcg_state >> 33) % (uint64_t)n);
}

/* numerator / 10000, rounded half to even; numerator >= 0. */
static int64_t div10000_half_even(int64_t numerator) {
    int64_t q = numerator / 10000;
    int64_t r = numerator % 10000;
    if (r > 5000 || (r == 5000 && (q & 1))) q += 1;
    return q;
}

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* A positive size argument no larger than limit, or 0 when it is not one. */
static long parse_size(const char *text, long limit) {
    char *end = NULL;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 1 || value > limit) return 0;
    return value;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s P S Y   (practices, streams, years)\n", argv[0]);
        return 2;
    }
    const long P = parse_size(argv[1], 10000000L);
    const long S = parse_size(argv[2], 100000L);
    const long Y = parse_size(argv[3], 1000L);
    if (P == 0 || S == 0 || Y == 0) {
        fprintf(stderr, "P, S and Y must be positive integers (P <= 10^7, S <= 10^5, Y <= 1000)\n");
        return 2;
    }
    const size_t M = 12u * (size_t)Y;
    const size_t streams = (size_t)P * (size_t)S;
    if (streams > SIZE_MAX / sizeof(int64_t) / M) {
        fprintf(stderr, "%ld x %ld x %ld cells do not fit in memory\n", P, S, Y);
        return 2;
    }
    const size_t n_cells = streams * M;

    int64_t *list = malloc((size_t)P * sizeof *list);
    int64_t *rate = malloc((size_t)S * sizeof *rate);
    int64_t *bp = malloc((size_t)S * sizeof *bp);
    int64_t *cells = malloc(n_cells * sizeof *cells);
    int64_t *stream_year = calloc((size_t)S * (size_t)Y, sizeof *stream_year);
    int64_t *practice = calloc((size_t)P, sizeof *practice);
    if (!list || !rate || !bp || !cells || !stream_year || !practice) {
        fprintf(stderr, "out of memory for %zu cells\n", n_cells);
        return 1;
    }

    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);

    /* Inputs, drawn in the workload's order. */
    for (long p = 0; p < P; p++) list[p] = 2000 + next_below(38001);
    for (long s = 0; s < S; s++) {
        rate[s] = 100 + next_below(901);
        bp[s] = next_below(301);
    }

    /* Projection: cell index ((p*S + s)*M + 12*y + k), written in order. */
    int64_t *cell = cells;
    for (long p = 0; p < P; p++) {
        for (long s = 0; s < S; s++) {
            int64_t annual = list[p] * rate[s];
            for (long y = 0; y < Y; y++) {
                if (y > 0) annual = div10000_half_even(annual * (10000 + bp[s]));
                const int64_t month = annual / 12;
                const int64_t extra = annual % 12; /* the first `extra` months get a penny more */
                for (int64_t k = 0; k < 12; k++) *cell++ = month + (k < extra);
            }
        }
    }
    const double project_s = seconds_since(&start);

    /* Aggregation over the stored cells. */
    struct timespec aggregate_start;
    clock_gettime(CLOCK_MONOTONIC, &aggregate_start);
    int64_t grand_total = 0;
    uint64_t checksum = 0;
    uint64_t weight = 1; /* i mod 7 + 1, kept without a division per cell */
    size_t i = 0;
    for (long p = 0; p < P; p++) {
        int64_t practice_total = 0;
        for (long s = 0; s < S; s++) {
            for (long y = 0; y < Y; y++) {
                int64_t year_total = 0;
                for (int k = 0; k < 12; k++, i++) {
                    const int64_t c = cells[i];
                    year_total += c;
                    checksum += (uint64_t)c * weight;
                    weight = weight == 7 ? 1 : weight + 1;
                }
                stream_year[s * Y + y] += year_total;
                practice_total += year_total;
            }
        }
        practice[p] = practice_total;
        grand_total += practice_total;
    }
    const double aggregate_s = seconds_since(&aggregate_start);
    const double total_s = seconds_since(&start);

    /* The report's totals must agree with the grand total; a cheap guard against slips. */
    int64_t by_stream = 0;
    for (size_t j = 0; j < (size_t)S * (size_t)Y; j++) by_stream += stream_year[j];
    if (by_stream != grand_total) {
        fprintf(stderr, "internal error: stream totals %" PRId64 " != grand total %" PRId64 "\n", by_stream,
                grand_total);
        return 1;
    }

    printf("grand_total_pence %" PRId64 "\n", grand_total);
    printf("checksum %" PRIu64 "\n", checksum);
    printf("cells %zu project_s %.6f aggregate_s %.6f total_s %.6f cells_per_s %.0f\n", n_cells, project_s,
           aggregate_s, total_s, total_s > 0 ? (double)n_cells / total_s : 0.0);

    free(practice);
    free(stream_year);
    free(cells);
    free(bp);
    free(rate);
    free(list);
    return 0;
}

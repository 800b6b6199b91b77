/*
 * The "national projection" workload in C at the machine's limit: the same arithmetic as
 * projection.c, with what the platform offers for a large buffer of cells.
 *
 *     cc -O2 -std=c99 -o projection_fast projection_fast.c                  # huge pages, one core
 *     cc -O2 -std=c99 -fopenmp -o projection_omp projection_fast.c          # huge pages, every core
 *     ./projection_fast 6500 30 10
 *
 * Three differences from projection.c, each what a C programmer would reach for:
 *
 * - The cells live in one anonymous mapping aligned to 2 MiB and advised with
 *   madvise(MADV_HUGEPAGE), so the kernel can back it with transparent huge pages: one page fault
 *   and one zeroing per 2 MiB instead of per 4 KiB. Where the kernel refuses (no MADV_HUGEPAGE,
 *   or transparent huge pages set to "never"), the mapping is used with ordinary pages.
 * - Compiled with -fopenmp, practices are shared among the cores (dynamic chunks of practices,
 *   each thread adding into its own per-stream-year totals, combined at the end).
 * - Each practice's totals are read back from its cells straight after they are written, while
 *   they are in cache, as the library's projection does; projection.c reads them in a second pass.
 *
 * Prints what projection.c prints, then how many bytes of the cells the kernel backed with huge
 * pages (AnonHugePages in /proc/self/smaps_rollup, read after the timing) and the threads used:
 *
 *     grand_total_pence N
 *     checksum N
 *     cells N project_s X aggregate_s X total_s X cells_per_s X
 *     huge_page_bytes N threads N
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define HUGE_PAGE ((size_t)2 << 20)

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

/* `bytes` of zeroed memory starting on a 2 MiB boundary, advised for huge pages; NULL when the
 * mapping fails. *mapped and *length receive what munmap needs. */
static void *map_cells(size_t bytes, void **mapped, size_t *length) {
    size_t rounded = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    *length = rounded + HUGE_PAGE;
    *mapped = mmap(NULL, *length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (*mapped == MAP_FAILED) return NULL;
    char *aligned = (char *)(((uintptr_t)*mapped + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
#ifdef MADV_HUGEPAGE
    (void)madvise(aligned, rounded, MADV_HUGEPAGE); /* a refusal leaves ordinary pages */
#endif
    return aligned;
}

/* This process's anonymous memory backed by huge pages, in bytes; -1 when the kernel does not say. */
static long long huge_page_bytes(void) {
    FILE *file = fopen("/proc/self/smaps_rollup", "r");
    if (!file) return -1;
    char line[256];
    long long kilobytes = -1;
    while (fgets(line, sizeof line, file)) {
        if (strncmp(line, "AnonHugePages:", 14) == 0) kilobytes = strtoll(line + 14, NULL, 10);
    }
    fclose(file);
    return kilobytes < 0 ? -1 : kilobytes * 1024;
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
    if (streams > SIZE_MAX / sizeof(int64_t) / M / 2) {
        fprintf(stderr, "%ld x %ld x %ld cells do not fit in memory\n", P, S, Y);
        return 2;
    }
    const size_t n_cells = streams * M;
    const size_t block = (size_t)S * M; /* one practice's cells */

    int64_t *list = malloc((size_t)P * sizeof *list);
    int64_t *rate = malloc((size_t)S * sizeof *rate);
    int64_t *bp = malloc((size_t)S * sizeof *bp);
    int64_t *stream_year = calloc((size_t)S * (size_t)Y, sizeof *stream_year);
    int64_t *practice = calloc((size_t)P, sizeof *practice);
    void *mapped = NULL;
    size_t mapped_length = 0;
    int64_t *cells = map_cells(n_cells * sizeof *cells, &mapped, &mapped_length);
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

    int64_t grand_total = 0;
    uint64_t checksum = 0;
    int threads = 1;
#ifdef _OPENMP
#pragma omp parallel reduction(+ : grand_total, checksum)
#endif
    {
        int64_t *mine = calloc((size_t)S * (size_t)Y, sizeof *mine); /* this thread's stream-year totals */
        if (!mine) abort();
#ifdef _OPENMP
#pragma omp single
        threads = omp_get_num_threads();
#pragma omp for schedule(dynamic, 64)
#endif
        for (long p = 0; p < P; p++) {
            /* Projection: cell index ((p*S + s)*M + 12*y + k), written in order. */
            int64_t *cell = cells + (size_t)p * block;
            for (long s = 0; s < S; s++) {
                int64_t annual = list[p] * rate[s];
                for (long y = 0; y < Y; y++) {
                    if (y > 0) annual = div10000_half_even(annual * (10000 + bp[s]));
                    const int64_t month = annual / 12;
                    const int64_t extra = annual % 12; /* the first `extra` months get a penny more */
                    for (int64_t k = 0; k < 12; k++) *cell++ = month + (k < extra);
                }
            }
            /* This practice's totals, read back from its cells while they are in cache. */
            size_t i = (size_t)p * block;
            uint64_t weight = i % 7 + 1; /* i mod 7 + 1, kept without a division per cell */
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
                    mine[s * Y + y] += year_total;
                    practice_total += year_total;
                }
            }
            practice[p] = practice_total;
            grand_total += practice_total;
        }
#ifdef _OPENMP
#pragma omp critical
#endif
        for (size_t j = 0; j < (size_t)S * (size_t)Y; j++) stream_year[j] += mine[j];
        free(mine);
    }
    const double total_s = seconds_since(&start);

    /* The report's totals must agree with the grand total; a cheap guard against slips. */
    int64_t by_stream = 0, by_practice = 0;
    for (size_t j = 0; j < (size_t)S * (size_t)Y; j++) by_stream += stream_year[j];
    for (long p = 0; p < P; p++) by_practice += practice[p];
    if (by_stream != grand_total || by_practice != grand_total) {
        fprintf(stderr, "internal error: stream totals %" PRId64 ", practice totals %" PRId64 " != grand total %" PRId64 "\n",
                by_stream, by_practice, grand_total);
        return 1;
    }

    printf("grand_total_pence %" PRId64 "\n", grand_total);
    printf("checksum %" PRIu64 "\n", checksum);
    printf("cells %zu project_s %.6f aggregate_s %.6f total_s %.6f cells_per_s %.0f\n", n_cells, total_s, 0.0, total_s,
           total_s > 0 ? (double)n_cells / total_s : 0.0);
    printf("huge_page_bytes %lld threads %d\n", huge_page_bytes(), threads);

    munmap(mapped, mapped_length);
    free(practice);
    free(stream_year);
    free(bp);
    free(rate);
    free(list);
    return 0;
}

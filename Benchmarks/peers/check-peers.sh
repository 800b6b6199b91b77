#!/usr/bin/env bash
# Checks that the benchmark peers agree to the penny with the "national projection" workload's
# reference table:
#
#   P, S, Y       grand_total_pence   checksum
#   10, 3, 2      544578375           2170139627
#   100, 30, 10   318241028585        1272941080591
#
# Runs the C peers (compiled with ${CC:-cc} -O2 into a temporary folder: projection.c, and
# projection_fast.c with huge pages, alone and with -fopenmp), the numpy peer and the pure-Python
# reference on both sizes, and also checks that each prints its timing line with the
# right cell count. A peer whose toolchain is missing is skipped with the reason. Exits 1 on any
# mismatch, 0 otherwise.
#
#   Benchmarks/peers/check-peers.sh
set -uo pipefail
cd "$(dirname "$0")"

readonly SIZES=("10 3 2" "100 30 10")
declare -A EXPECTED_TOTAL=(["10 3 2"]=544578375 ["100 30 10"]=318241028585)
declare -A EXPECTED_CHECKSUM=(["10 3 2"]=2170139627 ["100 30 10"]=1272941080591)

failures=0
checked=0

# check NAME P S Y -- COMMAND...: runs COMMAND with the sizes and compares its output.
check() {
    local name=$1 sizes="$2 $3 $4" expected_cells=$(($2 * $3 * 12 * $4))
    shift 5
    local output
    if ! output=$("$@" $sizes 2>&1); then
        echo "FAIL $name $sizes: exited with an error"
        checked=$((checked + 1))
        printf '%s\n' "$output" | sed 's/^/     /'
        failures=$((failures + 1))
        return
    fi
    local total checksum cells
    total=$(awk '$1 == "grand_total_pence" { print $2 }' <<<"$output")
    checksum=$(awk '$1 == "checksum" { print $2 }' <<<"$output")
    cells=$(awk '$1 == "cells" && $3 == "project_s" && $5 == "aggregate_s" && $7 == "total_s" && $9 == "cells_per_s" { print $2 }' <<<"$output")
    if [[ $total == "${EXPECTED_TOTAL[$sizes]}" && $checksum == "${EXPECTED_CHECKSUM[$sizes]}" && $cells == "$expected_cells" ]]; then
        echo "ok   $name $sizes: grand_total_pence $total checksum $checksum"
    else
        echo "FAIL $name $sizes: expected grand_total_pence ${EXPECTED_TOTAL[$sizes]} checksum ${EXPECTED_CHECKSUM[$sizes]} cells $expected_cells"
        printf '%s\n' "$output" | sed 's/^/     got: /'
        failures=$((failures + 1))
    fi
    checked=$((checked + 1))
}

# C
cc=${CC:-cc}
if command -v "$cc" >/dev/null 2>&1; then
    build=$(mktemp -d)
    trap 'rm -rf "$build"' EXIT
    if "$cc" -O2 -std=c99 -o "$build/projection" projection.c; then
        for s in "${SIZES[@]}"; do check c $s -- "$build/projection"; done
    else
        echo "FAIL c: projection.c does not compile with $cc"
        failures=$((failures + 1))
    fi
    if "$cc" -O2 -std=c99 -o "$build/projection_fast" projection_fast.c; then
        for s in "${SIZES[@]}"; do check c-huge-pages $s -- "$build/projection_fast"; done
    else
        echo "FAIL c-huge-pages: projection_fast.c does not compile with $cc"
        failures=$((failures + 1))
    fi
    if "$cc" -O2 -std=c99 -fopenmp -o "$build/projection_openmp" projection_fast.c 2>/dev/null; then
        for s in "${SIZES[@]}"; do check c-openmp $s -- "$build/projection_openmp"; done
    else
        echo "skip c-openmp: $cc -fopenmp cannot build projection_fast.c (no OpenMP)"
    fi
else
    echo "skip c: no C compiler ('$cc' not found; set CC to use another)"
fi

# Python peers
if command -v python3 >/dev/null 2>&1; then
    for s in "${SIZES[@]}"; do check python-reference $s -- python3 projection_reference.py; done
    if reason=$(python3 -c 'import numpy' 2>&1); then
        for s in "${SIZES[@]}"; do check numpy $s -- python3 projection_numpy.py; done
    else
        echo "skip numpy: numpy is not importable ($(tail -n 1 <<<"$reason"))"
    fi
else
    echo "skip python-reference, numpy: python3 not found"
fi

echo "$checked checked, $failures failed"
[[ $failures -eq 0 ]]

#!/usr/bin/env bash
# Builds the scenario fuzzer with the toolchain's libFuzzer and AddressSanitizer, and runs it.
#   Fuzz/run.sh SECONDS [libFuzzer options...]
# The seed corpus is every shipped scenario and every bad-input fixture; inputs that crash are
# written to .build/fuzz/artifacts/ (turn each into a fixture under Tests/Fixtures/fuzz/).
# Exit 0 when the run found nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
out=.build/fuzz
mkdir -p "$out/corpus" "$out/artifacts"
sources=$(find Sources/FinModel -name '*.swift' | sort)
if [ ! -x "$out/fuzz-scenario" ] || [ -n "$(find Sources/FinModel Fuzz Tests/FinModelTests/Support/FuzzOracle.swift -newer "$out/fuzz-scenario" -name '*.swift' | head -1)" ]; then
  echo "fuzz: building (swiftc -sanitize=fuzzer,address)"
  swiftc -sanitize=fuzzer,address -parse-as-library -Onone -g -module-name FuzzScenario \
    $sources Fuzz/FuzzEntry.swift Tests/FinModelTests/Support/FuzzOracle.swift \
    -o "$out/fuzz-scenario" 2> >(grep -v 'Cannot export local symbol' >&2)
fi
seeds="$out/seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
find Scenarios Tests/Fixtures -name '*.scenario' -exec cp {} "$seeds/" \;
echo "fuzz: running for ${seconds}s with $(ls "$seeds" | wc -l) seed files"
status=0
SWIFT_BACKTRACE=enable=no "$out/fuzz-scenario" "$out/corpus" "$seeds" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -rss_limit_mb=4096 -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" > "$out/last-run.log" 2>&1 || status=$?
grep -E '^(#[0-9]+ +(INITED|DONE)|stat::|==[0-9]+==ERROR|.*fuzz oracle|SUMMARY|artifact_prefix)' "$out/last-run.log" || true
if [ "$status" -ne 0 ]; then echo "fuzz: FAILED (exit $status); see $out/last-run.log and $out/artifacts/"; exit 1; fi
echo "fuzz: no crash, hang or oracle violation"

#!/usr/bin/env bash
# Builds a fuzzer with the toolchain's libFuzzer and AddressSanitizer, and runs it.
#   Fuzz/run.sh [scenario] SECONDS [libFuzzer options...]   the library: parse, check, format, evaluate
#   Fuzz/run.sh cli SECONDS [libFuzzer options...]          the command line, its files and the REPL
# The scenario target's seeds are every shipped scenario and every fixture; the CLI target's are
# those and Fuzz/cli-seeds/ (inputs with %%file, %%args and %%repl sections; see CLIFuzzCase.swift).
# Inputs that crash or break an oracle are written to .build/fuzz/artifacts/ (turn each into a
# fixture under Tests/Fixtures/fuzz/). Exit 0 when the run found nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
target=scenario
case "${1:-}" in scenario|cli) target="$1"; shift ;; esac
seconds="${1:-60}"; shift || true
out=.build/fuzz
mkdir -p "$out/artifacts"
quiet() { grep -v 'Cannot export local symbol' >&2 || true; }
newer() { [ -n "$(find "$@" -newer "$binary" -name '*.swift' 2>/dev/null | head -1)" ]; }

if [ "$target" = scenario ]; then
  binary="$out/fuzz-scenario"
  corpus="$out/corpus"
  max_len=8192
  timeout=10
  extra=()
  if [ ! -x "$binary" ] || newer Sources/FinModel Fuzz/FuzzEntry.swift Tests/FinModelTests/Support/FuzzOracle.swift; then
    echo "fuzz: building the scenario target (swiftc -sanitize=fuzzer,address)"
    # Bare /regex/ literals are on in Swift 6 packages; swiftc alone needs the flag.
    swiftc -sanitize=fuzzer,address -enable-bare-slash-regex -parse-as-library -Onone -g -module-name FuzzScenario \
      $(find Sources/FinModel -name '*.swift' | sort) Fuzz/FuzzEntry.swift Tests/FinModelTests/Support/FuzzOracle.swift \
      -o "$binary" 2> >(quiet)
  fi
else
  # The CLI's sources import FinModel, so the library is its own (instrumented) module here.
  binary="$out/fuzz-cli"
  corpus="$out/corpus-cli"
  max_len=1048576
  timeout=120  # a hang guard: one input runs a whole command, and a loaded 2-core machine once took 44 s
  # FileManager.contents(atPath:) in swift-corelibs-foundation leaks its buffer on every read, in
  # the tool's loader as in the harness; the leak is Foundation's, so leak detection is off here.
  extra=(-detect_leaks=0)
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  if [ ! -x "$binary" ] || newer Sources Fuzz; then
    echo "fuzz: building the cli target (swiftc -sanitize=fuzzer,address)"
    mkdir -p "$out/cli-module"
    # Sources a build-tool plugin generates for the CLI (such as the embedded manual) come from
    # SwiftPM: a debug build of the product makes them (a no-op after ./test.sh).
    generated=()
    if grep -q 'plugins:' Package.swift; then
      swift build --product scenario > /dev/null
      while IFS= read -r file; do generated+=("$file"); done \
        < <(find .build/plugins/outputs -path '*/scenario/destination/*' -name '*.swift' 2>/dev/null | sort)
    fi
    swiftc -sanitize=fuzzer,address -enable-bare-slash-regex -parse-as-library -Onone -g -module-name FinModel \
      -emit-module -emit-module-path "$out/cli-module/FinModel.swiftmodule" -emit-library -static \
      $(find Sources/FinModel -name '*.swift' | sort) -o "$out/cli-module/libFinModel.a" 2> >(quiet)
    swiftc -sanitize=fuzzer,address -enable-bare-slash-regex -parse-as-library -Onone -g -module-name FuzzCLI -I "$out/cli-module" \
      $(find Sources/scenario -name '*.swift' ! -path Sources/scenario/main.swift | sort) "${generated[@]}" Fuzz/CLIFuzz*.swift \
      -L "$out/cli-module" -lFinModel -o "$binary" 2> >(quiet)
  fi
fi

mkdir -p "$corpus"
seeds="$out/seeds-$target"
rm -rf "$seeds" && mkdir -p "$seeds"
find Scenarios Tests/Fixtures -name '*.scenario' -exec cp {} "$seeds/" \;
[ "$target" = cli ] && cp Fuzz/cli-seeds/* "$seeds/"
echo "fuzz: running the $target target for ${seconds}s with $(ls "$seeds" | wc -l) seed files"
log="$out/last-run-$target.log"
root="$(mktemp -d "${TMPDIR:-/tmp}/fuzz-cli.XXXXXX")"
status=0
FUZZ_CLI_ROOT="$root" SWIFT_BACKTRACE=enable=no "$binary" "$corpus" "$seeds" -max_total_time="$seconds" -max_len="$max_len" \
  -timeout="$timeout" -rss_limit_mb=4096 -artifact_prefix="$out/artifacts/" -print_final_stats=1 "${extra[@]}" "$@" > "$log" 2>&1 || status=$?
# The CLI target swaps standard error for a file while a command runs: a crash inside one is there.
if [ "$status" -ne 0 ] && [ -s "$root/capture/stderr" ]; then
  { echo "--- standard error of the command that was running:"; cat "$root/capture/stderr"; } >> "$log"
fi
chmod -R u+w "$root" 2>/dev/null || true
rm -rf "$root"
grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::|==[0-9]+==ERROR|.*fuzz oracle|SUMMARY|artifact_prefix|Test unit written)' "$log" || true
if [ "$status" -ne 0 ]; then echo "fuzz: FAILED (exit $status); see $log and $out/artifacts/"; exit 1; fi
echo "fuzz: no crash, hang or oracle violation"

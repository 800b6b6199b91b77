#!/usr/bin/env bash
# The project's one test command: builds everything and runs every test.
# Installs nothing: tests that need a system tool (tmux, chromium) say so and are skipped when it
# is missing; .ci/run installs those tools first.
set -euo pipefail
cd "$(dirname "$0")"
swift build --build-tests
swift test --skip-build --parallel

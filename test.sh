#!/usr/bin/env bash
# The project's one test command: builds everything and runs every test.
# Installs nothing unless a test needs a system tool that is missing (see Tests/README.md).
set -euo pipefail
cd "$(dirname "$0")"
swift build --build-tests
swift test --skip-build --parallel

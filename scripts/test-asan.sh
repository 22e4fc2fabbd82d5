#!/usr/bin/env bash
# Runs the whole test suite, end-to-end tests included, under the address sanitizer with
# leak checking.
#
# usage: scripts/test-asan.sh [swift test options...]     (run from the package root)
# The instrumented build replaces .build/debug (the end-to-end tests run .build/debug/parallax),
# so the next plain `swift build` rebuilds everything. XCTest's own runner leaks a few hundred
# bytes at exit (XCTMainMisc, XCTestSuiteRun), which is not ours: that library is suppressed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
suppressions="$(mktemp)"
trap 'rm -f "$suppressions"' EXIT
echo 'leak:libXCTest.so' > "$suppressions"
LSAN_OPTIONS="suppressions=$suppressions${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
  swift test --package-path "$root" --sanitize=address "$@"

#!/usr/bin/env bash
# Fuzzes the analysis and the reader's screens with libFuzzer and AddressSanitizer.
#
# usage: scripts/fuzz.sh [SECONDS]      (default 60; run from the package root)
# Builds Fuzz/ (a package of its own, so `swift build` never builds it), then runs the
# ParallaxFuzz target for SECONDS with a scratch corpus seeded from seeds/. Crashers are
# written to .build/fuzz/ (ignored by git); turn each into a test in Tests/ and delete it.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build/fuzz"
mkdir -p "$out/corpus"

# Release: bounds checks and preconditions still trap under -O, and it runs about 4× faster.
swift build --package-path "$root/Fuzz" -c release --product ParallaxFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
binary="$(swift build --package-path "$root/Fuzz" -c release --show-bin-path)/ParallaxFuzz"

# Seeds: the seed articles, whole and cut to their first 2 KB, and a few hostile shapes.
for f in "$root"/seeds/*.txt; do head -c 2048 "$f" > "$out/corpus/seed-$(basename "$f")"; done
printf 'Title\x1b]0;pwned\x07\n\nKyiv said 10,000 troops\tmoved.\x1b[2J\n' > "$out/corpus/escapes.txt"
printf 'Russia sent 12,000 troops.\xffRussia sent 10,000 troops.\xc3\x28\n' > "$out/corpus/two-outlets.txt"
printf '\xe6\x9d\xb1\xe4\xba\xac e\xcc\x81 \xf0\x9f\x91\x8d\xe2\x80\xae evil\n' > "$out/corpus/wide.txt"

cd "$out"
# Swift's own backtracer would catch a trap before libFuzzer can save the input.
SWIFT_BACKTRACE=enable=no "$binary" "$out/corpus" -max_total_time="$seconds" -max_len=2048 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="$out/" -print_final_stats=1 2>&1 | tee "$out/last-run.log" | grep -E '^(#[0-9]+.*(DONE|pulse)|==|SUMMARY|stat::|artifact|Fatal|.*crash)' || true
grep -q 'Done [0-9]* runs' "$out/last-run.log" && ! grep -q '^SUMMARY\|crash-' "$out/last-run.log"

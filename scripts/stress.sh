#!/usr/bin/env bash
# Times every stage of Parallax on huge files, to show that none is quadratic.
#
# usage: scripts/stress.sh [MB...]     (default: 5 20; run from the package root)
# Builds Fuzz/'s ParallaxStress in release, makes, for each size, a file of that many MB
# of the seed articles' paragraphs and a file of one line of that many MB, and prints the
# seconds each stage takes on them (read, decode, blocks and sentences, tokenizer, entities,
# figures, the whole analysis, discrepancies, JSON, the reader's layout and frames), then
# the whole `parallax analyze --json` run with its peak memory. Doubling the size should
# about double each time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5 20)

swift build --package-path "$root/Fuzz" -c release --product ParallaxStress >/dev/null
swift build --package-path "$root" -c release --product parallax >/dev/null
stress="$(swift build --package-path "$root/Fuzz" -c release --show-bin-path)/ParallaxStress"
parallax="$(swift build --package-path "$root" -c release --show-bin-path)/parallax"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for mb in "${sizes[@]}"; do
  python3 - "$root/seeds" "$scratch" "$mb" <<'PY'
import os, sys
seeds, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(os.path.join(seeds, f), encoding="utf-8").read() for f in sorted(os.listdir(seeds)) if f.endswith(".txt")]
target = mb * 1_000_000
body = "\n\n".join(texts)
with open(os.path.join(out, f"paragraphs-{mb}mb.txt"), "w", encoding="utf-8") as f:
    f.write("\n\n".join([body] * (target // len(body.encode()) + 1)))
line = " ".join(t.replace("\n", " ") for t in texts)
with open(os.path.join(out, f"one-line-{mb}mb.txt"), "w", encoding="utf-8") as f:
    f.write(" ".join([line] * (target // len(line.encode()) + 1)))
PY
  for kind in paragraphs one-line; do
    file="$scratch/$kind-${mb}mb.txt"
    echo "== $kind, $mb MB"
    "$stress" "$file"
    /usr/bin/time -f "parallax analyze --json: %e s, peak %M KB" "$parallax" analyze --json "$file" >/dev/null
  done
done

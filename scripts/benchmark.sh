#!/usr/bin/env bash
# Analysis throughput against the spaCy peer, on the same files in the same run.
#
# usage: scripts/benchmark.sh [COPIES...]     (default: 20 200 2000; run from the package root)
# Builds a release binary, copies the seeds COPIES times into a scratch folder, times
# `parallax analyze --json` on it (best of 3, whole process: load, analysis, JSON), runs the
# spaCy peer (en_core_web_sm, NER only, best of 3 after a warm-up) on the same folder, and
# prints words/s for both and their ratio. The peer is set up by ../shared/peer/setup-peer.sh.
set -euo pipefail
peer_dir="${PARALLAX_PEER_DIR:-../shared/peer}"
peer_python="${PEER_PYTHON:-${XDG_CACHE_HOME:-$HOME/.cache}/parallax-peer/bin/python}"
copies=("$@")
[ ${#copies[@]} -gt 0 ] || copies=(20 200 2000)

swift build -c release --product parallax >/dev/null
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for n in "${copies[@]}"; do
  dir="$scratch/seeds-x$n"
  mkdir -p "$dir"
  for i in $(seq 1 "$n"); do
    for f in seeds/*.txt; do cp "$f" "$dir/$(printf '%05d' "$i")-$(basename "$f")"; done
  done
  words=$(cat "$dir"/*.txt | wc -w)
  best=$(python3 - "$dir" <<'PY'
import subprocess, sys, time
times = []
for _ in range(3):
    start = time.perf_counter()
    subprocess.run([".build/release/parallax", "analyze", "--json", sys.argv[1]], check=True,
                   stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"{min(times):.4f}")
PY
)
  ours=$(python3 -c "print(f'{$words / $best:.0f}')")
  line="copies=$n files=$(ls "$dir" | wc -l) words=$words parallax: ${best}s ${ours} words/s"
  if [ -x "$peer_python" ] && [ "$n" -le 200 ]; then
    peer=$("$peer_python" "$peer_dir/peer_spacy.py" "$dir" --repeat 3 | awk '/^words\/s:/ {print $2}')
    ratio=$(python3 -c "print(f'{$ours / $peer:.0f}')")
    line="$line · spaCy: ${peer} words/s · ratio ${ratio}x"
  fi
  echo "$line"
done

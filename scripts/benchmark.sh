#!/usr/bin/env bash
# Analysis throughput against the spaCy peer, on the same files in the same run.
#
# usage: scripts/benchmark.sh [--in-process] [COPIES...]   (default: 20 200 2000; run from the package root)
# Builds a release binary, copies the seeds COPIES times into a scratch folder, times
# `parallax analyze --json` on it (best of 3, whole process: load, analysis, JSON), measures its
# peak memory (maximum resident set, once) against the size of the text, runs the spaCy peer
# (en_core_web_sm, NER only, best of 3 after a warm-up) on the same folder up to 200 copies, and
# prints words/s for both and their ratio. With 200 and 2000 copies it prints how the time
# grows (linear would be 10×). The peer is set up by ../shared/peer/setup-peer.sh.
# --in-process also runs Benchmarks/ (`parallax-bench`: reader frames, sentence alignment,
# analysis and JSON timed inside one process) on the seeds.
set -euo pipefail
peer_dir="${PARALLAX_PEER_DIR:-../shared/peer}"
peer_python="${PEER_PYTHON:-${XDG_CACHE_HOME:-$HOME/.cache}/parallax-peer/bin/python}"
in_process=false
if [ "${1:-}" = "--in-process" ]; then
  in_process=true
  shift
fi
copies=("$@")
[ ${#copies[@]} -gt 0 ] || copies=(20 200 2000)

swift build -c release --product parallax >/dev/null
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
declare -A seconds

for n in "${copies[@]}"; do
  dir="$scratch/seeds-x$n"
  mkdir -p "$dir"
  for i in $(seq 1 "$n"); do
    for f in seeds/*.txt; do cp "$f" "$dir/$(printf '%05d' "$i")-$(basename "$f")"; done
  done
  words=$(cat "$dir"/*.txt | wc -w)
  bytes=$(cat "$dir"/*.txt | wc -c)
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
  seconds[$n]=$best
  ours=$(python3 -c "print(f'{$words / $best:.0f}')")
  line="copies=$n files=$(ls "$dir" | wc -l) words=$words parallax: ${best}s ${ours} words/s"
  if [ -x /usr/bin/time ]; then
    peak_kb=$( { /usr/bin/time -f '%M' .build/release/parallax analyze --json "$dir" >/dev/null; } 2>&1 | tail -1)
    line="$line · peak $(python3 -c "print(f'{$peak_kb / 1024:.0f} MB = {$peak_kb * 1024 / $bytes:.1f}× the text ({$bytes / 1048576:.1f} MB)')")"
  fi
  if [ -x "$peer_python" ] && [ "$n" -le 200 ]; then
    peer=$("$peer_python" "$peer_dir/peer_spacy.py" "$dir" --repeat 3 | awk '/^words\/s:/ {print $2}')
    ratio=$(python3 -c "print(f'{$ours / $peer:.0f}')")
    line="$line · spaCy: ${peer} words/s · ratio ${ratio}x"
  fi
  echo "$line"
done

if [ -n "${seconds[200]:-}" ] && [ -n "${seconds[2000]:-}" ]; then
  echo "linearity: 2000 copies take $(python3 -c "print(f'{${seconds[2000]} / ${seconds[200]}:.1f}')")× as long as 200 (linear: 10×)"
fi

if $in_process; then
  swift run -c release --package-path Benchmarks parallax-bench seeds
fi

#!/usr/bin/env bash
# Scores Parallax's mentions on the seeds against the hand-made gold.
# usage: scripts/score-entities.sh [--errors]   (run from the package root)
set -euo pipefail
gold_dir="${PARALLAX_EVAL_DIR:-../shared/eval}"
out="$(mktemp -d)"
swift build -c release --product parallax >/dev/null
.build/release/parallax analyze --json seeds > "$out/analysis.json"
python3 - "$out/analysis.json" "$out/pred.json" <<'PY'
import json, os, sys
analysis = json.load(open(sys.argv[1]))
pred = [{"file": os.path.basename(a["path"]),
         "entities": [{"text": m["text"], "start": m["start"], "end": m["end"], "type": m["type"]} for m in a["mentions"]]}
        for a in analysis["articles"]]
json.dump(pred, open(sys.argv[2], "w"))
PY
python3 "$gold_dir/check_offsets.py" "$out/pred.json" seeds
python3 "$gold_dir/score_entities.py" "$gold_dir/seeds-entities.json" "$out/pred.json" --no-map "$@"

#!/usr/bin/env bash
# Screenshots of the real reader.
#
# Runs the built executable in a private tmux server at 120x40 with TERM=tmux-256color, plays
# each scene's keys, captures the pane with its colours, and renders it to
# screenshots/<scene>.png (Python rich → SVG → cairosvg, in a venv under .build/). Each scene
# starts with its own empty data folder, so no read state from a real session shows.
#
# usage: scripts/screenshots.sh [scene ...]     (no scene: all of them)
set -euo pipefail

# One scene per line: its name, a bar, then the keys to press after the reader has started,
# in tmux send-keys names separated by spaces ("j j Enter", "Tab", "?").
SCENES=(
  "reader|"
  "entities|Tab e e e e n"
  "entity-index|i"
  "discrepancies|Tab Tab"
  "discrepancy|Tab Tab Enter"
  "compare|c > > ] d"
  "help|?"
)

COLUMNS=120
ROWS=40
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/.build/screenshots"
venv="$root/.build/screenshot-venv"
socket="parallax-shots-$$"
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true' EXIT

(cd "$root" && swift build --product parallax)
binary="$root/.build/debug/parallax"
if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet rich cairosvg
fi
mkdir -p "$work" "$root/screenshots"

# Waits up to 10 s for a tmux format (e.g. '#{alternate_on}') to read as the value given.
wait_for() {
  for _ in $(seq 100); do
    [[ "$(tmux_ display-message -p -t shot "$1" 2>/dev/null)" == "$2" ]] && return 0
    sleep 0.1
  done
  echo "screenshots: timed out waiting for $1 = $2" >&2
  return 1
}

# Plays one scene and leaves its capture in $work/<name>.ansi.
capture() {
  local name=$1 keys=$2
  tmux_ -f /dev/null new-session -d -s shot -x "$COLUMNS" -y "$ROWS" -c "$root" \
    "env TERM=tmux-256color LANG=C.UTF-8 XDG_DATA_HOME='$work/data-$name' '$binary'; sleep 30"
  wait_for '#{alternate_on}' 1
  sleep 0.5
  for key in $keys; do
    tmux_ send-keys -t shot "$key"
    sleep 0.3
  done
  sleep 0.5
  tmux_ capture-pane -t shot -p -e > "$work/$name.ansi"
  tmux_ kill-server
}

# Renders $work/<name>.ansi to screenshots/<name>.png. Two fixes to rich's SVG keep the columns
# of the terminal: DejaVu Sans Mono (installed) replaces the web font cairosvg cannot load, and
# every grapheme is placed at its own cell instead of relying on the font's advance width.
render() {
  "$venv/bin/python" - "$work/$1.ansi" "$root/screenshots/$1.png" "$1" "$COLUMNS" <<'PY'
import html, io, re, sys
import cairosvg
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

source, target, title, columns = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
CELL = 20 * 0.61  # rich's export_svg: 20 px characters, 0.61 width to height

def one_per_cell(match):
    """A run of text as one <text> per grapheme, each at its cell's x."""
    x = float(match["x"])
    clusters = []
    for char in html.unescape(match["body"]):
        if clusters and cell_len(char) == 0:
            clusters[-1] += char
        else:
            clusters.append(char)
    out = []
    for cluster in clusters:
        if not cluster.isspace():
            out.append(f'<text class="{match["cls"]}" x="{x:.2f}" y="{match["y"]}" '
                       f'clip-path="{match["clip"]}">{html.escape(cluster)}</text>')
        x += max(cell_len(cluster), 1) * CELL
    return "".join(out)

with open(source, encoding="utf-8") as f:
    text = Text.from_ansi(f.read().rstrip("\n"))
console = Console(record=True, width=columns, force_terminal=True, color_system="truecolor", file=io.StringIO())
console.print(text, soft_wrap=True)
svg = console.export_svg(title=title)
svg = re.sub(r"@font-face\s*\{[^}]*\}", "", svg)
svg = re.sub(r"font-family:[^;\"]*", "font-family: 'DejaVu Sans Mono'", svg)
svg = re.sub(r'<text class="(?P<cls>[^"]*-r\d+)" x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" '
             r'textLength="[\d.]+" clip-path="(?P<clip>[^"]*)">(?P<body>[^<]*)</text>', one_per_cell, svg)
cairosvg.svg2png(bytestring=svg.encode("utf-8"), write_to=target, output_width=1400)
PY
  echo "screenshots/$1.png"
}

for scene in "${SCENES[@]}"; do
  name=${scene%%|*}
  keys=${scene#*|}
  if [[ $# -gt 0 && ! " $* " =~ " $name " ]]; then continue; fi
  capture "$name" "$keys"
  render "$name"
done

#!/usr/bin/env python3
"""Score Parallax's discrepancies against the development set's gold (standard library only).

usage: scripts/score-discrepancies.py DEVSET [--parallax BIN | --analysis DIR] [--verbose]

For every EVENT/gold.json under DEVSET it takes `parallax analyze --json DEVSET/EVENT` (run with
BIN, default .build/release/parallax, or read from DIR/EVENT.json) and applies the matching rules
of the devset README: a discrepancy statement matches a gold statement when it comes from the same
file and the gold quote holds the statement's figure (or, for quotes, overlaps the quoted words);
a name statement matches a gold spelling of that file by its spelling.

Per event it prints:
- recall of the `conflict` and `hedged-differently` facts, for numbers/dates, names and quotes
  (`different-words` and `paraphrase`): a fact is found when one discrepancy of its kind, verdict
  conflict or hedged, holds its statements from two files or more (numbers: with different values);
  statements found counts every gold statement inside such a discrepancy;
- number/date alarm precision: an alarm (conflict or hedged) is real when it holds two files'
  statements of one conflict/hedged fact, false when it holds gold statements of two files that no
  such fact joins, and unjudged when it touches gold statements of one file or none;
- agree facts wrongly raised: `agree` / `agree-after-conversion` facts two of whose statements share
  an alarm without a conflict/hedged fact joining them;
- traps paired: `different-things` facts two of whose statements share an alarm the same way.
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ALARMS = {"conflict", "hedged"}
RAISED = {"conflict", "hedged-differently"}
AGREE = {"agree", "agree-after-conversion"}


def read(path):
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def occurrences(text, quote):
    """The (start, end) spans where `quote` occurs in `text`."""
    spans, start = [], text.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def load_analysis(event, folder, args):
    if args.analysis:
        return json.loads(Path(args.analysis, event + ".json").read_text(encoding="utf-8"))
    out = subprocess.run([args.parallax, "analyze", "--json", str(folder)], check=True, capture_output=True)
    return json.loads(out.stdout.decode("utf-8"))


class Event:
    """The gold of one event, its texts, and the analysis to score."""

    def __init__(self, folder, analysis):
        self.gold = json.loads(read(folder / "gold.json"))
        self.texts = {a["file"]: read(folder / a["file"]) for a in self.gold["articles"]}
        self.file_of = {a["id"]: Path(a["path"]).name for a in analysis["articles"]}
        self.discrepancies = analysis["discrepancies"]
        # Gold statements: (fact index, statement index) → (file, spans of its quote, spelling or None).
        self.facts = self.gold["facts"]
        self.quotes = self.gold["quotes"]

    def spans(self, file, quote):
        return occurrences(self.texts.get(file, ""), quote)

    def figure_span(self, statement):
        figure = statement.get("figure")
        if figure:
            return figure["start"], figure["end"]
        return statement["start"], statement["end"]

    def matches_fact_statement(self, statement, gold):
        """Whether a discrepancy statement is the gold statement `gold` of a number/date fact."""
        if self.file_of.get(statement["article"]) != gold["file"]:
            return False
        start, end = self.figure_span(statement)
        return any(s <= start and end <= e for s, e in self.spans(gold["file"], gold["quote"]))

    def matches_spelling(self, statement, gold):
        """Whether a name statement uses the gold spelling in the gold statement's file."""
        if self.file_of.get(statement["article"]) != gold["file"]:
            return False
        start, end = self.figure_span(statement)
        written = self.texts[gold["file"]][start:end]
        return re.search(r"(?<!\w)" + re.escape(str(gold["value"])) + r"(?!\w)", written) is not None

    def matches_quote(self, statement, gold):
        """Whether a quote statement overlaps the gold quote's words in the same file."""
        if self.file_of.get(statement["article"]) != gold["file"]:
            return False
        start, end = statement["start"], statement["end"]
        return any(s < end and start < e for s, e in self.spans(gold["file"], gold["quote"]))

    def matched(self, discrepancy, statements, match):
        """Indices of the gold statements that some statement of the discrepancy matches."""
        return {i for i, gold in enumerate(statements)
                if any(match(s, gold) for s in discrepancy["statements"])}


def files_of(statements, indices):
    return {statements[i]["file"] for i in indices}


def score_event(event, verbose):
    numeric = [d for d in event.discrepancies if d["kind"] in ("number", "date")]
    alarms = [d for d in numeric if d["verdict"] in ALARMS]
    names = [d for d in event.discrepancies if d["kind"] == "name" and d["verdict"] in ALARMS]
    quotes = [d for d in event.discrepancies if d["kind"] == "quote"]
    report, notes = {}, []

    # Which gold statements each alarm holds: fact index → set of statement indices.
    held = []
    for d in alarms:
        by_fact = {}
        for f, fact in enumerate(event.facts):
            if fact["id"].startswith("name-"):
                continue
            hit = event.matched(d, fact["statements"], event.matches_fact_statement)
            if hit:
                by_fact[f] = hit
        held.append(by_fact)

    def key(statement):
        return statement["file"], statement["quote"]

    raised_pairs = set()  # pairs of gold statements that a conflict/hedged fact joins
    for fact in event.facts:
        if fact["verdict"] in RAISED and not fact["id"].startswith("name-"):
            ks = [key(s) for s in fact["statements"]]
            raised_pairs.update((a, b) for a in ks for b in ks if a != b)

    def wrongly_paired(fact, hit):
        ks = [key(fact["statements"][i]) for i in hit]
        return any(a != b and (a, b) not in raised_pairs for a in ks for b in ks)

    # Recall of numbers and dates.
    found = total = stmts_found = stmts_total = 0
    for f, fact in enumerate(event.facts):
        if fact["verdict"] not in RAISED or fact["id"].startswith("name-"):
            continue
        total += 1
        stmts_total += len(fact["statements"])
        covered, hit_fact = set(), False
        for by_fact in held:
            hit = by_fact.get(f, set())
            values = {fact["statements"][i]["value"] for i in hit}
            if len(files_of(fact["statements"], hit)) >= 2 and (len(values) >= 2 or fact["verdict"] != "conflict"):
                hit_fact = True
            if len(files_of(fact["statements"], hit)) >= 2:
                covered |= hit
        found += hit_fact
        stmts_found += len(covered)
        if not hit_fact:
            notes.append(f"missed number/date: {fact['id']}")
    report["number/date recall"] = (found, total, stmts_found, stmts_total)

    # Precision of number/date alarms.
    real = false = unjudged = 0
    for d, by_fact in zip(alarms, held):
        if any(event.facts[f]["verdict"] in RAISED and len(files_of(event.facts[f]["statements"], hit)) >= 2
               for f, hit in by_fact.items()):
            real += 1
            continue
        files = set()
        for f, hit in by_fact.items():
            files |= files_of(event.facts[f]["statements"], hit)
        if len(files) >= 2:
            false += 1
            notes.append(f"false alarm: {d['id']} {d['subject']}")
        else:
            unjudged += 1
            notes.append(f"unjudged alarm: {d['id']} {d['subject']}")
    report["number/date alarms"] = (real, false, unjudged)

    agree_raised = [fact["id"] for f, fact in enumerate(event.facts) if fact["verdict"] in AGREE
                    and any(f in by_fact and wrongly_paired(fact, by_fact[f]) for by_fact in held)]
    traps_paired = [fact["id"] for f, fact in enumerate(event.facts) if fact["verdict"] == "different-things"
                    and any(f in by_fact and wrongly_paired(fact, by_fact[f]) for by_fact in held)]
    agree_total = sum(fact["verdict"] in AGREE for fact in event.facts)
    trap_total = sum(fact["verdict"] == "different-things" for fact in event.facts)
    report["agree raised"] = (agree_raised, agree_total)
    report["traps paired"] = (traps_paired, trap_total)

    # Names.
    found = total = stmts_found = stmts_total = 0
    real_names = set()
    for fact in event.facts:
        if not fact["id"].startswith("name-"):
            continue
        total += 1
        stmts_total += len(fact["statements"])
        covered, hit_fact = set(), False
        for d in names:
            hit = event.matched(d, fact["statements"], event.matches_spelling)
            if len({fact["statements"][i]["value"] for i in hit}) >= 2 and len(files_of(fact["statements"], hit)) >= 2:
                hit_fact = True
                covered |= hit
                real_names.add(d["id"])
        found += hit_fact
        stmts_found += len(covered)
        if not hit_fact:
            notes.append(f"missed name: {fact['id']}")
    report["name recall"] = (found, total, stmts_found, stmts_total)
    for d in names:
        if d["id"] not in real_names:
            notes.append(f"name alarm not in gold: {d['id']} {d['subject']}")
    report["name alarms"] = (len(real_names), len(names) - len(real_names))

    # Quotes.
    found = total = stmts_found = stmts_total = 0
    real_quotes, same_raised = set(), 0
    for q in event.quotes:
        hits = [(d, event.matched(d, q["statements"], event.matches_quote)) for d in quotes]
        paired = [(d, hit) for d, hit in hits if len(files_of(q["statements"], hit)) >= 2]
        if q["verdict"] == "same":
            same_raised += bool(paired)
            continue
        if q["verdict"] not in ("different-words", "paraphrase"):
            continue
        total += 1
        stmts_total += len(q["statements"])
        covered = set()
        for d, hit in paired:
            covered |= hit
            real_quotes.add(d["id"])
        found += bool(paired)
        stmts_found += len(covered)
        if not paired:
            notes.append(f"missed quote: {q['speaker']} ({q['verdict']})")
    report["quote recall"] = (found, total, stmts_found, stmts_total)
    report["quote alarms"] = (len(real_quotes), len(quotes) - len(real_quotes), same_raised)
    for d in quotes:
        if d["id"] not in real_quotes:
            notes.append(f"quote alarm not in gold: {d['id']} {d['subject']}")
    return report, notes if verbose else []


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "n/a"


def print_report(name, r):
    print(f"== {name}")
    for label in ("number/date recall", "name recall", "quote recall"):
        found, total, sf, st = r[label]
        print(f"  {label:<22} facts {found}/{total} ({pct(found, total)})  statements {sf}/{st} ({pct(sf, st)})")
    real, false, unjudged = r["number/date alarms"]
    print(f"  {'number/date precision':<22} {real}/{real + false} ({pct(real, real + false)}) real of judged alarms;"
          f" {unjudged} unjudged (touch one file of gold or none)")
    real, other = r["name alarms"]
    print(f"  {'name alarms':<22} {real} in gold, {other} not in gold")
    real, other, same = r["quote alarms"]
    print(f"  {'quote alarms':<22} {real} in gold, {other} not in gold; 'same' quotes raised: {same}")
    ids, total = r["agree raised"]
    print(f"  {'agree raised':<22} {len(ids)}/{total} {' '.join(ids)}")
    ids, total = r["traps paired"]
    print(f"  {'traps paired':<22} {len(ids)}/{total} {' '.join(ids)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", type=Path)
    parser.add_argument("--parallax", default=".build/release/parallax", help="the executable to run")
    parser.add_argument("--analysis", help="a folder of EVENT.json analyses to read instead of running")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and unjudged alarms")
    args = parser.parse_args()
    folders = sorted(p.parent for p in args.devset.glob("*/gold.json"))
    if not folders:
        sys.exit(f"no EVENT/gold.json under {args.devset}")
    totals = {}
    for folder in folders:
        report, notes = score_event(Event(folder, load_analysis(folder.name, folder, args)), args.verbose)
        print_report(folder.name, report)
        for note in notes:
            print("    " + note)
        for label, value in report.items():
            if label in ("agree raised", "traps paired"):
                ids, total = totals.get(label, ([], 0))
                totals[label] = (ids + value[0], total + value[1])
            else:
                totals[label] = tuple(a + b for a, b in zip(totals.get(label, (0,) * len(value)), value))
    print_report("all events", totals)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""HRDsAttack event-date accuracy on two halves, to validate a ranking rule on both.

Usage: Scripts/hrds-halves.py OUTPUT.jsonl [BASELINE.jsonl] [--why | --country]

OUTPUT.jsonl is what `annals analyze --jsonl` wrote for the dates-hrds-train input (run.sh keeps it
as $ANNALS_EVAL_OUT/dates-hrds-train.jsonl). The articles are sorted by id and alternated: even
positions are one half, odd positions the other. For each half (and all) it prints the first event's
date accuracy at the gold granularity, with the same rules as shared/eval/score_hrds.py (whose
functions it imports; the data stay in ../shared). With BASELINE.jsonl it also prints the baseline's
figures and lists the articles that changed (fixed +, broken -). With --why it sorts each failure
into a class: another event carries the gold date (and its rank), the gold date is among the times
but no event has it, or nowhere. With --country it measures the first event's place country
instead (score_hrds.py's country_acc: articles whose gold country is unknown are left out).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, EVAL)
sys.dont_write_bytecode = True
import common as C  # noqa: E402
import score_hrds as H  # noqa: E402


def load(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[(r.get('document') or {}).get('id')] = r
    return out


def first_ok(rec, gold):
    events = [e for e in C.lst(rec, 'events') if isinstance(e, dict)] if rec else []
    return bool(events) and H.date_ok(C.event_date_value(events[0]), gold)


def country_ok(rec, want):
    events = [e for e in C.lst(rec, 'events') if isinstance(e, dict)] if rec else []
    got = C.event_place(rec, events[0])[2] if events else None
    return bool(got) and str(got).upper() in want


def why(rec, gold):
    events = [e for e in C.lst(rec, 'events') if isinstance(e, dict)] if rec else []
    for k, e in enumerate(events):
        if H.date_ok(C.event_date_value(e), gold):
            return f'event {k + 1} of {len(events)} has it'
    if any(H.date_ok(t.get('value'), gold) for t in C.lst(rec, 'times') if isinstance(t, dict)):
        return 'in times, no event'
    return 'nowhere'


def compare(rows, runs, gold, ok, shown):
    """Prints, for the even and odd halves and all rows, how many of the rows
    with a gold (`gold(row)`, None to leave the row out) the first run gets
    right (`ok(record, gold)`), beside the second run's figure; with two runs,
    every row on which they differ (`shown(row, gold)` names the gold)."""
    halves = {'even': rows[0::2], 'odd': rows[1::2], 'all': rows}
    for name, part in halves.items():
        cells = []
        for run in runs:
            scored = [(r, g) for r in part for g in [gold(r)] if g]
            right = sum(ok(run.get(r['id']), g) for r, g in scored)
            cells.append(f'{right}/{len(scored)} = {right / len(scored):.4f}' if scored else 'n/a')
        print(f'{name:5} {cells[0]}' + (f'   (baseline {cells[1]})' if len(cells) > 1 else ''))
    if len(runs) == 2:
        for i, r in enumerate(rows):
            g = gold(r)
            if not g:
                continue
            a, b = ok(runs[0].get(r['id']), g), ok(runs[1].get(r['id']), g)
            if a != b:
                print(f"  {'+' if a else '-'} {r['id']} ({'even' if i % 2 == 0 else 'odd'}) gold {shown(r, g)}")


def main(argv):
    flags = [a for a in argv if a.startswith('--')]
    paths = [a for a in argv if not a.startswith('--')]
    if not paths or len(paths) > 2 or any(f not in ('--why', '--country') for f in flags) or len(flags) > 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rows = sorted(C.read_jsonl(C.data_path('dates', 'hrdsattack_train.jsonl')), key=lambda r: r['id'])
    runs = [load(p) for p in paths]
    if '--country' in flags:
        import countries as K  # shared/eval/countries.py
        compare(rows, runs, lambda r: K.lookup(r['gold'].get('country')), country_ok, lambda r, _: r['gold'].get('country'))
        return 0
    compare(rows, runs, lambda r: H.gold_date(r['gold']), first_ok, lambda _, g: '-'.join(map(str, g)))
    if '--why' in flags:
        counts = {}
        for r in rows:
            g = H.gold_date(r['gold'])
            rec = runs[0].get(r['id'])
            if g is None or first_ok(rec, g):
                continue
            w = why(rec, g)
            counts[w.split(' of ')[0] if w.startswith('event') else w] = counts.get(w.split(' of ')[0] if w.startswith('event') else w, 0) + 1
            print(f"  {r['id']}: gold {'-'.join(map(str, g))} published {r.get('date')}: {w}")
        for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f'{v:4}  {k}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Score TimeBank output on two halves, and list its errors by kind.

Usage:
  python3 Scripts/time-halves.py OUTPUT.jsonl [--data DIR] [--errors]

OUTPUT.jsonl is what `annals analyze --jsonl` wrote for the time-timebank input (run.sh keeps it as
$TMPDIR/annals-eval/time-timebank.jsonl). DIR holds timebank_aquaint_{docs,timex}.jsonl (default:
../shared/data/time, relative to the repository root).

The documents are sorted by id and dealt alternately to half A (even positions) and half B (odd), so
that a rule can be checked to help or be neutral on two independent samples of news. For the whole
set and each half it prints the strict span F1 and the value F1, counted as the TimeBank scorer of the
evaluation does: strict = same (start, end); value = a one-to-one match of overlapping spans (largest
overlap first, exact spans before others) whose values agree case-insensitively; precision over the
system's times, recall over the gold TIMEX3s.

--errors lists each error, one per line, with its half and kind:
  wrong     a matched pair whose values differ
  missing   a gold TIMEX3 no system time overlaps
  spurious  a system time no gold TIMEX3 overlaps

--wordings counts right values, wrong values, missing and spurious times by wording (the gold text,
or the system text of a spurious time, lowercased, with weekdays written WD, months MON, numbers N
and a leading article left out), for every wording with at least two errors, most errors first. A
wording with many right values beside its errors is one the gold annotates both ways: a rule that
changes it loses as many as it gains.
"""

import argparse
import json
import os
import re
import sys


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def overlap(a, b):
    return min(a[1], b[1]) - max(a[0], b[0])


def match(gold, system):
    pairs = []
    for gi, g in enumerate(gold):
        gs = (g['start'], g['end'])
        for si, s in enumerate(system):
            ss = (s['start'], s['end'])
            if overlap(gs, ss) > 0:
                pairs.append((0 if gs == ss else 1, -overlap(gs, ss), abs(gs[0] - ss[0]), gi, si))
    pairs.sort()
    used_g, used_s, out = set(), set(), []
    for *_, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def norm(v):
    return v.strip().upper() if isinstance(v, str) else ''


WEEKDAY = re.compile(r'\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b')
MONTH = re.compile(r'\b(january|february|march|april|may|june|july|august|september|october|november|december'
                   r'|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?')
NUMBER = re.compile(r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b')


def wording(text):
    t = (text or '').lower().strip(' .')
    t = NUMBER.sub('N', MONTH.sub('MON', WEEKDAY.sub('WD', t)))
    return re.sub(r'^(the|a|an) ', '', t)


def f1(hit, n_sys, n_gold):
    p = hit / n_sys if n_sys else 0.0
    r = hit / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('output')
    ap.add_argument('--data', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'time'))
    ap.add_argument('--errors', action='store_true')
    ap.add_argument('--wordings', action='store_true')
    args = ap.parse_args()

    docs = [d for d in read_jsonl(os.path.join(args.data, 'timebank_aquaint_docs.jsonl'))
            if d.get('split') in ('timebank', 'aquaint')]
    ids = sorted(d['doc'] for d in docs)
    half = {doc: 'AB'[i % 2] for i, doc in enumerate(ids)}
    gold = {}
    for t in read_jsonl(os.path.join(args.data, 'timebank_aquaint_timex.jsonl')):
        if t.get('split') in ('timebank', 'aquaint'):
            gold.setdefault(t['doc'], []).append(t)
    out = {}
    for r in read_jsonl(args.output):
        out[(r.get('document') or {}).get('id')] = r.get('times') or []

    counts = {h: [0, 0, 0, 0] for h in ('all', 'A', 'B')}  # gold, system, strict, value
    kinds = {}  # wording -> {right, wrong, missing, spurious}
    for doc in ids:
        g, s = gold.get(doc, []), out.get(doc, [])
        strict = len({(t['start'], t['end']) for t in s} & {(t['start'], t['end']) for t in g})
        pairs = match(g, s)
        value = sum(1 for gi, si in pairs if norm(g[gi]['value']) == norm(s[si].get('value')))
        for h in ('all', half[doc]):
            c = counts[h]
            c[0] += len(g)
            c[1] += len(s)
            c[2] += strict
            c[3] += value
        mg, ms = dict(pairs), {si for _, si in pairs}
        for gi, t in enumerate(g):
            k = 'missing' if gi not in mg else 'right' if norm(t['value']) == norm(s[mg[gi]].get('value')) else 'wrong'
            c = kinds.setdefault(wording(t['text']), dict.fromkeys(('right', 'wrong', 'missing', 'spurious'), 0))
            c[k] += 1
        for si, x in enumerate(s):
            if si not in ms:
                c = kinds.setdefault(wording(x.get('text')), dict.fromkeys(('right', 'wrong', 'missing', 'spurious'), 0))
                c['spurious'] += 1
        if args.errors:
            for gi, t in enumerate(g):
                if gi not in mg:
                    print(f"{half[doc]} missing  {doc}: {t['text']!r} {t['type']} {t['value']}")
                elif norm(t['value']) != norm(s[mg[gi]].get('value')):
                    x = s[mg[gi]]
                    print(f"{half[doc]} wrong    {doc}: {t['text']!r} gold {t['value']} system {x['text']!r}={x.get('value')}")
            for si, x in enumerate(s):
                if si not in ms:
                    print(f"{half[doc]} spurious {doc}: {x['text']!r} {x.get('type')} {x.get('value')}")
    if args.wordings:
        rows = [(w, c) for w, c in kinds.items() if c['wrong'] + c['missing'] + c['spurious'] >= 2]
        rows.sort(key=lambda wc: (-(wc[1]['wrong'] + wc[1]['missing'] + wc[1]['spurious']), wc[0]))
        print(f"{'wording':32} {'right':>5} {'wrong':>5} {'miss':>5} {'spur':>5}")
        for w, c in rows:
            print(f"{w[:32]:32} {c['right']:5} {c['wrong']:5} {c['missing']:5} {c['spurious']:5}")
    for h in ('all', 'A', 'B'):
        n_gold, n_sys, strict, value = counts[h]
        print(f"{h:3} gold {n_gold:4} system {n_sys:4} strict F1 {f1(strict, n_sys, n_gold):.4f}"
              f" value F1 {f1(value, n_sys, n_gold):.4f} (right values {value})")
    return 0


if __name__ == '__main__':
    sys.exit(main())

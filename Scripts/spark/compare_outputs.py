#!/usr/bin/env python3
"""Checks for Scripts/spark/test_spark.sh: Spark output against one process.

    compare_outputs.py records SINGLE.jsonl SPARK_RECORDS_DIR
    compare_outputs.py events  SINGLE.jsonl SPARK_EVENTS_DIR
    spark-submit compare_outputs.py parquet SINGLE.jsonl SPARK_OUTPUT_DIR

SINGLE.jsonl is what `annals analyze --jsonl` wrote for the same input.
Exits 1 with a short report when they differ.
"""

import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import annals_spark  # noqa: E402


def read_lines(path):
    """The lines of a file or of a Spark output folder's part files, as bytes."""
    files = [path] if os.path.isfile(path) else sorted(glob.glob(os.path.join(path, "part-*")))
    if not files:
        sys.exit("no part files in %s" % path)
    lines = []
    for name in files:
        with open(name, "rb") as f:
            lines.extend(line.rstrip(b"\n") for line in f)
    return lines


def doc_id(line):
    return json.loads(line)["document"]["id"]


def differ(what, expected, got):
    print("%s differ: %d expected, %d from Spark" % (what, len(expected), len(got)), file=sys.stderr)
    for i, (a, b) in enumerate(zip(expected, got)):
        if a != b:
            print("first difference at sorted position %d:\n  single: %s\n  spark:  %s"
                  % (i, a[:300], b[:300]), file=sys.stderr)
            break
    return 1


def compare_records(single, spark_dir):
    expected = sorted(read_lines(single), key=doc_id)
    got = sorted(read_lines(spark_dir), key=doc_id)
    ids = [doc_id(line) for line in expected]
    if len(set(ids)) != len(ids):
        sys.exit("the sample has repeated ids; the comparison needs unique ones")
    return 0 if expected == got else differ("records", expected, got)


def compare_events(single, spark_dir):
    names = [name for name, _ in annals_spark.EVENT_FIELDS]
    expected = sorted(annals_spark.row_json(names, row).encode("utf-8")
                      for line in read_lines(single) for row in annals_spark.event_rows(line.decode("utf-8")))
    got = sorted(read_lines(spark_dir))
    if not expected:
        sys.exit("no events in the sample: nothing compared")
    print("%d event rows" % len(got))
    return 0 if expected == got else differ("event rows", expected, got)


def compare_parquet(single, out_dir):
    """Records read back from Parquet: analyses equal byte for byte; error
    records match by id and count (their messages give line numbers, which
    count within a partition under Spark)."""
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("annals-compare").getOrCreate()
    try:
        rows = spark.read.parquet(out_dir + "/records").collect()
        events = spark.read.parquet(out_dir + "/events").count()
    finally:
        spark.stop()
    lines = [line.decode("utf-8") for line in read_lines(single)]
    failed = lambda l: "error" in json.loads(l)
    expected = sorted((json.loads(l)["document"]["id"] or "", l) for l in lines if not failed(l))
    got = sorted((r["id"] or "", r["record"]) for r in rows if r["error"] is None)
    expected_errors = sorted(json.loads(l)["document"]["id"] or "" for l in lines if failed(l))
    got_errors = sorted(r["id"] or "" for r in rows if r["error"] is not None)
    expected_events = sum(len(annals_spark.event_rows(l)) for l in lines)
    status = 0
    if len(rows) != len(lines):
        print("%d records from Spark, %d lines from one process" % (len(rows), len(lines)), file=sys.stderr)
        status = 1
    if expected != got:
        status = differ("analysis records", expected, got)
    if expected_errors != got_errors:
        print("error records differ: %r against %r" % (expected_errors, got_errors), file=sys.stderr)
        status = 1
    if events != expected_events:
        print("%d event rows in Parquet, %d expected" % (events, expected_events), file=sys.stderr)
        status = 1
    for r in rows:
        if r["error"] is None and json.loads(r["record"])["document"]["id"] != r["id"]:
            print("id column %r does not match its record" % r["id"], file=sys.stderr)
            status = 1
    return status


def main(argv):
    if len(argv) != 4 or argv[1] not in ("records", "events", "parquet"):
        sys.exit(__doc__)
    check = {"records": compare_records, "events": compare_events, "parquet": compare_parquet}[argv[1]]
    return check(argv[2], argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Run `annals analyze --jsonl` over a corpus with Apache Spark.

Usage (see docs/spark.md):

    spark-submit --master yarn --files /path/to/annals \
        Scripts/spark/annals_spark.py --input 's3a://bucket/news/*.jsonl.gz' \
        --output s3a://bucket/annals/run-1 --format parquet

Input: JSON Lines articles {"id","date","title"?,"text"} at any path or glob
Spark's text reader understands (local files, HDFS, S3, compressed files).
Each partition is piped through one `annals analyze --jsonl` process on the
executor that holds it. Output, under --output:

    records/   one analysis record per article (docs/analysis-record.md);
               JSON Lines: the exact bytes annals wrote, one record per line;
               Parquet: columns id, date, title, error, record (the same line)
    events/    one PLOVER-style row per coded event (flattened events[]),
               as JSON Lines or Parquet

With --store postgresql://… instead of --output, each partition is piped into
`annals ingest --db URL` on its executor, which analyzes and writes into the
shared store (docs/store.md).

Only the Python standard library and pyspark are needed.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading


# ---------------------------------------------------------------------------
# Piping one partition through annals (runs on the executors)

def is_blank(line):
    """annals skips lines of spaces and tabs only; so does the pipe."""
    return line.strip(" \t") == ""


def resolve_binary(name):
    """Where the annals binary is on this executor: the copy Spark shipped
    (spark-submit --files, or SparkContext.addFile), else a path, else $PATH."""
    try:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.isfile(shipped):
            name = shipped
    except Exception:
        pass
    if os.path.sep not in name:
        found = shutil.which(name)
        if found is None:
            raise RuntimeError("annals binary %r not shipped with --files and not on PATH" % name)
        name = found
    if not os.access(name, os.X_OK):
        # Some cluster managers drop the executable bit of shipped files.
        try:
            os.chmod(name, 0o755)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="annals-"), "annals")
            shutil.copyfile(name, copy)
            os.chmod(copy, 0o755)
            name = copy
    return name


def feed_lines(proc, lines):
    """Writes the non-blank lines to the process's standard input, one per
    line, and closes it; returns how many were sent. A process that died
    (BrokenPipeError) stops the feed quietly: its exit status tells why."""
    sent = 0
    try:
        for line in lines:
            if is_blank(line):
                continue
            proc.stdin.write(line.encode("utf-8"))
            proc.stdin.write(b"\n")
            sent += 1
    except BrokenPipeError:
        pass
    finally:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
    return sent


def pipe_partition(lines, binary, jobs, extra_args, usage=None):
    """Feeds the partition's non-blank lines to one annals process and yields
    its output lines (str, without the line break).

    Unlike RDD.pipe, this checks what came back: exit status 0 (all articles
    analyzed) or 1 (some error records, which are in the output) is fine;
    anything else, or a number of output lines different from the number of
    lines sent, fails the task with annals' standard error, so a crash cannot
    silently drop records. Spark then retries the task as usual.

    `usage`, when given, is an accumulator that gets (articles, annals CPU
    seconds) of the partition."""
    command = [resolve_binary(binary), "analyze", "--jsonl", "--jobs", str(jobs)] + list(extra_args)
    errors = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
    sent = [0]
    failure = []

    def feed():
        try:
            sent[0] = feed_lines(proc, lines)
        except BaseException as e:   # an error reading the input partition
            failure.append(e)

    writer = threading.Thread(target=feed, name="annals-stdin", daemon=True)
    writer.start()
    received = 0
    finished = False
    try:
        for raw in proc.stdout:
            received += 1
            yield raw.rstrip(b"\n").decode("utf-8")
        writer.join()
        # wait4 rather than wait: it also gives annals' own CPU time
        _, wait_status, rusage = os.wait4(proc.pid, 0)
        status = proc.returncode = os.waitstatus_to_exitcode(wait_status)
        finished = True
        if usage is not None:
            usage.add((received, rusage.ru_utime + rusage.ru_stime))
        if failure:
            raise failure[0]
        if status not in (0, 1) or received != sent[0]:
            errors.seek(0)
            tail = errors.read()[-4000:].decode("utf-8", "replace")
            raise RuntimeError("annals exited with status %d after %d output lines for %d input lines: %s"
                               % (status, received, sent[0], tail.strip() or "(nothing on standard error)"))
    finally:
        if not finished and proc.poll() is None:
            proc.kill()   # the consumer stopped early (take(), a failed stage)
            proc.wait()
        errors.close()


def ingest_partition(lines, binary, store, jobs):
    """Feeds the partition's non-blank lines to one `annals ingest --jsonl`
    process writing into `store`, and yields one (lines sent, exit status,
    summary) tuple. Status 0 or 1 (some articles failed, the rest stored) is
    fine; anything else fails the task. A retried task stores nothing twice:
    ingest skips articles already stored with the same id and content."""
    command = [resolve_binary(binary), "ingest", "--jsonl", "--db", store, "--jobs", str(jobs), "-"]
    errors = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        sent = feed_lines(proc, lines)
    except BaseException:
        proc.kill()
        proc.wait()
        errors.close()
        raise
    status = proc.wait()
    errors.seek(0)
    report = errors.read().decode("utf-8", "replace")
    errors.close()
    if status not in (0, 1):
        raise RuntimeError("annals ingest exited with status %d after %d input lines: %s"
                           % (status, sent, report[-4000:].strip() or "(nothing on standard error)"))
    summary = [l for l in report.splitlines() if " stored" in l or "failed" in l]
    yield (sent, status, " / ".join(summary[-2:]))


# ---------------------------------------------------------------------------
# Analysis records -> rows

RECORD_FIELDS = ["id", "date", "title", "error", "record"]


def record_row(line):
    """(id, date, title, error, record) of one output line."""
    r = json.loads(line)
    doc = r.get("document") or {}
    return (doc.get("id"), doc.get("date"), doc.get("title"), r.get("error"), line)


# One row per coded event. The names follow `annals export --format plover`
# (the PLOVER data fields), flattened: the first source and the first target
# are in actor_* and recipient_* columns, all of them in actor_all and
# recipient_all; event_loc's fields are columns of their own.
EVENT_FIELDS = [
    ("id", "string"),            # DOCID:e1
    ("doc_id", "string"),
    ("event_id", "string"),      # e1, e2 ... in salience order
    ("date", "string"),          # the event's day, else the publication date
    ("published", "string"),
    ("event", "string"),         # PLOVER type
    ("mode", "string"),
    ("actor_code", "string"),    # PLOVER country code of the first source
    ("actor_sector", "string"),
    ("actor_text", "string"),
    ("actor_office", "string"),
    ("actor_cameo_code", "string"),   # only with --dictionaries
    ("actor_all", "array<string>"),
    ("recipient_code", "string"),
    ("recipient_sector", "string"),
    ("recipient_text", "string"),
    ("recipient_office", "string"),
    ("recipient_cameo_code", "string"),
    ("recipient_all", "array<string>"),
    ("extracted_place", "string"),
    ("resolved_place", "string"),
    ("geonameid", "bigint"),
    ("lat", "double"),
    ("lon", "double"),
    ("country_code", "string"),
    ("feature", "string"),
    ("event_text", "array<string>"),  # the evidence sentence, then later reports
    ("text_start", "int"),
    ("text_end", "int"),
    ("quad_code", "int"),
    ("event_scale", "double"),   # Goldstein value
    ("cameo", "string"),
    ("acled_type", "string"),
    ("acled_subtype", "string"),
    ("modality", "string"),
    ("date_basis", "string"),
    ("date_text", "string"),
    ("confidence", "double"),
    ("title", "string"),
    ("coder", "string"),
    ("comment", "string"),       # "rule FILE:LINE", the pattern that coded it
]


def _num(v, kind):
    return None if v is None else kind(v)


def event_rows(line):
    """PLOVER-style rows of one analysis record, in salience order. Like
    `annals export --format plover`, negated events and events without a
    PLOVER type are left out; an error record has none."""
    r = json.loads(line)
    if "error" in r:
        return []
    doc = r["document"]
    doc_id, published = doc.get("id"), doc.get("date")
    offices = {a["id"]: a.get("title") for a in r.get("actors") or []}
    places = {p["id"]: p for p in r.get("places") or []}
    rows = []
    for e in r.get("events") or []:
        plover = e.get("plover")
        if plover is None or plover.get("type") is None or e.get("negated"):
            continue
        date = e.get("date") or {}
        value = date.get("value")
        day = value if isinstance(value, str) and len(value) == 10 and not value.startswith("X") else published
        sources, targets = e.get("actor") or [], e.get("recipient") or []

        def party(parties):
            if not parties:
                return [None] * 5
            p = parties[0]
            return [p.get("country"), p.get("sector"), p.get("name"), offices.get(p.get("actor")), p.get("code")]

        place = e.get("place") or {}
        resolved = places.get(place.get("place")) or {}
        evidence = [e.get("evidence") or {}] + list(e.get("more_evidence") or [])
        cameo = e.get("cameo") or {}
        acled = e.get("acled") or {}
        rows.append(tuple(
            ["%s:%s" % (doc_id, e.get("id")), doc_id, e.get("id"), day, published, plover.get("type"), plover.get("mode")]
            + party(sources) + [[p.get("name") for p in sources]]
            + party(targets) + [[p.get("name") for p in targets]]
            + [place.get("name"), resolved.get("name") if place else None,
               _num(resolved.get("geonameid"), int) if place else None,
               _num(place.get("lat"), float), _num(place.get("lon"), float),
               resolved.get("country") if place else None, resolved.get("feature") if place else None,
               [v.get("text") for v in evidence], evidence[0].get("start"), evidence[0].get("end"),
               cameo.get("quad"), _num(cameo.get("goldstein"), float), cameo.get("code"),
               acled.get("type"), acled.get("subtype"), e.get("modality"), date.get("basis"), date.get("text"),
               _num(e.get("confidence"), float), doc.get("title"), "annals",
               "rule %s" % e["rule"] if e.get("rule") else None]))
    return rows


def row_json(fields, row):
    """One JSON Lines line of a row, keys in schema order, nulls kept."""
    return json.dumps(dict(zip(fields, row)), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------
# The job (runs on the driver)

def parse_args(argv):
    p = argparse.ArgumentParser(description="Analyze JSON Lines articles with annals on every Spark executor.")
    p.add_argument("--input", required=True, help="JSON Lines path or glob Spark can read (file://, hdfs://, s3a:// ...)")
    p.add_argument("--output", help="output folder; gets records/ and events/")
    p.add_argument("--store",
                   help="instead of --output: every executor runs 'annals ingest --db STORE' on its partitions, "
                        "so STORE must be a database all of them reach (postgresql://user@host:port/name)")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="parquet")
    p.add_argument("--annals", default="annals",
                   help="the annals binary: a local path (shipped to executors with SparkContext.addFile), "
                        "the name of a file given to spark-submit --files, or a command on the executors' PATH")
    p.add_argument("--jobs", type=int, default=1,
                   help="annals worker threads per partition (default 1: one Spark core per annals thread)")
    p.add_argument("--partitions", type=int, default=0,
                   help="repartition the input to N partitions before analysis (default: as read)")
    p.add_argument("--mode", choices=["errorifexists", "overwrite"], default="errorifexists")
    p.add_argument("--annals-arg", action="append", default=[],
                   help="extra argument for 'annals analyze' (repeatable), e.g. --annals-arg=--date=2022-12-25")
    p.add_argument("--no-events", action="store_true", help="write records/ only")
    p.add_argument("--timing", action="store_true",
                   help="print the job's wall time and the CPU time of the annals processes on standard output")
    args = p.parse_args(argv)
    if (args.output is None) == (args.store is None):
        p.error("give one of --output and --store")
    return args


def run(spark, args):
    import time
    from pyspark import StorageLevel
    from pyspark.accumulators import AccumulatorParam

    class PairSum(AccumulatorParam):
        def zero(self, value):
            return (0, 0.0)

        def addInPlace(self, a, b):
            return (a[0] + b[0], a[1] + b[1])

    started = time.monotonic()
    from pyspark.sql.types import StructType, StructField, StringType

    sc = spark.sparkContext
    binary = args.annals
    if os.path.isfile(binary):
        # a local path on the driver: ship it; executors find it by its name
        sc.addFile(os.path.abspath(binary))
        binary = os.path.basename(binary)
    jobs, extra = args.jobs, list(args.annals_arg)
    usage = sc.accumulator((0, 0.0), PairSum())

    lines = sc.textFile(args.input)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    if args.store is not None:
        store = args.store
        results = lines.mapPartitions(lambda part: ingest_partition(part, binary, store, jobs)).collect()
        for i, (sent, status, summary) in enumerate(results):
            print("annals_spark: partition %d: %d articles sent, exit status %d: %s" % (i, sent, status, summary))
        if args.timing:
            print("annals_spark: %d articles ingested in %.2f s (job wall time)"
                  % (sum(r[0] for r in results), time.monotonic() - started))
        return
    records = lines.mapPartitions(lambda part: pipe_partition(part, binary, jobs, extra, usage))
    # kept, so that events/ does not run annals a second time
    records = records.persist(StorageLevel.MEMORY_AND_DISK)

    out = args.output.rstrip("/")
    record_schema = StructType([StructField(f, StringType(), True) for f in RECORD_FIELDS])
    event_schema = ", ".join("%s %s" % (name, kind) for name, kind in EVENT_FIELDS)
    event_names = [name for name, _ in EVENT_FIELDS]

    if args.format == "jsonl":
        spark.createDataFrame(records.map(lambda s: (s,)), "value string").write.mode(args.mode).text(out + "/records")
    else:
        spark.createDataFrame(records.map(record_row), record_schema).write.mode(args.mode).parquet(out + "/records")
    if not args.no_events:
        rows = records.flatMap(event_rows)
        if args.format == "jsonl":
            spark.createDataFrame(rows.map(lambda r: (row_json(event_names, r),)), "value string") \
                .write.mode(args.mode).text(out + "/events")
        else:
            spark.createDataFrame(rows, event_schema).write.mode(args.mode).parquet(out + "/events")
    records.unpersist()
    if args.timing:
        # counted once per task run: a retried task counts again
        articles, cpu = usage.value
        print("annals_spark: %d records in %.2f s (job wall time); annals processes: %.2f s CPU (user + system)"
              % (articles, time.monotonic() - started, cpu))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("annals").getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()

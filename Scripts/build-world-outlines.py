#!/usr/bin/env python3
"""Build Sources/AnnalsServer/Data/web/world.json, the country outlines of the web page's map.

Source: Natural Earth 1:110m Admin 0 - Countries (public domain,
naturalearthdata.com), in the copy that the PyPI package geopandas 0.14.4
ships as geopandas/datasets/naturalearth_lowres (a shapefile). The script
reads that shapefile itself (the .shp and .dbf formats are simple; no GIS
library is needed), rounds every coordinate to 0.1 degree, drops points
that rounding made equal to the one before, and drops rings left with
fewer than three distinct points.

Usage:
  python3 Scripts/build-world-outlines.py [geopandas-0.14.4-py3-none-any.whl]

Without an argument it fetches the wheel with `pip download` into a
temporary folder. The output is deterministic for a given input.

Output format (JSON, one object):
  {"source": "...", "license": "...", "scale": 10,
   "countries": [{"iso": "FRA", "name": "France", "rings": [[x0, y0, x1, y1, ...], ...]}]}
where x = round(longitude * scale) and y = round(latitude * scale); the
first point of a ring is not repeated at its end. Countries are sorted by
name. "iso" is ISO 3166-1 alpha-3 (Natural Earth's ISO_A3, or its ADM0_A3
where ISO_A3 is -99, as geopandas' own generator did); "-99" remains for
the few areas without either.
"""
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

WHEEL_NAME = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SCALE = 10  # 0.1 degree
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "Sources", "AnnalsServer", "Data", "web", "world.json")


def read_dbf(data, encoding):
    """Rows of a dBASE III table as dicts of stripped strings."""
    count, header_len, record_len = struct.unpack_from("<IHH", data, 4)
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        if rec[:1] == b"*":
            continue  # deleted
        row, off = {}, 1
        for name, length in fields:
            row[name] = rec[off:off + length].decode(encoding).strip()
            off += length
        rows.append(row)
    return rows


def read_shp(data):
    """Polygons of a shapefile: for each record, a list of rings of (lon, lat)."""
    code, = struct.unpack_from(">i", data, 0)
    if code != 9994:
        raise SystemExit("not a shapefile (file code %d)" % code)
    shapes = []
    pos = 100
    while pos < len(data):
        _, words = struct.unpack_from(">ii", data, pos)
        pos += 8
        content = data[pos:pos + words * 2]
        pos += words * 2
        kind, = struct.unpack_from("<i", content, 0)
        if kind == 0:
            shapes.append([])
            continue
        if kind != 5:
            raise SystemExit("unexpected shape type %d (want 5, polygon)" % kind)
        nparts, npoints = struct.unpack_from("<ii", content, 36)
        parts = list(struct.unpack_from("<%di" % nparts, content, 44))
        base = 44 + 4 * nparts
        pts = [struct.unpack_from("<dd", content, base + 16 * k) for k in range(npoints)]
        rings = []
        for j, start in enumerate(parts):
            end = parts[j + 1] if j + 1 < nparts else npoints
            rings.append(pts[start:end])
        shapes.append(rings)
    return shapes


def simplify(ring):
    out = []
    for lon, lat in ring:
        p = (int(round(lon * SCALE)), int(round(lat * SCALE)))
        if not out or out[-1] != p:
            out.append(p)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    if len(set(out)) < 3:
        return None
    return [c for p in out for c in p]


def main():
    if len(sys.argv) > 1:
        wheel = sys.argv[1]
        tmp = None
    else:
        tmp = tempfile.TemporaryDirectory()
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp.name, WHEEL_NAME],
                       check=True)
        wheel = os.path.join(tmp.name, [f for f in os.listdir(tmp.name) if f.endswith(".whl")][0])
    with zipfile.ZipFile(wheel) as z:
        shp = z.read(MEMBER + ".shp")
        dbf = z.read(MEMBER + ".dbf")
        encoding = z.read(MEMBER + ".cpg").decode("ascii").strip()  # the .dbf text encoding (ISO-8859-1)
    rows = read_dbf(dbf, encoding)
    shapes = read_shp(shp)
    if len(rows) != len(shapes):
        raise SystemExit("%d table rows but %d shapes" % (len(rows), len(shapes)))
    countries = []
    points = 0
    for row, rings in zip(rows, shapes):
        simple = [r for r in (simplify(r) for r in rings) if r]
        if not simple:
            continue
        points += sum(len(r) // 2 for r in simple)
        countries.append({"iso": row["iso_a3"], "name": row["name"], "rings": simple})
    countries.sort(key=lambda c: (c["name"], c["iso"]))
    doc = {
        "source": "Natural Earth 1:110m Admin 0 - Countries, as shipped in the PyPI package geopandas 0.14.4 "
                  "(geopandas/datasets/naturalearth_lowres); coordinates rounded to 0.1 degree by "
                  "Scripts/build-world-outlines.py",
        "license": "Public domain (Natural Earth's terms of use); the simplified copy is public domain too",
        "scale": SCALE,
        "countries": countries,
    }
    buf = io.StringIO()
    buf.write("{\n")
    for key in ("source", "license", "scale"):
        buf.write("%s: %s,\n" % (json.dumps(key), json.dumps(doc[key], ensure_ascii=False)))
    buf.write('"countries": [\n')
    for i, c in enumerate(countries):
        buf.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")))
        buf.write(",\n" if i + 1 < len(countries) else "\n")
    buf.write("]}\n")
    text = buf.getvalue()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %d countries, %d points, %d bytes" % (os.path.normpath(OUT), len(countries), points, len(text.encode())))


if __name__ == "__main__":
    main()

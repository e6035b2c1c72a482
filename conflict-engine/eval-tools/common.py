"""Shared helpers for the conflict evaluation data tools (Python 3 standard library only)."""
import json
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ENGINE = os.path.dirname(HERE)
EVAL_DIR = os.path.join(ENGINE, "src", "test", "resources", "conflict-eval")
DEV_DIR = os.path.join(ENGINE, "src", "test", "resources", "conflict-dev")

# Catchment overlap: two facilities of one kind whose sites are at most this far apart share users.
CATCHMENT_KM = 25.0
# Pairs of catchment facilities between these distances are marked debatable (border band).
DEBATABLE_BAND_KM = (20.0, 30.0)

# Measure types. kind: "catchment" = facility/service with catchment area (substitutes when catchments
# overlap); "object" = substitutes only when both sides name the same object (route, site, water body);
# "local" = local-need measure, never a conflict between municipalities.
# Order matters: the first matching pattern wins.
MEASURE_TYPES = [
    ("double-part", "local", []),  # placeholder, never matched by title
    ("h2-station", "catchment", [r"wasserstofftankstelle", r"h2-tankstelle", r"h2-station", r"wasserstoff-tankstelle", r"h₂"]),
    ("data-centre", "catchment", [r"rechenzentr", r"datacenter", r"data center", r"datenzentr"]),
    ("visitor-centre", "catchment", [r"besucherzentr", r"informationszentr", r"visitor cent", r"infopoint",
                                      r"info-point", r"infolounge", r"info-lounge", r"welcome ?cent", r"besucherinformation",
                                      r"gästeinformation", r"touristinformation"]),
    ("start-up-centre", "catchment", [r"gründer", r"coworking", r"startup", r"start-up", r"inkubator"]),
    ("medical-centre", "catchment", [r"versorgungszentr", r"\bmvz\b", r"gesundheitszentr", r"ärztehaus",
                                      r"hausarztzentr", r"praxiszentr"]),
    ("indoor-pool", "catchment", [r"hallenbad", r"schwimmhalle", r"lehrschwimmbecken", r"kleinschwimmbad",
                                   r"schwimmbad", r"schul- und vereinsbad"]),
    ("event-hall", "catchment", [r"veranstaltungszentr", r"veranstaltungshalle", r"eventhalle", r"veranstaltungssaal",
                                  r"stadthalle", r"kulturzentr", r"soziokulturelles zentr", r"konzertsaal", r"konzert- und veranstaltung",
                                  r"kultur- und bildungszentr", r"kulturhalle"]),
    ("training-centre", "catchment", [r"qualifizierungszentr", r"ausbildungszentr", r"lernwerkstatt",
                                       r"lehrwerkstatt", r"ausbildungswerkstatt", r"schulungszentr", r"bildungswerkstatt",
                                       r"überbetriebliche ausbildung"]),
    ("women-career-centre", "catchment", [r"frau und beruf", r"frauen und erwerbsleben", r"frauen im beruf"]),
    ("cinema", "catchment", [r"\bkino", r"lichtspiel", r"filmtheater"]),
    ("lake-shore", "object", [r"[a-zäöü]see\b", r"seeufer", r"\bsee\b"]),
    ("camper-site", "catchment", [r"reisemobil", r"wohnmobil"]),
    ("exhibition", "catchment", [r"ausstellung", r"museum", r"erlebniszentr", r"phänomenta", r"technikzentr"]),
    ("bike-rental", "catchment", [r"e-bike-verleih", r"pedelec-verleih", r"fahrradverleih", r"radverleih", r"bike-sharing-system",
                                   r"pedelecverleih", r"e-bike verleih", r"leihrad"]),
    ("heavy-rain-warning", "object", [r"starkregen-frühwarn", r"starkregenfrühwarn", r"frühwarnsystem", r"pegelwarn",
                                          r"hochwasserwarn", r"warnsystem für starkregen"]),
    ("chp-plant", "object", [r"\bkwk\b", r"kraft-wärme-kopplung", r"\bbhkw\b", r"blockheizkraftwerk", r"abwärme"]),
    ("water-renaturation", "object", [r"renaturierung", r"naturnahe entwicklung", r"ökologische umgestaltung"]),
    ("flood-basin", "object", [r"rückhaltebecken", r"hochwasserschutz"]),
    ("cycle-route", "object", [r"radweg", r"radroute", r"radwege", r"fahrradstraße"]),
    ("business-park-broadband", "local", [r"breitband", r"glasfaser", r"gigabit", r"fttb", r"ftth"]),
    ("business-park", "local", [r"gewerbegebiet", r"gewerbepark", r"industriegebiet"]),
    ("mobility-station", "local", [r"mobilstation", r"mobilitätsstation"]),
]

LOCAL_DEFAULT = "local-other"


def measure_type(title):
    t = title.lower()
    for name, kind, pats in MEASURE_TYPES:
        for p in pats:
            if re.search(p, t):
                return name, kind
    return LOCAL_DEFAULT, "local"


OBJECT_PATTERNS = [
    r"([A-ZÄÖÜ][\wäöüß]*see)\b", r"(Ems) ?[Rr]adweg", r"(Lenneroute)",
    r"([A-ZÄÖÜ][\wäöüß]*bach)s?\b", r"(Drover Bach)", r"(Rur)\b", r"(Inde)\b",
]


def named_object(project):
    """The named object (water body, route endpoints, site) a title or description refers to, or None."""
    text = project["title"]
    for p in OBJECT_PATTERNS:
        m = re.search(p, text)
        if m:
            name = m.group(1)
            return name[:-1] if name.endswith("bachs") else name
    places = re.findall(r"(?:zwischen|Radweg|nach|bei)\s+([A-ZÄÖÜ][\wäöüß]+(?: über Feld)?)(?:\s+(?:und|–|-)\s+([A-ZÄÖÜ][\wäöüß]+))?", text)
    if places:
        ends = frozenset(x for tup in places for x in tup if x)
        return ends or None
    return None


def haversine_km(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def overlap(a, b):
    return a["plannedStart"] <= b["plannedEnd"] and b["plannedStart"] <= a["plannedEnd"]


def same_call(a, b):
    return bool(a.get("programme")) and a.get("programme") == b.get("programme") and a.get("call") == b.get("call")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def judge(a, b):
    """Label a pair of two different measures by the county's criterion (LABELLING.md).

    Returns (label, debatable, reason). DOUBLE_FUNDING (one measure entered twice) is decided by the
    caller, because it needs knowledge of how the pair was built, not only of the two texts.
    """
    ta, ka = measure_type(a["title"])
    tb, kb = measure_type(b["title"])
    if ta != tb:
        return "NONE", False, f"verschiedene Maßnahmenarten ({ta} / {tb})"
    if ka == "local":
        return "NONE", False, f"Maßnahme für den örtlichen Bedarf ({ta}), kein Ersatz füreinander"
    dist = haversine_km(a, b)
    debatable = False
    if ka == "object":
        oa, ob = named_object(a), named_object(b)
        if oa is None or ob is None or oa != ob:
            return "NONE", False, f"gleiche Art ({ta}), aber verschiedene Objekte ({_fmt(oa)} / {_fmt(ob)})"
        subject = f"dasselbe Objekt ({_fmt(oa)})"
    else:
        if a["ags"] == b["ags"]:
            return "NONE", True, f"gleiche Einrichtungsart ({ta}) in derselben Kommune, zwei Standorte"
        if dist > CATCHMENT_KM:
            lo, hi = DEBATABLE_BAND_KM
            return "NONE", lo <= dist <= hi, f"gleiche Einrichtungsart ({ta}), Einzugsbereiche überlappen nicht ({dist:.0f} km)"
        lo, hi = DEBATABLE_BAND_KM
        debatable = lo <= dist <= hi
        subject = f"gleiche Einrichtungsart mit Einzugsbereich ({ta}), {dist:.0f} km"
    if same_call(a, b):
        return "COMPETING", debatable, f"{subject}, gleicher Aufruf"
    if overlap(a, b):
        return "REDUNDANT", debatable, f"{subject}, zeitgleich, nicht derselbe Aufruf"
    return "NONE", debatable, f"{subject}, aber ohne Zeitüberlappung und nicht derselbe Aufruf"


def _fmt(o):
    if isinstance(o, frozenset):
        return "–".join(sorted(o))
    return str(o)

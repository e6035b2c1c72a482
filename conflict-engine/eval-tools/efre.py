"""Real EFRE NRW 2007-2013 municipal projects: corpus (step 6) and their project schema.

Location = centroid of the beneficiary municipality ("Stadt X" / "Gemeinde X" matched to
nrw_municipalities.csv). Description = a short factual sentence derived from the title only.
"""
import csv
import os
import re

from common import EVAL_DIR

EFRE_DIR = os.path.join(EVAL_DIR, "efre")
EFRE_CSV = os.path.join(EFRE_DIR, "efre_nrw_2007_2013.csv")
MUNI_CSV = os.path.join(EFRE_DIR, "nrw_municipalities.csv")

# Keyword table title -> FundingArea code; first match wins (documented in LABELLING.md).
CATEGORY_KEYWORDS = [
    ("DIGITALISATION", ["breitband", "glasfaser", "fttb", "ftth", "leerrohr", "iuk", "ikt", "digital", "app", "web", "mobile access"]),
    ("LABOUR_SKILLS", ["berufskolleg", "qualifizierung für", "ausbildung", "fachkräfte", "berufsorientierung", "selbstlernzentr",
                       "frau und beruf", "mentoring", "beruf", "switch", "studienabbrecher"]),
    ("EDUCATION", ["schülerlabor", "zdi", "mint", "bildungszentrum"]),
    ("ENERGY", ["energie", "geothermie", "bioenergie", "kwk", "blockheizkraftwerk", "wasserstoff"]),
    ("MOBILITY", ["mobil", "verkehr", "bahntrasse", "radweg", "radroute", "lenneroute"]),
    ("TOURISM", ["tourismus", "touristisch", "besucherzentr", "infopoint", "info-point", "infolounge", "welcomecenter", "visitor",
                 "wander", "erlebnis", "naturerleb", "resort", "see", "steig", "route", "aussichtspunkt", "promenade", "burg"]),
    ("CULTURE", ["kultur", "kunst", "museum", "ausstellung", "kino", "konzert", "musik", "bühne", "forum", "theater", "licht"]),
    ("HEALTH_CARE", ["gesundheit", "demenz", "pflege", "medizin", "vital"]),
    ("SOCIAL_AFFAIRS", ["familie", "väter", "integration", "teilhabe"]),
    ("ECONOMY", ["gewerbe", "industrie", "wirtschaft", "ökonomie", "standort", "cluster", "messe", "gründ", "marketing", "automobil"]),
    ("STRUCTURAL_CHANGE", ["zeche", "bergwerk", "schacht", "brache", "zechengelände", "gaswerk", "revitalisierung"]),
    ("ENVIRONMENT_NATURE", ["natur", "natura 2000", "park", "garten", "grün", "wald", "landschaft", "moor", "bruch"]),
    ("URBAN_DEVELOPMENT", ["innenstadt", "stadt", "quartier", "zentrum", "platz", "altstadt", "straße", "stadttor", "lärmschutz"]),
]
# Programmes whose projects are area-based urban regeneration (Soziale Stadt, Stadtumbau West).
URBAN_PROGRAMMES = {"Soziale Stadt", "Stadtumbau West", "StandortInnenstadt.NRW"}


def load_municipalities():
    by_name = {}
    with open(MUNI_CSV, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = re.sub(r"\s*\(.*\)", "", r["name"].split(",")[0]).strip()
            by_name[_norm(name)] = {"ags": r["ags"], "name": name, "lat": float(r["lat"]), "lon": float(r["lon"])}
    return by_name


def _norm(s):
    return re.sub(r"[\s\-]+", " ", s.lower()).strip()


def municipality_of(beneficiary, by_name):
    m = re.match(r"^(Stadt|Gemeinde)\s+(.+)$", beneficiary.strip())
    if not m:
        return None
    rest = re.split(r"\s+-\s+|,|\s+Amt\s|\s+Vestisches", m.group(2))[0].strip()
    return by_name.get(_norm(rest))


def category_of(title, programme):
    if programme in URBAN_PROGRAMMES:
        return "URBAN_DEVELOPMENT"
    t = f"{programme} {title}".lower()
    for code, words in CATEGORY_KEYWORDS:
        # Keywords of up to four letters must start a word ("ikt" must not match "ViktoriaQuartier").
        if any(re.search((r"\b" + re.escape(w)) if len(w) <= 4 else re.escape(w), t) for w in words):
            return code
    return "URBAN_DEVELOPMENT" if programme == "REGIONALE 2013" else "ECONOMY"


def description_of(title, programme, municipality):
    """One factual sentence from the title only; nothing the title does not say."""
    prog = f" im Programm {programme}" if programme else ""
    return f"Gefördertes Vorhaben der Kommune {municipality}{prog}: {title.rstrip('. ')}."


def load_corpus():
    """(projects, dropped) for all is_municipal rows; dropped = list of (row, reason)."""
    by_name = load_municipalities()
    projects, dropped = [], []
    with open(EFRE_CSV, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["is_municipal"] != "True":
                continue
            m = municipality_of(r["beneficiary"], by_name)
            if m is None:
                reason = "Kreis (keine Gemeinde)" if r["beneficiary"].startswith("Kreis") else "Gemeindename nicht zuzuordnen"
                dropped.append((r, reason))
                continue
            year = int(r["year"])
            programme = r["programme_prefix"] or "EFRE-NRW-2007-2013"
            title = r["title_rest"].strip()
            if r["programme_prefix"] in URBAN_PROGRAMMES | {"Breitbandinternetanbindung"} and len(title) < 40:
                shown = f"{r['programme_prefix']}: {title}"
            else:
                shown = title
            projects.append({
                "id": f"efre-{int(r['row']):04d}",
                "ags": m["ags"],
                "title": shown,
                "description": description_of(title, r["programme_prefix"], m["name"]),
                "category": category_of(title, r["programme_prefix"]),
                "lat": m["lat"], "lon": m["lon"],
                "plannedStart": f"{year}-01-01", "plannedEnd": f"{year + 2}-12-31",
                "totalCost": int(float(r["allocated_public_funding_eur"])),
                "costItems": [],
                "programme": programme,
                "call": f"{programme}-{year}",
                "applicationStatus": "APPROVED",
                "_municipality": m["name"],
            })
    return projects, dropped


def public(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}

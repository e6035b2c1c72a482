"""Pairs built from real EFRE projects.

Negatives: two real, separately funded projects, labelled by common.judge (the criterion); sampled with
a fixed seed so that most are hard (same category, same call or a shared head word).
Positives: a real project vs a hand-written paraphrase of the same kind of substitute measure (or the
same named object) placed in a neighbouring municipality; label by construction (same call ->
COMPETING, other programme and overlapping period -> REDUNDANT).
"""
import random
import re

import efre
from common import CATCHMENT_KM, haversine_km, judge, same_call

SEED = 20

# Real projects used for semi-synthetic positives: row id -> (paraphrase kind, object or theme).
PARAPHRASE_SOURCES = {
    "efre-2293": ("visitor", None), "efre-2342": ("visitor", None), "efre-2358": ("visitor", None),
    "efre-2370": ("visitor", None), "efre-2385": ("visitor", None), "efre-2460": ("visitor", None),
    "efre-2480": ("visitor", None), "efre-2494": ("visitor", None), "efre-2500": ("visitor", None),
    "efre-2510": ("visitor", None), "efre-2544": ("visitor", None),
    "efre-2292": ("hall", None), "efre-2420": ("hall", None), "efre-2421": ("hall", None),
    "efre-2272": ("exhibition", "Energie und Bergbau"), "efre-2339": ("exhibition", "Kunst und Kreativwirtschaft"),
    "efre-2478": ("exhibition", "Technik zum Anfassen"),
    "efre-2285": ("cinema", None), "efre-2457": ("cinema", None), "efre-2489": ("cinema", None),
    "efre-2329": ("women", None), "efre-2357": ("women", None), "efre-2463": ("women", None), "efre-2542": ("women", None),
    "efre-2419": ("lab", None),
    "efre-0902": ("route", "EmsRadweg"), "efre-2474": ("route", "Lenneroute"), "efre-2541": ("route", "Nordbahntrasse"),
    "efre-0906": ("lake", "Möhnesee"), "efre-2491": ("lake", "Hennesee"), "efre-2507": ("lake", "Biggesee"),
    "efre-2487": ("lake", "Diemelsee"),
    "efre-2518": ("site", "Schloss Burg"), "efre-2435": ("site", "Felsenmeer"), "efre-2390": ("site", "Zeche Nordstern"),
    "efre-2307": ("park", "Schwarze Heide"),
}

# Hand-written paraphrases: (title, description); {t} = town of the paraphrase, {o} = object/theme.
TEMPLATES = {
    "visitor": [("Informationszentrum für Gäste in {t}", "Am Bahnhof entsteht eine Anlaufstelle, in der Gäste der Region Auskunft, Karten und Tickets erhalten."),
                ("Besucherinformation und Gästeempfang {t}", "Umbau eines Ladenlokals zum Empfang für Tagesgäste mit Ausstellungstafeln und Beratungstresen.")],
    "hall": [("Eventhalle {t}", "Neubau einer Halle für Konzerte, Messen und Tagungen mit rund 1.200 Plätzen."),
             ("Mehrzweck-Veranstaltungshalle {t} für Konzerte und Kongresse", "Eine bestehende Werkshalle wird zum Veranstaltungsort mit Bühne, Foyer und Gastronomie umgebaut.")],
    "exhibition": [("Dauerausstellung {o} in {t}", "Aufbau einer Ausstellung zum Thema {o} mit Exponaten und Mitmachstationen für Schulklassen und Familien."),
                   ("Erlebnisausstellung zum Thema {o}", "Die Stadt {t} richtet in einem leerstehenden Gebäude eine Schau zum Thema {o} ein.")],
    "cinema": [("Lichtspielhaus {t}: Umrüstung auf digitale Vorführtechnik", "Das kommunal getragene Filmtheater erhält einen digitalen Projektor und neue Tonanlage."),
               ("Programmkino {t} – digitale Projektion", "Ersatz der 35-mm-Technik durch ein digitales Abspielsystem im städtischen Kinosaal.")],
    "women": [("Beratungsstelle Frauen und Erwerbsleben {t}", "Regionale Anlaufstelle, die Betriebe und Frauen beim Wiedereinstieg in den Beruf berät."),
              ("Regionalstelle für Frauen im Beruf ({t})", "Beratung von Unternehmen zu familienfreundlicher Personalpolitik und Begleitung von Rückkehrerinnen.")],
    "lab": [("MINT-Experimentierlabor für Schulen in {t}", "Ein Lernlabor mit Versuchsplätzen für Schülerinnen und Schüler der weiterführenden Schulen der Umgebung."),
            ("Technik-Lernwerkstatt für Jugendliche in {t}", "Einrichtung eines Labors, in dem Schulklassen aus dem Umland naturwissenschaftliche Versuche durchführen.")],
    "route": [("Rastplätze und Wegweisung am {o} im Abschnitt {t}", "Auf dem Abschnitt des {o} bei {t} werden Rastplätze, Infotafeln und eine neue Beschilderung angelegt."),
              ("Ausbau des {o} bei {t}", "Verbreiterung und neue Decke auf dem {o}, damit die Route für Radtouristen durchgehend befahrbar ist.")],
    "lake": [("Uferweg und Badestelle am {o}", "Die Gemeinde {t} legt am {o} einen barrierefreien Uferweg mit Liegewiese und Stegen an."),
             ("Naherholung am {o}: Aufwertung des Seeufers", "Am Ufer des {o} entstehen Aussichtspunkte, Sitzstufen und ein Rundweg.")],
    "site": [("Besucherlenkung und Wegeleitsystem {o}", "Neue Zuwegung, Parkplatz und Informationspunkte für Gäste von {o}, geplant von der Nachbarkommune {t}."),
             ("Touristische Erschließung {o}", "Die Kommune {t} baut Zugänge und Aussichtspunkte, die Gäste zu {o} führen.")],
    "park": [("Gemeinsamer Gewerbepark {o}: Erschließungsplanung", "Die Nachbarkommune {t} plant ihren Teil der Flächen im interkommunalen Gewerbepark {o}."),
             ("Interkommunales Gewerbegebiet {o} – Machbarkeitsstudie", "Untersuchung von Verkehrsanbindung und Vermarktung für das gemeinsame Gewerbegebiet {o}.")],
}
# Wordings 3 and 4 of each kind are used only for pairs in the test split, so that the test half holds
# paraphrases never seen in development.
TEST_TEMPLATES = {
    "visitor": [("Gästeinformation mit Ausstellungsraum im Zentrum von {t}", "Ein Ort, an dem Ausflügler Prospekte, Führungen und Hinweise zu Sehenswürdigkeiten der Umgebung bekommen."),
                ("Touristisches Portal {t} – Anlaufstelle für Ausflügler", "Neubau eines Pavillons mit Tourist-Info, Schauvitrinen und Buchungsschalter.")],
    "hall": [("Multifunktionsarena {t}", "Eine Arena für Bühnenshows, Sportevents und Kongresse mit variabler Bestuhlung."),
             ("Neues Festspielhaus in {t}", "Bau eines Saals mit Bühne und Foyer für Gastspiele, Bälle und Tagungen.")],
    "exhibition": [("Themenschau {o} – Museumsneubau in {t}", "Ein kleines Museum zeigt Objekte und Medienstationen zum Thema {o}."),
                   ("Ausstellungshaus zum Thema {o}", "Umbau einer Halle in {t} zu einem Ort, an dem das Thema {o} anschaulich präsentiert wird.")],
    "cinema": [("Filmtheater {t}: neue digitale Projektoren", "Modernisierung des städtischen Filmtheaters mit Digitalprojektion und Server."),
               ("Kinosaal im Bürgerhaus {t} – Digitalumstellung", "Der Saal erhält statt der Filmrollen-Technik eine digitale Abspielanlage.")],
    "women": [("Fachstelle Beruf und Familie für Frauen, {t}", "Eine Fachstelle berät Rückkehrerinnen und Betriebe der Region zu Vereinbarkeit und Karriere."),
              ("Frauen-Karrierebüro {t}", "Ein Büro für Coaching von Berufsrückkehrerinnen und Beratung der Arbeitgeber im Umland.")],
    "lab": [("Schülerforschungszentrum {t}", "Ein Zentrum, in dem Jugendliche der Umgebung Experimente zu Chemie, Physik und Informatik machen."),
            ("Experimentierwerkstatt MINT in {t}", "Labor- und Werkstatträume für Schülergruppen aus dem ganzen Umland.")],
    "route": [("Lückenlose Befahrbarkeit des {o} bei {t}", "Der {o} erhält bei {t} eine neue Asphaltdecke und Querungshilfen."),
              ("Radtouristische Infrastruktur am {o} ({t})", "Schutzhütten, E-Bike-Ladepunkte und Wegweiser entlang des {o} auf dem Gebiet von {t}.")],
    "lake": [("Seepromenade am {o}", "Die Kommune {t} baut am {o} eine Promenade mit Bänken, Spielpunkten und Bootsanleger."),
             ("Freizeitufer {o}", "Entlang des {o} entstehen Liegeflächen, Kiosk und ein Rundwanderweg auf dem Gebiet von {t}.")],
    "site": [("Gästeleitsystem für {o}", "Die Nachbarkommune {t} richtet Wanderparkplatz, Zuwege und Hinweistafeln zu {o} ein."),
             ("Zugang und Aussichtsplattform {o}", "Von {t} aus entstehen ein neuer Zugang und eine Plattform mit Blick auf {o}.")],
    "park": [("Flächenentwicklung im gemeinsamen Gewerbepark {o}", "Die Kommune {t} erschließt ihre Teilflächen im interkommunal betriebenen Gewerbepark {o}."),
             ("Zweckverband Gewerbepark {o}: Vermarktungskonzept", "Konzept für Ansiedlung und Verkehrsanbindung im Gewerbepark {o}, beteiligt ist {t}.")],
}
OTHER_PROGRAMME = "P-LAND-STRUKTUR-NRW"
# Explicit per-pair decisions where the type rules are not enough: pair id -> (label, reason).
OVERRIDES = {
    "E-R-071": ("NONE", "ein Gestaltungskonzept (Corporate Design) für Besucherzentren ist selbst keine Einrichtung, "
                        "also kein Ersatz für die Besucherzentren in Essen"),
}
HEAD_STOP = {"breitbandinternetanbindung", "soziale", "stadt", "stadtumbau", "west", "standortinnenstadt.nrw"}


def neighbours(p, munis, used, n=2):
    """The n nearest municipalities 3-20 km away, preferring towns not yet used for this kind."""
    cands = [m for d, m in sorted((haversine_km(p, m), m["ags"], m) for m in munis if m["ags"] != p["ags"])
             if 3 <= d <= CATCHMENT_KM - 5] if False else [
        m for d, _, m in sorted((haversine_km(p, m), m["ags"], m) for m in munis if m["ags"] != p["ags"])
        if 3 <= d <= CATCHMENT_KM - 5]
    fresh = [m for m in cands if m["ags"] not in used]
    chosen = (fresh + [m for m in cands if m["ags"] in used])[:n]
    used.update(m["ags"] for m in chosen)
    return chosen


def paraphrase_pairs(corpus, splits=None):
    """splits: pair id -> split, known after the split; test pairs get the test-only wordings."""
    splits = splits or {}
    munis = list(efre.load_municipalities().values())
    by_id = {p["id"]: p for p in corpus}
    used = {}
    out = []
    for pid, (kind, obj) in PARAPHRASE_SOURCES.items():
        real = by_id[pid]
        for i, m in enumerate(neighbours(real, munis, used.setdefault(kind, set()))):
            templates = TEST_TEMPLATES if splits.get(f"E-P-{pid[5:]}-{i + 1}") == "test" else TEMPLATES
            title, desc = templates[kind][i % 2]
            year = int(real["plannedStart"][:4])
            side = {
                "id": f"{pid}-para{i + 1}", "ags": m["ags"], "title": title.format(t=m["name"], o=obj),
                "description": desc.format(t=m["name"], o=obj), "category": real["category"],
                "lat": round(m["lat"] + 0.004, 5), "lon": round(m["lon"] - 0.004, 5),
                "plannedStart": f"{year + i}-04-01", "plannedEnd": f"{year + i + 2}-09-30",
                "totalCost": int(round(real["totalCost"] * (0.7 + 0.25 * i), -3)) or 10000, "costItems": [],
            }
            if i == 0:
                side.update(programme=real["programme"], call=real["call"], applicationStatus="SUBMITTED")
                label, how = "COMPETING", "gleicher Aufruf"
            else:
                side.update(programme=OTHER_PROGRAMME, call=f"{OTHER_PROGRAMME}-{year + 1}", applicationStatus="PREPARING")
                label, how = "REDUNDANT", "anderes Programm, Zeiträume überlappen"
            what = f"dasselbe Objekt ({obj})" if kind in ("route", "lake", "site", "park") else f"gleiche Einrichtungsart ({kind})"
            dist = haversine_km(real, side)
            out.append({
                "id": f"E-P-{pid[5:]}-{i + 1}", "expected": label, "hard": False,
                "why": f"Label durch Konstruktion: reales EFRE-Vorhaben vs. handgeschriebene Umschreibung in der Nachbarkommune {m['name']} ({dist:.0f} km); {what}; {how}.",
                "a": efre.public(real) if i == 0 else side, "b": side if i == 0 else efre.public(real),
                "source": "efre", "debatable": False,
            })
    return out


def head_words(title):
    words = re.findall(r"[A-Za-zÄÖÜäöüß][\wäöüß\-]{5,}", title.lower())
    return {w for w in words if w not in HEAD_STOP}


def is_hard(a, b):
    return a["category"] == b["category"] or same_call(a, b) or bool(head_words(a["title"]) & head_words(b["title"]))


def real_pairs(corpus, n_hard=200, n_easy=45):
    rng = random.Random(SEED)
    hard, easy = [], []
    for i, a in enumerate(corpus):
        for b in corpus[i + 1:]:
            if a["ags"] == b["ags"]:
                continue  # tranches of one municipality's measure are not judged here
            (hard if is_hard(a, b) else easy).append((a, b))
    rng.shuffle(hard)
    rng.shuffle(easy)
    # Head-word matches first: they are the false alarms the issue reports.
    hard.sort(key=lambda ab: not (head_words(ab[0]["title"]) & head_words(ab[1]["title"])))
    sizes = _paraphrase_components()
    chosen = _spread(hard, n_hard, sizes) + _spread(easy, n_easy, sizes)
    out = []
    for k, (a, b) in enumerate(chosen):
        label, debatable, reason = judge(a, b)
        if f"E-R-{k + 1:03d}" in OVERRIDES:
            label, reason = OVERRIDES[f"E-R-{k + 1:03d}"]
            debatable = False
        if label != "NONE":
            debatable = True  # both were funded separately; a positive here is the criterion's call, open to debate
        out.append({
            "id": f"E-R-{k + 1:03d}", "expected": label, "hard": is_hard(a, b) if label == "NONE" else False,
            "why": f"Zwei reale, getrennt geförderte EFRE-Vorhaben; Kriterium: {reason}.",
            "a": efre.public(a), "b": efre.public(b), "source": "efre", "debatable": debatable,
        })
    return out


MAX_COMPONENT = 4  # projects per connected component, so that the split by project stays balanced


def _paraphrase_components():
    """Union-find state seeded with the paraphrase pairs (real project + its two paraphrases)."""
    state = {"parent": {}, "size": {}}
    for pid in PARAPHRASE_SOURCES:
        for i in (1, 2):
            _union(state, pid, f"{pid}-para{i}")
    return state


def _find(state, x):
    parent = state["parent"]
    parent.setdefault(x, x)
    state["size"].setdefault(x, 1)
    while parent[x] != x:
        x = parent[x]
    return x


def _union(state, a, b):
    ra, rb = _find(state, a), _find(state, b)
    if ra != rb:
        state["parent"][rb] = ra
        state["size"][ra] += state["size"][rb]


def _spread(pairs, n, state):
    """Take up to n pairs in order, skipping any that would join components beyond MAX_COMPONENT projects."""
    out = []
    for a, b in pairs:
        ra, rb = _find(state, a["id"]), _find(state, b["id"])
        if ra == rb or state["size"][ra] + state["size"][rb] > MAX_COMPONENT:
            continue
        _union(state, a["id"], b["id"])
        out.append((a, b))
        if len(out) == n:
            break
    return out

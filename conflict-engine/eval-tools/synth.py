"""New synthetic pairs (Kreis Düren): substitutes worded differently on both sides, DOUBLE_FUNDING
pairs, and hard negatives where only a place word or a head word is shared. Label by construction."""
import csv
import os
import random

from common import ENGINE, haversine_km

SEED = 20
KREIS_CSV = os.path.join(ENGINE, "src", "test", "resources", "conflict-eval", "efre", "kreis_dueren_municipalities.csv")

# kind -> (category, [(title, description) side A wordings], [side B wordings]); {t} = municipality.
SUBSTITUTES = {
    "pool": ("SPORT", [("Hallenbad {t}: Neubau", "Neubau eines Hallenbads mit 25-m-Becken für Schulen und Vereine.")],
             [("Neue Schwimmhalle in {t}", "Errichtung einer Schwimmhalle mit Sportbecken und Lehrschwimmbecken für Schul- und Vereinssport.")]),
    "bike": ("MOBILITY", [("E-Bike-Verleih {t}", "Aufbau eines E-Bike-Verleihs mit 12 Stationen für Pendler und Gäste.")],
             [("Pedelec-Verleihsystem für {t} und Umgebung", "Ein Leihsystem für Pedelecs mit Ausleihstationen an Bahnhof und Ortszentren.")]),
    "hall": ("CULTURE", [("Veranstaltungshalle {t}", "Bau einer Veranstaltungshalle für Konzerte, Messen und Vereinsfeste mit 900 Plätzen.")],
             [("Eventhalle {t} für Konzerte und Messen", "Umbau einer Gewerbehalle zur Eventhalle mit mobiler Bühne und Tribüne.")]),
    "dc": ("DIGITALISATION", [("Kommunales Rechenzentrum {t}", "Neubau eines Rechenzentrums für die IT-Dienste der Verwaltung und Schulen der Region.")],
           [("Datacenter {t} für Verwaltungs-IT", "Ein Datacenter mit redundanter Stromversorgung übernimmt Server und Fachverfahren der Kommunen.")]),
    "visitor": ("TOURISM", [("Besucherzentrum Nationalpark-Tor {t}", "Ein Besucherzentrum mit Ausstellung und Gästeinformation am Eingang der Rureifel.")],
                [("Informationszentrum für Eifel-Gäste in {t}", "Ein Informationszentrum mit Ausstellung, Beratung und Verkauf von Wanderkarten für Gäste der Rureifel.")]),
    "h2": ("ENERGY", [("H2-Tankstelle {t}", "Errichtung einer H2-Tankstelle für Busse und Lkw an der Autobahnanschlussstelle.")],
           [("Wasserstofftankstelle für Nutzfahrzeuge in {t}", "Bau einer öffentlichen Wasserstofftankstelle mit 700-bar- und 350-bar-Zapfpunkten.")]),
    "startup": ("ECONOMY", [("Gründerzentrum {t}", "Büros, Werkstätten und Beratung für junge Unternehmen im Strukturwandel.")],
                [("Startup-Hub {t}", "Ein Startup-Hub mit Coworking-Flächen, Mentoring und Veranstaltungsraum für Gründungen aus der Region.")]),
    "mvz": ("HEALTH_CARE", [("MVZ {t}", "Ein MVZ mit Allgemeinmedizin, Kinderheilkunde und Physiotherapie sichert die Versorgung.")],
            [("Ärztliches Versorgungszentrum {t}", "Bau eines Praxisgebäudes, in dem angestellte Hausärztinnen und Fachärzte gemeinsam arbeiten.")]),
}
# Same object: heavy-rain warning on one creek, waste heat of one source (CHP).
OBJECT_SUBSTITUTES = {
    "rain": ("CLIMATE_ADAPTATION", "Merzbach", [("Starkregen-Frühwarnsystem im Einzugsgebiet {o}", "Pegel- und Niederschlagssensoren am {o} warnen die Anlieger per App vor Sturzfluten.")],
             [("Pegelwarnsystem am {o} gegen Sturzfluten", "Messstellen am {o} und eine automatische Warnung der Feuerwehr bei Starkregen.")]),
    "rain2": ("CLIMATE_ADAPTATION", "Wehebach", [("Starkregen-Frühwarnsystem im Einzugsgebiet {o}", "Pegel- und Niederschlagssensoren am {o} warnen die Anlieger per App vor Sturzfluten.")],
              [("Hochwasserwarnsystem am {o}", "Automatische Pegelmessung am {o} und Alarmierung der Anlieger bei Starkregen.")]),
    "chp": ("ENERGY", "Papierfabrik Kreuzau", [("KWK-Anlage zur Nutzung der Abwärme der {o}", "Die Abwärme der {o} wird über eine KWK-Anlage in ein Nahwärmenetz eingespeist.")],
            [("Blockheizkraftwerk und Wärmenetz an der {o}", "Ein Blockheizkraftwerk mit Kraft-Wärme-Kopplung nutzt die Abwärme der {o} für Wohngebiete.")]),
    "chp2": ("ENERGY", "Zuckerfabrik Jülich", [("BHKW an der {o}", "Ein BHKW verwertet Prozesswärme der {o} für öffentliche Gebäude.")],
             [("Abwärmenutzung der {o} durch Kraft-Wärme-Kopplung", "Eine Anlage mit Kraft-Wärme-Kopplung nutzt die Abwärme der {o} für ein Nahwärmenetz.")]),
}
# Test-only wordings (side A, side B) per kind: the test half holds wordings never seen in development.
TEST_WORDINGS = {
    "pool": (("Sport- und Lehrschwimmbad {t}", "Ein überdachtes Bad mit Schwimmerbecken und Hubboden für Schwimmkurse."),
             ("Neues Familien- und Schulbad (Hallenschwimmbad) {t}", "Ganzjährig nutzbares Bad für Schulschwimmen, DLRG und öffentliche Badezeiten.")),
    "bike": (("Leihfahrräder mit Elektroantrieb für {t}", "Ein Netz von Ausleihpunkten für elektrisch unterstützte Räder, buchbar per App."),
             ("Regionales Bikesharing mit Pedelecs ({t})", "Stationsbasiertes Sharing von E-Rädern zwischen Ortsteilen und Bahnhaltepunkten.")),
    "hall": (("Mehrzweckhalle für Großveranstaltungen in {t}", "Neubau einer Halle für Messen, Konzerte und Kongresse mit Catering-Küche."),
             ("Konzert- und Festhalle {t}", "Eine Halle mit Bühne, Tribünen und Foyer für überregionale Veranstaltungen.")),
    "dc": (("Serverzentrum {t} für die kommunale IT", "Ein gesicherter Serverstandort für Fachverfahren, Schulnetze und Bürgerdienste der Region."),
           ("IT-Rechenzentrum des Zweckverbands in {t}", "Neubau eines Rechnerraums mit Kühlung und Notstrom für die Verwaltungs-IT mehrerer Kommunen.")),
    "visitor": (("Gästezentrum am Eifelsteig in {t}", "Empfang für Wandergäste mit Ausstellung über die Rureifel und Tourenberatung."),
                ("Infohaus für Besucher der Rureifel, {t}", "Ein Haus mit Schautafeln, Beratungstheke und Kartenverkauf für Tagesgäste.")),
    "h2": (("Tankstelle für Wasserstoff-Lkw in {t}", "Eine Station zur Betankung von Brennstoffzellen-Lkw und -Bussen mit grünem Wasserstoff."),
           ("H₂-Betankungsanlage {t}", "Errichtung einer öffentlichen H₂-Betankung für Nutzfahrzeuge und Pkw.")),
    "startup": (("Innovations- und Gründungszentrum {t}", "Räume und Beratung für Existenzgründungen und junge Technologieunternehmen."),
                ("Inkubator für junge Unternehmen in {t}", "Ein Inkubator mit Büros, Laborflächen und Coaching für Start-ups.")),
    "mvz": (("Hausarztzentrum {t}", "Mehrere Hausarztsitze und eine Kinderarztpraxis unter einem Dach in kommunaler Trägerschaft."),
            ("Medizinisches Zentrum mit angestellten Ärzten, {t}", "Ein Zentrum für ambulante Versorgung mit Allgemeinmedizin und Fachärzten.")),
    "rain": (("Sturzflut-Warnung {o}", "Sensoren für Niederschlag und Wasserstand am {o} lösen automatisch Warnungen aus."),
             ("Starkregen-Alarmierung im Tal des {o}", "Ein Warnsystem mit Regenradar und Pegeln am {o} für Anlieger und Feuerwehr.")),
    "rain2": (("Sturzflut-Warnung {o}", "Sensoren für Niederschlag und Wasserstand am {o} lösen automatisch Warnungen aus."),
              ("Starkregen-Alarmierung im Tal des {o}", "Ein Warnsystem mit Regenradar und Pegeln am {o} für Anlieger und Feuerwehr.")),
    "chp": (("Nahwärme aus der Prozessabwärme der {o}", "Die Restwärme der {o} wird mit einer Kraft-Wärme-Kopplungsanlage für ein Nahwärmenetz genutzt."),
            ("Heizkraftwerk an der {o} mit Wärmeauskopplung", "Strom und Wärme werden gekoppelt erzeugt, die Abwärme der {o} versorgt Schulen.")),
    "chp2": (("Nahwärme aus der Prozessabwärme der {o}", "Die Restwärme der {o} wird mit einer Kraft-Wärme-Kopplungsanlage für ein Nahwärmenetz genutzt."),
             ("Heizkraftwerk an der {o} mit Wärmeauskopplung", "Strom und Wärme werden gekoppelt erzeugt, die Abwärme der {o} versorgt Schulen.")),
}

# Hard negatives: shared place word ("im Gewerbegebiet") or shared head word, different measures.
HARD_NEGATIVES = [
    (("Regenrückhaltebecken im Gewerbegebiet {p}", "Bau eines Regenrückhaltebeckens mit 4.000 m³ für das Gewerbegebiet {p}.", "WATER"),
     ("Wasserstofftankstelle im Gewerbegebiet {q}", "Errichtung einer Wasserstofftankstelle für Lkw im Gewerbegebiet {q}.", "ENERGY")),
    (("LED-Straßenbeleuchtung im Gewerbegebiet {p}", "Umrüstung von 140 Leuchten im Gewerbegebiet {p} auf LED.", "CLIMATE_PROTECTION"),
     ("Glasfaseranschluss im Gewerbegebiet {q}", "Verlegung von Glasfaser bis in die Betriebe des Gewerbegebiets {q}.", "DIGITALISATION")),
    (("Radweg am Bahnhof {p}", "Neuer Radweg vom Ortskern zum Bahnhof {p}.", "MOBILITY"),
     ("Radweg entlang der L 249 bei {q}", "Straßenbegleitender Radweg zwischen {q} und dem Nachbarort.", "MOBILITY")),
    (("Kommunale Wärmeplanung {p}", "Erstellung des Wärmeplans mit Bestands- und Potenzialanalyse für {p}.", "ENERGY"),
     ("Kommunaler Wärmeplan {q}", "Wärmeplan für das Gemeindegebiet {q} mit Zielszenario.", "ENERGY")),
    (("Breitbandausbau Gewerbegebiet {p}", "FTTB-Anschluss aller Betriebe im Gewerbegebiet {p}.", "DIGITALISATION"),
     ("Breitbandinternetanbindung Gewerbepark {q}", "Breitbandinternetanbindung der Unternehmen im Gewerbepark {q}.", "DIGITALISATION")),
    (("Neubau KiTa {p}", "Vier-gruppige Kindertagesstätte für {p}.", "CHILDCARE_YOUTH"),
     ("Kindertagesstätte {q}: Erweiterung um zwei Gruppen", "Anbau von zwei U3-Gruppen an die KiTa in {q}.", "CHILDCARE_YOUTH")),
]


def municipalities():
    with open(KREIS_CSV, encoding="utf-8") as f:
        return [{"ags": r["ags"], "name": r["name"].split(",")[0], "lat": float(r["lat"]), "lon": float(r["lon"])}
                for r in csv.DictReader(f)]


def _side(pid, m, title, desc, cat, start_year, cost, prog, call, shift):
    return {"id": pid, "ags": m["ags"], "title": title, "description": desc, "category": cat,
            "lat": round(m["lat"] + shift, 5), "lon": round(m["lon"] + shift, 5),
            "plannedStart": f"{start_year}-03-01", "plannedEnd": f"{start_year + 2}-06-30", "totalCost": cost,
            "costItems": [], "programme": prog, "call": call, "applicationStatus": "PREPARING" if prog else None}


def _wording(kind, wa, wb, pair_id, splits):
    if splits.get(pair_id) == "test":
        return TEST_WORDINGS[kind]
    return wa[0], wb[0]


def build(splits=None):
    """splits: pair id -> split, known after the split; test pairs get the test-only wordings."""
    splits = splits or {}
    rng = random.Random(SEED)
    ms = municipalities()
    near = [(a, b) for a in ms for b in ms if a["ags"] < b["ags"] and 4 <= haversine_km(a, b) <= 20]
    far_pairs = [(a, b) for a in ms for b in ms if a["ags"] < b["ags"] and haversine_km(a, b) > 26]
    out, n = [], 0

    def add(label, hard, why, a, b, debatable=False):
        nonlocal n
        n += 1
        out.append({"id": f"S2-{n:03d}", "expected": label, "hard": hard, "why": why, "a": a, "b": b,
                    "source": "synthetic", "debatable": debatable})

    for kind, (cat, wa, wb) in SUBSTITUTES.items():
        for k in range(4):
            ma, mb = rng.choice(near)
            year = 2027 + k % 3
            (ta, da), (tb, db) = _wording(kind, wa, wb, f"S2-{n + 1:03d}", splits)
            if k % 2 == 0:
                prog_a = prog_b = f"P-{kind.upper()}-NRW"
                call_a = call_b = f"C-{kind.upper()}-NRW-{year}"
                label = "COMPETING"
            else:
                prog_a, call_a = f"P-{kind.upper()}-NRW", f"C-{kind.upper()}-NRW-{year}"
                prog_b, call_b = ("P-REVIER-STARK", f"C-REVIER-STARK-{year}") if k == 1 else (None, None)
                label = "REDUNDANT"
            a = _side(f"syn2-{kind}-{k}-a", ma, ta.format(t=ma["name"]), da, cat, year, 2_000_000 + 150_000 * k, prog_a, call_a, 0.004)
            b = _side(f"syn2-{kind}-{k}-b", mb, tb.format(t=mb["name"]), db, cat, year, 1_800_000 + 120_000 * k, prog_b, call_b, -0.003)
            d = haversine_km(a, b)
            add(label, False, f"Konstruktion: gleiche Einrichtungsart mit Einzugsbereich ({kind}), anders formuliert, {d:.0f} km; "
                + ("gleicher Aufruf." if label == "COMPETING" else "nicht derselbe Aufruf, zeitgleich."), a, b)
        # the same kind far apart (> 25 km, no catchment overlap), same call: hard negative
        ma, mb = rng.choice(far_pairs)
        (ta, da), (tb, db) = _wording(kind, wa, wb, f"S2-{n + 1:03d}", splits)
        a = _side(f"syn2-{kind}-far-a", ma, ta.format(t=ma["name"]), da, cat, 2028, 2_100_000, f"P-{kind.upper()}-NRW", f"C-{kind.upper()}-NRW-2028", 0.002)
        b = _side(f"syn2-{kind}-far-b", mb, tb.format(t=mb["name"]), db, cat, 2028, 1_900_000, f"P-{kind.upper()}-NRW", f"C-{kind.upper()}-NRW-2028", -0.002)
        d = haversine_km(a, b)
        add("NONE", True, f"Konstruktion: gleiche Einrichtungsart ({kind}) im gleichen Aufruf, aber {d:.0f} km auseinander – Einzugsbereiche überlappen nicht.",
            a, b, debatable=d <= 30)
    for kind, (cat, obj, wa, wb) in OBJECT_SUBSTITUTES.items():
        for k in range(3):
            ma, mb = rng.choice(near)
            year = 2027 + k
            (ta, da), (tb, db) = _wording(kind, wa, wb, f"S2-{n + 1:03d}", splits)
            same = k != 1
            prog_b, call_b = (f"P-{kind.upper()}", f"C-{kind.upper()}-{year}") if same else ("P-KRL", f"C-KRL-{year}")
            a = _side(f"syn2-{kind}-{k}-a", ma, ta.format(o=obj), da.format(o=obj), cat, year, 600_000 + 50_000 * k, f"P-{kind.upper()}", f"C-{kind.upper()}-{year}", 0.003)
            b = _side(f"syn2-{kind}-{k}-b", mb, tb.format(o=obj), db.format(o=obj), cat, year, 550_000 + 40_000 * k, prog_b, call_b, -0.003)
            label = "COMPETING" if same else "REDUNDANT"
            add(label, False, f"Konstruktion: dasselbe Objekt ({obj}), verschieden formuliert; " + ("gleicher Aufruf." if same else "anderes Programm, zeitgleich."), a, b)
    # DOUBLE_FUNDING: same municipality, same measure twice, two programmes
    for kind, (cat, wa, wb) in list(SUBSTITUTES.items()) + [(k, (c, wa, wb)) for k, (c, o, wa, wb) in OBJECT_SUBSTITUTES.items() if k in ("chp",)]:
        m = rng.choice(ms)
        (ta, da), (tb, db) = _wording(kind, wa, wb, f"S2-{n + 1:03d}", splits)
        o = OBJECT_SUBSTITUTES.get(kind, (None, ""))[1]
        a = _side(f"syn2-{kind}-df-a", m, ta.format(t=m["name"], o=o), da.format(o=o), cat, 2028, 1_500_000, "P-REVIER-STARK", "C-REVIER-STARK-2028", 0.001)
        b = _side(f"syn2-{kind}-df-b", m, tb.format(t=m["name"], o=o), db.format(o=o), cat, 2028, 1_560_000, "P-LAND-STRUKTUR-NRW", "C-LAND-STRUKTUR-NRW-2028", 0.0012)
        add("DOUBLE_FUNDING", False, f"Konstruktion: dieselbe Maßnahme ({kind}) derselben Kommune, anders formuliert, bei zwei Programmen beantragt.", a, b)
    # hard negatives with a shared place or head word
    for j, (sa, sb) in enumerate(HARD_NEGATIVES):
        for k in range(4):
            ma, mb = rng.choice(near)
            same_call = k % 2 == 0
            pa, ca = "P-REVIER-STARK", "C-REVIER-STARK-2028"
            pb, cb = (pa, ca) if same_call else ("P-KRL", "C-KRL-2028")
            a = _side(f"syn2-neg{j}-{k}-a", ma, sa[0].format(p=f"{ma['name']}-Süd"), sa[1].format(p=f"{ma['name']}-Süd"), sa[2], 2028, 700_000 + 30_000 * k, pa, ca, 0.005)
            b = _side(f"syn2-neg{j}-{k}-b", mb, sb[0].format(q=f"{mb['name']}-Nord"), sb[1].format(q=f"{mb['name']}-Nord"), sb[2], 2028, 650_000 + 20_000 * k, pb, cb, -0.005)
            add("NONE", True, "Konstruktion: verschiedene Objekte bzw. Maßnahmen für den örtlichen Bedarf; gemeinsam ist nur ein Orts- oder Kopfwort"
                + (", gleicher Aufruf." if same_call else "."), a, b)
    return out

"""Pairs added after the first release (ids E-N-…, S3-…). Released pairs and their split stay as they were.

E-N: near real negatives. The first release had every real-project positive within 20 km but most real
negatives far apart, so distance alone separated them. These pairs are two real projects of different
municipalities at most 25 km apart, hard (same category, same call or shared head word), not yet paired,
both already in the same split (a pair never joins the two halves); labelled by the criterion.
S3: new synthetic pairs with new project ids: the same kind far apart (> 40 km, no debate about catchment)
and four further kinds of substitutes written differently on both sides.
"""
import random

import efre
import synth
from common import haversine_km, judge
from efre_pairs import is_hard

SEED = 20
NEAR_KM = 25.0
MAX_NEW_PER_PROJECT = 2


def near_real_negatives(corpus, pairs, n=90):
    split_of = {p[s]["id"]: p["split"] for p in pairs for s in "ab"}
    paired = {frozenset((p["a"]["id"], p["b"]["id"])) for p in pairs}
    cands = []
    for i, a in enumerate(corpus):
        for b in corpus[i + 1:]:
            if a["ags"] == b["ags"] or frozenset((a["id"], b["id"])) in paired:
                continue
            if split_of.get(a["id"]) is None or split_of.get(a["id"]) != split_of.get(b["id"]):
                continue
            if haversine_km(a, b) <= NEAR_KM and is_hard(a, b):
                cands.append((a, b))
    random.Random(SEED).shuffle(cands)
    # Round robin over category pairs, so that urban-regeneration pairs (the most numerous) do not dominate.
    seen = {}
    ranked = []
    for a, b in cands:
        group = tuple(sorted((a["category"], b["category"])))
        seen[group] = seen.get(group, 0) + 1
        ranked.append((seen[group], len(ranked), a, b))
    cands = [(a, b) for _, _, a, b in sorted(ranked, key=lambda r: (r[0], r[1]))]
    used, out = {}, []
    for a, b in cands:
        if used.get(a["id"], 0) >= MAX_NEW_PER_PROJECT or used.get(b["id"], 0) >= MAX_NEW_PER_PROJECT:
            continue
        label, debatable, reason = judge(a, b)
        if label != "NONE":
            debatable = True  # both were funded separately; a positive here stays open to debate
        used[a["id"]] = used.get(a["id"], 0) + 1
        used[b["id"]] = used.get(b["id"], 0) + 1
        out.append({
            "id": f"E-N-{len(out) + 1:03d}", "expected": label, "hard": label == "NONE",
            "why": f"Zwei reale, getrennt geförderte EFRE-Vorhaben benachbarter Kommunen ({haversine_km(a, b):.0f} km); "
                   f"Kriterium: {reason}.",
            "a": efre.public(a), "b": efre.public(b), "source": "efre", "debatable": debatable,
            "split": split_of[a["id"]],
        })
        if len(out) == n:
            break
    return out



# kind -> (category, dev wording A, dev wording B, test wording A, test wording B)
MORE_SUBSTITUTES = {
    "workshop": ("LABOUR_SKILLS",
                 ("Überbetriebliche Lehrwerkstatt Metall in {t}", "Werkstatt mit 24 Ausbildungsplätzen für Auszubildende aus Handwerksbetrieben der Umgebung."),
                 ("Ausbildungszentrum für Metallberufe, {t}", "Ein Zentrum, in dem Lehrlinge mehrerer Betriebe Grundlehrgänge an Dreh- und Fräsmaschinen absolvieren."),
                 ("Gemeinsame Azubi-Werkstatt für Handwerksbetriebe in {t}", "Lehrgangsräume mit Maschinen, damit kleine Betriebe ihre Auszubildenden gemeinsam schulen."),
                 ("Bildungsstätte Metall und Elektro {t}", "Werkstatträume für überbetriebliche Lehrgänge von Auszubildenden aus dem Umland.")),
    "exhibition": ("CULTURE",
                   ("Ausstellung zur Geschichte des Braunkohletagebaus in {t}", "Eine Dauerausstellung mit Großgeräten, Fotos und Zeitzeugenberichten zum Tagebau im Revier."),
                   ("Tagebau-Museum {t}", "Ein Museum zeigt die Umsiedlungen, die Technik und die Rekultivierung rund um den Tagebau."),
                   ("Dokumentationszentrum Tagebau und Umsiedlung, {t}", "Ein Ort, der mit Exponaten und Medienstationen die Geschichte der Braunkohle erzählt."),
                   ("Schau „Leben am Loch“ – Braunkohle im Rheinischen Revier, {t}", "Ständige Präsentation über Abbau, Dörfer und Landschaftswandel im Revier.")),
    "camper": ("TOURISM",
               ("Wohnmobilstellplatz am Ortsrand von {t}", "Zwölf Stellplätze für Wohnmobile mit Strom, Frischwasser und Entsorgung."),
               ("Reisemobilhafen {t}", "Ein Platz für Reisemobile mit Ver- und Entsorgungsstation und Sanitärhaus."),
               ("Stellplätze für Caravans und Campervans in {t}", "Ein Areal für Campingbusse mit Ladestrom, Wasser und Grauwasser-Entleerung."),
               ("Camper-Park {t}", "Neue Übernachtungsplätze für Reisemobilgäste mit Servicesäule.")),
    "coworking": ("ECONOMY",
                  ("Coworking-Space im Bahnhof {t}", "Flexible Arbeitsplätze, Besprechungsräume und Beratung für Gründerinnen und Gründer der Region."),
                  ("Gründungs- und Innovationshaus {t}", "Büros auf Zeit und Coaching für junge Firmen aus dem Umland."),
                  ("Digitales Gründerhaus {t}", "Räume und Programme für Start-ups aus dem Kreisgebiet."),
                  ("Start-up-Campus {t}", "Ein Campus mit Büros, Werkstatt und Beratung für Ausgründungen.")),
}


def synth3(splits_of_released_ids):
    """New synthetic pairs (S3-…); wording for test pairs is chosen after the split, like S2."""
    rng = random.Random(SEED + 3)
    ms = synth.municipalities()
    near = [(a, b) for a in ms for b in ms if a["ags"] < b["ags"] and 4 <= haversine_km(a, b) <= 20]
    nrw = efre.load_municipalities()
    far_towns = sorted((m for m in nrw.values() if 45 <= min(haversine_km(m, k) for k in ms) <= 90),
                       key=lambda m: m["ags"])
    out = []

    def add(label, hard, why, a, b, debatable=False):
        out.append({"id": f"S3-{len(out) + 1:03d}", "expected": label, "hard": hard, "why": why, "a": a, "b": b,
                    "source": "synthetic", "debatable": debatable})

    kinds = {k: (c, wa[0], wb[0]) for k, (c, wa, wb) in synth.SUBSTITUTES.items()}
    kinds.update({k: (v[0], v[1], v[2]) for k, v in MORE_SUBSTITUTES.items()})
    for kind, (cat, (ta, da), (tb, db)) in kinds.items():
        test = splits_of_released_ids.get(f"S3-{len(out) + 1:03d}") == "test"
        if test:
            (ta, da), (tb, db) = MORE_SUBSTITUTES[kind][3:5] if kind in MORE_SUBSTITUTES else synth.TEST_WORDINGS[kind]
        ma, far = rng.choice(ms), rng.choice(far_towns)
        prog, call = f"P-{kind.upper()}-NRW", f"C-{kind.upper()}-NRW-2029"
        a = synth._side(f"syn3-{kind}-far-a", ma, ta.format(t=ma["name"]), da, cat, 2029, 1_900_000, prog, call, 0.002)
        b = synth._side(f"syn3-{kind}-far-b", far, tb.format(t=far["name"]), db, cat, 2029, 2_050_000, prog, call, -0.002)
        add("NONE", True, f"Konstruktion: gleiche Einrichtungsart ({kind}) im gleichen Aufruf, aber {haversine_km(a, b):.0f} km "
            "auseinander – Einzugsbereiche überlappen nicht.", a, b)
    for kind in MORE_SUBSTITUTES:
        cat = MORE_SUBSTITUTES[kind][0]
        for k in range(4):
            test = splits_of_released_ids.get(f"S3-{len(out) + 1:03d}") == "test"
            (ta, da), (tb, db) = MORE_SUBSTITUTES[kind][3:5] if test else MORE_SUBSTITUTES[kind][1:3]
            ma, mb = rng.choice(near)
            year = 2027 + k % 3
            prog_a, call_a = f"P-{kind.upper()}-NRW", f"C-{kind.upper()}-NRW-{year}"
            if k % 2 == 0:
                prog_b, call_b, label = prog_a, call_a, "COMPETING"
            else:
                prog_b, call_b, label = (("P-LEADER", f"C-LEADER-{year}") if k == 1 else (None, None)) + ("REDUNDANT",)
            a = synth._side(f"syn3-{kind}-{k}-a", ma, ta.format(t=ma["name"]), da, cat, year, 1_200_000 + 90_000 * k, prog_a, call_a, 0.003)
            b = synth._side(f"syn3-{kind}-{k}-b", mb, tb.format(t=mb["name"]), db, cat, year, 1_050_000 + 70_000 * k, prog_b, call_b, -0.004)
            add(label, False, f"Konstruktion: gleiche Einrichtungsart mit Einzugsbereich ({kind}), anders formuliert, "
                f"{haversine_km(a, b):.0f} km; " + ("gleicher Aufruf." if label == "COMPETING" else "nicht derselbe Aufruf, zeitgleich."), a, b)
    return out

"""Relabel the 255 + 7 original pairs to the county's substitute criterion (LABELLING.md).

Reads the pairs as released in commit ORIGINAL (so the script is repeatable), applies the rules of
common.judge per measure type plus the explicit per-pair decisions below, and returns the relabelled
pairs with stable project ids. Run via build.py; prints counts before/after.
"""
import collections
import json
import subprocess

from common import ENGINE, judge, measure_type

ORIGINAL = "4796092"
EVAL_PATH = "conflict-engine/src/test/resources/conflict-eval/pairs.jsonl"
DEV_PATH = "conflict-engine/src/test/resources/conflict-dev/pairs.jsonl"

# Measure types whose former positive pairs stay open to debate under the new criterion.
DEBATABLE_TYPES_IF_FORMERLY_POSITIVE = {
    "camper-site": "Reisemobilstellplätze ziehen Gäste aus der Region an; ob zwei Nachbarplätze sich ersetzen, ist strittig",
    "business-park": "getrennte Gewerbegebiete zweier Nachbarkommunen: regionaler Flächenmarkt vs. örtlicher Bedarf",
}

# Explicit per-pair decisions where the type rules are not enough: pair id -> (label, debatable, reason).
OVERRIDES = {}


def original(path):
    out = subprocess.run(["git", "show", f"{ORIGINAL}:{path}"], cwd=ENGINE, check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def project_key(p):
    return json.dumps(p, sort_keys=True, ensure_ascii=False)


def relabel(pairs, prefix):
    ids = {}
    out = []
    for pair in pairs:
        new = dict(pair)
        for side in ("a", "b"):
            key = project_key(pair[side])
            if key not in ids:
                ids[key] = f"{prefix}-{pair['id']}-{side}"
            new[side] = {"id": ids[key], **pair[side]}
        old = pair["expected"]
        if old == "DOUBLE_FUNDING":
            label, debatable, reason = "DOUBLE_FUNDING", False, "dieselbe Maßnahme zweimal (unverändert)"
        elif pair["id"] in OVERRIDES:
            label, debatable, reason = OVERRIDES[pair["id"]]
        else:
            label, debatable, reason = judge(pair["a"], pair["b"])
            ta = measure_type(pair["a"]["title"])[0]
            if old != "NONE" and label == "NONE" and ta in DEBATABLE_TYPES_IF_FORMERLY_POSITIVE:
                debatable, reason = True, reason + "; " + DEBATABLE_TYPES_IF_FORMERLY_POSITIVE[ta]
        new["expected"] = label
        new["hard"] = bool(pair.get("hard")) if label == "NONE" else False
        if label == "NONE" and old != "NONE":
            new["hard"] = True  # formerly positive: same kind of measure, a hard negative by construction
        change = "unverändert" if label == old else f"neu gelabelt {old} → {label}"
        new["why"] = f"[{change}; Kriterium: {reason}] alt: {pair['why']}"
        new["source"] = "synthetic"
        new["debatable"] = debatable
        out.append(new)
    return out


def counts(pairs):
    return dict(sorted(collections.Counter(p["expected"] for p in pairs).items()))


def run():
    ev, dv = original(EVAL_PATH), original(DEV_PATH)
    print("relabel: eval before", counts(ev), " dev before", counts(dv))
    ev2, dv2 = relabel(ev, "syn"), relabel(dv, "dev")
    print("relabel: eval after ", counts(ev2), " dev after ", counts(dv2))
    trans = collections.Counter((a["expected"], b["expected"]) for a, b in zip(ev + dv, ev2 + dv2))
    for (o, n), c in sorted(trans.items()):
        print(f"  {o:>14} -> {n:<14} {c}")
    print("  debatable:", sum(p["debatable"] for p in ev2 + dv2))
    return ev2, dv2


if __name__ == "__main__":
    run()

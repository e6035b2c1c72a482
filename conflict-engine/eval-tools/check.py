"""Checks the labelled conflict pairs; exits 1 on any failure. Usage: python3 conflict-engine/eval-tools/check.py"""
import collections
import json
import os
import subprocess
import sys

from common import DEV_DIR, EVAL_DIR
from efre_pairs import head_words
from common import same_call

LABELS = {"COMPETING", "REDUNDANT", "DOUBLE_FUNDING", "NONE"}
PROJECT_FIELDS = {"id", "ags", "title", "description", "category", "lat", "lon", "plannedStart", "plannedEnd",
                  "totalCost", "costItems", "programme", "call", "applicationStatus"}
errors = []
# Commit of the first release of the split; no pair released there may change its split or label id set.
FIRST_RELEASE = "4e19400"


def fail(msg):
    errors.append(msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"{path}:{n} invalid JSON: {e}")
    return rows


def check_project(pid, p, projects, warn_only=False):
    missing = PROJECT_FIELDS - p.keys()
    if missing:
        fail(f"{pid}: project fields missing {sorted(missing)}")
    if p.get("costItems") and abs(sum(i["amount"] for i in p["costItems"]) - p["totalCost"]) > 0.5:
        msg = f"{pid}/{p['id']}: totalCost {p['totalCost']} != sum of costItems"
        if warn_only:
            print("warning (conflict-dev, hand-written by the engine side, kept as is):", msg)
        else:
            fail(msg)
    key = json.dumps({k: v for k, v in p.items()}, sort_keys=True, ensure_ascii=False)
    if projects.setdefault(p["id"], key) != key:
        fail(f"{pid}: project id {p['id']} used for two different projects")


def structurally_hard(p):
    a, b = p["a"], p["b"]
    return a["category"] == b["category"] or same_call(a, b) or bool(head_words(a["title"]) & head_words(b["title"]))


def main():
    pairs = load(os.path.join(EVAL_DIR, "pairs.jsonl"))
    dev = load(os.path.join(DEV_DIR, "pairs.jsonl"))
    corpus = load(os.path.join(EVAL_DIR, "efre", "municipal-projects.jsonl"))
    ids, projects, split_of = set(), {}, {}
    for p in pairs + dev:
        if p["id"] in ids:
            fail(f"duplicate pair id {p['id']}")
        ids.add(p["id"])
        if p["expected"] not in LABELS:
            fail(f"{p['id']}: unknown label {p['expected']}")
        for f in ("hard", "why", "source", "split", "debatable"):
            if f not in p:
                fail(f"{p['id']}: field {f} missing")
        if p.get("source") not in ("synthetic", "efre") or p.get("split") not in ("dev", "test"):
            fail(f"{p['id']}: bad source/split")
        if p["hard"] and p["expected"] != "NONE":
            fail(f"{p['id']}: hard flag on a positive")
        if p["a"]["id"] == p["b"]["id"]:
            fail(f"{p['id']}: both sides are one project")
        for side in ("a", "b"):
            check_project(p["id"], p[side], projects, warn_only=p in dev)
            prev = split_of.setdefault(p[side]["id"], p["split"])
            if prev != p["split"]:
                fail(f"project {p[side]['id']} is in both splits")
    for c in corpus:
        check_project("corpus", c, {})
        if c["applicationStatus"] != "APPROVED" or c["costItems"]:
            fail(f"corpus {c['id']}: status/costItems")
    out = subprocess.run(["git", "show", f"{FIRST_RELEASE}:conflict-engine/src/test/resources/conflict-eval/pairs.jsonl"],
                         cwd=EVAL_DIR, capture_output=True, text=True)
    if out.returncode == 0:
        first = {json.loads(l)["id"]: json.loads(l)["split"] for l in out.stdout.splitlines() if l.strip()}
        now = {p["id"]: p["split"] for p in pairs}
        moved = [i for i, s in first.items() if now.get(i) != s]
        if moved:
            fail(f"{len(moved)} pairs of the first release ({FIRST_RELEASE}) missing or moved to the other split: {moved[:5]}")
        print(f"first release {FIRST_RELEASE}: {len(first)} pairs, all still present with the same split: {not moved}")
    else:
        print(f"first release {FIRST_RELEASE} not in this git history; split stability not checked")
    neg = [p for p in pairs if p["expected"] == "NONE"]
    hard_flag = sum(p["hard"] for p in neg)
    hard_struct = sum(structurally_hard(p) for p in neg)
    print(f"pairs: {len(pairs)} (conflict-eval) + {len(dev)} (conflict-dev); projects: {len(projects)}; EFRE corpus: {len(corpus)}")
    print(f"efre-sourced pairs: {sum(p['source'] == 'efre' for p in pairs)}")
    pos = len(pairs) - len(neg)
    print(f"positives: {pos} ({pos / len(pairs):.1%}), negatives: {len(neg)}")
    print(f"hard negatives (flag): {hard_flag}/{len(neg)} = {hard_flag / len(neg):.1%}; "
          f"structurally hard (same category, same call or shared head word): {hard_struct}/{len(neg)} = {hard_struct / len(neg):.1%}")
    if hard_flag / len(neg) < 0.5 or hard_struct / len(neg) < 0.5:
        fail("hard-negative share below 50 %")
    table = collections.Counter((p["expected"], p["split"], p["source"], p["debatable"]) for p in pairs)
    print("\n| label | split | source | pairs | of which debatable |\n|---|---|---|---:|---:|")
    for lab in ("COMPETING", "REDUNDANT", "DOUBLE_FUNDING", "NONE"):
        for sp in ("dev", "test"):
            for src in ("synthetic", "efre"):
                n = table[(lab, sp, src, False)] + table[(lab, sp, src, True)]
                if n:
                    print(f"| {lab} | {sp} | {src} | {n} | {table[(lab, sp, src, True)]} |")
    per_split = collections.Counter(p["split"] for p in pairs)
    per_split_pos = collections.Counter(p["split"] for p in pairs if p["expected"] != "NONE")
    print(f"\nsplit sizes: dev {per_split['dev']} ({per_split_pos['dev']} positive), test {per_split['test']} ({per_split_pos['test']} positive)")
    print(f"debatable: {sum(p['debatable'] for p in pairs)} (eval) + {sum(p['debatable'] for p in dev)} (conflict-dev)")
    if errors:
        print("\nFAILED:")
        for e in errors[:50]:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()

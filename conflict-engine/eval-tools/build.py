"""Builds conflict-eval/pairs.jsonl, conflict-dev/pairs.jsonl and efre/municipal-projects.jsonl.

Usage: python3 conflict-engine/eval-tools/build.py   (deterministic; seed in split.py)
"""
import collections
import json
import os
import subprocess

import additions
import efre
import efre_pairs
import relabel
import split
import synth
from common import DEV_DIR, EVAL_DIR, read_jsonl, write_jsonl

ORDER = ["id", "expected", "hard", "debatable", "source", "split", "why", "a", "b"]


def released_splits():
    """Splits of pairs already committed (released); they never change. Read from git HEAD."""
    out = subprocess.run(["git", "show", "HEAD:conflict-engine/src/test/resources/conflict-eval/pairs.jsonl"],
                         cwd=EVAL_DIR, capture_output=True, text=True)
    rows = [json.loads(l) for l in out.stdout.splitlines() if l.strip()] if out.returncode == 0 else []
    return {p["id"]: p["split"] for p in rows if p.get("split")}


def main():
    ev, dv = relabel.run()
    corpus, dropped = efre.load_corpus()
    write_jsonl(os.path.join(efre.EFRE_DIR, "municipal-projects.jsonl"), [efre.public(p) for p in corpus])
    print(f"efre corpus: kept {len(corpus)}, dropped {len(dropped)}:", dict(collections.Counter(r for _, r in dropped)))
    pairs = ev + efre_pairs.paraphrase_pairs(corpus) + efre_pairs.real_pairs(corpus) + synth.build()
    path = os.path.join(EVAL_DIR, "pairs.jsonl")
    released = released_splits()
    split.assign(pairs, released)
    # Re-render the new hand-written pairs now that their split is known (ids, labels and split unchanged):
    # test pairs get wordings that development never sees.
    splits = {p["id"]: p["split"] for p in pairs}
    reworded = {p["id"]: p for p in efre_pairs.paraphrase_pairs(corpus, splits) + synth.build(splits)}
    for i, p in enumerate(pairs):
        if p["id"] in reworded:
            new = reworded[p["id"]]
            assert (new["expected"], new["a"]["id"], new["b"]["id"]) == (p["expected"], p["a"]["id"], p["b"]["id"])
            new["split"] = p["split"]
            pairs[i] = new
    # Pairs added after the first release (see additions.py); released splits stay fixed.
    near = additions.near_real_negatives(corpus, pairs)
    fixed = {p["id"]: p["split"] for p in pairs + near}
    fixed.update(released)
    more = additions.synth3({})
    pairs = pairs + near + more
    split.assign(pairs, fixed)
    reworded = {p["id"]: p for p in additions.synth3({p["id"]: p["split"] for p in more})}
    for i, p in enumerate(pairs):
        if p["id"] in reworded:
            new = reworded[p["id"]]
            assert (new["expected"], new["a"]["id"], new["b"]["id"]) == (p["expected"], p["a"]["id"], p["b"]["id"])
            new["split"] = p["split"]
            pairs[i] = new
    for p in dv:
        p["split"] = "dev"
    write_jsonl(path, [{k: p[k] for k in ORDER} for p in pairs])
    write_jsonl(os.path.join(DEV_DIR, "pairs.jsonl"), [{k: p[k] for k in ORDER} for p in dv])
    print("eval pairs:", len(pairs), dict(collections.Counter(p["expected"] for p in pairs)))


if __name__ == "__main__":
    main()

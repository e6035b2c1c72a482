"""Split by project: connected components over project ids go to "dev" or "test" as a whole.

Procedure (seed SEED): components are built with union-find over the two project ids of each pair.
A component's stratum is its strongest label (DOUBLE_FUNDING > COMPETING > REDUNDANT > NONE) plus its
source. Within each stratum, components are sorted by their smallest project id, shuffled with
random.Random(SEED), and each goes to the split that so far holds fewer pairs of that stratum (ties:
dev). Pairs that already carry a released split keep it; only new components are assigned, against the
counts of the released ones.
"""
import collections
import random

SEED = 20260
RANK = {"DOUBLE_FUNDING": 3, "COMPETING": 2, "REDUNDANT": 1, "NONE": 0}


def components(pairs):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        ra, rb = find(p["a"]["id"]), find(p["b"]["id"])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps = collections.defaultdict(list)
    for p in pairs:
        comps[find(p["a"]["id"])].append(p)
    return comps


def assign(pairs, released):
    counts = collections.Counter()
    strata = collections.defaultdict(list)
    for root, members in components(pairs).items():
        label = max((m["expected"] for m in members), key=RANK.get)
        stratum = (label, members[0]["source"])
        fixed = {released[m["id"]] for m in members if m["id"] in released}
        if len(fixed) > 1:
            raise SystemExit(f"component {root} spans released splits {fixed}")
        if fixed:
            s = fixed.pop()
            for m in members:
                m["split"] = s
            counts[(stratum, s)] += len(members)
        else:
            strata[stratum].append((root, members))
    rng = random.Random(SEED)
    for stratum in sorted(strata):
        comps = sorted(strata[stratum], key=lambda rm: rm[0])
        rng.shuffle(comps)
        for root, members in comps:
            s = "dev" if counts[(stratum, "dev")] <= counts[(stratum, "test")] else "test"
            for m in members:
                m["split"] = s
            counts[(stratum, s)] += len(members)

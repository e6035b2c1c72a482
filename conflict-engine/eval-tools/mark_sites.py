"""Marks every evaluation project whose position is its municipality's centroid with "site": false.

EFRE records name no site, so the tools placed those projects on the centroid of their
municipality (deploy/data/nrw_municipalities.csv). Such a position says roughly where, never that
two projects share a site; the engine's "same site" evidence needs two real sites. Labels, ids and
splits are not touched. Run from conflict-engine/: python3 eval-tools/mark_sites.py
"""
import csv
import json
import os

from common import ENGINE, EVAL_DIR

CENTROIDS = os.path.join(ENGINE, "..", "deploy", "data", "nrw_municipalities.csv")
TOLERANCE = 1e-4  # degrees, about 10 m


def centroids():
    with open(CENTROIDS, encoding="utf-8") as f:
        return {r["ags"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}


def mark(project, known):
    centre = known.get(project.get("ags"))
    lat, lon = project.get("lat"), project.get("lon")
    at_centre = (centre is not None and lat is not None and lon is not None
                 and abs(centre[0] - lat) < TOLERANCE and abs(centre[1] - lon) < TOLERANCE)
    if at_centre:
        project["site"] = False
    else:
        project.pop("site", None)
    return at_centre


def rewrite(path, projects_of):
    known = centroids()
    lines, marked = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            marked += sum(mark(p, known) for p in projects_of(record))
            lines.append(json.dumps(record, ensure_ascii=False))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{os.path.relpath(path, ENGINE)}: {marked} projects on their municipality's centroid")


if __name__ == "__main__":
    rewrite(os.path.join(EVAL_DIR, "pairs.jsonl"), lambda r: [r["a"], r["b"]])
    rewrite(os.path.join(EVAL_DIR, "efre", "municipal-projects.jsonl"), lambda r: [r])

#!/usr/bin/env python3
"""Regenerates the OpenThesaurus extract the conflict engine ships.

Input: the Debian package openthesaurus-de-text (apt-get install -y openthesaurus-de-text),
file /usr/share/openthesaurus-de/openthesaurus.txt (LGPL 2.1, www.openthesaurus.de).
Output: src/main/resources/de/foerderlotse/conflict/engine/openthesaurus-nouns.txt.

Kept: synonym sets of single nouns (a word starting with a capital letter or a digit, letters,
digits and hyphens only), usage notes in brackets removed, 2 to 12 members. Dropped: phrases,
verbs and adjectives, and very broad sets (more than 12 members), which mostly join loose senses.
Usage: python3 scripts/extract-openthesaurus.py [input] [output]
"""
import re
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/openthesaurus-de/openthesaurus.txt"
TARGET = (sys.argv[2] if len(sys.argv) > 2 else
          "src/main/resources/de/foerderlotse/conflict/engine/openthesaurus-nouns.txt")
NOUN = re.compile(r"[A-ZÄÖÜ0-9][A-Za-zÄÖÜäöüß0-9-]+")

header = []
sets = []
with open(SOURCE, encoding="utf-8") as source:
    for line in source:
        if line.startswith("#"):
            header.append(line.rstrip("\n"))
            continue
        words = set()
        for word in line.strip().split(";"):
            word = re.sub(r"\s*\(.*?\)", "", word).strip()
            if NOUN.fullmatch(word):
                words.add(word)
        if 2 <= len(words) <= 12:
            sets.append(";".join(sorted(words)))

with open(TARGET, "w", encoding="utf-8") as target:
    target.write("# Extract of OpenThesaurus (single nouns, 2-12 per set), made by\n")
    target.write("# conflict-engine/scripts/extract-openthesaurus.py from the Debian package\n")
    target.write("# openthesaurus-de-text. Licence: GNU LGPL 2.1 or later, see OPENTHESAURUS-LICENSE.txt.\n")
    target.write("# Header of the source file:\n")
    for line in header:
        target.write(line + "\n")
    for synonyms in sets:
        target.write(synonyms + "\n")

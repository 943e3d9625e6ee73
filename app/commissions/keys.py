"""Identity of a standing body across articles."""
from __future__ import annotations

import re

from app.core.text import search_fold

_BETWEEN = re.compile(r"\s+between\s+.+$")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_STOP = {"the", "of", "on", "and", "for", "in"}


def commission_key(name: str, party_codes: list[str], party_names: list[str]) -> str:
    """The same body under different wordings gets one key.

    "Tajikistan-Pakistan Joint Ministerial Commission" and "Joint Ministerial Commission between
    Tajikistan and Pakistan" agree: the sides' names and the "between ..." tail are dropped from
    the name, and the sides themselves (as codes) become part of the key instead."""
    folded = _BETWEEN.sub("", search_fold(name))
    for party_name in party_names:
        folded = folded.replace(search_fold(party_name), " ")
    words = [w for w in _NON_WORD.sub(" ", folded).split() if w not in _STOP]
    return f"{'+'.join(sorted(set(party_codes)))}:{' '.join(words)}"

"""Folding of names and search terms so that case, accents and transliteration don't matter."""
from __future__ import annotations

import re
import unicodedata

_NON_LETTERS = re.compile(r"[^a-z ]+")
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_DOUBLED = re.compile(r"(.)\1")
_FINAL_Y = re.compile(r"(?<=[a-z])(?:iy|y)\b")
_TRANSLITERATIONS = (("dzh", "j"), ("kh", "h"), ("zh", "j"), ("yu", "u"), ("ou", "u"))


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_fold(value: str) -> str:
    """Lower case without accents: the form stored for, and compared by, substring search."""
    return " ".join(strip_accents(value).casefold().split())


def name_key(name: str) -> str:
    """A key under which transliteration variants of one name coincide.

    "Mikayil Hasanli" and "Mikail Hasanly" both give "mikail hasanli"; "Khudoyberdiyev" and
    "Hudoyberdiev" both give "hudoyberdiev"."""
    folded = _NON_LETTERS.sub(" ", search_fold(name))
    folded = _Y_BETWEEN_VOWELS.sub("", folded)
    for written, spoken in _TRANSLITERATIONS:
        folded = folded.replace(written, spoken)
    folded = _FINAL_Y.sub("i", folded)
    folded = _DOUBLED.sub(r"\1", folded)
    return " ".join(folded.split())

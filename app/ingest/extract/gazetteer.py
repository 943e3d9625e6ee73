"""Names of sides: countries (ISO 3166-1), regions (ISO 3166-2) and international organisations.

Everything is keyed by a normalised lower-case name (acronyms by their exact spelling), so that a
sentence is scanned with dictionary look-ups of capitalised word n-grams instead of a regex over
tens of thousands of names. The names themselves are built in `places`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from app.ingest.extract import places
from app.ingest.extract.places import PartyInfo, norm
from app.ingest.extract.text import Token, tokens

__all__ = ["Introduced", "Mention", "PartyInfo", "find_mentions", "introduced_organizations", "is_region",
           "mentions_in", "norm", "parent_of", "party_info"]


class Mention(NamedTuple):
    start: int
    end: int
    code: str
    form: str  # name | demonym | capital
    possessive: bool


class _Index(NamedTuple):
    names: dict[str, tuple[str, str]]
    acronyms: dict[str, tuple[str, str]]
    info: dict[str, PartyInfo]
    name_first: dict[str, tuple[int, ...]]  # first word of a name -> word counts of names starting with it, longest first
    acronym_first: dict[str, tuple[int, ...]]


@lru_cache(maxsize=1)
def _tables() -> _Index:
    t = places.build()
    return _Index(t.names, t.acronyms, t.info, _first_words(t.names), _first_words(t.acronyms))


def _first_words(keys: dict[str, tuple[str, str]]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for key in keys:
        first, _, rest = key.partition(" ")
        sizes.setdefault(first, set()).add(rest.count(" ") + 2 if rest else 1)
    return {first: tuple(sorted(s, reverse=True)) for first, s in sizes.items()}


# Lower-case words that may end a name ("Jalal-Abad region", "Konya province").
_PLACE_NOUNS = frozenset(
    "region city province oblast krai kray prefecture governorate state county district territory republic okrug".split()
)


# An international body the gazetteer does not know, introduced the way wire stories do:
# "the Organization of the Black Sea Economic Cooperation (BSEC)".
_INTRODUCED = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'\-]*\s+(?:(?:of|the|for|and|on)\s+){0,2}){0,8}?"
    r"(?:Organi[sz]ation|Union|Community|Bank|Fund|Cooperation|Co-operation|Association|Alliance|Forum|Institute)"
    r"(?:\s+(?:(?:of|the|for|and|on)\s+){0,2}[A-Z][\w'\-]*){0,6})\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)"
)


# "Secretary General of the Organization of ...": the office is not part of the body's name.
_OFFICE_OF = re.compile(
    r"^(?:(?:Secretary|General|Deputy|Head|Chairman|Chair|President|Director|Executive|Vice|Chief|"
    r"Representative|Delegation|Ambassador|Envoy|Special)\s+)+(?:of|to|at)\s+(?:the\s+)?"
)


@dataclass(frozen=True, slots=True)
class Introduced:
    """Organisations an article names with their acronym, beyond the gazetteer."""

    names: dict[str, tuple[str, str]]  # normalised name or acronym -> (code, "name")
    infos: dict[str, PartyInfo]


def introduced_organizations(text: str) -> Introduced:
    """International bodies spelled out with an acronym. A body named after a country or region
    ("Development Bank of Kazakhstan (DBK)") is that country's, not a side of its own."""
    names: dict[str, tuple[str, str]] = {}
    infos: dict[str, PartyInfo] = {}
    idx = _tables()
    for m in _INTRODUCED.finditer(text):
        name = _OFFICE_OF.sub("", re.sub(r"^(?:The|the)\s+", "", m["name"])).strip()
        acronym = m["acronym"]
        code = f"ORG:{acronym.upper()}"
        if code in idx.info or acronym in idx.acronyms or norm(acronym) in idx.names or find_mentions(tokens(name, 0)):
            continue
        if re.search(r"\b(?:National|State|Central|Republican|Presidential)\b", name):
            continue
        infos[code] = PartyInfo(code, name, "organization", None)
        names[norm(name)] = (code, "name")
        names[norm(acronym)] = (code, "name")
    return Introduced(names, infos)


_Hit = tuple[int, tuple[str, str]]  # (number of tokens, (code, form))


def find_mentions(toks: list[Token], introduced: Introduced | None = None) -> list[Mention]:
    """Longest-match look-up of capitalised n-grams; a possessive `'s` may close any word."""
    idx = _tables()
    extra = introduced.names if introduced else {}
    extra_first = _first_words(extra) if extra else {}
    low = [norm(t.word) for t in toks]
    run = _runs(toks)
    out: list[Mention] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.word[:1].isupper():
            i += 1
            continue
        sizes = idx.name_first.get(low[i], ())
        if extra_first.get(low[i]):
            sizes = tuple(sorted(set(sizes) | set(extra_first[low[i]]), reverse=True))
        hit = _name_at(toks, low, i, run[i], sizes, idx.names, extra) if sizes else None
        acronym = _acronym_at(toks, i, run[i], idx) if t.word in idx.acronym_first else None
        if acronym and (hit is None or acronym[0] > hit[0]):
            hit = acronym
        if hit is None:
            i += 1
            continue
        size, (code, form) = hit
        if code and (is_region(code) or form == "capital") and _inside_longer_name(toks, i, out):
            i += 1
            continue
        if form == "capital" and _starts_longer_name(toks, i + size):
            i += size
            continue
        if code:
            last = toks[i + size - 1]
            out.append(Mention(t.start, last.end, code, form, last.possessive))
        i += size
    return out


def _runs(toks: list[Token]) -> list[int]:
    """For each token, how many tokens from it on are glued into one possible name: one space, dot
    or hyphen apart (two characters more after a possessive `'s`)."""
    run = [1] * len(toks)
    for j in range(len(toks) - 2, -1, -1):
        a = toks[j]
        if toks[j + 1].start - a.end <= (3 if a.possessive else 1):
            run[j] = run[j + 1] + 1
    return run


def _name_at(toks: list[Token], low: list[str], i: int, run: int, sizes: tuple[int, ...],
             names: dict[str, tuple[str, str]], extra: dict[str, tuple[str, str]]) -> _Hit | None:
    for size in sizes:
        if size > run:
            continue
        last = toks[i + size - 1]
        if not _capitalised(last.word) and last.word not in _PLACE_NOUNS:
            continue
        key = " ".join(low[i:i + size]) if size > 1 else low[i]
        entry = names.get(key) or extra.get(key)
        if entry:
            return size, entry
    return None


def _capitalised(word: str) -> bool:
    """"Ivoire" and "d'Ivoire" (Côte d'Ivoire) alike."""
    return word[:1].isupper() or (word[1:2] in ("'", "’") and word[2:3].isupper())


def _acronym_at(toks: list[Token], i: int, run: int, idx: _Index) -> _Hit | None:
    """Acronyms as written ("EU", "U.S.", "IsDB"), except inside a run of shouted words ("WHO CAN")."""
    for size in idx.acronym_first[toks[i].word]:
        if size > run:
            continue
        entry = idx.acronyms.get(" ".join(t.word for t in toks[i:i + size]))
        if entry:
            return None if _shouted(toks, i, size, idx) else (size, entry)
    return None


def _shouted(toks: list[Token], i: int, size: int, idx: _Index) -> bool:
    """An acronym beside a capitalised word that is no acronym ("WHO SAID"), or in a run of three
    or more ("WHO CAN HELP"), is a shouted headline, not a name."""
    a, b = i, i + size - 1
    while a > 0 and _caps(toks[a - 1]) and toks[a].start - toks[a - 1].end <= 1:
        a -= 1
    while b + 1 < len(toks) and _caps(toks[b + 1]) and toks[b + 1].start - toks[b].end <= 1:
        b += 1
    if b - a + 1 - size >= 2:
        return True
    return any(toks[j].word not in idx.acronym_first for j in (a, b) if j < i or j >= i + size)


def _caps(t: Token) -> bool:
    return len(t.word) > 1 and t.word.isupper()


_FUNCTION_CAPS = frozenset("the and of in on at to for with from by as a an".split())


def _inside_longer_name(toks: list[Token], i: int, found: list[Mention]) -> bool:
    """A region or capital glued to a preceding capitalised word ("East London", "Akihiro Ishikawa")
    is part of another name."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if toks[i].start - prev.end != 1 or not prev.word[:1].isupper() or prev.possessive:
        return False
    if prev.word.lower() in _FUNCTION_CAPS or (found and found[-1].end == prev.end):
        return False
    return True


def _starts_longer_name(toks: list[Token], after: int) -> bool:
    """A capital followed by a capitalised word names something else ("Sofia Berg", "Washington Post")."""
    if after >= len(toks) or toks[after - 1].possessive:
        return False
    nxt = toks[after]
    return nxt.start - toks[after - 1].end == 1 and nxt.word[:1].isupper() and nxt.word.lower() not in _FUNCTION_CAPS


def mentions_in(text: str, offset: int = 0) -> list[Mention]:
    return find_mentions(tokens(text, offset))


def party_info(code: str) -> PartyInfo | None:
    return _tables().info.get(code)


def parent_of(code: str) -> str | None:
    info = party_info(code)
    return info.parent_code if info else None


def is_region(code: str) -> bool:
    return "-" in code and not code.startswith("ORG:")

"""Which countries, regions and organisations act as the sides of the reported cooperation."""
from __future__ import annotations

import re

from app.ingest.extract.gazetteer import is_region, mentions_in, parent_of
from app.ingest.extract.reading import SentenceRead

_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|via|through)\s+(?:the\s+)?$", re.I)
_ROUTE = re.compile(r"\b(?:via|through|across|bypassing|near)\s+(?:the\s+)?$", re.I)


def article_sides(reads: list[SentenceRead], dateline_country: str | None) -> list[str]:
    found: list[str] = []
    for r in reads[:2]:
        for m in r.mentions:
            before = r.sent.text[:m.start - r.sent.start]
            if (is_region(m.code) and _LOCATIVE.search(before)) or _ROUTE.search(before):
                continue
            if m.code not in found:
                found.append(m.code)
        if len(found) >= 2:
            break
    found = drop_parents(found)
    if len(found) == 1 and dateline_country:
        host = [m.code for m in mentions_in(dateline_country) if not is_region(m.code)]
        if host and host[0] != found[0] and host[0] != parent_of(found[0]):
            found.append(host[0])
    return found


def drop_parents(codes: list[str]) -> list[str]:
    parents = {parent_of(c) for c in codes if is_region(c)}
    return [c for c in codes if c not in parents]


def regional_officials(reads: list[SentenceRead], sides: list[str]) -> list[str]:
    """A regional official makes the region a side; it replaces its country unless the country acts too."""
    parties = {p.party for r in reads for p in r.people if p.party}
    out = list(sides)
    for code in parties:
        if not is_region(code) or code in out:
            continue
        parent = parent_of(code)
        if parent in out:
            out = [code if s == parent else s for s in out] if parent not in parties else out + [code]
    return out


def person_party(code: str | None, sides: list[str]) -> str | None:
    if code is None:
        return None
    if code not in sides:
        for s in sides:
            if parent_of(s) == code:
                return s
    return code

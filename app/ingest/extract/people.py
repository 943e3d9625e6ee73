"""Named officials: name/title splitting in both orders and the side each person speaks for.

A run of capitalised words is read as titles, place names and personal names. Personal names
are the words outside a lexicon of office and department words; a person is kept only with a
title next to the name, which is what separates "Mikayil Jabbarov" from "Milli Majlis".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.extract.gazetteer import Mention, norm
from app.ingest.extract.text import Token

HEADS = frozenset("""
minister secretary chairman chairwoman chairperson chair president ambassador envoy governor hokim akim
mayor head director ceo deputy vice commissioner representative speaker adviser advisor consul chief rector
manager officer premier king emir prince founder counsellor counselor prosecutor ombudsman spokesperson
spokesman administrator chancellor attache leader
""".split())

TITLE_WORDS = HEADS | frozenset("""
first second prime state general executive assistant senior special permanent plenipotentiary extraordinary
acting charge affaires ministers ministry cabinet government council committee commission service agency
department office administration presidential parliament parliamentary board bureau chamber authority
fund bank corporation company group union association federation institute organization organisation
people peoples republic national federal regional municipal city district province region oblast
economy economic economics trade industry industrial investment investments commerce integration transport
transportation infrastructure development sustainable energy agriculture agricultural finance financial
justice defense defence health healthcare education science culture tourism sport sports youth labour labor
social protection population emergency emergencies situations interior internal external foreign affairs
digital technologies technology innovation innovations innovative communications communication information
informatization natural resources ecology ecological environment environmental water construction housing
utilities urban planning markets market relations cooperation policy policies mining geology petroleum oil gas
hydrocarbons power electricity railways railway roads road highways aviation civil maritime fisheries food
forestry land lands property privatization tax taxes customs revenue revenues budget treasury statistics
enterprise enterprises entrepreneurship business small medium sized support promotion export exports import
imports logistics telecommunications postal media press security intelligence military armed forces border
guard police veterans family women children affairs religious religion heritage arts art higher secondary
preschool vocational training research academy sciences affairs action european presidium majlis assembly
house senate duma kurultai supreme court central chairmanship secretariat staff protocol international
public diplomacy investors relations multilateral bilateral economic strategic planning reforms reform
statistics competition antimonopoly standardization metrology quality sanitary epidemiological
veterinary phytosanitary irrigation climate green transition energy rural village villages sector
""".split())

HONORIFICS = frozenset("sheikh shaikh dr prof professor mr mrs ms sir madam haji he his excellency".split())
PARTICLES = frozenset("al el bin ibn de da van von der le la abu".split())
_CONNECTORS = frozenset("of the for and to on".split())
_PLACE_NOUNS = frozenset("region province oblast city district".split())
_NOT_NAMES = frozenset("""
the a an in on at according during then moreover additionally later following ahead after before both it its
this these that they he she we our to for with as by from also earlier meanwhile however since under over last
next participants companies representatives particular all each some many most other such his her their there
here when while where if during among between within about around what which who whose one two three four five
six seven eight nine ten i mutual bilateral today tomorrow yesterday on monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
""".split())


_HYPHENATED = re.compile(r"-[a-z]+\b")


@dataclass(slots=True)
class Person:
    name: str
    title: str | None
    party: str | None
    start: int  # offsets of the name itself
    end: int
    sentence_start: int = 0
    sentence_end: int = 0


def _gap(text: str, base: int, a: Token, b: Token) -> str:
    return text[a.end - base:b.start - base]


def _ok_gap(gap: str) -> bool:
    gap = gap.replace("'s", "").replace("’s", "")
    return gap.strip() in ("", ",", "-", "–", "(", ")", "),")


def find_people(text: str, base: int, toks: list[Token], mentions: list[Mention]) -> list[Person]:
    gaz = {}
    for m in mentions:
        for t in toks:
            if m.start <= t.start and t.end <= m.end:
                gaz[t.start] = m
    people: list[Person] = []
    for chunk in _chunks(text, base, toks):
        people.extend(_read_chunk(text, base, chunk, gaz, mentions, {p.party for p in people}))
    return people


def _chunks(text: str, base: int, toks: list[Token]) -> list[list[Token]]:
    chunks: list[list[Token]] = []
    cur: list[Token] = []
    for i, t in enumerate(toks):
        low = t.word.lower()
        cap = t.word[:1].isupper() and low not in _NOT_NAMES
        if cur:
            gap = _gap(text, base, cur[-1], t)
            if not _ok_gap(gap):
                chunks.append(cur)
                cur = []
        if cap:
            cur.append(t)
        elif cur and low in _PLACE_NOUNS and cur[-1].word[:1].isupper():
            cur.append(t)
        elif cur and (low in _CONNECTORS or low in PARTICLES) and i + 1 < len(toks) and (toks[i + 1].word[:1].isupper() or toks[i + 1].word.lower() == "the"):
            cur.append(t)
        elif cur:
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        while c and not c[-1].word[:1].isupper():
            c.pop()
        if c:
            out.append(c)
    return out


def _kind(t: Token, gaz: dict[int, Mention]) -> str:
    low = norm(t.word)
    if t.start in gaz or any(m.start <= t.start < m.end for m in gaz.values()):
        return "gaz"
    if low in _CONNECTORS:
        return "conn"
    if low in TITLE_WORDS or low in HONORIFICS:
        return "title"
    if t.word.isupper() and len(t.word) > 1:
        return "title"
    if low in PARTICLES:
        return "part"
    return "name" if t.word[:1].isupper() else "conn"


def _read_chunk(text: str, base: int, chunk: list[Token], gaz: dict[int, Mention], mentions: list[Mention],
                claimed_before: set[str | None]) -> list[Person]:
    kinds = [_kind(t, gaz) for t in chunk]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(chunk):
        if kinds[i] == "name":
            j = i
            while j + 1 < len(chunk) and (kinds[j + 1] == "name" or (kinds[j + 1] == "part" and j + 2 < len(chunk) and kinds[j + 2] == "name")):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    people = []
    prev_end = 0
    for a, b in runs:
        words = [t.word for t in chunk[a:b + 1]]
        nxt = chunk[b + 1].word.lower() if b + 1 < len(chunk) else ""
        if not 2 <= len(words) <= 4 or nxt in ("of", "for", "on"):
            if len(words) >= 2:
                prev_end = b + 1
            continue
        title, hint = _title(text, base, chunk[prev_end:a], kinds[prev_end:a], gaz)
        anchor = chunk[prev_end].start if prev_end < a else chunk[a].start
        taken_to = b + 1
        if title is None:
            anchor = chunk[a].start
            after_end = len(chunk)
            for a2, _ in runs:
                if a2 > b:
                    after_end = a2
                    break
            if b + 1 < len(chunk) and _gap(text, base, chunk[b], chunk[b + 1]).startswith(","):
                seg = chunk[b + 1:after_end]
                cut = next((k for k in range(1, len(seg)) if seg[k].word.lower() == "and" and _gap(text, base, seg[k - 1], seg[k]).startswith(",")), len(seg))
                title, hint = _title(text, base, seg[:cut], kinds[b + 1:b + 1 + cut], gaz)
                if title is not None:
                    # "A, Minister of X, and B, ...": A's title is not B's.
                    taken_to = b + 1 + cut
        prev_end = taken_to
        if title is None:
            continue
        start, end = chunk[a].start, chunk[b].end
        # Hyphenated given names ("Kim Dong-yeon"): the lower-case part is not a token of its own run.
        tail = _HYPHENATED.match(text, end - base)
        if tail:
            end += len(tail.group())
        if hint is None:
            claimed = {p.party for p in people} | claimed_before
            before = [m for m in mentions if m.end <= anchor and m.code not in claimed]
            hint = before[-1].code if before else None
        people.append(Person(text[start - base:end - base], title or None, hint, start, end, base, base + len(text)))
    return people


def _title(text: str, base: int, seg: list[Token], kinds: list[str], gaz: dict[int, Mention]) -> tuple[str | None, str | None]:
    """Title text (side's name removed) and the side named in it, or (None, None) without an office word."""
    seg, kinds = list(seg), list(kinds)
    hint = None
    while seg and (kinds[0] in ("conn", "gaz") or seg[0].word.lower() in HONORIFICS):
        if kinds[0] == "gaz":
            hint = gaz_code(seg[0], gaz) or hint
        seg.pop(0)
        kinds.pop(0)
    if not seg or not any(norm(t.word) in HEADS for t in seg):
        return None, None
    k = len(seg)
    tail_codes = []
    while k > 0 and (kinds[k - 1] == "gaz" or seg[k - 1].word.lower() in ("the", *_PLACE_NOUNS) or seg[k - 1].word.isupper()):
        if kinds[k - 1] == "gaz":
            tail_codes.append(gaz_code(seg[k - 1], gaz))
        k -= 1
    if tail_codes and k > 0 and seg[k - 1].word.lower() == "of":
        hint = next((c for c in tail_codes if c), hint)
        k -= 1
        seg = seg[:k]
    while seg and seg[-1].word.lower() in _CONNECTORS:
        seg.pop()
    while seg and seg[0].word.lower() in HONORIFICS:
        seg.pop(0)
    if not seg:
        return None, None
    a, b = seg[0].start, seg[-1].end
    title = text[a - base:b - base]
    for t in reversed(seg):
        m = _mention_of(t, gaz)
        if m is None:
            continue
        if m.form == "demonym":
            hint = hint or m.code
            title = title[:t.start - a].rstrip() + " " + title[t.end - a:].lstrip()
        elif "-" in m.code and not m.code.startswith("ORG:"):
            hint = hint or m.code
    return " ".join(title.split()).strip(" ,-–"), hint


def _mention_of(t: Token, gaz: dict[int, Mention]) -> Mention | None:
    for m in gaz.values():
        if m.start <= t.start < m.end:
            return m
    return None


def gaz_code(t: Token, gaz: dict[int, Mention]) -> str | None:
    for m in gaz.values():
        if m.start <= t.start < m.end:
            return m.code
    return None

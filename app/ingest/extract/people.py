"""Named officials: name/title splitting in both orders and the side each person speaks for.

A run of capitalised words is read as titles, place names and personal names. Personal names
are the words outside a lexicon of office and department words; a person is kept only with a
title next to the name, which is what separates "Mikayil Jabbarov" from "Milli Majlis".

The side comes from the title when the title names one ("Korea's", "Serbian", "of the Republic
of Armenia", "Governor of Konya Province", "Kuwait Chamber") and that name is then cut out of
the title; otherwise it is the nearest side named earlier in the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from app.ingest.extract.gazetteer import Mention, is_region, norm, parent_of, party_info
from app.ingest.extract.text import Token

HEADS = frozenset("""
minister secretary undersecretary chairman chairwoman chairperson chair president ambassador envoy governor
hokim akim mayor head director ceo deputy vice commissioner representative speaker adviser advisor consul chief
rector manager officer premier king emir prince founder counsellor counselor prosecutor ombudsman spokesperson
spokesman administrator chancellor attache leader coordinator
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
under additional principal member members mines minerals ports shipping directorate unit division
honorary managing resident commercial consular industries
""".split())

_OFFICE_WORDS = HEADS | {"member", "members"}

HONORIFICS = frozenset("sheikh shaikh dr prof professor mr mrs ms sir madam haji he his excellency".split())
PARTICLES = frozenset("al el bin ibn de da van von der le la abu".split())
# Connectors that may sit inside a title; "in" and "at" only once the run already holds an office.
_CONNECTORS = frozenset("of the for and to on".split())
_LOCATIVES = frozenset("in at".split())
_PLACE_NOUNS = frozenset("region province oblast city district krai territory governorate prefecture county".split())
# Words of a state's long form between "of the" and its name: "of the Socialist Republic of Vietnam".
_STATE_FORM = frozenset("""
the of republic federal federative socialist islamic democratic people peoples kingdom united arab sultanate
state grand duchy principality commonwealth plurinational bolivarian hashemite oriental cooperative
""".split())
# A long name run right after these starts with a body or a place: "Chairman of Rail Vista Anna Kovac".
_BEFORE_BODIES = frozenset("of the for to on in at".split())
# Royal styles before a name, dropped after another office: "Minister of Foreign Affairs Prince ...".
_STYLES = frozenset("prince princess".split())
_ABBREVIATED = frozenset("dr prof mr mrs ms".split())
_DASHES = frozenset("-–—")
_NOT_NAMES = frozenset("""
the a an in on at according during then moreover additionally later following ahead after before both it its
this these that they he she we our to for with as by from also earlier meanwhile however since under over last
next participants companies representatives particular all each some many most other such his her their there
here when while where if during among between within about around what which who whose one two three four five
six seven eight nine ten i mutual bilateral today tomorrow yesterday on monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
""".split())

# Words after a side's adjective that make it the side of a body: "Uzbek Government", "Kazakh Side".
_BODIES = frozenset("""
government cabinet ministry ministries council chamber parliament side delegation embassy consulate
administration committee commission agency authority republic state federation majlis assembly senate duma
office presidency people nation army leadership
""".split())
# Nouns between "of the" and a region's name: "Governor of the Department of Santa Cruz".
_REGION_FORM = frozenset("department province region governorate prefecture oblast county territory".split())
# "of" in the Romance languages: "President of the Junta de Andalucía".
_OF = frozenset("of de del do da du".split())
# A generic possessive standing for a side named before: "the State's Minister", "the country's".
_GENERIC_SIDES = {
    "country": "country", "nation": "country",
    "republic": "country", "kingdom": "country",
    "state": "region", "region": "region", "province": "region", "prefecture": "region", "oblast": "region",
}

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


class _Run(NamedTuple):
    """Token indices [start, end) of a personal name inside a chunk."""

    start: int
    end: int


class _SidePhrase(NamedTuple):
    """Tokens [start, end) of a title that name a side: "of the Republic of Armenia", "Kuwait"."""

    start: int
    end: int
    code: str
    kind: str  # of | in | adj


class _Sentence:
    """One sentence's tokens with their gazetteer mention and word class."""

    def __init__(self, text: str, base: int, toks: list[Token], mentions: list[Mention]) -> None:
        self.text = text
        self.base = base
        self.toks = toks
        self.mentions = mentions
        self.low = [t.word.lower() for t in toks]
        self.gaz = _mentions_by_token(toks, self.low, mentions)
        self.kinds = [self._kind(i) for i in range(len(toks))]
        self._extend_places()

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        return self.text[self.toks[i - 1].end - self.base:self.toks[i].start - self.base]

    def span(self, i: int, j: int) -> str:
        """Text from token i to token j-1, as written."""
        return self.text[self.toks[i].start - self.base:self.toks[j - 1].end - self.base]

    def is_head(self, i: int) -> bool:
        word = norm(self.toks[i].word)
        if word in ("member", "members"):
            # "Board Member", "Member of Parliament": not "member states".
            return (i > 0 and self.low[i - 1] == "board") or (i + 1 < len(self.toks) and self.low[i + 1] == "of")
        return word in HEADS and self.gaz[i] is None

    def _extend_places(self) -> None:
        """A place of several words after "in": "Consul General in Santa Cruz de la Sierra, Mariana ...".

        The words after the place's first word belong to it when a comma closes them and a name
        follows the comma; "Consul General in Karachi Thomas Richter" keeps its name.
        """
        kinds, n = self.kinds, len(self.toks)
        for i in range(n - 1):
            if kinds[i] != "place":
                continue
            j = i + 1
            while j < n and kinds[j] in ("name", "part") and self.gap(j).strip() in ("", "-"):
                j += 1
            if i + 1 < j < n and kinds[j - 1] == "name" and self.gap(j).strip() == "," and kinds[j] == "name":
                for k in range(i + 1, j):
                    kinds[k] = "place"

    def _kind(self, i: int) -> str:
        t, low = self.toks[i], self.low[i]
        if self.gaz[i] is not None:
            return "gaz"
        if low in _CONNECTORS or low in _LOCATIVES:
            return "conn"
        if low in HONORIFICS:
            return "hon"
        if norm(t.word) in TITLE_WORDS or (t.word.isupper() and len(t.word) > 1):
            return "title"
        if low in PARTICLES:
            return "part"
        if not t.word[:1].isupper():
            return "low"
        if i > 0 and self.low[i - 1] in _LOCATIVES:
            return "place"  # "Consul General in Karachi Thomas Richter"
        return "name"


def _mentions_by_token(toks: list[Token], low: list[str], mentions: list[Mention]) -> list[Mention | None]:
    """Each token's mention; a region's place noun and an organisation's "Group" belong to it."""
    out: list[Mention | None] = [None] * len(toks)
    if not mentions:
        return out
    k = 0
    ordered = sorted(mentions)
    for i, t in enumerate(toks):
        while k < len(ordered) and ordered[k].end <= t.start:
            k += 1
        if k < len(ordered) and ordered[k].start <= t.start:
            out[i] = ordered[k]
        elif i > 0 and out[i - 1] is not None and not toks[i - 1].possessive and _extends(out[i - 1], low[i]):
            out[i] = out[i - 1]
    return out


def _extends(m: Mention, word: str) -> bool:
    """ "Astrakhan" + "Oblast", "Islamic Development Bank" + "Group"."""
    return (word in _PLACE_NOUNS and is_region(m.code)) or (word == "group" and m.code.startswith("ORG:"))


def find_people(text: str, base: int, toks: list[Token], mentions: list[Mention]) -> list[Person]:
    if not any(norm(t.word) in _OFFICE_WORDS for t in toks):
        return []  # no office word, no person
    sent = _Sentence(text, base, toks, mentions)
    people: list[Person] = []
    for start, end in _chunks(sent):
        people.extend(_read_chunk(sent, start, end, {p.party for p in people}))
    return people


def _chunks(s: _Sentence) -> list[tuple[int, int]]:
    """Token ranges of capitalised words joined by title connectors and light punctuation."""
    chunks: list[tuple[int, int]] = []
    start = -1
    has_head = False
    n = len(s.toks)
    for i in range(n):
        if start >= 0 and not _joins(s, i):
            chunks.append((start, i))
            start = -1
        nxt_cap = i + 1 < n and (s.toks[i + 1].word[:1].isupper() or s.low[i + 1] == "the")
        low = s.low[i]
        if _capitalised(s, i):
            keep = True
        elif start < 0:
            keep = False
        elif low in _PLACE_NOUNS:
            keep = s.toks[i - 1].word[:1].isupper()
        elif low in _CONNECTORS:
            keep = nxt_cap or (low == "the" and i + 1 < n and _generic_word(s, i + 1))
        elif _generic_word(s, i):
            keep = i + 1 < n and s.toks[i + 1].word[:1].isupper()  # "Peter Kamau, the country's Minister ..."
        elif low in PARTICLES:
            keep = _particles_before_capital(s, i)
        elif low in _LOCATIVES:
            keep = nxt_cap and has_head
        else:
            keep = False
        if keep:
            if start < 0:
                start, has_head = i, False
            has_head = has_head or s.is_head(i)
        elif start >= 0:
            chunks.append((start, i))
            start = -1
    if start >= 0:
        chunks.append((start, n))
    out = []
    for a, b in chunks:
        while b > a and not s.toks[b - 1].word[:1].isupper():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _generic_word(s: _Sentence, i: int) -> bool:
    """ "the country's", "the State's": a possessive that stands for a side named before."""
    return s.toks[i].possessive and s.low[i] in _GENERIC_SIDES and i > 0 and s.low[i - 1] in ("the", "this", "that")


def _particles_before_capital(s: _Sentence, i: int) -> bool:
    """Whether the particles from token i on lead to a capitalised word: "de la Sierra", "van der Berg"."""
    j = i + 1
    while j < len(s.toks) and s.low[j] in PARTICLES and not s.toks[j].word[:1].isupper():
        j += 1
    return j < len(s.toks) and (s.toks[j].word[:1].isupper() or (j == i + 1 and s.low[j] == "the"))


def _capitalised(s: _Sentence, i: int) -> bool:
    word = s.toks[i].word
    if not word[:1].isupper():
        return False
    if s.low[i] not in _NOT_NAMES:
        return True
    # "Under-Secretary": a function word glued to an office.
    return i + 1 < len(s.toks) and s.gap(i + 1) == "-" and s.toks[i + 1].word[:1].isupper()


def _joins(s: _Sentence, i: int) -> bool:
    """Whether the gap before token i keeps it in the same chunk as token i-1."""
    gap = s.gap(i).replace("'s", "").replace("’s", "").strip()
    if gap in ("", ",", "(", ")", "),") or gap in _DASHES:
        return True
    return gap == "." and s.low[i - 1] in _ABBREVIATED  # "Dr. Kofi"


def _name_runs(s: _Sentence, a: int, b: int) -> list[_Run]:
    runs: list[_Run] = []
    i = a
    while i < b:
        j = _name_end(s, i, b)
        if j > i:
            runs.append(_Run(i, j))
        i = max(j, i + 1)
    return runs


def _name_end(s: _Sentence, i: int, b: int) -> int:
    """End of the personal name starting at token i (i itself when none does): capitalised words
    outside the lexicon, with particles before a name ("Omar Al Hashimi", "Le Van Minh")."""
    j = i
    kinds = s.kinds
    while j < b and (kinds[j] == "name" or (kinds[j] == "part" and j + 1 < b and kinds[j + 1] in ("name", "part"))):
        if j > i and not _inside_name(s, j):
            break
        j += 1
    while j > i and s.kinds[j - 1] == "part":
        j -= 1
    return j


def _inside_name(s: _Sentence, j: int) -> bool:
    """Whether token j continues the name of token j-1: a space, a hyphen or an initial's dot between
    them, not a comma or a bracket ("and the Diaspora, Ana Soto-Vera")."""
    return s.gap(j).strip() in ("", "-", ".")


def _trim_run(s: _Sentence, run: _Run, chunk_start: int) -> _Run:
    """Leading words of a long run that name a body or a place, not the person.

    "Chairman of Rail Vista Anna Kovac", "Energy and Mines Samir ...": after a connector the last
    two words are the name, a hyphenated surname counting as one ("the Diaspora Ana Soto-Vera");
    "Volga-Agro Ivan Petrov": a hyphenated pair before a full name is a firm.
    """
    start, end = run
    if end - start >= 3 and start > chunk_start and s.low[start - 1] in _BEFORE_BODIES:
        first, words = end, 0
        while first > start and words < 2:
            first -= 1
            if s.gap(first) != "-":
                words += 1
        start = first
    if end - start >= 4 and s.gap(start + 1) == "-":
        start += 2
    if end - start >= 3 and start > chunk_start and _portfolio_adjective(s, start, end):
        start += 1  # "... and Peruvian Expatriates Luis Vera": the field the adjective qualifies
    return _Run(start, end)


def _read_chunk(s: _Sentence, a: int, b: int, claimed_before: set[str | None]) -> list[Person]:
    """People in tokens [a, b): each name run with the title before it, or else the one after its comma."""
    runs = [_trim_run(s, r, a) for r in _name_runs(s, a, b)]
    people: list[Person] = []
    cursor = a  # tokens before the cursor belong to an earlier person
    for k, run in enumerate(runs):
        if run.start < cursor:
            continue
        size = run.end - run.start
        names = sum(1 for i in range(run.start, run.end) if s.kinds[i] == "name")  # "Faisal bin Farhan Al Saud"
        nxt = s.low[run.end] if run.end < b else ""
        if not (2 <= size <= 6 and names <= 4) or nxt in ("of", "for", "on"):
            if size >= 2:
                cursor = run.end
            continue
        title, side, anchor, generic = _title(s, cursor, run.start)
        taken_to = run.end
        if title is None and run.end < b and s.gap(run.end).startswith(","):
            end = _postposed_end(s, runs[k + 1:], run.end, b)
            title, side, _, generic = _title(s, run.end, end)
            anchor = s.toks[run.start].start
            if title is not None:
                # "A, Minister of X, and B, ...": A's title is not B's.
                taken_to = end
        cursor = taken_to
        if title is None:
            continue
        if side is None:
            claimed = {p.party for p in people} | claimed_before
            side = _generic_side(s, anchor, claimed, generic) if generic else _side_from_context(s, anchor, claimed)
        people.append(_person(s, run, title, side))
    return people


def _postposed_end(s: _Sentence, later: list[_Run], start: int, b: int) -> int:
    """Where a title written after the name ends: at ", and", or at the next person's name.

    A name-like run inside the title ("Head of Unit for South-East Asia at the ...") follows a
    connector and is followed by more of the title; a person's name is not.
    """
    end = b
    for r in later:
        if r.end - r.start < 2:
            continue
        after_conn = s.kinds[r.start - 1] == "conn"
        closes = r.end >= b or "," in s.gap(r.end)
        if not after_conn or closes:
            end = r.start
            break
    for i in range(start + 1, end):
        if s.low[i] == "and" and "," in s.gap(i):
            return i
    return end


def _person(s: _Sentence, run: _Run, title: str, side: str | None) -> Person:
    start, end = s.toks[run.start].start, s.toks[run.end - 1].end
    # Hyphenated given names ("Kim Dong-yeon"): the lower-case part is not a token of its own run.
    tail = _HYPHENATED.match(s.text, end - s.base)
    if tail:
        end += len(tail.group())
    name = s.text[start - s.base:end - s.base]
    return Person(name, title or None, side, start, end, s.base, s.base + len(s.text))


def _side_from_context(s: _Sentence, anchor: int, claimed: set[str | None]) -> str | None:
    """The latest side named before the person and not yet taken by another person.

    "a delegation of Jiangsu Province of China headed by Vice Governor ...": the region, which is
    the more specific side, rather than its country.
    """
    before = [m for m in s.mentions if m.end <= anchor and m.code and m.code not in claimed]
    if not before:
        return None
    last = before[-1]
    if len(before) >= 2 and not is_region(last.code) and parent_of(before[-2].code) == last.code:
        return before[-2].code
    return last.code


def _generic_side(s: _Sentence, anchor: int, claimed: set[str | None], kind: str) -> str | None:
    """The side a generic possessive stands for ("the State's", "the country's"): the one side of
    that kind named before the person and not yet taken, else none rather than a guess."""
    codes = {m.code for m in s.mentions if m.end <= anchor and _names_side(m) and m.code not in claimed
             and not m.code.startswith("ORG:") and is_region(m.code) == (kind == "region")}
    return codes.pop() if len(codes) == 1 else None


def _title(s: _Sentence, a: int, b: int) -> tuple[str | None, str | None, int, str | None]:
    """Title text (side's name removed), the side it names, the offset where the title starts, and
    the kind of side a generic possessive before it stands for ("the State's" -> "region").

    Returns (None, None, -1, None) when tokens [a, b) hold no office word.
    """
    head = next((i for i in range(a, b) if s.is_head(i)), None)
    if head is None:
        return None, None, -1, None
    start = _title_start(s, a, head)
    generic = _generic_possessive(s, a, start)
    side = None if generic else _prefix_side(s, a, start)
    end = b
    while end > start and (s.kinds[end - 1] in ("conn", "hon") or _parenthesised_acronym(s, end - 1)
                           or (end - 1 > head and s.low[end - 1] in _STYLES)):
        end -= 1
    phrases = _side_phrases(s, head, end)
    if side is None:
        side = _main_side(phrases)
    drop = {side, parent_of(side)} if side else set()
    cut = [p for p in phrases if p.code in drop and not _keeps_organisation(s, p, start, end)]
    return _join_kept(s, start, end, cut), side, s.toks[start].start, None if side else generic


def _title_start(s: _Sentence, a: int, head: int) -> int:
    """First token of the office: back from the first office word over the words that qualify it,
    stopping at a side's name, a possessive, a connector or a dash ("NEWS – Prime Minister")."""
    start = head
    while start > a:
        prev = start - 1
        if s.kinds[prev] not in ("title", "name", "part") or s.toks[prev].possessive:
            break
        gap = s.gap(start)
        if "," in gap or (gap.strip() in _DASHES and gap != gap.strip()):
            break
        start = prev
    while start < head and s.kinds[start] in ("part", "hon"):
        start += 1
    return start


def _generic_possessive(s: _Sentence, a: int, start: int) -> str | None:
    """ "the State's Minister": the kind of side the possessive stands for, or None."""
    last = start - 1
    if last < max(a - 1, 1) or s.gaz[last] is not None or not _generic_word(s, last):
        return None
    return _GENERIC_SIDES[s.low[last]]


def _prefix_side(s: _Sentence, a: int, start: int) -> str | None:
    """The side written before the office: "Korea's", "Serbian", "the Sindh Provincial Government's"."""
    if start <= a:
        return None
    last = start - 1
    if s.toks[last].possessive:
        first = last
        while first > a and s.kinds[first - 1] in ("gaz", "title", "name", "part"):
            first -= 1
        codes = [m.code for m in s.gaz[first:last + 1] if m is not None and _names_side(m)]
        return codes[-1] if codes else None
    m = s.gaz[last]
    if _names_side(m) and s.gap(start).strip() == "":
        return m.code
    return None


def _side_phrases(s: _Sentence, head: int, end: int) -> list[_SidePhrase]:
    """The places in a title that name a side, from the first office word on."""
    phrases: list[_SidePhrase] = []
    i = head
    while i < end:
        phrase, i = _phrase_at(s, i, end)
        if phrase is not None:
            phrases.append(phrase)
    return phrases


def _phrase_at(s: _Sentence, i: int, end: int) -> tuple[_SidePhrase | None, int]:
    """The side phrase starting at token i, if any, and the token to read next."""
    low, m = s.low[i], s.gaz[i]
    if low in _OF and (low == "of" or (i + 1 < end and s.gaz[i + 1] is not None)):
        found = _of_phrase(s, i, end)
        return (found, found.end) if found else (None, i + 1)
    nxt = s.gaz[i + 1] if i + 1 < end else None
    if low == "in" and nxt is not None and is_region(nxt.code):
        j = _mention_end(s, i + 1, end)
        return _SidePhrase(i, j, nxt.code, "in"), j  # "Governor in Samtskhe-Javakheti"
    if not _names_side(m):
        return None, i + 1
    j = _mention_end(s, i, end)
    if s.low[i - 1] == "to" or _paired(s, i, j):
        return None, j  # "Ambassador to Georgia"; "Kazakh-Chinese Business Council", a body of both sides
    if _portfolio_adjective(s, j, end):
        return None, j  # "Minister of Foreign Affairs, African Cooperation and Peruvian Expatriates"
    if m.form == "demonym" or (j < end and s.kinds[j] == "title"):
        return _SidePhrase(i, j, m.code, "adj"), j  # "Uzbek Government", "Kuwait Chamber"
    return None, j


def _portfolio_adjective(s: _Sentence, j: int, end: int) -> bool:
    """Whether the demonym ending at token j-1 qualifies a field of the office, not the office's side:
    it follows "and", "for", "of" or a comma and does not qualify a body ("Peruvian Expatriates",
    "Afghan Affairs"; but "of the Uzbek Government", "Head of Uzbek Government")."""
    m = s.gaz[j - 1]
    if m is None or m.form != "demonym":
        return False
    i = j - 1
    while i > 0 and s.gaz[i - 1] is m:
        i -= 1
    if i == 0 or not ("," in s.gap(i) or s.low[i - 1] in ("and", "for", "of")):
        return False
    return j < end and s.kinds[j] != "gaz" and norm(s.toks[j].word) not in _BODIES


def _names_side(m: Mention | None) -> bool:
    """Whether a mention can name a person's side inside a title: not a capital ("Mayor of Ankara"
    is the city's) and not a geographic name the gazetteer only consumes ("Caspian Sea")."""
    return m is not None and bool(m.code) and m.form != "capital"


def _paired(s: _Sentence, i: int, j: int) -> bool:
    """Whether tokens [i, j) are hyphenated to another capitalised word."""
    before = i > 0 and s.gap(i) == "-" and s.toks[i - 1].word[:1].isupper()
    after = j < len(s.toks) and s.gap(j) == "-" and s.toks[j].word[:1].isupper()
    return before or after


def _of_phrase(s: _Sentence, of: int, end: int) -> _SidePhrase | None:
    """ "of [the] [long form] Name [(ACRONYM)]" closing a noun phrase of the title."""
    j = of + 1
    codes: list[str] = []
    region_form = False
    while j < end:
        m = s.gaz[j]
        if _names_side(m):
            codes.append(m.code)
            j = _mention_end(s, j, end)
        elif not codes and s.low[j] in _STATE_FORM:
            j += 1
        elif not codes and s.low[j] in _REGION_FORM and s.low[j - 1] == "the" and j + 1 < end and s.low[j + 1] == "of":
            region_form = True  # "of the Department of Santa Cruz"
            j += 2
        elif codes and s.low[j] == "of" and j + 1 < end and s.gaz[j + 1] is not None:
            j += 1  # "of Jeju Province of South Korea"
        else:
            break
    if not codes or (j < end and s.kinds[j] == "title" and not _parenthesised_acronym(s, j)):
        return None  # "of the Kuwait Chamber ...": the name qualifies a body, see _side_phrases
    regions = [c for c in codes if is_region(c)]
    if region_form and not regions:
        return None
    return _SidePhrase(of, j, regions[0] if regions else codes[-1], "of")


def _mention_end(s: _Sentence, i: int, end: int) -> int:
    m = s.gaz[i]
    j = i + 1
    while j < end and s.gaz[j] is m:
        j += 1
    return j


def _parenthesised_acronym(s: _Sentence, i: int) -> bool:
    return s.toks[i].word.isupper() and s.gap(i).strip() == "("


def _main_side(phrases: list[_SidePhrase]) -> str | None:
    for kind in ("of", "adj", "in"):
        for p in phrases:
            if p.kind == kind:
                return p.code
    return None


def _keeps_organisation(s: _Sentence, p: _SidePhrase, start: int, end: int) -> bool:
    """An organisation stays in the title unless its own name is the whole body of the office:
    "President of the African Development Bank Group" -> "President", but "Deputy Secretary General
    of the European External Action Service" and "Head of Unit ... of the European Commission" as written."""
    if not p.code.startswith("ORG:") or p.kind != "of":
        return False
    office_only = all(s.kinds[i] == "title" for i in range(start, p.start))
    return not (office_only and p.end >= end and _own_name(s, p))


def _own_name(s: _Sentence, p: _SidePhrase) -> bool:
    """Whether the phrase calls the organisation by its name or acronym, not by one of its bodies."""
    words = [norm(s.toks[i].word) for i in range(p.start, p.end) if s.gaz[i] is not None]
    if words and words[-1] == "group":
        words.pop()
    info = party_info(p.code)
    written = " ".join(words).replace("organisation", "organization")
    return written == p.code[4:].lower() or (info is not None and written == norm(info.name).replace("organisation", "organization"))


def _join_kept(s: _Sentence, start: int, end: int, cut: list[_SidePhrase]) -> str | None:
    removed = {i for p in cut for i in range(p.start, p.end)}
    kept = [i for i in range(start, end) if i not in removed]
    while kept and s.kinds[kept[-1]] in ("conn", "hon"):
        kept.pop()
    if not kept:
        return None
    parts = [s.span(kept[0], kept[0] + 1)]
    for prev, i in zip(kept, kept[1:]):
        parts.append(s.gap(i) + s.span(i, i + 1) if i == prev + 1 else " " + s.span(i, i + 1))
    title = " ".join("".join(parts).split()).strip(" ,-–—(")
    return title or None

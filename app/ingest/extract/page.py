"""The reading stage: from a page as it was scraped to the story it carries.

A page may wrap the story in site chrome (section labels, time stamps, view counters, photo
credits, "See also" teasers, bylines, the headline twice), break its lines every 60 characters,
indent them, and open the story with a syndication prefix and a dateline. `read_page` drops the
chrome, joins wrapped lines, and reads the headline, the dateline, the credited agency and the
publication date. The story text is assembled from pieces of the page, and `Page.origin` maps
every offset of it back to the page, so evidence spans still point into the stored article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from app.ingest.extract.stamps import find_date, full_date, month_day

_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\r": " ", "\ufeff": " "})
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

# Whole lines that are site furniture, whatever the site.
_CHROME_LINES = re.compile(
    r"^(?:"
    r"(?:views?|просмотр\w*)\s*:?\s*[\d\s.,]+k?|[\d\s.,]+\s*(?:views?|reads?|просмотр\w*)"
    r"|(?:reading\s+time\s*:?\s*)?\d+\s*min(?:ute)?s?(?:\s+read)?|reading\s+time\s*:?.*"
    r"|(?:photo(?:s|graph)?(?:\s+gallery)?|gallery|image|picture|video|source\s+of\s+photo)\b\s*(?:[:©|·•/\-–—].*)?"
    r"|(?-i:By|Written\s+by|Author|Text|Story\s+by|Reporting\s+by)\s*:?\s+[^\s.].{0,60}"
    r"|print(?:\s+version)?|share(?:\s+this)?(?:\s+article)?|tweet|e-?mail|comments?(?:\s*\(?\d+\)?)?|advertisement|"
    r"subscribe\b.*|follow\s+us\b.*|tags?\s*:.*|top\s+stories|latest\s+(?:news|updates|stories)|most\s+read|back\s+to\s+top"
    r"|[A-Z]{2,6}(?:-[A-Z0-9]+){2,}"
    r"|(?:most\s+read|see\s+also|related|read\s+(?:also|more)|also\s+read|more\s+news|editor'?s\s+picks?|trending)\s*:\s*\S.*"
    r")$",
    re.I,
)
_TEASER_MARK = re.compile(
    r"^(?:see\s+also|related(?:\s+(?:news|stories|articles|posts|reading))?|read\s+(?:also|more|next)|also\s+read|"
    r"more\s+on\s+(?:this|the)\s+(?:topic|subject)|you\s+may\s+also\s+like|recommended)\s*:?\s*$",
    re.I,
)
_BYLINE_OUTLET = re.compile(r"^[^|]{3,60}\|\s*(?P<outlet>[^|]{3,80})$")
_YEAR_ABBREVIATION = re.compile(r"\s+(?:г|гг|ж|y|yil)\.$")  # "14 сентября 2022 г." is a stamp, not a sentence
_STAMP_EXTRAS = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\b(?:GMT|UTC)\s*[+\-−]?\s*\d*|\b[AP]M\b", re.I)
_BODY_WORDS = frozenset(
    "Bank Group Fund Union Organization Organisation Council Committee Commission Ministry Office Agency "
    "Region Province Republic State Oblast Krai Government Administration Corporation Company Forum".split()
)
_JOIN_WORDS = frozenset("the of and to for in on at with from by a an".split())


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offsets of the line's content in the page, indentation and trailing blanks excluded
    end: int
    text: str


@dataclass(slots=True)
class _Story:
    """The story text assembled from page pieces, with the page offset of each piece."""

    page: str
    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    length: int = 0

    def copy(self, start: int, end: int) -> None:
        self._add(self.page[start:end].translate(_SPACES), start)

    def put(self, char: str, at: int) -> None:
        """A separator standing for the page character at `at` (the line break it replaces)."""
        self._add(char, at)

    def _add(self, piece: str, origin: int) -> None:
        if piece:
            self.parts.append(piece)
            self.starts.append(self.length)
            self.origins.append(origin)
            self.length += len(piece)

    def origin(self, pos: int) -> int:
        i = max(bisect_right(self.starts, pos) - 1, 0)
        return self.origins[i] + (pos - self.starts[i]) if self.starts else pos


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    country: str | None
    month_day: tuple[int, int] | None
    on: date | None
    agency: str | None
    length: int


@dataclass(frozen=True, slots=True)
class Page:
    text: str  # the story: paragraphs one per line, wrapped lines joined, dateline and prefix removed
    headline: str | None
    published_on: date | None
    stamped_on: date | None  # the date a stamp or the dateline gives, header aside
    dateline: str | None
    dateline_country: str | None
    dateline_month_day: tuple[int, int] | None
    agency: str | None
    _story: _Story
    _skip: int

    def origin(self, pos: int) -> int:
        """The page offset of story offset `pos`."""
        return self._story.origin(pos + self._skip)

    def origin_end(self, end: int) -> int:
        """The page offset just after story offset `end - 1` (for half-open spans)."""
        return self.origin(end - 1) + 1 if end > 0 else self.origin(0)


def read_page(page: str) -> Page:
    lines, header = _lines(page)
    blocks = _blocks(lines)
    top, story_blocks = _split_top(blocks)
    story = _Story(page)
    for i, block in enumerate(story_blocks):
        if i:
            story.put("\n", block[0].start - 1)
        _join(story, block)
    text = "".join(story.parts)
    line = _dateline(text)
    skip = line.length if line else 0
    while skip < len(text) and text[skip].isspace():
        skip += 1
    stamped = _stamp(top)
    if line and line.on and stamped is None:
        stamped = line.on
    return Page(
        text=text[skip:],
        headline=_headline(top),
        published_on=header or stamped,
        stamped_on=stamped,
        dateline=line.place if line else None,
        dateline_country=line.country if line else None,
        dateline_month_day=line.month_day if line else None,
        agency=line.agency if line else _outlet(top),
        _story=story,
        _skip=skip,
    )


def _lines(page: str) -> tuple[list[_Line | None], date | None]:
    """Content lines with page offsets (None for a blank line), and the ` date` header's date."""
    out: list[_Line | None] = []
    header: date | None = None
    pos = 0
    first = True
    for raw in page.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if first and raw.strip():
            first = False
            m = _HEADER.match(raw)
            if m:
                header = _safe_date(int(m[1]), int(m[2]), int(m[3]))
                start += m.end()
        cleaned = page[start:end].translate(_SPACES)
        lead = len(cleaned) - len(cleaned.lstrip())
        trail = len(cleaned.rstrip())
        out.append(_Line(start + lead, start + trail, cleaned.strip()) if cleaned.strip() else None)
    return out, header


def _blocks(lines: list[_Line | None]) -> list[list[_Line]]:
    """Runs of lines between blank lines, with "See also" teasers taken out."""
    blocks: list[list[_Line]] = []
    cur: list[_Line] = []
    teaser = skipped = False
    for ln in lines:
        if ln is None:
            if cur:
                blocks.append(cur)
            if cur or skipped:
                teaser = skipped = False
            cur = []
            continue
        if _TEASER_MARK.match(ln.text):
            teaser = True
            continue
        if teaser:
            skipped = True
            continue
        cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


def _reads_as_prose(block: list[_Line]) -> bool:
    text = " ".join(ln.text for ln in block)
    return len(_WORD.findall(text)) >= 8 and bool(_SENTENCE_END.search(text)) and not _is_chrome(block[-1].text)


def _split_top(blocks: list[list[_Line]]) -> tuple[list[_Line], list[list[_Line]]]:
    """Lines before the story (chrome, headline, stamps) and the story's paragraphs."""
    for i, block in enumerate(blocks):
        if _reads_as_prose(block):
            top = [ln for b in blocks[:i] for ln in b]
            lead = 0
            while lead < len(block) - 1 and _standalone(block[lead], block[lead + 1]):
                lead += 1
            top.extend(block[:lead])
            story = [block[lead:]] + [b for b in blocks[i + 1:] if _story_paragraph(b)]
            return top, [[ln for ln in b if not _is_chrome(ln.text)] for b in story if b]
    # A note too short to tell prose from furniture: its sentences are the story.
    ends = [bool(_SENTENCE_END.search(b[-1].text)) and not _is_chrome(b[-1].text) for b in blocks]
    return [ln for b, e in zip(blocks, ends) if not e for ln in b], [b for b, e in zip(blocks, ends) if e]


def _standalone(line: _Line, nxt: _Line) -> bool:
    """A line that does not run on into the next one: a label, stamp or headline above the story."""
    if _is_chrome(line.text):
        return True
    if _SENTENCE_END.search(line.text) or line.text.endswith((",", ";", "-", "–")):
        return False
    last = line.text.rsplit(None, 1)[-1].lower()
    return len(line.text) < 30 and last not in _JOIN_WORDS and not nxt.text[:1].islower()


def _story_paragraph(block: list[_Line]) -> bool:
    """After the story has begun, a block without a sentence end is a heading or a teaser."""
    kept = [ln for ln in block if not _is_chrome(ln.text)]
    if not kept:
        return False
    text = " ".join(ln.text for ln in kept)
    return bool(_SENTENCE_END.search(text)) or len(_WORD.findall(text)) > 12


@lru_cache(maxsize=8192)
def _is_chrome(text: str) -> bool:
    if text[:1].islower():
        return False  # a line that starts in lower case runs on from the line above
    if _CHROME_LINES.match(text):
        return True
    return _is_stamp(text)


def _is_stamp(text: str) -> bool:
    """A date with at most a time, a weekday, a label or a counter around it."""
    found = find_date(text)
    if found is None:
        return False
    rest = _STAMP_EXTRAS.sub(" ", text[:found[1]] + " " + text[found[2]:])
    words = [w for w in _WORD.findall(rest) if not w.isdigit()]
    return len(words) <= 3 and not _SENTENCE_END.search(_YEAR_ABBREVIATION.sub("", text))


def _join(story: _Story, block: list[_Line]) -> None:
    """Hard-wrapped lines become one paragraph; a word broken at a hyphen is joined without a space."""
    for i, ln in enumerate(block):
        if i:
            prev = block[i - 1]
            if not (prev.text.endswith("-") and prev.text[-2:-1].isalpha()):
                story.put(" ", prev.end)
        story.copy(ln.start, ln.end)


def _headline(top: list[_Line]) -> str | None:
    """The last line above the story that reads like a headline (a byline or label is too short)."""
    candidates = [t for t in _top_lines(top) if not _is_chrome(t) and len(_WORD.findall(t)) >= 4
                  and not _BYLINE_OUTLET.match(t)]
    return candidates[-1] if candidates else None


def _top_lines(top: list[_Line]) -> list[str]:
    """Lines above the story, with a wrapped headline or portal name joined again."""
    out: list[str] = []
    open_end = runs_on = False
    previous = ""
    for ln in top:
        chrome = _is_chrome(ln.text) or bool(_BYLINE_OUTLET.match(ln.text))
        if out and not chrome and ln.text != previous and (runs_on or (open_end and _continues(ln.text))):
            out[-1] = f"{out[-1]} {ln.text}"
        else:
            out.append(ln.text)
        last = ln.text.rsplit(None, 1)[-1].lower()
        open_end = not chrome and not _SENTENCE_END.search(ln.text)
        runs_on = open_end and (last in _JOIN_WORDS or ln.text.endswith((",", "-", "–", "—")))
        open_end = open_end and len(ln.text) >= 40
        previous = ln.text
    return out


def _continues(text: str) -> bool:
    """Whether a line can be the rest of a wrapped one; an author's name alone on a line cannot."""
    words = text.split()
    if text[:1].islower() or text[:1].isdigit():
        return True
    person_like = len(words) <= 3 and all(w[:1].isupper() for w in words) and not _BODY_WORDS.intersection(words)
    return not person_like


def _stamp(top: list[_Line]) -> date | None:
    for ln in top:
        d = full_date(ln.text)
        if d is not None:
            return d
    return None


def _outlet(top: list[_Line]) -> str | None:
    for ln in top:
        m = _BYLINE_OUTLET.match(ln.text)
        if m and not _is_chrome(ln.text) and not full_date(ln.text):
            return m["outlet"].strip()
    return None


# ---- dateline -------------------------------------------------------------------------------

_PAREN = re.compile(r"\(\s*([^()\n]{2,80}?)\s*\)")
_CAPS_WORD = re.compile(r"[^\W\d_][^\W\d_'’.]*")
_SEP = re.compile(r"\s*([,.:])?\s*")
_DASH = re.compile(r"\s*[–—-]{1,2}\s+|\s*[–—]\s*")
_SLASHED = re.compile(r"/\s*([^/\n]{2,60}?)\s*/")  # "DUSHANBE, 18.09.2024 /NIAT «Khovar»/"
_TITLE_PLACE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}(?=,\s)")
_COUNTRY = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}(?=,\s)")


def _dateline(text: str) -> Dateline | None:
    """`(Agency) PLACE, Country, Month D. ` and its kin: `PLACE. AGENCY – `, `PLACE, DD.MM.YYYY. (Agency) – `."""
    pos, agency = 0, None
    m = _PAREN.match(text)
    if m:
        agency, pos = m[1], m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    place_end = _caps_run(text, pos, min_letters=3)
    if place_end is None:
        # "Addis Ababa, March 14/2024(ENA) –": a place in title case only with a date right after it.
        title_place = _TITLE_PLACE.match(text, pos)
        if title_place is None or month_day(text, title_place.end() + 2) is None:
            return None
        place_end = title_place.end()
    place = text[pos:place_end].rstrip(".")
    pos = place_end
    country = None
    when: tuple[int, int] | None = None
    on: date | None = None
    ended = False
    for _ in range(5):
        sep = _SEP.match(text, pos)
        after = sep.end() if sep else pos
        d = _DASH.match(text, pos) or (_DASH.match(text, after) if sep and sep.group(1) == "." else None)
        if d and (when or agency or sep is None or sep.group(1) in (None, ".")):
            pos, ended = d.end(), True
            break
        if (md := month_day(text, after)) is not None:
            (when, on), pos = md[:2], md[2]
            continue
        if country is None and when is None and sep and sep.group(1) == "," and (c := _COUNTRY.match(text, after)):
            rest = _SEP.match(text, c.end())
            if rest and month_day(text, rest.end()):
                country, pos = c.group(), c.end()
                continue
        if (p := _PAREN.match(text, after) or _SLASHED.match(text, after)) is not None:
            agency, pos = p[1], p.end()
            continue
        if sep and sep.group(1) == "." and (caps := _caps_run(text, after, min_letters=2)) and _DASH.match(text, caps):
            agency, pos = _title_case(text[after:caps]), caps
            continue
        if sep and sep.group(1) in (".", ":") and (when or place_end == pos) and _lede_starts(text, after):
            pos, ended = after, True
        break
    if not ended or not _lede_starts(text, pos):
        return None
    return Dateline(_title_case(place), country, when, on, _agency(agency), pos)


def _caps_run(text: str, pos: int, min_letters: int) -> int | None:
    """End of a run of upper-case words at `pos` ("NEW DELHI", "JALAL-ABAD", "ŞIRNAK")."""
    end, letters = pos, 0
    while True:
        m = _CAPS_WORD.match(text, end)
        if not m or not m.group().rstrip(".").isupper():
            break
        letters += sum(c.isalpha() for c in m.group())
        end = m.end()
        if end < len(text) and text[end] in " -" and end + 1 < len(text) and text[end + 1].isalpha() and text[end + 1].isupper():
            end += 1
            continue
        break
    if letters < min_letters:
        return None
    return end


def _lede_starts(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isupper() or text[pos].isdigit() or text[pos] in "\"“'‘(")


def _agency(raw: str | None) -> str | None:
    """"SyndiGate – Andes Business Wire" -> the agency itself; "X Wire via Y Syndication" -> X Wire."""
    if not raw:
        return None
    name = re.split(r"\s+via\s+", raw)[0]
    name = re.split(r"\s*[–—]\s*|\s+-\s*|\s*-\s+", name)[-1].strip()
    return name or None


def _title_case(place: str) -> str:
    return "-".join(" ".join(w[:1].upper() + w[1:].lower() for w in part.split()) for part in place.split("-"))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None

"""From article text to an `Extraction`: sides first, then events, people, documents, figures, sectors."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.ingest.extract import dates, events
from app.ingest.extract.agreements import DocMention, find_documents
from app.ingest.extract.gazetteer import Mention, find_mentions, is_region, mentions_in, parent_of
from app.ingest.extract.money import Figure, find_figures
from app.ingest.extract.people import Person, find_people
from app.ingest.extract.records import (
    Agreement, Extraction, Meeting, Participant, SectorMention, Span, TradeFigure,
)
from app.ingest.extract.sectors import find_sectors
from app.ingest.extract.text import Sentence, layout, sentences, source, tokens

_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|via|through)\s+(?:the\s+)?$", re.I)
_SIGNED = re.compile(r"\b(?:signed|inked)\b", re.I)
_TALKS = re.compile(r"\btalks\b|\bmet\b|\bheld\s+a\s+meeting\b", re.I)
_COOPERATION = re.compile(r"\b(?:discuss\w*|agreed|cooperat\w*|partnership|talks|relations|signed)\b", re.I)
_COUNTRIES = re.compile(r"\bcountries\b", re.I)
_BOTH_SIDES = re.compile(r"\b(?:bilateral|mutual|two\s+countries|two\s+sides|both\s+sides|the\s+countries)\b", re.I)
_ANAPHOR = re.compile(r"^\s*(?:in\s+[^,]+,\s*)?(?:it|this|the\s+figure|the\s+indicator)\b", re.I)
_FORUM_REF = re.compile(r"\bat\s+the\s+(?:forum|exhibition|fair)\b", re.I)
_SESSION_REF = re.compile(r"\b(?:the\s+commission|the\s+session|the\s+council|the\s+working\s+group)\b", re.I)


@dataclass(slots=True)
class _Read:
    sent: Sentence
    mentions: list[Mention]
    people: list[Person]
    docs: list[DocMention]
    figures: list[Figure]
    event: events.EventMention | None


@dataclass(slots=True)
class _Event:
    meeting: Meeting
    explicit_date: bool = False
    people: list[Person] = field(default_factory=list)


def _read(sent: Sentence, published: date | None) -> _Read:
    toks = tokens(sent.text, sent.start)
    mentions = find_mentions(toks)
    docs = find_documents(sent.text)
    signed = bool(docs) or bool(_SIGNED.search(sent.text))
    place_names = {sent.text[m.start - sent.start:m.end - sent.start] for m in mentions if not is_region(m.code)}

    def is_place(name: str) -> bool:
        return name.strip() in place_names

    event = events.detect(sent.text, is_place, bool(docs), signed)
    return _Read(sent, mentions, find_people(sent.text, sent.start, toks, mentions), docs,
                 find_figures(sent.text, published), event)


def _sides(reads: list[_Read], dateline_country: str | None) -> list[str]:
    found: list[str] = []
    for r in reads[:2]:
        for m in r.mentions:
            before = r.sent.text[:m.start - r.sent.start]
            if is_region(m.code) and _LOCATIVE.search(before):
                continue
            if m.code not in found:
                found.append(m.code)
        if len(found) >= 2:
            break
    found = _drop_parents(found)
    if len(found) == 1 and dateline_country:
        host = [m.code for m in mentions_in(dateline_country) if not is_region(m.code)]
        if host and host[0] != found[0] and host[0] != parent_of(found[0]):
            found.append(host[0])
    return found


def _drop_parents(codes: list[str]) -> list[str]:
    parents = {parent_of(c) for c in codes if is_region(c)}
    return [c for c in codes if c not in parents]


def _regional_officials(reads: list[_Read], sides: list[str]) -> list[str]:
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


def _person_party(code: str | None, sides: list[str]) -> str | None:
    if code is None:
        return None
    if code not in sides:
        for s in sides:
            if parent_of(s) == code:
                return s
    return code


def extract(text: str) -> Extraction:
    lay = layout(text)
    sents = sentences(text, lay.body_start)
    published = lay.published_on
    if published is None and lay.dateline_month_day:
        for s in sents[:3]:
            d = dates.explicit_day(s.text, None)
            if d and (d.month, d.day) == lay.dateline_month_day:
                published = d
                break
    reads = [_read(s, published) for s in sents]
    src = source(sents[0].text) if sents else None
    empty = Extraction(published, src, lay.dateline, lay.title, [], [], [], [])
    sides = _sides(reads, lay.dateline_country)
    if len(sides) < 2:
        return empty
    sides = _regional_officials(reads, sides)
    for r in reads:
        for p in r.people:
            p.party = _person_party(p.party, sides)
    evs = _events(reads, sides, published, lay.dateline, lay.dateline_country)
    if not evs and not _COOPERATION.search(sents[0].text):
        return empty
    return Extraction(
        published, src, lay.dateline, lay.title, sides,
        [e.meeting for e in evs], _sectors(reads), _figures(reads, sides, published),
    )


def _new_event(kind: str, m: events.EventMention, sides: list[str], span: Span) -> _Event:
    return _Event(Meeting(kind, m.status, None, m.location, list(sides), m.commission, m.session_number, span))


def _find(evs: list[_Event], m: events.EventMention, sent_text: str, people: list[Person]) -> _Event | None:
    same = [e for e in evs if e.meeting.status == m.status]
    if m.kind == "commission_session":
        sessions = [e for e in same if e.meeting.kind == "commission_session"]
        if m.session_number is not None:
            hit = [e for e in sessions if e.meeting.session_number == m.session_number]
            if hit:
                return hit[-1]
            if m.status == "held" and sessions and sessions[-1].meeting.session_number is None:
                return sessions[-1]
            return None
        return sessions[-1] if sessions else None
    if m.kind in ("video_conference", "phone_call", "business_forum", "other"):
        hit = [e for e in same if e.meeting.kind == m.kind]
        return hit[-1] if hit else None
    if m.kind == "visit":
        hit = [e for e in same if e.meeting.kind == "visit"]
        if hit and (m.back_reference or (m.location and hit[-1].meeting.location == m.location)):
            return hit[-1]
        return None
    if m.kind == "bilateral_meeting":
        hit = [e for e in same if e.meeting.kind in ("bilateral_meeting", "signing_ceremony")]
        if hit and hit[-1].meeting.kind == "signing_ceremony":
            return hit[-1]
        if hit and m.status == "held" and not _fresh_meeting(sent_text) and not _new_faces(hit[-1], people):
            return hit[-1]
        return None
    return None


def _new_faces(ev: _Event, people: list[Person]) -> bool:
    known = {p.name.split()[-1].lower() for p in ev.people}
    return len(known) >= 2 and any(p.name.split()[-1].lower() not in known for p in people)


def _fresh_meeting(sent: str) -> bool:
    return bool(re.search(r"\b(?:separate|another|also\s+met|later|then)\b", sent, re.I))


def _events(reads: list[_Read], sides: list[str], published: date | None, dateline: str | None,
            dateline_country: str | None) -> list[_Event]:
    evs: list[_Event] = []
    pending: list[Person] = []
    seen_kinds: set[str] = set()
    for r in reads:
        m = r.event
        target: _Event | None = None
        if m is not None:
            if m.kind == "signing":
                if _FORUM_REF.search(r.sent.text):
                    target = next((e for e in reversed(evs) if e.meeting.kind == "business_forum"), None)
                elif _SESSION_REF.search(r.sent.text):
                    target = next((e for e in reversed(evs) if e.meeting.kind == "commission_session"), None)
                if target is None:
                    target = next((e for e in reversed(evs) if e.meeting.status == m.status), None)
                if target is None and r.docs:
                    target = _new_event("signing_ceremony", m, sides, r.sent.span)
                    evs.append(target)
                    _date(target, r.sent.text, published, None, m.status)
            else:
                target = _find(evs, m, r.sent.text, r.people)
                if target is None:
                    target = _new_event(m.kind, m, sides, r.sent.span)
                    prev = evs[-1].meeting.date if evs else None
                    evs.append(target)
                    _date(target, r.sent.text, published, prev, m.status)
                else:
                    if m.kind == "bilateral_meeting" and target.meeting.kind == "signing_ceremony":
                        target.meeting.kind = "bilateral_meeting"
                    if not target.explicit_date:
                        _date(target, r.sent.text, published, target.meeting.date, m.status, only_explicit=True)
                if target is not None:
                    if target.meeting.location is None and m.location:
                        target.meeting.location = m.location
                    if target.meeting.commission is None and m.commission:
                        target.meeting.commission = m.commission
        if target is not None:
            have = {a.kind for e in evs for a in e.meeting.agreements}
            for d in r.docs:
                if d.back_reference and d.kind in have:
                    continue
                target.meeting.agreements.append(Agreement(d.kind, d.title, r.sent.span))
                have.add(d.kind)
            target.people.extend(pending)
            pending = []
            target.people.extend(r.people)
        elif evs:
            evs[-1].people.extend(r.people)
        else:
            pending.extend(r.people)
    if evs and pending:
        evs[0].people.extend(pending)
    whole = " ".join(r.sent.text for r in reads)
    if not any(e.meeting.kind == "bilateral_meeting" for e in evs) and _TALKS.search(whole):
        for e in evs:
            if e.meeting.kind == "signing_ceremony":
                e.meeting.kind = "bilateral_meeting"
                break
    for i, e in enumerate(evs):
        mt = e.meeting
        if mt.location is None and mt.status == "held" and mt.kind not in ("phone_call", "video_conference", "visit"):
            if dateline and dateline != dateline_country and i == _first_held(evs):
                mt.location = dateline
        seen: set[str] = set()
        for p in e.people:
            if p.name.lower() in seen:
                continue
            seen.add(p.name.lower())
            mt.participants.append(Participant(p.name, p.title, p.party, Span(p.start, p.end)))
        _fill_parties(mt, sides)
        seen_kinds.add(mt.kind)
    _spread_location(evs, dateline, dateline_country)
    return evs


def _first_held(evs: list[_Event]) -> int:
    return next((i for i, e in enumerate(evs) if e.meeting.status == "held"), -1)


def _spread_location(evs: list[_Event], dateline: str | None, dateline_country: str | None) -> None:
    """Held sessions of the main day share the place of the main event when they give none."""
    if not evs:
        return
    main = evs[_first_held(evs)] if _first_held(evs) >= 0 else None
    for e in evs:
        mt = e.meeting
        if (mt.location is None and main is not None and mt.status == "held" and mt.kind in ("commission_session", "bilateral_meeting")
                and mt.date == main.meeting.date):
            mt.location = main.meeting.location


def _fill_parties(mt: Meeting, sides: list[str]) -> None:
    known = {p.party for p in mt.participants if p.party in sides}
    missing = [s for s in sides if s not in known]
    unknown = [p for p in mt.participants if p.party is None]
    if len(unknown) == 1 and len(missing) == 1:
        unknown[0].party = missing[0]


def _date(ev: _Event, text: str, published: date | None, prev: date | None, status: str,
          only_explicit: bool = False) -> None:
    planned = status == "planned"
    d = dates.explicit_day(text, published.year if published else None)
    if d is not None:
        ev.meeting.date, ev.explicit_date = d, True
        return
    w = dates.weekday(text, published, planned)
    if w is not False:
        ev.meeting.date, ev.explicit_date = w, w is not None  # type: ignore[assignment]
        return
    if only_explicit:
        return
    if dates.says_today(text):
        ev.meeting.date = published
    elif dates.says_yesterday(text) and published is not None:
        ev.meeting.date = published - timedelta(days=1)
    elif dates.says_same_day(text) and prev is not None:
        ev.meeting.date = prev
    elif not planned:
        ev.meeting.date = published


def _figure_parties(r: _Read, sides: list[str]) -> list[str] | None:
    codes: list[str] = []
    for m in r.mentions:
        if m.code not in codes:
            codes.append(m.code)
    codes = _drop_parents(codes)
    if len(codes) >= 2:
        return codes[:2] if len(codes) > 2 and not _BOTH_SIDES.search(r.sent.text) else codes
    if _COUNTRIES.search(r.sent.text):
        return [parent_of(s) if is_region(s) else s for s in sides]  # type: ignore[misc]
    if len(codes) == 1 and codes[0] not in sides and not is_region(codes[0]):
        mapped = [c for c in sides if parent_of(c) == codes[0]]
        if not mapped:
            return None
    return list(sides)


def _figures(reads: list[_Read], sides: list[str], published: date | None) -> list[TradeFigure]:
    out: list[TradeFigure] = []
    prev: TradeFigure | None = None
    for r in reads:
        for f in r.figures:
            parties = _figure_parties(r, sides)
            metric = f.metric
            if metric is None or (_ANAPHOR.search(r.sent.text) and prev is not None and r.mentions == []):
                if prev is None:
                    continue
                metric = metric or prev.metric
                parties = prev.parties
            if parties is None:
                continue
            per = f.period
            if per is True:
                per = prev.period if prev else None
            if metric == "other" and per is None and published is not None:
                per = f"{published.year}-{published.month:02d}"
            tf = TradeFigure(list(parties), metric, f.value, f.currency, per, f.approximate, f.change_pct, r.sent.span)
            out.append(tf)
            prev = tf
    return out


def _sectors(reads: list[_Read]) -> list[SectorMention]:
    out: list[SectorMention] = []
    for r in reads:
        for slug, _ in find_sectors(r.sent.text):
            if slug == "trade" and r.figures:
                continue
            out.append(SectorMention(slug, r.sent.span))
    return out

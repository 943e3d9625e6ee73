"""Event mentions merged into the article's meetings, with dates, places, people and documents."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.ingest.extract import dates, events
from app.ingest.extract.people import Person
from app.ingest.extract.reading import SentenceRead
from app.ingest.extract.records import Agreement, Meeting, Participant, Span
from app.ingest.extract.text import MONTHS

# Words that say the signing came with talks, which makes it a meeting with agreements.
_TALKS = re.compile(
    r"\btalks\b|\bmet\b|\breceived\b|\b(?:held|during|after|following|at\s+the\s+(?:end|close)\s+of)\s+(?:a|the|their)\s+meeting\b",
    re.I,
)
_FORUM_REF = re.compile(r"\bat\s+the\s+(?:forum|exhibition|fair)\b", re.I)
_SESSION_REF = re.compile(r"\b(?:the\s+commission|the\s+session|the\s+council|the\s+working\s+group)\b", re.I)


@dataclass(slots=True)
class _Event:
    meeting: Meeting
    explicit_date: bool = False
    people: list[Person] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # indices of the sentences that report it


def _resolve(evs: list[_Event], m: events.EventMention, r: SentenceRead, sides: list[str], published: date | None) -> _Event | None:
    """The event a mention adds to, creating it when it is new; None for background."""
    text = m.text or r.sent.text
    if m.kind == "signing":
        target = None
        if _FORUM_REF.search(text):
            target = next((e for e in reversed(evs) if e.meeting.kind == "business_forum"), None)
        elif _SESSION_REF.search(text):
            target = next((e for e in reversed(evs) if e.meeting.kind == "commission_session"), None)
        if target is None:
            target = next((e for e in reversed(evs) if e.meeting.status == m.status), None)
        if target is None and r.docs:
            target = _new_event("signing_ceremony", m, sides, r.sent.span)
            evs.append(target)
            _date(target, text, published, None, m.status)
        return target
    target = _find(evs, m, text, r.people)
    if target is None:
        if _background(text, m.status, published):
            return None
        target = _new_event(m.kind, m, sides, r.sent.span)
        if target.meeting.kind == "commission_session" and target.meeting.commission is None and m.back_reference:
            target.meeting.commission = _last_named_commission(evs)
        held = [e for e in evs if e.meeting.status == "held"]
        prev = held[0].meeting.date if held and _AROUND_MAIN.search(text) else held[-1].meeting.date if held else None
        evs.append(target)
        _date(target, text, published, prev, m.status, main=not held)
    else:
        if m.kind == "bilateral_meeting" and target.meeting.kind == "signing_ceremony":
            target.meeting.kind = "bilateral_meeting"
        if not target.explicit_date:
            _date(target, text, published, target.meeting.date, m.status, only_explicit=True)
    if target.meeting.location is None and m.location:
        target.meeting.location = m.location
    if target.meeting.commission is None and m.commission:
        target.meeting.commission = m.commission
    return target


def _last_named_commission(evs: list[_Event]) -> str | None:
    """"The next meeting of the commission" refers to the body named last."""
    return next((e.meeting.commission for e in reversed(evs) if e.meeting.commission), None)


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


# "Ahead of the plenary session, ...": an event placed around the main one shares its day.
_AROUND_MAIN = re.compile(
    r"\b(?:ahead\s+of|before|after|following|on\s+the\s+(?:sidelines|margins)\s+of|during)\s+the\s+(?:plenary\s+)?"
    r"(?:session|meeting|talks|forum|visit|commission|council|negotiations|consultations)\b",
    re.I,
)
_MONTH_ONLY = re.compile(
    r"\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-)?(January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?!\s+\d)(?!\s*(?:-|–|—|through|to|and)\s*[A-Z])"
)
_PAST_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b")


def _background(text: str, status: str, published: date | None) -> bool:
    """A held event dated only by a month or year other than the publication's is background."""
    if status != "held" or published is None or dates.explicit_day(text, published.year):
        return False
    month = _MONTH_ONLY.search(text)
    if month and MONTHS[month[1].lower()] != published.month:
        return True
    year = _PAST_YEAR.search(text)
    return bool(year and int(year[1]) < published.year)


def _new_faces(ev: _Event, people: list[Person]) -> bool:
    known = {p.name.split()[-1].lower() for p in ev.people}
    return len(known) >= 2 and any(p.name.split()[-1].lower() not in known for p in people)


def _fresh_meeting(sent: str) -> bool:
    return bool(re.search(r"\b(?:separate|another|also\s+met|later|then)\b", sent, re.I))


def build_meetings(reads: list[SentenceRead], sides: list[str], published: date | None, dateline: str | None,
            dateline_country: str | None) -> list[_Event]:
    evs: list[_Event] = []
    pending: list[Person] = []
    known: dict[str, Person] = {}
    before_first: list[int] = []
    current: _Event | None = None
    for i, r in enumerate(reads):
        targets: list[_Event] = []
        for m in r.events:
            t = _resolve(evs, m, r, sides, published)
            if t is not None and t not in targets:
                targets.append(t)
        _report(i, targets, current, before_first)
        current = targets[-1] if targets else current
        target = targets[0] if targets else None
        host = next((t for t in targets if t.meeting.kind == "bilateral_meeting"), target)
        if target is not None:
            have = {a.kind for e in evs for a in e.meeting.agreements}
            for d in r.docs:
                if d.back_reference and d.kind in have:
                    continue
                target.meeting.agreements.append(Agreement(d.kind, d.title, r.sent.span))
                have.add(d.kind)
        if host is not None:
            host.people.extend(pending)
            pending = []
            host.people.extend(r.people)
            host.people.extend(_named_again(r, known, host))
        elif evs:
            evs[-1].people.extend(r.people)
        else:
            pending.extend(r.people)
        for p in r.people:
            known.setdefault(p.name.split()[-1], p)
    if evs and pending:
        evs[0].people.extend(pending)
    if evs:
        evs[0].sentences[:0] = before_first
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
            mt.participants.append(Participant(p.name, p.title, p.party, Span(p.sentence_start, p.sentence_end)))
        _fill_parties(mt, sides)
    _spread_location(evs, dateline, dateline_country)
    return evs


def _report(i: int, targets: list[_Event], current: _Event | None, before_first: list[int]) -> None:
    """Sentence i reports the events it names, else the event introduced last (the first, before any)."""
    for t in targets or ([current] if current else []):
        t.sentences.append(i)
    if not targets and current is None:
        before_first.append(i)


def _named_again(r: SentenceRead, known: dict[str, Person], ev: _Event) -> list[Person]:
    """People named earlier and referred to here by surname take part in this sentence's event too."""
    present = {p.name.split()[-1] for p in ev.people} | {p.name.split()[-1] for p in r.people}
    return [p for s, p in known.items() if s not in present and re.search(rf"\b{re.escape(s)}\b", r.sent.text)]


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
          only_explicit: bool = False, main: bool = True) -> None:
    """The event's own date, else a relative one; only the main news event falls back to publication."""
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
    elif (dates.says_same_day(text) or _AROUND_MAIN.search(text)) and prev is not None:
        ev.meeting.date = prev
    elif not planned and main:
        ev.meeting.date = published

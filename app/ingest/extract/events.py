"""Event mentions in one sentence: kind, held or planned, standing body and session ordinal, place."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ORD = r"\d{1,3}(?:st|nd|rd|th)|[IVXLC]{1,7}|" + "|".join(_ORDINAL_WORDS)

_BODY_HEAD = r"(?:commission|council|working\s+group|committee|sub-?commission|board)"
COMMISSION_RE = re.compile(
    rf"\b(?:(?P<ord>{_ORD})|(?P<next>next|upcoming|regular|following))?\s*(?:plenary\s+)?(?:meeting|session|sitting)\s+of\s+"
    rf"(?:the\s+|their\s+|its\s+)?(?P<body>(?:[\w,'’\-–—]+\s+){{0,16}}?{_BODY_HEAD}\b)",
    re.I,
)
_HAPPEN = re.compile(
    r"\b(?:held|hold|holding|took\s+place|take\s+place|taking\s+place|convened|opened|organi[sz]ed|hosted|host|met|"
    r"meet|attended|gathered|kicked\s+off|was\s+launched|scheduled|planned|expected|(?:co-?)?chair(?:ed|s|ing)|"
    r"presided|participated|took\s+part|take\s+part)\b",
    re.I,
)
PLANNED_RE = re.compile(
    r"\b(?:will|shall|is\s+scheduled|are\s+scheduled|scheduled\s+(?:to|for)|(?:is|are)\s+expected\s+to|expected\s+to\s+take\s+place|"
    r"(?:is|are)\s+planned|planned\s+to|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)plans?\s+to|"
    r"agreed\s+to\s+(?:hold|organi[sz]e|convene|host)|(?:is|are)\s+(?:also\s+)?to\s+(?!be\s+noted)[a-z]+|"
    r"to\s+be\s+held|next\s+(?:meeting|session)|upcoming|would|intends?\s+to|"
    r"proposed\s+(?:to\s+)?hold(?:ing)?)\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:previous|last|earlier|former|past|prior)\s+(?:\w+\s+)?(?:meeting|session|visit|talks|forum|summit)s?\b"
    r"|\b(?:has|have)\s+(?:held|met)\s+\w+\s+times\b",
    re.I,
)
_AGREED_TO_HOLD = re.compile(r"\bagreed\s+to\s+(?:hold|organi[sz]e|host|stage)\b", re.I)
_NEXT_ROUND = re.compile(
    r"\bnext\s+round\b|\bagreed\s+to\s+meet\b|\bround\s+of\s+(?:talks|consultations|negotiations)\s+(?:will|is\s+(?:due|to|planned|scheduled|expected))",
    re.I,
)
_TALKS_AHEAD = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:talks|meeting|meetings|consultations|negotiations)\b", re.I)
_SIDELINES = re.compile(r"\b(?:sidelines|margins|on\s+the\s+eve|within\s+the\s+framework|as\s+part\s+of)\b", re.I)
_ITS_SESSION = re.compile(
    rf"\b(?P<body>(?:[A-Z][\w'’\-]*\s+){{0,6}}{_BODY_HEAD})\b[^.]{{0,60}}?\b(?:its|their)\s+(?P<ord>{_ORD})\s+(?:plenary\s+)?(?:meeting|session)",
    re.I,
)
# "The council's second session", "the next JCC session", "the 4th JCBC will be held", "the joint
# committee would meet again": a session of the body named before, or named by its acronym.
_BODY_SESSION = re.compile(
    rf"\b(?:the\s+)?(?:{_BODY_HEAD})['’]s\s+(?:(?P<ord>{_ORD})|(?P<next>next|upcoming))\s+(?:plenary\s+)?(?:meeting|session)\b"
    rf"|\b(?:(?P<ord2>{_ORD})|(?P<next2>next|upcoming))\s+(?-i:[A-Z]{{2,8}})\s+(?:plenary\s+)?(?:meeting|session)\b"
    rf"|\b(?P<ord3>{_ORD})\s+(?-i:[A-Z]{{2,8}})\s+(?:will\s+be|is\s+to\s+be|is\s+due\s+to\s+be|was|is\s+being)\s+(?:held|convened)\b"
    rf"|\b(?:(?P<ord4>{_ORD})|(?P<next4>next|upcoming))\s+(?:plenary\s+)?(?:meeting|session)\s+of\s+the\s+(?-i:[A-Z]{{2,8}})\b"
    rf"|\b(?:the\s+)?(?:joint\s+|intergovernmental\s+|technical\s+|working\s+)*{_BODY_HEAD}\b[^.,;]{{0,60}}?\b"
    rf"(?P<again>would|will|is\s+to|is\s+due\s+to|shall)\s+(?:meet|convene)\b",
    re.I,
)
_VIDEO = re.compile(r"video\s*-?(?:conference|call|link|format|conferencing)|videoconferenc\w*|online\s+(?:talks|meeting|format|conference)|virtual\s+(?:meeting|talks)", re.I)
_PHONE = re.compile(r"(?:tele)?phone\s+(?:conversation|call|talks)|spoke\s+(?:by|on\s+the)\s+(?:tele)?phone|telephone", re.I)
_FORUM = re.compile(
    r"\b(?:business|investment|economic|industrial|trade)\s+forum\b|\bforum\b|\bexhibition\b|\bexpo\b|\bfair\b|\btrade\s+show\b"
    r"|\bbusiness\s+(?:round\s*table|roundtable|round)\b",
    re.I,
)
_OTHER = re.compile(r"\bsummit\b|\bannual\s+meeting\b|\bcongress\b|(?<!video\s)(?<!video)\bconference\b", re.I)
_BILATERAL = re.compile(
    r"\b(?:met(?:\s+with)?|meets|held\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}(?:meeting|talks|negotiations|consultations)|"
    r"(?:talks|negotiations|meeting|meetings)\s+(?:with|between)|(?:talks|negotiations|consultations)\s+(?:[\w\-]+\s+){0,5}?(?:were\s+|was\s+)?held|"
    r"hold\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}(?:meeting|talks|negotiations|consultations)|"
    r"(?:following|after)\s+(?:their\s+|the\s+)?talks|"
    r"(?:talks|discussions|negotiations)\s+(?:covered|focused|centred|centered|touched|dealt)|"
    r"(?:will|shall|would|is\s+to|are\s+to|is\s+due\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+(?:also\s+)?meet|one-on-one|t[eê]te-[aà]-t[eê]te|political\s+consultations|"
    r"business\s+meetings|bilateral\s+meeting|bilateral\s+talks)\b",
    re.I,
)
# "received on Monday the Consul General ...", "received at Lagos House, Ikeja, a delegation ...":
# someone received as a visitor, within the clause.
_RECEIVED = re.compile(
    r"\b(?:received|hosted|welcomed)\b[^.;]{0,120}?\b(?:delegations?|ministers?|ambassadors?|consul|envoys?|governors?|"
    r"president|premier|chairman|chairwoman|chair|mayor|head|secretary|counterparts?|visitors?|guests?|prince|emir|king|"
    r"deputy|vice|speaker|commissioner|director|CEO|representatives?)\b",
    re.I,
)
_VISIT = re.compile(r"\b(?:visited|toured|visit|visiting|tour(?=\s+(?:the|a|an)\s)|tour\s+of|inspected)\s+(?:the\s+|a\s+|an\s+)?", re.I)
_SITE_WORDS = re.compile(
    r"\b(?:zone|park|port|seaport|plant|factory|cent(?:er|re)|cluster|complex|terminals?|hub|museum|station|airport|"
    r"institute|university|farm|enterprises?|company|companies|mine|field|refinery|technopark|valley|mausoleum|"
    r"mosque|memorial|site|works|laborator(?:y|ies)|academy|market|bazaar|facilit(?:y|ies)|dam|plants|factories|"
    r"exhibition|shipyard|warehouse|campus|hospital|school|headquarters|SEZ)\b",
    re.I,
)
_NAMED_SITE = re.compile(r"(?:\s+[a-z][\w\-]*){0,3}?\s+" + _SITE_WORDS.pattern.replace("\\b(?:", "(?:", 1))
_LOCATION = re.compile(r"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<loc>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})")
_NOT_PLACE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Addition|Particular|Both)\b"
)


@dataclass(slots=True)
class EventMention:
    kind: str  # an event kind, or "signing" for a sentence that only reports a signature
    status: str
    commission: str | None
    session_number: int | None
    location: str | None
    back_reference: bool
    text: str | None = None  # the clause that dates this mention, when it is not the whole sentence


def ordinal(word: str) -> int | None:
    w = word.strip()
    if w[:1].isdigit():
        digits = re.match(r"\d+", w)
        return int(digits.group()) if digits else None
    if w.lower() in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[w.lower()]
    if w and all(c in _ROMAN for c in w):
        total = 0
        for i, c in enumerate(w):
            v = _ROMAN[c]
            total += -v if i + 1 < len(w) and _ROMAN[w[i + 1]] > v else v
        return total
    return None


_PLANNED_HINTS = ("will", "shall", "schedul", "expect", "plan", "agreed to", " to ", "next", "upcoming", "would", "intend", "propos")


# A past-tense event verb before any word of the future: "spoke by telephone on Monday and agreed
# to hold talks" reports a call that was held.
_DONE = re.compile(
    r"\b(?:spoke|talked|met|held|took\s+place|was\s+held|were\s+held|visited|toured|received|hosted|co-?chaired|"
    r"chaired)\b",
    re.I,
)


def is_planned(sentence: str) -> bool:
    low = sentence.lower()
    if not any(h in low for h in _PLANNED_HINTS):
        return False
    plan = PLANNED_RE.search(sentence)
    if plan is None:
        return False
    done = _DONE.search(sentence, 0, plan.start())
    return done is None


def _body_name(sentence: str, start: int) -> str | None:
    """The standing body's name as written: the capitalised run that holds its head word."""
    m = re.compile(
        r"[A-Z][\w'’\-–—]*(?:(?:\s+|,\s+|,?\s+(?:and|of|for|on|between|the)\s+(?:the\s+)?)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’\-–—]*)*"
    ).search(sentence, start)
    if not m or not re.search(_BODY_HEAD, m.group(), re.I):
        return None
    name = re.sub(r"^(?:The|Then|At|In|On)\s+", "", m.group())
    return re.sub(r"\s+in\s+[A-Z][\w'’\-]*$", "", name)


_ORGANIZATION_HEAD = re.compile(
    r"\b(?:Agency|Ministry|Committee|Chamber|Bank|Fund|Council|Service|Corporation|Company|Department|Office|"
    r"Administration|Association|Union|Organi[sz]ation)\b"
)
_LONGER_NAME = re.compile(r"\s+[A-Z]")


def location(sentence: str, is_place: Callable[[str], bool]) -> str | None:
    """The first place after "in"/"at" that is not a country or region (those are sides), an
    organisation ("at the Export Promotion Agency") or a name cut short by the length limit."""
    for m in _LOCATION.finditer(sentence):
        loc = m["loc"]
        if _NOT_PLACE.match(loc) or is_place(loc):
            continue
        if "'" in loc or "’" in loc or _ORGANIZATION_HEAD.search(loc) or _LONGER_NAME.match(sentence, m.end()):
            continue
        loc = re.split(r"\s+(?:on|in|and)\b", loc)[0]
        return loc
    return None


def _visit(sentence: str, is_place: Callable[[str], bool]) -> tuple[str | None, bool] | None:
    """(site name or None, back reference) for a tour of a site; None when the object is a country or city."""
    for m in _VISIT.finditer(sentence):
        before = sentence[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(?:working|official|state)\s+$", before):
            continue
        rest = sentence[m.end():]
        obj = re.split(r"[,;.]|\s+(?:on|where|and\s+got|to\s+(?:see|get|learn)|during|with)\s+", rest)[0]
        if re.match(r"(?:by|to|of)\b", obj):
            continue
        words = obj.split()
        if not words:
            continue
        if words[0][:1].isupper():
            cap = re.match(r"[A-Z][\w'’\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’\-]*)*", obj)
            name = cap.group() if cap else obj
            if not _SITE_WORDS.search(name):
                # "the Toktogul hydropower plant": a proper name, then the kind of site in lower case.
                site = _NAMED_SITE.match(obj, len(name))
                name = name + site.group() if site else name
            if _SITE_WORDS.search(name) and not is_place(name):
                return name.strip(), False
            continue
        head = " ".join(words[:6])
        if _SITE_WORDS.search(head):
            definite = sentence[m.end() - 4:m.end()].lower().strip() == "the" or head.lower().startswith(("its ", "their "))
            return None, definite or bool(re.match(r"\w+['’]s\b", head))
    return None


_SECOND_MEETING = re.compile(
    r"\b(?:(?:after|before|following)\s+(?:(?:a|his|her|their)\s+)?meeting(?:\s+with)?|(?:hold|held|holding)\s+talks|met(?:\s+with)?|"
    r"meeting\s+with|(?<=they\s)(?:would|will)\s+meet)\b",
    re.I,
)
_ATTEND_FORUM = re.compile(r"\b(?:attend|attended|attending|take\s+part\s+in|took\s+part\s+in)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}(?:forum|exhibition|fair|expo)\b", re.I)
# "... the commission would meet in March, and that they would meet in person in April".
_THEY_WILL_MEET = re.compile(r"(?<=\bthey\s)(?:would|will)\s+(?:also\s+)?meet\b", re.I)
_CLAUSE_EDGE = re.compile(r",\s+|;\s+")


def detect_all(sentence: str, is_place: Callable[[str], bool], has_documents: bool, signed: bool) -> list[EventMention]:
    """The main event of a sentence, plus a meeting reported in another clause of it."""
    first = detect(sentence, is_place, has_documents, signed)
    if first is None:
        return []
    out = [first]
    if first.kind == "visit" and (forum := _ATTEND_FORUM.search(sentence)):
        clause = sentence[forum.start():]
        out.append(EventMention("business_forum", first.status, None, None, location(clause, is_place), False))
    if first.kind in ("business_forum", "visit", "other", "commission_session"):
        m = (_THEY_WILL_MEET if first.kind == "commission_session" else _SECOND_MEETING).search(sentence)
        if m and not _inside_primary(sentence, m.start()):
            edges = [e.end() for e in _CLAUSE_EDGE.finditer(sentence, 0, m.start())]
            a = edges[-1] if edges else 0
            nxt = _CLAUSE_EDGE.search(sentence, m.end())
            clause = sentence[a:nxt.start() if nxt else len(sentence)]
            status = "planned" if is_planned(clause) else "held"
            out.append(EventMention("bilateral_meeting", status, None, None, location(clause, is_place), False, clause))
    return out


def _inside_primary(sentence: str, pos: int) -> bool:
    for rx in (_FORUM, _OTHER, _BILATERAL_NOUNS):
        for m in rx.finditer(sentence):
            if m.start() <= pos < m.end():
                return True
    return False


_BILATERAL_NOUNS = re.compile(r"\bbusiness\s+meetings?\b|\bannual\s+meeting\b", re.I)


def _has(low: str, *words: str) -> bool:
    return any(w in low for w in words)


def detect(sentence: str, is_place: Callable[[str], bool], has_documents: bool, signed: bool) -> EventMention | None:
    """The strongest event a sentence reports; cheap substring tests keep most regexes from running."""
    low = sentence.lower()
    if _has(low, "previous", "last", "earlier", "former", "past", "prior", "times") and _BACKGROUND.search(sentence):
        return None
    planned = is_planned(sentence)
    status = "planned" if planned else "held"

    def loc() -> str | None:
        return location(sentence, is_place)

    if _has(low, "meeting", "session", "sitting", " held", "meet", "convene"):
        c = COMMISSION_RE.search(sentence) if _has(low, "meeting", "session", "sitting") else None
        if c is None and _has(low, " its ", " their ") and (its := _ITS_SESSION.search(sentence)):
            name = _body_name(sentence, its.start("body"))
            return EventMention("commission_session", status, name, ordinal(its["ord"]), loc(), name is None)
        if c is None and (own := _BODY_SESSION.search(sentence)):
            number = own["ord"] or own["ord2"] or own["ord3"] or own["ord4"]
            if own["next"] or own["next2"] or own["next4"] or own["again"]:
                status = "planned"
            return EventMention("commission_session", status, None, ordinal(number) if number else None, loc(), True)
        if c and (c["ord"] or c["next"] or _HAPPEN.search(sentence) or has_documents or signed or planned):
            number = ordinal(c["ord"]) if c["ord"] else None
            if c["ord"] and c["ord"].isalpha() and not c["ord"].isupper() and c["ord"].lower() not in _ORDINAL_WORDS:
                number = None
            name = _body_name(sentence, c.start("body"))
            if c["next"] and c["next"].lower() in ("next", "upcoming"):
                status = "planned"
            return EventMention("commission_session", status, name, number, loc(), name is None)
    if _has(low, "video", "online", "virtual") and _VIDEO.search(sentence):
        return EventMention("video_conference", status, None, None, None, False)
    if "phone" in low and _PHONE.search(sentence):
        return EventMention("phone_call", status, None, None, None, False)
    if _has(low, "forum", "exhibition", "expo", "fair", "trade show", "business round") and _FORUM.search(sentence) and _HAPPEN.search(sentence):
        return EventMention("business_forum", status, None, None, loc(), False)
    if (_has(low, "summit", "annual meeting", "congress", "conference") and _OTHER.search(sentence)
            and (_HAPPEN.search(sentence) or planned) and not _SIDELINES.search(sentence)):
        return EventMention("other", status, None, None, loc(), False)
    if agreed := _AGREED_TO_HOLD.search(sentence):
        ahead = sentence[agreed.end():]
        kind = "bilateral_meeting" if _TALKS_AHEAD.match(ahead) else "business_forum" if _FORUM.search(ahead) else "other"
        return EventMention(kind, "planned", None, None, loc(), False)
    if _has(low, "next round", "agreed to meet", "round of talks", "round of consultations") and _NEXT_ROUND.search(sentence):
        return EventMention("bilateral_meeting", "planned", None, None, loc(), False)
    if _has(low, "visit", "tour", "inspect") and (v := _visit(sentence, is_place)) is not None:
        site, backref = v
        return EventMention("visit", status, None, None, site or loc(), backref)
    if (_has(low, "met", "meet", "talks", "discussions", "negotiations", "consultations", "one-on-one", "te-")
            and _BILATERAL.search(sentence)) or (_has(low, "received", "hosted", "welcomed") and _RECEIVED.search(sentence)):
        return EventMention("bilateral_meeting", status, None, None, loc(), False)
    if signed:
        return EventMention("signing", status, None, None, loc(), not has_documents)
    return None

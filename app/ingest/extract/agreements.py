"""Documents signed or adopted: kind and title as written."""
from __future__ import annotations

import re
from dataclasses import dataclass

_KINDS = (
    ("memorandum", r"memorandum(?:\s+of\s+understanding)?|\bmou\b"),
    ("protocol", r"protocol"),
    ("declaration", r"(?:joint\s+)?declaration|communiqu[eé]"),
    ("roadmap", r"road\s?map"),
    ("contract", r"contracts?"),
    ("program", r"program(?:me)?s?"),
    ("agreement", r"agreements?|treaty|accord"),
    ("other", r"action plan|plan of action|joint statement"),
)
_KIND_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{rx}))" for k, rx in _KINDS), re.I)
_SIGNED = re.compile(r"\b(?:signed|inked|adopted|concluded|exchanged|sign(?:ing)?\s+(?:of|ceremony))\b", re.I)
_NOT_DONE = re.compile(
    r"\b(?:will|to be (?:signed|adopted)|to sign|plan(?:s|ned)? to|expected to|draft|would|could|is to be|are to be|prepare)\b", re.I
)
_PRE = re.compile(r"\b(?:an?|the|two|three|several|\d+)\s+((?:(?!(?:an?|the)\s)[\w\-]+\s+){0,3})$", re.I)
_STOP = re.compile(
    r"\s+(?:was|were|has|have|had|is|are|during|after|before|at|by|with|which|that|to|while|within)\b"
    r"|\s+(?:in|on)\s+(?:[A-Z]|the\s+(?:presence|sidelines|framework))"
    r"|\s+(?:on|this|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\s+and\s+(?:an?|the|two|three|four|five|several|\d+)\s|\s+and\s+(?:witnessed|attended|discussed|agreed|noted)\b"
    r"|[,;:(]|\.(?!\d)|\s+worth\b|\s+between\s+the\s+(?:two|parties|sides)"
)
_LEAD_STOP = frozenset("signed inked adopted concluded also and as were was have has had".split())


@dataclass(slots=True)
class DocMention:
    kind: str
    title: str
    back_reference: bool
    start: int
    end: int


def find_documents(sentence: str) -> list[DocMention]:
    if not _SIGNED.search(sentence) or _NOT_DONE.search(sentence):
        return []
    out: list[DocMention] = []
    taken_until = -1
    for m in _KIND_RE.finditer(sentence):
        if m.start() < taken_until:
            continue
        kind = m.lastgroup or "other"
        pre = _PRE.search(sentence[:m.start()])
        start = m.start()
        determiner = ""
        if pre:
            mods = [w for w in pre.group(1).split() if w.lower() not in _LEAD_STOP]
            determiner = pre.group(0).split()[0].lower()
            if mods and len(mods) == len(pre.group(1).split()) and all(w[:1].islower() for w in mods):
                start = m.start() - len(pre.group(1)) + pre.group(1).find(mods[0])
        rest = sentence[m.end():]
        stop = _STOP.search(rest)
        end = m.end() + (stop.start() if stop else len(rest))
        title = sentence[start:end].strip()
        if title.lower().startswith(("and ", "of ")):
            continue
        back = determiner == "the" and start == m.start() and end == m.end()
        out.append(DocMention(kind, title, back, start, end))
        taken_until = end
    return out

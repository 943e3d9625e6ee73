"""Money figures: amount, currency, hedge, metric, period, and percentage changes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.ingest.extract.dates import PERIOD_RE, period

_CUR_PRE = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "azn": "AZN",
            "rub": "RUB", "kzt": "KZT", "uzs": "UZS", "cny": "CNY", "rmb": "CNY", "¥": "CNY", "try": "TRY", "gel": "GEL",
            "byn": "BYN", "kgs": "KGS", "tjs": "TJS", "tmt": "TMT", "aed": "AED", "inr": "INR", "jpy": "JPY",
            "chf": "CHF", "sar": "SAR", "pkr": "PKR", "mnt": "MNT", "vnd": "VND", "egp": "EGP", "irr": "IRR"}
_CUR_POST = {"dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR",
             "manats": "AZN", "manat": "AZN", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "tenge": "KZT",
             "soums": "UZS", "sums": "UZS", "soum": "UZS", "yuan": "CNY", "lira": "TRY", "liras": "TRY", "lari": "GEL",
             "pounds": "GBP", "dirhams": "AED", "rupees": "INR", "yen": "JPY", "somoni": "TJS", "soms": "KGS",
             "som": "KGS", "tugriks": "MNT", "dong": "VND", "belarusian rubles": "BYN"}
_SCALES = {"trillion": 10**12, "tln": 10**12, "trln": 10**12, "billion": 10**9, "bln": 10**9, "bn": 10**9,
           "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_PRE_ALT = "|".join(re.escape(k) for k in sorted(_CUR_PRE, key=len, reverse=True))
_POST_ALT = "|".join(re.escape(k) for k in sorted(_CUR_POST, key=len, reverse=True))
MONEY_RE = re.compile(
    rf"(?:(?P<pre>{_PRE_ALT})\s?)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    rf"(?P<scale>trillion|tln|trln|billion|bln|bn|million|mln|mn|m|thousand|k)?\b\.?\s*(?P<post>{_POST_ALT})?\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:about|around|approximately|approx\.?|nearly|almost|over|more than|some|roughly|close to|above|"
    r"in excess of|upwards of|exceeds|exceeding|exceeded|surpass(?:es|ed|ing)?|less than|under|just over|just under|up to|an estimated|estimated)\s*$",
    re.I,
)
_METRICS = (
    ("exports", re.compile(r"\bexport(?:s|ed)?\b", re.I)),
    ("imports", re.compile(r"\bimport(?:s|ed)?\b", re.I)),
    ("investment", re.compile(r"\binvest(?:ment|ments|ed|ors?)?\b|\bportfolio\b", re.I)),
    ("trade_turnover", re.compile(r"\btrade\b|\bturnover\b|\btrading\b|\bcommerce\b", re.I)),
    ("other", re.compile(r"\b(?:contracts?|deals?|agreements?)\b(?:\s+\w+){0,3}\s+worth\b", re.I)),
)
_NOT_ACTUAL = re.compile(
    r"\b(?:target|goal|aim(?:s|ed)?|potential|forecast|projected|projection|expected|could|would|will|plan(?:s|ned)?|"
    r"to reach|to bring|to increase|to raise|to boost|intend|seek|budget|revenues?|expenditures?|deficit|per barrel|price)\b",
    re.I,
)
_AFTER_CLAUSE_END = re.compile(r"[,.;]|\s(?:and|but|while|whereas)\s", re.I)
_CHANGE = re.compile(
    r"\b(?P<verb>grew|increased|rose|surged|jumped|climbed|expanded|up|declined|decreased|fell|dropped|shrank|down|"
    r"increase|growth|decrease|decline|rise)\s+(?:by\s+)?(?:more than\s+|about\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)",
    re.I,
)
_NEG = {"declined", "decreased", "fell", "dropped", "shrank", "down", "decrease", "decline"}
_DIGIT = re.compile(r"\d")
_SAME_AMOUNT = re.compile(r"\s*(?:\(|,|/)?\s*(?:or|about|approximately|around|some|equivalent\s+to)?\s*$", re.I)
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|and|of which|with)\b|;|\bwhile\b|\bof which\b")


@dataclass(slots=True)
class Figure:
    metric: str | None
    value: Decimal | None
    currency: str | None
    period: str | None | bool
    approximate: bool
    change_pct: float | None
    start: int  # offsets inside the sentence
    end: int


def _metric(before: str) -> str | None:
    best, pos = None, -1
    for name, rx in _METRICS:
        for m in rx.finditer(before):
            if m.start() > pos:
                best, pos = name, m.start()
    return best


def _period(s: str, a: int, b: int, published: date | None) -> str | None | bool:
    clause_end = _CLAUSE_BREAK.search(s, b)
    right = s[b:clause_end.start() if clause_end else len(s)]
    m = PERIOD_RE.search(right)
    if m:
        return period(m, published)
    found = None
    for m in PERIOD_RE.finditer(s[:a]):
        found = m
    return period(found, published) if found else None


def find_figures(s: str, published: date | None) -> list[Figure]:
    out: list[Figure] = []
    if not _DIGIT.search(s):
        return out
    last_end = -10
    for m in MONEY_RE.finditer(s):
        pre, post = m["pre"], m["post"]
        if not pre and not post:
            continue
        glued = _SAME_AMOUNT.match(s[last_end:m.start()]) if last_end >= 0 else None
        last_end = m.end()
        if glued:
            continue
        if pre and pre.lower() == "try" and not m["scale"]:
            continue
        after = s[m.end():m.end() + 12].lower()
        if after.lstrip().startswith(("percent", "%", "per cent")):
            continue
        num = Decimal(m["num"].replace(",", ""))
        value = num * _SCALES.get((m["scale"] or "").lower(), 1)
        cur = _CUR_PRE[pre.lower()] if pre else _CUR_POST[post.lower()]
        breaks = list(_CLAUSE_BREAK.finditer(s, 0, m.start()))
        clause_start = breaks[-1].start() if breaks else 0
        before = s[clause_start:m.start()]
        # "... a target of $X" before the amount, or "$X is expected" after it, in the same clause.
        after_clause = _AFTER_CLAUSE_END.split(s[m.end():m.end() + 40], maxsplit=1)[0]
        if _NOT_ACTUAL.search(before) or _NOT_ACTUAL.search(after_clause):
            continue
        hedge = bool(_HEDGE.search(s[max(0, m.start() - 30):m.start()]))
        out.append(Figure(_metric(before), value, cur, _period(s, m.start(), m.end(), published), hedge, None, m.start(), m.end()))
    if out:
        return out
    for m in _CHANGE.finditer(s):
        before = s[:m.start()]
        metric = _metric(before)
        if metric is None or _NOT_ACTUAL.search(s):
            continue
        pct = float(m["pct"]) * (-1 if m["verb"].lower() in _NEG else 1)
        out.append(Figure(metric, None, None, _period(s, m.start(), m.end(), published), False, pct, m.start(), m.end()))
        break
    return out

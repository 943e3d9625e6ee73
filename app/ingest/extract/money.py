"""Money figures in one sentence: amount, currency, hedge, metric, period and the percentage change
that comes with the amount; or a percentage change reported alone."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

import pycountry

from app.ingest.extract.dates import period, periods_in
from app.ingest.extract.gazetteer import is_region, mentions_in


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
    # The words the figure is about (its clause up to the next comma), where its parties are named.
    scope_start: int = 0
    scope_end: int = 0
    # When the currency is the usual reading of a word several countries use ("som", "CFA francs"):
    # the code by issuing country, so that the article's sides can settle it.
    alternatives: dict[str, str] | None = None


# ---- currencies ---------------------------------------------------------------------------------

# Signs written before the number; "US $", "HK$" and the like are letters glued to "$".
_SYMBOLS = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD",
    "SG$": "SGD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR", "₽": "RUB",
    "₸": "KZT", "₺": "TRY", "₼": "AZN", "₾": "GEL", "₩": "KRW", "₦": "NGN", "₱": "PHP", "₫": "VND", "৳": "BDT",
    "₴": "UAH", "₪": "ILS",
}
# Abbreviations made of letters; like currency codes they need a scale word or a large number.
_LETTER_SYMBOLS = {"Rs": "INR", "RM": "MYR", "Rp": "IDR", "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "USh": "UGX",
                   "Tk": "BDT", "R": "ZAR", "RO": "OMR", "QR": "QAR", "SR": "SAR", "BD": "BHD", "KD": "KWD",
                   "Dhs": "AED", "Dh": "AED"}
_SYMBOLS_AFTER = {"€": "EUR", "₽": "RUB", "₸": "KZT", "₺": "TRY", "₼": "AZN", "₾": "GEL", "₴": "UAH", "₫": "VND",
                  "zł": "PLN", "Kč": "CZK", "Ft": "HUF"}
# ISO 4217 codes of money (not funds, metals or test codes), written in capitals before or after the number.
_NOT_MONEY = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XXX", "XTS", "XDR", "XSU", "XUA"}
_CODES = {c.alpha_3: c.alpha_3 for c in pycountry.currencies
          if c.alpha_3 not in _NOT_MONEY and not c.alpha_3.startswith(("XA", "XB", "XP"))} | {
    "XAF": "XAF", "XPF": "XPF", "RMB": "CNY"}

# Currency words one currency owns.
_UNITS = {
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "tenge": "KZT", "lari": "GEL",
    "dram": "AMD", "drams": "AMD", "somoni": "TJS", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH",
    "hryvnyas": "UAH", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "złoty": "PLN", "forint": "HUF",
    "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "lev": "BGN", "leva": "BGN", "denar": "MKD",
    "denars": "MKD", "denari": "MKD", "dong": "VND", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "taka": "BDT",
    "kyat": "MMK", "kyats": "MMK", "kip": "LAK", "riel": "KHR", "riels": "KHR", "afghani": "AFN", "afghanis": "AFN",
    "naira": "NGN", "rand": "ZAR", "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "lira": "TRY", "liras": "TRY",
    "lire": "TRY", "tugrik": "MNT", "tugriks": "MNT", "tugrug": "MNT", "tugrugs": "MNT", "togrog": "MNT",
    "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS", "sheqels": "ILS", "reais": "BRL", "soles": "PEN",
    "bolivar": "VES", "bolivars": "VES", "bolivares": "VES", "guarani": "PYG", "guaranis": "PYG", "guaranies": "PYG",
    "quetzal": "GTQ", "quetzals": "GTQ", "quetzales": "GTQ", "lempira": "HNL", "lempiras": "HNL", "lek": "ALL",
    "leke": "ALL", "ariary": "MGA", "kwanza": "AOA", "kwanzas": "AOA", "metical": "MZN", "meticais": "MZN",
    "pula": "BWP", "ngultrum": "BTN", "rufiyaa": "MVR", "ouguiya": "MRU", "dalasi": "GMD", "leone": "SLE",
    "leones": "SLE", "nakfa": "ERN", "sterling": "GBP", "sum": "UZS", "sums": "UZS", "soum": "UZS", "soums": "UZS",
}
# Currency words several countries share: the code when the word stands alone (None when it says too
# little), and the codes by issuing country ("Kenyan shillings", "Hong Kong dollars") or by adjective.
_SHARED_UNITS: dict[str, tuple[str | None, dict[str, str]]] = {
    "dollar": ("USD", {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "HK": "HKD", "SG": "SGD", "TW": "TWD",
                       "BN": "BND", "JM": "JMD", "NA": "NAD", "FJ": "FJD", "LR": "LRD", "TT": "TTD", "BS": "BSD",
                       "BB": "BBD", "BZ": "BZD", "GY": "GYD", "SR": "SRD", "SB": "SBD", "KY": "KYD", "BM": "BMD",
                       "new taiwan": "TWD", "brunei": "BND", "east caribbean": "XCD"}),
    "peso": (None, {"AR": "ARS", "CL": "CLP", "CO": "COP", "CU": "CUP", "DO": "DOP", "MX": "MXN", "PH": "PHP",
                    "UY": "UYU", "dominican": "DOP"}),
    "dinar": (None, {"DZ": "DZD", "BH": "BHD", "IQ": "IQD", "JO": "JOD", "KW": "KWD", "LY": "LYD", "RS": "RSD",
                     "TN": "TND"}),
    "shilling": (None, {"KE": "KES", "TZ": "TZS", "UG": "UGX", "SO": "SOS"}),
    "rupee": ("INR", {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"}),
    "pound": ("GBP", {"GB": "GBP", "EG": "EGP", "SD": "SDG", "SS": "SSP", "LB": "LBP", "SY": "SYP"}),
    "franc": (None, {"CH": "CHF", "RW": "RWF", "BI": "BIF", "CD": "CDF", "GN": "GNF", "DJ": "DJF", "KM": "KMF",
                     "west african cfa": "XOF", "central african cfa": "XAF", "cfa": "XOF"}),
    "riyal": ("SAR", {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"}),
    "rial": ("IRR", {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"}),
    "dirham": ("AED", {"AE": "AED", "MA": "MAD"}),
    "krona": ("SEK", {"SE": "SEK", "IS": "ISK"}),
    "krone": (None, {"NO": "NOK", "DK": "DKK"}),
    "crown": (None, {"CZ": "CZK", "SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}),
    "won": ("KRW", {"KR": "KRW", "KP": "KPW"}),
    "manat": ("AZN", {"AZ": "AZN", "TM": "TMT"}),
    "som": ("KGS", {"KG": "KGS", "UZ": "UZS"}),
    "ruble": ("RUB", {"RU": "RUB", "BY": "BYN"}),
    "leu": ("RON", {"RO": "RON", "MD": "MDL"}),
    "kwacha": (None, {"ZM": "ZMW", "MW": "MWK"}),
    "real": (None, {"BR": "BRL"}),
    "sol": (None, {"PE": "PEN"}),
}
_SHARED_FORMS = {form: unit for unit in _SHARED_UNITS for form in (unit, unit + "s")} | {
    "rouble": "ruble", "roubles": "ruble", "kronor": "krona", "kronur": "krona", "krónur": "krona",
    "kroner": "krone", "lei": "leu", "soms": "som", "wons": "won"}
_UNIT_ALT = "|".join(sorted(set(_UNITS) | set(_SHARED_FORMS), key=len, reverse=True))

_SCALES = {"trillion": 10**12, "tn": 10**12, "trn": 10**12, "tln": 10**12, "trln": 10**12,
           "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "million": 10**6, "mn": 10**6, "mln": 10**6,
           "m": 10**6, "thousand": 10**3, "k": 10**3, "crore": 10**7, "lakh": 10**5}

# A run of digits, commas and points, read by `_number` ("1,250.5", "4,4", "2023,").
_DIGIT_RUN = re.compile(r"\d[\d,.]*")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL = re.compile(r"\d+(?:\.\d+|,\d{1,2})?")
_BEFORE_NUMBER = re.compile(
    r"(?:(?P<sym>(?:(?<![A-Za-z])(?:U\.S\.|[A-Z]{1,2})\s?)?\$|[€£¥₹₽₸₺₼₾₩₦₱₫৳₴₪])"
    r"|(?<![A-Za-z])(?P<letters>Rs\.?|RM|Rp\.?|K[Ss]h|TSh|USh|Tk\.?|RO|QR|SR|BD|KD|Dhs|Dh|R)"
    r"|(?<![A-Za-z])(?P<code>[A-Z]{3}))(?P<gap>\s?)$"
)
_AFTER_NUMBER = re.compile(
    r"(?:[\s\-]*(?P<scale>(?i:trillions?|tn|trn|tln|trln|billions?|bn|bln|b|millions?|mn|mln|m|thousands?|k|crores?"
    r"|lakhs?))\b\.?)?"
    rf"(?:\s+(?P<adj>(?:[A-Z][\w'’.]*\s+){{1,3}})?(?P<unit>(?i:{_UNIT_ALT}))\b"
    r"|\s*(?P<code>[A-Z]{3})\b|\s?(?P<sym>zł|Kč|Ft|[€₽₸₺₼₾₴₫]))?"
)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)", re.I)


@dataclass(frozen=True, slots=True)
class _Amount:
    value: Decimal
    currency: str
    start: int
    end: int
    alternatives: dict[str, str] | None = None


def _amounts(s: str) -> list[_Amount]:
    out: list[_Amount] = []
    for run in _DIGIT_RUN.finditer(s):
        text = run[0].rstrip(",.")
        number = _number(text)
        if number is None:
            continue
        num_start, num_end = run.start(), run.start() + len(text)
        after = _AFTER_NUMBER.match(s, num_end)
        assert after is not None  # every part of it is optional
        scale_end = after.end("scale") if after["scale"] else num_end
        if _PERCENT_AFTER.match(s, scale_end):
            continue
        before = _BEFORE_NUMBER.search(s, max(0, num_start - 10), num_start)
        prefix = _prefix_currency(before)
        suffix = None if prefix else _suffix_currency(after)
        found = prefix or suffix
        if found is None:
            continue
        currency, needs_scale = found
        alternatives = (_alternatives(after["unit"], after["adj"]) if suffix and after["unit"]
                        else _alternatives("rupee", None) if prefix and before and (before["letters"] or "").startswith("Rs")
                        else None)
        value = number * _SCALES.get((after["scale"] or "").lower().rstrip("s"), 1)
        if needs_scale and not after["scale"] and value < 1000:
            continue
        start = before.start() if prefix and before else num_start
        out.append(_Amount(value, currency, start, after.end() if suffix else scale_end, alternatives))
    return out


def _prefix_currency(before: re.Match[str] | None) -> tuple[str, bool] | None:
    """The currency a sign or code before the number names, and whether it needs a scale word."""
    if before is None:
        return None
    if before["sym"]:
        sign = re.sub(r"[\s.]", "", before["sym"])
        return _SYMBOLS.get(sign, _SYMBOLS[sign[-1]]), False
    if before["letters"]:
        letters = before["letters"].rstrip(".")
        if letters == "R" and before["gap"]:
            return None
        return _LETTER_SYMBOLS[letters], True
    code = _CODES.get(before["code"])
    return (code, True) if code else None


def _suffix_currency(after: re.Match[str]) -> tuple[str, bool] | None:
    """The currency a code, sign or word after the number names; these always need a scale word."""
    if after["code"]:
        code = _CODES.get(after["code"])
    elif after["sym"]:
        code = _SYMBOLS_AFTER[after["sym"]]
    elif after["unit"]:
        code = _unit_currency(after["unit"], after["adj"])
    else:
        return None
    return (code, True) if code else None


def _number(text: str) -> Decimal | None:
    """"1,250.5" groups thousands; "4,4" is a decimal comma; "1.2.3" is no number."""
    if _GROUPED.fullmatch(text):
        return Decimal(text.replace(",", ""))
    if _DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", "."))
    return None


_CFA = {**{c: "XOF" for c in ("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG")},
        **{c: "XAF" for c in ("CM", "CF", "TD", "CG", "GQ", "GA")}}


def _alternatives(unit: str, adjective: str | None) -> dict[str, str] | None:
    """The codes by issuing country when a shared word stood alone, or for "CFA francs"."""
    form = _SHARED_FORMS.get(unit.lower())
    if form is None:
        return None
    if adjective and " ".join(adjective.split()).lower() == "cfa":
        return _CFA
    if adjective:
        return None
    return {code: cur for code, cur in _SHARED_UNITS[form][1].items() if code.isupper()}


def _unit_currency(unit: str, adjective: str | None) -> str | None:
    word = unit.lower()
    if word in _UNITS:
        return _UNITS[word]
    default, by_issuer = _SHARED_UNITS[_SHARED_FORMS[word]]
    if not adjective:
        return default
    adjective = " ".join(adjective.split())
    issuer = _issuer(adjective)
    code = by_issuer.get(adjective.lower()) or (by_issuer.get(issuer) if issuer else None)
    if code:
        return code
    # An issuer the word does not belong to ("Zimbabwe dollars") is not the default currency.
    return None if issuer else default


@lru_cache(maxsize=1024)
def _issuer(adjective: str) -> str | None:
    """The country a currency adjective names: a name or demonym the gazetteer knows, or a
    demonym it can be traced back from ("Tanzanian" -> "Tanzania", "Jordanian" -> "Jordan")."""
    for candidate in _stems(adjective):
        found = mentions_in(candidate)
        if len(found) == 1 and found[0].end - found[0].start == len(candidate) and not is_region(found[0].code):
            return found[0].code
    return None


def _stems(adjective: str) -> list[str]:
    out = [adjective]
    for ending, replacement in (("n", ""), ("an", ""), ("ian", ""), ("i", ""), ("ese", ""), ("ic", ""), ("", "a")):
        if adjective.endswith(ending) and len(adjective) > len(ending) + 2:
            out.append(adjective[:len(adjective) - len(ending)] + replacement)
    return out


# ---- what the amount measures ------------------------------------------------------------------

_METRICS = (
    ("exports", re.compile(r"\bexport(?:s|ed|ing)?\b|\b(?:sales|shipments|deliveries)\s+(?:\w+\s+){0,3}?to\b", re.I)),
    ("imports", re.compile(r"\bimport(?:s|ed|ing)?\b", re.I)),
    ("investment", re.compile(r"\binvest(?:ment|ments|ed|ing|ors?)?\b|\bportfolio\b|\bFDI\b", re.I)),
    ("trade_turnover", re.compile(r"\btrade[ds]?\b|\bturnover\b|\btrading\b|\bcommerce\b", re.I)),
    ("other", re.compile(r"\b(?:contracts?|deals?|agreements?|documents?|memorand(?:um|a)|MoUs?)\b(?:\s+\w+){0,3}?"
                         r"\s+(?:worth|valued\s+at|totall?ing|amounting\s+to|with\s+a\s+(?:total\s+)?value\s+of)\b", re.I)),
)
# "$1.3 billion worth of agreements", "$2 billion in investment".
_METRIC_AFTER = re.compile(
    r"\s*(?:worth\s+of|in|of)\s+(?:new\s+|direct\s+|foreign\s+|bilateral\s+|mutual\s+)?(?P<word>contracts?|deals?|"
    r"agreements?|documents?|investments?|exports?|imports?|trade)\b", re.I)
_AFTER_WORD_METRIC = {"export": "exports", "import": "imports", "investment": "investment", "trade": "trade_turnover"}

_NOT_ACTUAL = re.compile(
    r"\b(?:targets?|targeted|targeting|goals?|aims?|aimed|aiming|potential|forecasts?|projected|projections?|expected|"
    r"expects?|could|would|will|shall|(?-i:may|might)|should|plans?|planned|planning|intends?|intended|seeks?|sought|"
    r"hopes?|hoped|wants?|wanted|aspires?|ambitions?|objectives?|envisag\w*|strive|striving|on\s+track|"
    r"to\s+(?:bring|increase|raise|boost|lift|double|triple|expand|grow|push|take|elevate)|tasks?|"
    r"(?:bringing|raising|increasing|lifting|boosting|doubling)\s+(?:\w+\s+){0,4}?to\b|"
    r"budgets?|budgeted|revenues?|expenditures?|spending|deficit|surplus|reserves?|GDP|gross\s+domestic\s+product|"
    r"per\s+capita|per\s+barrel|price[sd]?|earmark\w*|allocat\w*|set\s+aside|capitali[sz]ation|valuation)\b",
    re.I,
)
_AFTER_CLAUSE_END = re.compile(r"[,.;]|\s(?:and|but|while|whereas)\s", re.I)
# "$70 a barrel", "$500 per tonne": a unit price.
_UNIT_PRICE = re.compile(r"\s*(?:per|a|an|for\s+(?:a|one|each))\s+(?:barrel|tonn?e?s?|kg|kilogram|cubic|square|"
                         r"unit|head|liter|litre|ounce|share|mwh|kwh|gallon)\b", re.I)
_BY_YEAR = re.compile(r"[^.;,]{0,40}?\bby\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)

_HEDGE = re.compile(
    r"\b(?:about|around|approximately|approx\.?|nearly|almost|over|more\s+than|some|roughly|close\s+to|above|"
    r"in\s+excess\s+of|upwards\s+of|north\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|"
    r"less\s+than|under|below|just\s+(?:over|under)|well\s+(?:over|above)|at\s+least|up\s+to|an\s+estimated|"
    r"estimated(?:\s+at)?|crossed|beyond|circa)\s*$",
    re.I,
)
_HEDGE_AFTER = re.compile(r"(?:-plus\b|\+|\s+or\s+(?:so|more)\b)", re.I)

# Where a new clause with its own subject starts: figures, periods and parties do not cross it.
_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|and|but|of\s+which|with|(?:noting|adding|saying|stressing)(?:\s+that)?)\b|;|"
    r"\b(?:while|whereas|of\s+which|noting\s+that|adding\s+that|saying\s+that)\b|,?[\"”]\s"
)
_SAME_AMOUNT = re.compile(r"\s*(?:\(|,|/)?\s*(?:or|about|approximately|around|some|equivalent\s+to)?\s*$", re.I)
_BASE_AMOUNT = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+)?$",
                          re.I)
_LISTED = re.compile(r"\s*[,;]?\s*(?:and\s+)?(?:[a-z]+\s+){0,3}$")
_DIGIT = re.compile(r"\d")


def _metric(before: str) -> str | None:
    best, pos = None, -1
    for name, rx in _METRICS:
        for m in rx.finditer(before):
            if m.start() > pos:
                best, pos = name, m.start()
    return best


def _metric_after(s: str, end: int) -> str | None:
    m = _METRIC_AFTER.match(s, end)
    if not m:
        return None
    word = m["word"].lower().rstrip("s")
    return _AFTER_WORD_METRIC.get(word, "other")


def _reported(s: str, a: _Amount, clause_start: int, published: date | None) -> bool:
    """False for targets, forecasts, budgets, prices and the like: not a measure of what happened."""
    if _NOT_ACTUAL.search(s, clause_start, a.start) or _UNIT_PRICE.match(s, a.end):
        return False
    after_clause = _AFTER_CLAUSE_END.split(s[a.end:a.end + 40], maxsplit=1)[0]
    if _NOT_ACTUAL.search(after_clause):
        return False
    by_year = _BY_YEAR.match(s, a.end)
    return not (by_year and (published is None or int(by_year["year"]) >= published.year))


def _hedged(s: str, a: _Amount) -> bool:
    return bool(_HEDGE.search(s, max(0, a.start - 30), a.start) or _HEDGE_AFTER.match(s, a.end))


# ---- periods and percentages -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Period:
    start: int
    end: int
    value: str | bool


def _periods(s: str, published: date | None) -> list[_Period]:
    out: list[_Period] = []
    for m in periods_in(s):
        value = period(m, published)
        if value is not None:
            out.append(_Period(m.start(), m.end(), value))
    return out


def _period_of(periods: list[_Period], start: int, end: int, clause_end: int) -> str | None | bool:
    """The period after the amount in its clause, else the last one before it in the sentence."""
    for p in periods:
        if end <= p.start < clause_end:
            return p.value
    found: str | None | bool = None
    for p in periods:
        if p.end <= start:
            found = p.value
    return found


@dataclass(slots=True)
class _Change:
    start: int
    end: int
    pct: float
    used: bool = False


_PERCENT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)(?!\s*(?:points?|pp)\b)", re.I)
_HEDGE_WORDS = r"(?:(?:more\s+than|about|nearly|almost|over|around|some|roughly|approximately|just\s+over|close\s+to)\s+)?"
_UP_BEFORE = re.compile(
    r"\b(?:grew|grow(?:s|ing|th)?|rose|rise[sn]?|rising|increased?|increases|increasing|surged?|surging|jump(?:ed|s)?|"
    r"climb(?:ed|s)?|expand(?:ed|s|ing)?|gain(?:ed|s)?|advanced|up|higher|added)\s+(?:by\s+|of\s+)?"
    + _HEDGE_WORDS + r"$", re.I)
_DOWN_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|declin(?:ed|es?|ing)|decreas(?:ed|es?|ing)|dropp?(?:ed|s)?|shr[ai]nk|shrinking|"
    r"slump(?:ed|s)?|plung(?:ed|es?)|contract(?:ed|ion)|slid|down|lower|reduc(?:ed|tion)|lost|loss)\s+(?:by\s+|of\s+)?"
    + _HEDGE_WORDS + r"$", re.I)
_UP_AFTER = re.compile(r"\s*(?:more|higher|up|increase|growth|rise|jump|surge|gain|year[- ]on[- ]year\s+"
                       r"(?:increase|growth|rise))\b", re.I)
_DOWN_AFTER = re.compile(r"\s*(?:less|lower|down|decrease|decline|drop|fall|contraction|reduction)\b", re.I)


def _changes(s: str) -> list[_Change]:
    """Percentages that say which way something moved; "60 percent of settlements" says nothing."""
    out: list[_Change] = []
    for m in _PERCENT.finditer(s):
        pct = float(m["num"].replace(",", "."))
        sign = s[m.start() - 1] if m.start() else ""
        if sign in "+-−" and (m.start() < 2 or not s[m.start() - 2].isalnum()):
            direction = -1 if sign != "+" else 1
        elif _UP_BEFORE.search(s, max(0, m.start() - 40), m.start()) or _UP_AFTER.match(s, m.end()):
            direction = 1
        elif _DOWN_BEFORE.search(s, max(0, m.start() - 40), m.start()) or _DOWN_AFTER.match(s, m.end()):
            direction = -1
        else:
            continue
        out.append(_Change(m.start(), m.end(), direction * pct))
    return out


def _change_for(s: str, changes: list[_Change], a: _Amount, head_start: int, tail_end: int) -> float | None:
    """The change reported with the amount: right after it ("..., up 22 percent"), or just before it in
    its clause with no other measure in between ("surged by 52 percent, totaling $5.1 billion")."""
    for c in changes:
        if not c.used and a.end <= c.start < tail_end:
            c.used = True
            return c.pct
    for c in reversed(changes):
        if not c.used and head_start <= c.start and c.end <= a.start and _metric(s[c.end:a.start]) is None:
            c.used = True
            return c.pct
    return None


# ---- the sentence -------------------------------------------------------------------------------

def _clause_start(s: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(s, 0, pos):
        start = m.end()
    return start


def _clause_end(s: str, pos: int) -> int:
    m = _CLAUSE_BREAK.search(s, pos)
    return m.start() if m else len(s)


def _scope_end(s: str, pos: int, limit: int) -> int:
    comma = s.find(",", pos, limit)
    return comma if comma >= 0 else limit


def find_figures(s: str, published: date | None) -> list[Figure]:
    """Reported money figures of one sentence, then the percentage changes reported without one.
    A figure's metric may be None ("it reached $5 million"): the caller decides whether it continues
    the figure before it."""
    if not _DIGIT.search(s):
        return []
    amounts = _own_amounts(s, _amounts(s))
    has_percent = "%" in s or "cent" in s or "pct" in s  # percent, per cent
    changes = _changes(s) if has_percent else []
    if not amounts and not changes:
        return []
    periods = _periods(s, published)
    out = _value_figures(s, amounts, changes, periods, published)
    out += _change_figures(s, changes, periods, {f.metric for f in out})
    return out


def _value_figures(s: str, amounts: list[_Amount], changes: list[_Change], periods: list[_Period],
                   published: date | None) -> list[Figure]:
    out: list[Figure] = []
    for i, a in enumerate(amounts):
        clause_start = _clause_start(s, a.start)
        if not _reported(s, a, clause_start, published):
            continue
        bound = _right_bound(s, amounts, i)
        head_start = max(clause_start, amounts[i - 1].end) if i else clause_start
        metric = _metric_after(s, a.end) or _metric(s[clause_start:a.start])
        out.append(Figure(
            metric, a.value, a.currency, _amount_period(s, amounts, i, periods), _hedged(s, a),
            _change_for(s, changes, a, head_start, bound), a.start, a.end, clause_start, _scope_end(s, a.end, bound),
            a.alternatives,
        ))
    return out


def _right_bound(s: str, amounts: list[_Amount], i: int) -> int:
    """Where the words about amount i end: at its clause's end or at the next amount."""
    end = _clause_end(s, amounts[i].end)
    return min(end, amounts[i + 1].start) if i + 1 < len(amounts) else end


def _own_amounts(s: str, amounts: list[_Amount]) -> list[_Amount]:
    """Amounts that are figures of their own: not the same amount in a second currency
    ("$2 billion (AZN 3.4 billion)") and not the base of a comparison ("up from $1.5 billion")."""
    out: list[_Amount] = []
    for i, a in enumerate(amounts):
        if i:
            between = s[amounts[i - 1].end:a.start]
            if a.currency != amounts[i - 1].currency and _SAME_AMOUNT.match(between):
                continue
            if _BASE_AMOUNT.search(between):
                continue
        out.append(a)
    return out


def _amount_period(s: str, amounts: list[_Amount], i: int, periods: list[_Period]) -> str | None | bool:
    """The period after the amount, before the next amount; else the last one before it; else, for
    amounts listed together ("exports of $2 billion and imports of $1 billion in 2021"), the next one's."""
    a = amounts[i]
    found = _period_of(periods, a.start, a.end, _right_bound(s, amounts, i))
    if found is None and i + 1 < len(amounts) and _LISTED.match(s[a.end:amounts[i + 1].start]):
        nxt, bound = amounts[i + 1], _right_bound(s, amounts, i + 1)
        found = next((p.value for p in periods if nxt.end <= p.start < bound), None)
    return found


def _change_figures(s: str, changes: list[_Change], periods: list[_Period], metrics: set[str | None]) -> list[Figure]:
    """Percentage changes reported without a value, one per measure the sentence names."""
    out: list[Figure] = []
    if not changes or _NOT_ACTUAL.search(s):
        return out
    for c in changes:
        if c.used:
            continue
        clause_start = _clause_start(s, c.start)
        metric = _metric(s[clause_start:c.start])
        if metric is None or metric in metrics:
            continue
        metrics.add(metric)
        clause_end = _clause_end(s, c.end)
        out.append(Figure(metric, None, None, _period_of(periods, c.start, c.end, clause_end), False, c.pct,
                          c.start, c.end, clause_start, _scope_end(s, c.end, clause_end)))
    return out

"""Names of sides: countries (ISO 3166-1), regions (ISO 3166-2) and international organisations.

Everything is keyed by a normalised lower-case name, so that a sentence is scanned with
dictionary look-ups of capitalised word n-grams instead of a regex over thousands of names.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import pycountry

from app.ingest.extract.text import Token, tokens


@dataclass(frozen=True, slots=True)
class PartyInfo:
    code: str
    name: str
    kind: str  # country | region | organization
    parent_code: str | None


class Mention(NamedTuple):
    start: int
    end: int
    code: str
    form: str  # name | demonym
    possessive: bool


ORGANIZATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "EU": ("European Union", ("EU", "European Union")),
    "OTS": ("Organization of Turkic States", ("OTS", "Organization of Turkic States", "Organisation of Turkic States", "Turkic Council")),
    "UN": ("United Nations", ("UN", "United Nations", "U.N.")),
    "SCO": ("Shanghai Cooperation Organisation", ("SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation")),
    "CIS": ("Commonwealth of Independent States", ("CIS", "Commonwealth of Independent States")),
    "EAEU": ("Eurasian Economic Union", ("EAEU", "EAEU", "Eurasian Economic Union", "EEU")),
    "ASEAN": ("Association of Southeast Asian Nations", ("ASEAN", "Association of Southeast Asian Nations")),
    "OIC": ("Organisation of Islamic Cooperation", ("OIC", "Organization of Islamic Cooperation", "Organisation of Islamic Cooperation")),
    "CICA": ("Conference on Interaction and Confidence Building Measures in Asia", ("CICA", "Conference on Interaction and Confidence Building Measures in Asia")),
    "ECO": ("Economic Cooperation Organization", ("ECO", "Economic Cooperation Organization", "Economic Cooperation Organisation")),
    "GCC": ("Gulf Cooperation Council", ("GCC", "Gulf Cooperation Council")),
    "OSCE": ("Organization for Security and Co-operation in Europe", ("OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe")),
    "NATO": ("North Atlantic Treaty Organization", ("NATO", "North Atlantic Treaty Organization")),
    "WTO": ("World Trade Organization", ("WTO", "World Trade Organization")),
    "IMF": ("International Monetary Fund", ("IMF", "International Monetary Fund")),
    "WB": ("World Bank", ("World Bank", "World Bank Group")),
    "ADB": ("Asian Development Bank", ("ADB", "Asian Development Bank")),
    "EBRD": ("European Bank for Reconstruction and Development", ("EBRD", "European Bank for Reconstruction and Development")),
    "EIB": ("European Investment Bank", ("EIB", "European Investment Bank")),
    "AIIB": ("Asian Infrastructure Investment Bank", ("AIIB", "Asian Infrastructure Investment Bank")),
    "ISDB": ("Islamic Development Bank", ("IsDB", "Islamic Development Bank")),
    "EDB": ("Eurasian Development Bank", ("EDB", "Eurasian Development Bank")),
    "AU": ("African Union", ("African Union",)),
    "OPEC": ("Organization of the Petroleum Exporting Countries", ("OPEC", "Organization of the Petroleum Exporting Countries")),
    "BRICS": ("BRICS", ("BRICS",)),
    "CSTO": ("Collective Security Treaty Organization", ("CSTO", "Collective Security Treaty Organization")),
    "UNDP": ("United Nations Development Programme", ("UNDP", "United Nations Development Programme")),
    "FAO": ("Food and Agriculture Organization", ("FAO", "Food and Agriculture Organization")),
    "WHO": ("World Health Organization", ("World Health Organization",)),
    "UNESCO": ("UNESCO", ("UNESCO",)),
    "UNICEF": ("UNICEF", ("UNICEF",)),
    "ARAB_LEAGUE": ("League of Arab States", ("Arab League", "League of Arab States")),
}

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "U.A.E.", "Emirates", "the Emirates"),
    "TR": ("Turkey", "Turkiye", "Türkiye", "Republic of Turkey"),
    "US": ("United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "CZ": ("Czech Republic", "Czechia"),
    "KG": ("Kyrgyz Republic", "Kirghizia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CV": ("Cape Verde",),
    "MK": ("North Macedonia", "Macedonia"),
    "PS": ("Palestine",),
    "VA": ("Vatican",),
    "CD": ("DR Congo", "Democratic Republic of the Congo"),
    "CN": ("PRC", "People's Republic of China"),
    "SA": ("KSA",),
    "MM": ("Burma",),
    "BY": ("Belorussia",),
    "NL": ("Holland",),
}

DEMONYMS: dict[str, tuple[str, ...]] = {
    "AZ": ("Azerbaijani", "Azeri", "Azerbaijanian"), "KZ": ("Kazakh", "Kazakhstani"),
    "UZ": ("Uzbek", "Uzbekistani"), "KG": ("Kyrgyz", "Kirghiz"), "TJ": ("Tajik", "Tajikistani"),
    "TM": ("Turkmen",), "RU": ("Russian",), "CN": ("Chinese",), "IN": ("Indian",),
    "EG": ("Egyptian",), "AE": ("Emirati",), "TR": ("Turkish",), "DE": ("German",),
    "FR": ("French",), "GB": ("British",), "US": ("American",), "IR": ("Iranian",),
    "PK": ("Pakistani",), "AF": ("Afghan",), "MN": ("Mongolian",), "BY": ("Belarusian", "Belarussian"),
    "VN": ("Vietnamese",), "UA": ("Ukrainian",), "IT": ("Italian",), "ES": ("Spanish",),
    "JP": ("Japanese",), "KR": ("Korean", "South Korean"), "SA": ("Saudi",), "QA": ("Qatari",),
    "KW": ("Kuwaiti",), "OM": ("Omani",), "BH": ("Bahraini",), "IL": ("Israeli",),
    "JO": ("Jordanian",), "IQ": ("Iraqi",), "SY": ("Syrian",), "LB": ("Lebanese",),
    "MY": ("Malaysian",), "ID": ("Indonesian",), "TH": ("Thai",), "SG": ("Singaporean",),
    "HU": ("Hungarian",), "PL": ("Polish",), "CZ": ("Czech",), "SK": ("Slovak",),
    "AT": ("Austrian",), "CH": ("Swiss",), "NL": ("Dutch",), "BE": ("Belgian",),
    "LV": ("Latvian",), "LT": ("Lithuanian",), "EE": ("Estonian",), "FI": ("Finnish",),
    "SE": ("Swedish",), "NO": ("Norwegian",), "DK": ("Danish",), "BG": ("Bulgarian",),
    "RO": ("Romanian",), "RS": ("Serbian",), "GR": ("Greek",), "MD": ("Moldovan",),
    "HR": ("Croatian",), "SI": ("Slovenian",), "ME": ("Montenegrin",), "AL": ("Albanian",),
    "BA": ("Bosnian",), "CA": ("Canadian",), "BR": ("Brazilian",), "MX": ("Mexican",),
    "AR": ("Argentine", "Argentinian"), "DZ": ("Algerian",), "MA": ("Moroccan",),
    "TN": ("Tunisian",), "LY": ("Libyan",), "NG": ("Nigerian",), "KE": ("Kenyan",),
    "ET": ("Ethiopian",), "ZA": ("South African",), "AU": ("Australian",),
    "BD": ("Bangladeshi",), "LK": ("Sri Lankan",), "NP": ("Nepali", "Nepalese"),
    "CU": ("Cuban",), "PT": ("Portuguese",), "IE": ("Irish",), "CY": ("Cypriot",),
    "PH": ("Filipino", "Philippine"), "KH": ("Cambodian",), "LA": ("Lao", "Laotian"),
    "YE": ("Yemeni",), "SD": ("Sudanese",), "CL": ("Chilean",), "PE": ("Peruvian",),
    "CO": ("Colombian",), "VE": ("Venezuelan",), "GE": ("Georgian",), "AM": ("Armenian",),
    "RU-BA": ("Bashkir",), "RU-TA": ("Tatar",), "DE-BY": ("Bavarian",),
}

REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "RU-TA": ("Tatarstan", "Republic of Tatarstan"), "RU-BA": ("Bashkortostan", "Republic of Bashkortostan", "Bashkiria"),
    "RU-MOW": ("Moscow", "Moscow city"), "RU-MOS": ("Moscow Region", "Moscow Oblast"),
    "RU-SPE": ("St. Petersburg", "Saint Petersburg", "St Petersburg"), "RU-LEN": ("Leningrad Region",),
    "RU-CE": ("Chechnya", "Chechen Republic"), "RU-DA": ("Dagestan",), "RU-UD": ("Udmurtia",),
    "RU-CU": ("Chuvashia",), "RU-SA": ("Yakutia", "Sakha"), "RU-KDA": ("Krasnodar Territory", "Krasnodar Krai"),
    "RU-ALT": ("Altai Territory", "Altai Krai"), "RU-KYA": ("Krasnoyarsk Territory",),
    "CN-XJ": ("Xinjiang", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"),
    "CN-NM": ("Inner Mongolia",), "CN-XZ": ("Tibet",), "CN-GX": ("Guangxi",), "CN-NX": ("Ningxia",),
    "CN-SN": ("Shaanxi",), "CN-BJ": ("Beijing city",), "CN-SH": ("Shanghai city",),
    "DE-BY": ("Bavaria", "Free State of Bavaria"), "DE-NI": ("Lower Saxony",), "DE-NW": ("North Rhine-Westphalia",),
    "DE-HE": ("Hesse",), "DE-SN": ("Saxony",), "DE-TH": ("Thuringia",), "DE-RP": ("Rhineland-Palatinate",),
    "DE-ST": ("Saxony-Anhalt",), "DE-MV": ("Mecklenburg-Western Pomerania",), "DE-BW": ("Baden-Wuerttemberg",),
    "KZ-10": ("Abai Region", "Abay Region"), "KZ-11": ("Akmola Region",), "KZ-15": ("Aktobe Region",),
    "KZ-19": ("Almaty Region",), "KZ-23": ("Atyrau Region",), "KZ-27": ("West Kazakhstan", "West Kazakhstan Region"),
    "KZ-31": ("Zhambyl Region",), "KZ-33": ("Zhetysu Region", "Zhetisu Region"), "KZ-35": ("Karaganda Region", "Karagandy Region"),
    "KZ-39": ("Kostanay Region",), "KZ-43": ("Kyzylorda Region",), "KZ-47": ("Mangystau Region", "Mangistau Region"),
    "KZ-55": ("Pavlodar Region",), "KZ-59": ("North Kazakhstan", "North Kazakhstan Region"),
    "KZ-61": ("Turkestan Region", "Turkistan Region"), "KZ-62": ("Ulytau Region",),
    "KZ-63": ("East Kazakhstan", "East Kazakhstan Region"), "KZ-71": ("Astana city",), "KZ-75": ("Almaty city",),
    "KZ-79": ("Shymkent city",),
    "UZ-AN": ("Andijan Region", "Andijan region"), "UZ-BU": ("Bukhara Region",), "UZ-FA": ("Fergana Region", "Ferghana Region"),
    "UZ-JI": ("Jizzakh Region",), "UZ-NG": ("Namangan Region",), "UZ-NW": ("Navoi Region",),
    "UZ-QA": ("Kashkadarya Region",), "UZ-QR": ("Karakalpakstan", "Republic of Karakalpakstan"),
    "UZ-SA": ("Samarkand Region",), "UZ-SI": ("Syrdarya Region",), "UZ-SU": ("Surkhandarya Region",),
    "UZ-TK": ("Tashkent city",), "UZ-TO": ("Tashkent Region",), "UZ-XO": ("Khorezm Region", "Khorezm"),
    "KG-C": ("Chui Region", "Chuy Region"), "KG-Y": ("Issyk-Kul Region", "Issyk-Kul"), "KG-GB": ("Bishkek city",),
    "TJ-GB": ("Gorno-Badakhshan", "Gorno-Badakhshan Autonomous Region"), "TJ-SU": ("Sughd Region",), "TJ-KT": ("Khatlon Region",),
    "TM-D": ("Dashoguz Region",), "TM-L": ("Lebap Region",), "TM-A": ("Ahal Region",), "TM-M": ("Mary Region",),
    "TM-B": ("Balkan Region",), "AZ-NX": ("Nakhchivan Autonomous Republic",),
    "GE-AJ": ("Adjara", "Ajara", "Autonomous Republic of Adjara"), "GE-KA": ("Kakheti",),
    "BY-HM": ("Minsk city", "city of Minsk"), "BY-MI": ("Minsk Region",), "BY-BR": ("Brest Region",),
    "BY-HO": ("Gomel Region",), "BY-HR": ("Grodno Region",), "BY-MA": ("Mogilev Region",), "BY-VI": ("Vitebsk Region",),
    "AE-AZ": ("Abu Dhabi Emirate", "Emirate of Abu Dhabi"), "AE-DU": ("Emirate of Dubai",),
    "AE-SH": ("Sharjah",), "AE-AJ": ("Ajman",), "AE-FU": ("Fujairah",), "AE-RK": ("Ras Al Khaimah",),
    "MN-071": ("Bayan-Ulgii", "Bayan-Olgii", "Bayan-Ölgii"), "MN-043": ("Khovd",), "MN-046": ("Uvs",),
    "MN-057": ("Zavkhan",), "MN-049": ("Selenge",), "MN-037": ("Darkhan-Uul",), "MN-035": ("Orkhon",),
    "MN-061": ("Dornod",), "MN-039": ("Khentii",), "MN-065": ("Govi-Altai",), "MN-053": ("Umnugovi", "South Gobi"),
    "MN-063": ("Dornogovi", "East Gobi"), "MN-073": ("Arkhangai",), "MN-055": ("Uvurkhangai",), "MN-067": ("Bulgan",),
    "MN-047": ("Tuv",), "MN-051": ("Sukhbaatar",), "MN-041": ("Khuvsgul",), "MN-1": ("Ulaanbaatar city",),
}

# Subdivision kinds that can act as a side on their own; cities only through REGION_ALIASES.
_REGION_TYPES = {
    "Republic", "Region", "State", "Land", "Province", "Autonomous region", "Autonomous republic",
    "Oblast", "Administrative region", "Administrative territory", "Autonomous district",
    "Governorate", "Emirate", "Prefecture", "Canton", "Autonomous province", "Autonomous community",
}
_SUFFIXES = re.compile(
    r",?\s+(?:respublika|respublikasi|oblysy|oblast'?|kray|sheng|shi|zizhiqu|viloyati|voblasc|shaary|"
    r"zhuangzu zizhiqu|huizu zizhiqu|uygur zizhiqu|weiwu'er zizhiqu|avtonomnyy okrug|avtonomnaya oblast')$"
)
_BLOCKED = {
    "mary", "balkan", "georgia", "central", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "capital", "centre", "center", "coast", "island", "islands", "valley",
    "upper", "lower", "federal", "punjab", "mexico", "distrito federal", "washington", "new york",
    "victoria", "queensland", "amazonas", "santa cruz", "la paz", "san juan", "cordoba", "limon",
    "colon", "guatemala", "panama", "sul", "national", "interior", "highlands", "borders",
}


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'").replace("‘", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[.\-]", " ", s)
    return " ".join(s.split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, PartyInfo]]:
    names: dict[str, set[tuple[str, str]]] = {}
    info: dict[str, PartyInfo] = {}

    def add(name: str, code: str, form: str = "name") -> None:
        key = norm(name)
        if key:
            names.setdefault(key, set()).add((code, form))

    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name.split(",")[0]
        info[c.alpha_2] = PartyInfo(c.alpha_2, short, "country", None)
        for n in {c.name, short, getattr(c, "official_name", c.name)}:
            if "," not in n:
                add(n, c.alpha_2)
                add(f"Republic of {n}", c.alpha_2)
    for code, aliases in COUNTRY_ALIASES.items():
        for a in aliases:
            add(a, code)
    info["RU"] = PartyInfo("RU", "Russia", "country", None)
    info["TR"] = PartyInfo("TR", "Türkiye", "country", None)
    country_keys = set(names)
    region_english = {code: aliases[0] for code, aliases in REGION_ALIASES.items()}
    for s in pycountry.subdivisions:
        if s.type not in _REGION_TYPES and s.code not in REGION_ALIASES:
            continue
        base = _SUFFIXES.sub("", norm(s.name)).replace("'", "")
        info[s.code] = PartyInfo(s.code, region_english.get(s.code, s.name), "region", s.country_code)
        if s.type not in _REGION_TYPES or base in _BLOCKED or base in country_keys or len(base) < 4:
            continue
        variants = {base, base.replace("q", "k"), base.replace("x", "kh")}
        if base.endswith("skaya"):
            variants |= {base[:-5], base[:-5] + "sk"}
        for v in variants:
            add(v, s.code)
            add(f"{v} region", s.code)
            add(f"{v} province", s.code)
    for code, aliases in REGION_ALIASES.items():
        for a in aliases:
            add(a, code)
    for code, (name, aliases) in ORGANIZATIONS.items():
        info[f"ORG:{code}"] = PartyInfo(f"ORG:{code}", name, "organization", None)
        for a in aliases:
            add(a, f"ORG:{code}")
    for code, words in DEMONYMS.items():
        for w in words:
            add(w, code, "demonym")
    resolved = {k: next(iter(v)) for k, v in names.items() if len({c for c, _ in v}) == 1}
    for k in resolved:
        first, _, _ = k.partition(" ")
        _FIRST_WORDS[first] = max(_FIRST_WORDS.get(first, 0), len(k.split()))
    for k, v in names.items():
        if len({c for c, _ in v}) > 1:
            countries = [(c, f) for c, f in v if "-" not in c and not c.startswith("ORG:")]
            if len({c for c, _ in countries}) == 1:
                resolved[k] = countries[0]
                first = k.split()[0]
                _FIRST_WORDS[first] = max(_FIRST_WORDS.get(first, 0), len(k.split()))
    return resolved, info


_FIRST_WORDS: dict[str, int] = {}
_PLACE_NOUNS = frozenset(("region", "city", "province", "oblast"))


# An international body the gazetteer does not know, introduced the way wire stories do:
# "the Organization of the Black Sea Economic Cooperation (BSEC)".
_INTRODUCED = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'\-]*\s+(?:(?:of|the|for|and|on)\s+){0,2}){0,8}?"
    r"(?:Organi[sz]ation|Union|Community|Bank|Fund|Cooperation|Co-operation|Association|Alliance|Forum|Institute)"
    r"(?:\s+(?:(?:of|the|for|and|on)\s+){0,2}[A-Z][\w'\-]*){0,6})\s+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)"
)


# "Secretary General of the Organization of ...": the office is not part of the body's name.
_OFFICE_OF = re.compile(
    r"^(?:(?:Secretary|General|Deputy|Head|Chairman|Chair|President|Director|Executive|Vice|Chief|"
    r"Representative|Delegation|Ambassador|Envoy|Special)\s+)+(?:of|to|at)\s+(?:the\s+)?"
)


@dataclass(frozen=True, slots=True)
class Introduced:
    """Organisations an article names with their acronym, beyond the gazetteer."""

    names: dict[str, tuple[str, str]]  # normalised name or acronym -> (code, "name")
    infos: dict[str, PartyInfo]


def introduced_organizations(text: str) -> Introduced:
    """International bodies spelled out with an acronym. A body named after a country or region
    ("Development Bank of Kazakhstan (DBK)") is that country's, not a side of its own."""
    names: dict[str, tuple[str, str]] = {}
    infos: dict[str, PartyInfo] = {}
    known, info = _tables()
    for m in _INTRODUCED.finditer(text):
        name = _OFFICE_OF.sub("", re.sub(r"^(?:The|the)\s+", "", m["name"])).strip()
        code = f"ORG:{m['acronym'].upper()}"
        if code in info or norm(m["acronym"]) in known or find_mentions(tokens(name, 0)):
            continue
        if re.search(r"\b(?:National|State|Central|Republican|Presidential)\b", name):
            continue
        infos[code] = PartyInfo(code, name, "organization", None)
        names[norm(name)] = (code, "name")
        names[norm(m["acronym"])] = (code, "name")
    return Introduced(names, infos)


def find_mentions(toks: list[Token], introduced: Introduced | None = None) -> list[Mention]:
    """Longest-match look-up of capitalised n-grams; a possessive `'s` may close the last word."""
    names, _ = _tables()
    extra = introduced.names if introduced else {}
    extra_first: dict[str, int] = {}
    for key in extra:
        first = key.partition(" ")[0]
        extra_first[first] = max(extra_first.get(first, 0), len(key.split()))
    out: list[Mention] = []
    i = 0
    n = len(toks)
    low = [norm(t.word) for t in toks]
    while i < n:
        t = toks[i]
        first = low[i].partition(" ")[0]
        longest = max(_FIRST_WORDS.get(first, 0), extra_first.get(first, 0))
        if not longest or not t.word[:1].isupper():
            i += 1
            continue
        hit = None
        for size in range(min(longest, n - i), 0, -1):
            last = toks[i + size - 1]
            if not last.word[:1].isupper() and last.word not in _PLACE_NOUNS:
                continue
            if any(toks[j + 1].start - toks[j].end > 1 or toks[j].possessive for j in range(i, i + size - 1)):
                continue
            key = " ".join(low[i:i + size]) if size > 1 else low[i]
            entry = names.get(key) or extra.get(key)
            if entry:
                hit = (size, entry)
                break
        if hit and "-" in hit[1][0] and not hit[1][0].startswith("ORG:") and _inside_longer_name(toks, i, out):
            hit = None
        if hit:
            size, (code, form) = hit
            last = toks[i + size - 1]
            out.append(Mention(t.start, last.end, code, form, last.possessive))
            i += size
        else:
            i += 1
    return out


_FUNCTION_CAPS = frozenset("the and of in on at to for with from by as a an".split())


def _inside_longer_name(toks: list[Token], i: int, found: list[Mention]) -> bool:
    """A region name glued to a preceding capitalised word ("New Delhi") is part of another name."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if toks[i].start - prev.end != 1 or not prev.word[:1].isupper() or prev.possessive:
        return False
    if prev.word.lower() in _FUNCTION_CAPS or (found and found[-1].end == prev.end):
        return False
    return True


def mentions_in(text: str, offset: int = 0) -> list[Mention]:
    return find_mentions(tokens(text, offset))


def party_info(code: str) -> PartyInfo | None:
    return _tables()[1].get(code)


def parent_of(code: str) -> str | None:
    info = party_info(code)
    return info.parent_code if info else None


def is_region(code: str) -> bool:
    return "-" in code and not code.startswith("ORG:")

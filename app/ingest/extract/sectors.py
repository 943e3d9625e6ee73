"""The sector vocabulary and its synonyms; names of bodies and offices are masked before matching."""
from __future__ import annotations

import re

_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("trade", r"trade(?!\s+(?:turnover|volume))|trading|commerce|commercial\s+(?:ties|links|relations)|export\s+promotion|re-exports?|"
              r"(?:supplies|supply|supplying|deliveries|exports|imports)\s+of|supplying"),
    ("investment", r"invest(?:ment|ments|ing|ors?)?|investment\s+climate|business\s+climate"),
    ("industry", r"industr(?:y|ial|ies)|construction\s+materials|building\s+materials|manufactur\w*|joint\s+production|production|automotive|textiles?|chemical|"
                 r"petrochemical|machine[-\s]building|machinery|engineering\s+(?:firms|companies)|assembl(?:y|ed|ing)|(?<!power\s)(?<!hydropower\s)(?<!hydroelectric\s)(?<!nuclear\s)(?<!solar\s)(?<!thermal\s)plants?\b(?!\s+protection)"),
    ("energy", r"energy|oil\s+and\s+gas|refiner(?:y|ies)|(?<!vegetable\s)(?<!sunflower\s)(?<!palm\s)(?<!cooking\s)(?<!olive\s)oil|(?:natural\s+)?gas(?:\s+(?:supplies|swaps?|pipelines?|exports?|fields?))?\b|renewable\w*|solar|wind\s+(?:power|farms?|energy)|electricity|"
               r"hydropower|hydroelectric|power\s+(?:plants?|systems?|grid|generation|transmission)|offshore\s+wind|wind\s+(?:development|parks?|projects?|turbines?)"),
    ("transport", r"transport\w*|transit|railways?|rail\b|aviation|air\s+services|flights?|air\s+link|shipping|"
                  r"highways?|roads?(?!\s+(?:machinery|equipment|construction\s+machinery))|ferry|seaport|port\b|ports\b|trains?|trucking|lorr(?:y|ies)|"
                  r"maritime\s+(?:link|route|connection|transport|service)s?"),
    ("logistics", r"logistic\w*|freight|cargo|containers?|(?<!transport\s)(?<!hydrogen\s)(?<!energy\s)(?<!gas\s)(?<!power\s)corridors?|multimodal|supply\s+chains?"),
    ("agriculture", r"agricultur\w*|agro\w*|palm\s+oil|halal\s+food|foodstuffs?|agri(?:business|food|-food)\w*|food\s+processing|honey|lamb|tea|spices|cocoa|farm(?:s|ing|ers)?|food\s+security|food\s+industry|grain|wheat|"
                    r"fruits?|vegetables|crops?|sericulture|livestock|cotton|greenhouses?|harvesters?|tractors|dairy|meat|beef|"
                    r"poultry|seafood|fish(?:ery|eries)?|coffee|rice|flour|veterinary|phytosanitary|fertili[sz]ers?|animal\s+diseases"),
    ("tourism", r"touris\w*"),
    ("construction", r"construction|infrastructure|urban\s+planning|architecture|reconstruction|rebuild(?:ing)?|smart\s+cit(?:y|ies)|"
                     r"smart\s+villages?|housing|residential|building\s+(?:highways|roads|bridges)"),
    ("innovation", r"innovat\w*|(?<!information\s)technolog\w*|start-?ups?|high[-\s]tech"),
    ("ict", r"\bict\b|digital\w*|telecom\w*|e-government|information\s+technolog\w*|\bit\s+sector|(?<!transport\s)communications"),
    ("smes", r"small\s+and\s+medium[-\s]sized|\bsmes?\b|entrepreneurship|small\s+(?:\w+\s+)?business\w*"),
    ("humanitarian", r"humanitarian"),
    ("education", r"educat\w*|universit\w*|students?|scholarships?|training|vocational|schools?|academic"),
    ("culture", r"cultur\w*|\barts\b|heritage|historical\s+monuments|museums?|archives|archaeolog\w*|restoration\s+of\s+(?:monuments|churches|mosques)"),
    ("science", r"scien\w*|research\w*"),
    ("health", r"health\w*|medic\w*|pharma\w*|hospitals?|drug\s+makers|(?<!animal\s)diseases?|pandemic|epidemic|covid\S*|coronavirus|vaccin\w*|polio|malaria|tuberculosis|measles|cholera"),
    ("finance", r"financ\w*|banking|banks?\b|insurance|customs(?!\s+(?:data|statistics|figures|directorate|service|office|authorit\w*))|tax(?:es|ation)?\b|payments?|"
                r"credit\s+lines?|bond\s+markets?|capital\s+markets?"),
    ("environment", r"environment\w*|ecolog\w*|(?<!business\s)(?<!investment\s)climate|water\s+(?:resources|management)|"
                    r"transboundary\s+rivers|glaciers?|emissions|flood\w*|reservoirs?|(?:raw|drinking|fresh)\s+water|water\s+(?:supply|abstraction|sharing)|desalination|wetlands?|droughts?|"
                    r"early[-\s]warning|disaster\s+risk"),
    ("sports", r"sports?\b|youth"),
    ("defense", r"defen[cs]e|(?<!food\s)(?<!energy\s)(?<!economic\s)security|military|(?:drug|arms|human)\s+trafficking|smuggling|piracy|"
                r"counter-?terror\w*|terroris[mt]\w*|extremism|joint\s+patrols?"),
    ("other", r"border\s+delimitation|delimitation|demarcation|boundary\s+lines?|migration|immigration|migrant\s+workers?|labou?r\s+migrants?|consular|visas?"),
)
_WORD_START = re.compile(r"\b[^\W\d_]")
_ALL = re.compile("|".join(rf"(?P<{slug}>\b(?:{rx})\b)" for slug, rx in _SYNONYMS), re.I)

_BODY_HEADS = (
    r"Ministry|Minister|Commission|Committee|Agency|Council|Chambers?|Bureau|Service|Federation|Group|Corporation|House|"
    r"Office|Department|Organi[sz]ation|Cabinet|Government|Association|Union|Institute|Authority|Administration|Center|"
    r"Centre|Secretary|Deputy|Chairman|Company|Bank|Zone|Park|Plant|Factory|Seaport|Port|Cluster|Complex|Works"
)
_CAP = r"[A-Z][\w'’&+\-]*"
_BODY = re.compile(
    rf"{_CAP}(?:(?:\s+|,\s+(?=[A-Z])|,?\s+(?:and|of|for|on|the|between)\s+(?:the\s+)?)(?:{_CAP}|\([A-Z]+\)))*"
)
_CREDIT = re.compile(r"(?:[A-Z][\w&'’.\-]*\s+){1,5}(?=(?:reports|reported|writes|informs)\b)")
_HEAD_RE = re.compile(rf"\b(?:{_BODY_HEADS})\b")


def mask_bodies(sentence: str) -> str:
    """Blank out names of organisations, offices and credited outlets ("Ministry of Economy", "Silk Road Wire reports")."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group()) if _HEAD_RE.search(m.group()) and " " in m.group() else m.group()
    masked = _BODY.sub(blank, sentence)
    return _CREDIT.sub(lambda m: " " * len(m.group()), masked)


def find_sectors(sentence: str) -> list[tuple[str, int]]:
    masked = mask_bodies(sentence)
    hits: dict[str, int] = {}
    end = -1
    for w in _WORD_START.finditer(masked):
        pos = w.start()
        if pos < end:
            continue
        m = _ALL.match(masked, pos)
        if m:
            hits.setdefault(m.lastgroup or "other", pos)
            end = m.end()
    for slug, pattern in _CASE_SENSITIVE:
        if slug not in hits and (c := pattern.search(masked)):
            hits[slug] = c.start()
    return list(hits.items())


# Abbreviations that are ordinary words in lower case ("it").
_CASE_SENSITIVE = (("ict", re.compile(r"\bIT\b")),)

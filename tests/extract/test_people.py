import re

import pytest

from app.ingest.extract.gazetteer import Mention, find_mentions
from app.ingest.extract.people import find_people
from app.ingest.extract.text import tokens

Found = list[tuple[str, str | None, str | None]]


def people(sentence: str, places: dict[str, str] | None = None) -> Found:
    """People read from one sentence; `places` adds gazetteer names (surface form -> code) so that a
    case does not depend on how far the gazetteer's coverage has grown."""
    toks = tokens(sentence)
    mentions = find_mentions(toks)
    if places:
        mentions = _with_places(sentence, mentions, places)
    return [(p.name, p.title, p.party) for p in find_people(sentence, 0, toks, mentions)]


def _with_places(sentence: str, mentions: list[Mention], places: dict[str, str]) -> list[Mention]:
    added = []
    for surface, code in places.items():
        for m in re.finditer(rf"\b{re.escape(surface)}\b", sentence):
            possessive = sentence[m.end():m.end() + 2] in ("'s", "’s")
            added.append(Mention(m.start(), m.end(), code, "name", possessive))
    kept = [m for m in mentions if not any(m.start < a.end and a.start < m.end for a in added)]
    return sorted(kept + added)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Georgia's Minister of Finance Nino Beridze met the delegation.",
         [("Nino Beridze", "Minister of Finance", "GE")]),
        ("Vusal Karimov, Deputy Chairman of the Cabinet of Ministers of Azerbaijan, opened the forum.",
         [("Vusal Karimov", "Deputy Chairman of the Cabinet of Ministers", "AZ")]),
        ("Deputy Prime Minister, Minister of Energy of Kazakhstan Arman Bekov and Tajikistan's Ambassador to Kazakhstan Rustam Nazarov spoke.",
         [("Arman Bekov", "Deputy Prime Minister, Minister of Energy", "KZ"),
          ("Rustam Nazarov", "Ambassador to Kazakhstan", "TJ")]),
        ("The Kyrgyz delegation was headed by Minister of Economy Daniyar Amanov.",
         [("Daniyar Amanov", "Minister of Economy", "KG")]),
        ("He met Head of the Uzbek Government Timur Karimov.",
         [("Timur Karimov", "Head of the Government", "UZ")]),
        ("The Hokim of Samarkand region Botir Usmonov welcomed the guests.",
         [("Botir Usmonov", "Hokim", "UZ-SA")]),
        ("Sheikh Omar Al Hashimi, Minister of Energy of the UAE, attended.",
         [("Omar Al Hashimi", "Minister of Energy", "AE")]),
        ("The Milli Majlis adopted the law and the Red Bridge was closed.", []),
        ("It was co-chaired by Aman Dostov, Deputy Chairman of the Cabinet of Ministers of Turkmenistan, and "
         "Ilkin Bayramov, Deputy Prime Minister of Azerbaijan.",
         [("Aman Dostov", "Deputy Chairman of the Cabinet of Ministers", "TM"),
          ("Ilkin Bayramov", "Deputy Prime Minister", "AZ")]),
        # A province the gazetteer does not know stays in the title; the country is the side.
        ("The Governor of Zembla Province of South Korea Lee Seo-jun met the delegation.",
         [("Lee Seo-jun", "Governor of Zembla Province", "KR")]),
    ],
)
def test_names_titles_and_sides(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Minister of Agriculture of Moldova Ion Rusu opened the fair.",
         [("Ion Rusu", "Minister of Agriculture", "MD")]),
        ("Ion Rusu, Minister of Agriculture of Moldova, opened the fair.",
         [("Ion Rusu", "Minister of Agriculture", "MD")]),
        ("Tomas Novak, the Czech Republic's Minister of Industry and Trade, opened the exhibition.",
         [("Tomas Novak", "Minister of Industry and Trade", "CZ")]),
        ("The Chairman of the Grodno Regional Executive Committee, Yuri Karaev, received the guests.",
         [("Yuri Karaev", "Chairman of the Regional Executive Committee", "BY-HR")]),
        ("The talks were held with a delegation of Hubei Province of the People's Republic of China "
         "headed by Vice Governor Wang Lei.",
         [("Wang Lei", "Vice Governor", "CN-HB")]),
    ],
)
def test_title_before_or_after_the_name(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Grodno": "BY-HR"}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Croatian Minister of Economy Ante Marić met the investors.",
         [("Ante Marić", "Minister of Economy", "HR")]),
        ("Korea's Second Vice Minister of Foreign Affairs Choi Hyun-soo held talks in Astana.",
         [("Choi Hyun-soo", "Second Vice Minister of Foreign Affairs", "KR")]),
        ("Spain's Director General for Industrial Policy at the Ministry of Industry and Tourism "
         "Lucia Moreno attended.",
         [("Lucia Moreno", "Director General for Industrial Policy at the Ministry of Industry and Tourism", "ES")]),
        ("Uganda's Cabinet Secretary for Lands, Housing and Urban Development Grace Akello spoke first.",
         [("Grace Akello", "Cabinet Secretary for Lands, Housing and Urban Development", "UG")]),
        ("BALTIC WIRE – Lithuanian Prime Minister Tomas Jonaitis spoke by phone with his Latvian counterpart.",
         [("Tomas Jonaitis", "Prime Minister", "LT")]),
        ("Talks with the Kazakh Prime Minister focused on transit.", []),
    ],
)
def test_side_written_before_the_title(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Korea": "KR"}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He received the Ambassador of the Republic of Azerbaijan to Uzbekistan, Elchin Mammadov, in Bukhara.",
         [("Elchin Mammadov", "Ambassador to Uzbekistan", "AZ")]),
        ("Consul General of the Republic of Poland in Lviv Marek Nowak visited the plant.",
         [("Marek Nowak", "Consul General in Lviv", "PL")]),
        ("The Ambassador of the Republic of Korea to Kyrgyzstan, Lee Joon-ho, visited the free zone.",
         [("Lee Joon-ho", "Ambassador to Kyrgyzstan", "KR")]),
        ("Korean Ambassador Han Ji-woo attended the opening.",
         [("Han Ji-woo", "Ambassador", "KR")]),
        ("The Korean ambassador attended the opening.", []),
    ],
)
def test_envoys_speak_for_the_sending_country(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Governor of Bursa Province Mehmet Demir welcomed the guests.",
         [("Mehmet Demir", "Governor", "TR-16")]),
        ("They were met by Deputy Governor of Kayseri Province Ayşe Çelik.",
         [("Ayşe Çelik", "Deputy Governor", "TR-38")]),
        ("Chairman of Khatlon region Rustam Saidov opened the fair.",
         [("Rustam Saidov", "Chairman", "TJ-KT")]),
        ("The delegation was headed by Governor of Naryn region Nurlan Asanov.",
         [("Nurlan Asanov", "Governor", "KG-N")]),
        ("Deputy Governor of Volgograd Oblast Igor Smirnov chaired the session.",
         [("Igor Smirnov", "Deputy Governor", "RU-VGG")]),
        ("The State Representative – Governor in Kakheti, Levan Gogava, met the investors in Telavi.",
         [("Levan Gogava", "State Representative – Governor", "GE-KA")]),
        ("A delegation headed by the Sindh Provincial Government's Minister of Energy, Imran Shah, arrived in Baku.",
         [("Imran Shah", "Minister of Energy", "PK-SD")]),
        ("A delegation of the Kurdistan Region of Iraq headed by the Kurdistan Regional Government's Minister of "
         "Agriculture and Water Resources, Karwan Aziz, arrived in Van.",
         [("Karwan Aziz", "Minister of Agriculture and Water Resources", "IQ-KR")]),
        ("The meeting was attended by Principal Secretary of the Energy Department of the Government of "
         "Karnataka Suresh Rao.",
         [("Suresh Rao", "Principal Secretary of the Energy Department of the Government", "IN-KA")]),
        ("The Qatari delegation was led by Sheikh Hamad Al-Marri, Board Member of the Qatar Chamber of Commerce "
         "and Industry, and the Serbian side by President of the Chamber of Commerce of Serbia Marko Ilić.",
         [("Hamad Al-Marri", "Board Member of the Chamber of Commerce and Industry", "QA"),
          ("Marko Ilić", "President of the Chamber of Commerce", "RS")]),
        ("Chief Minister of Kerala Anil Menon met the delegation.",
         [("Anil Menon", "Chief Minister", "IN-KL")]),
        ("The Governor of Jeju Province of South Korea Lee Seo-jun met the delegation.",
         [("Lee Seo-jun", "Governor", "KR-49")]),
    ],
)
def test_regional_officials_speak_for_their_region(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Jeju Province": "KR-49", "Kurdistan Region": "IQ-KR"}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("President of the Islamic Development Bank Group Dr. Amina Yusuf-Bello arrived in Tashkent.",
         [("Amina Yusuf-Bello", "President", "ORG:ISDB")]),
        ("The EU side was led by Sofia Berg, Head of Unit for Central and West Asia at the Directorate-General "
         "for Trade of the European Commission, and Kazakhstan's by Deputy Minister of Trade Arman Seitov.",
         [("Sofia Berg",
           "Head of Unit for Central and West Asia at the Directorate-General for Trade of the European Commission",
           "ORG:EU"),
          ("Arman Seitov", "Deputy Minister of Trade", "KZ")]),
    ],
)
def test_organisation_officials(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Serbian Minister of Economy Nikola Đurić met Deputy Minister Jelena Petrović.",
         [("Nikola Đurić", "Minister of Economy", "RS"), ("Jelena Petrović", "Deputy Minister", None)]),
        ("Peru's delegation was led by Vice Minister of Foreign Affairs María Torres Vega.",
         [("María Torres Vega", "Vice Minister of Foreign Affairs", "PE")]),
        ("Vietnam's Deputy Minister of Industry and Trade Le Van Minh arrived in Minsk.",
         [("Le Van Minh", "Deputy Minister of Industry and Trade", "VN")]),
        ("Morocco was represented by Secretary of State for Foreign Trade Karim El Amrani.",
         [("Karim El Amrani", "Secretary of State for Foreign Trade", "MA")]),
        ("Mexico's Under-Secretary of Commerce Daniel Cruz and Chile's Undersecretary of Trade Pablo Soto spoke.",
         [("Daniel Cruz", "Under-Secretary of Commerce", "MX"), ("Pablo Soto", "Undersecretary of Trade", "CL")]),
        ("Nepal was represented by Foreign Secretary Sunil Raj Adhikari and Bhutan by Additional Secretary "
         "Karma Wangdi.",
         [("Sunil Raj Adhikari", "Foreign Secretary", "NP"), ("Karma Wangdi", "Additional Secretary", "BT")]),
        ("Algeria's Secretary General of the Ministry of Energy and Mines Karim Haddad opened the forum.",
         [("Karim Haddad", "Secretary General of the Ministry of Energy and Mines", "DZ")]),
    ],
)
def test_name_shapes(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Foreign Trade Chamber of Serbia hosted the event.", []),
        ("The deal was signed by Director General of Volga-Agro Pavel Sokolov.",
         [("Pavel Sokolov", "Director General of Volga-Agro", None)]),
        ("Chief Executive of Rail Nordica Anna Berg spoke about the line.",
         [("Anna Berg", "Chief Executive of Rail Nordica", None)]),
        ("The leaders spoke by telephone on Tuesday, the Prime Minister's Office said.", []),
        ("Member states of the Eurasian Economic Union Trade Council met.", []),
        ("Speaking in Baku, Minister of Economy Ali Aliyev praised the project.",
         [("Ali Aliyev", "Minister of Economy", "AZ")]),
    ],
)
def test_bodies_places_and_headlines_are_not_people(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Baku": "AZ"}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A name never runs across a comma: the title's last word is not a given name.
        ("Ecuador's Minister of Production, Fisheries and the Amazon, Rosa Ibarra-Quito, and Colombia's "
         "Minister of Mines, Diego Ruiz, signed the letter.",
         [("Rosa Ibarra-Quito", "Minister of Production, Fisheries and the Amazon", "EC"),
          ("Diego Ruiz", "Minister of Mines", "CO")]),
        ("Bolivia's Minister of Labour, Employment and Diaspora, Ana Quispe-Mamani, opened the fair.",
         [("Ana Quispe-Mamani", "Minister of Labour, Employment and Diaspora", "BO")]),
        # After "the", the last two words are the name, and a hyphenated surname is one word.
        ("Uruguay was represented by Minister of Labour and the Diaspora Ana Pérez-Luna.",
         [("Ana Pérez-Luna", "Minister of Labour and the Diaspora", "UY")]),
        ("Chief Executive of the Rail Nordica Anna Berg-Holm spoke about the line.",
         [("Anna Berg-Holm", "Chief Executive of the Rail Nordica", None)]),
    ],
)
def test_hyphenated_names_after_a_long_title(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A demonym in a list of portfolios qualifies a field, not the office's side.
        ("Senegal's Minister of Foreign Affairs and Senegalese Abroad, Awa Diop, received the envoy.",
         [("Awa Diop", "Minister of Foreign Affairs and Senegalese Abroad", "SN")]),
        ("Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Karim Benali, "
         "met the delegation.",
         [("Karim Benali", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "MA")]),
        ("Morocco was represented by Minister of Foreign Affairs and Moroccan Expatriates Karim Benali.",
         [("Karim Benali", "Minister of Foreign Affairs and Moroccan Expatriates", "MA")]),
        # At the head of the title, or before a body, it still names the side.
        ("Moroccan Minister of Industry Karim Benali opened the plant.",
         [("Karim Benali", "Minister of Industry", "MA")]),
        ("Head of Uzbek Government Timur Karimov met them.",
         [("Timur Karimov", "Head of Government", "UZ")]),
    ],
)
def test_demonyms_inside_a_title(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "de <region>" closes a title like "of <region>" and is cut out.
        ("The Vice President of the Xunta de Galicia, Carmen Rial, visited Porto.",
         [("Carmen Rial", "Vice President of the Xunta", "ES-GA")]),
        ("The President of the Junta de Castilla, Pedro Gil, opened the fair.",
         [("Pedro Gil", "President of the Junta", "ES-CL")]),
        # "of the Department of", "of the Province of" before a region's name.
        ("The Governor of the Department of Santa Cruz, Rubén Arce, received the delegation.",
         [("Rubén Arce", "Governor", "BO-S")]),
        ("Governor of the Province of Mendoza Pablo Ríos met the investors.",
         [("Pablo Ríos", "Governor", "AR-M")]),
        # A department that is a body, not a region, stays in the title.
        ("Director of the Department of Foreign Trade of Uzbekistan Ali Karimov spoke.",
         [("Ali Karimov", "Director of the Department of Foreign Trade", "UZ")]),
    ],
)
def test_region_named_at_the_end_of_a_title(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Santa Cruz": "BO-S", "Mendoza": "AR-M", "Castilla": "ES-CL"}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The governor welcomed on Tuesday the Consul General of the Republic of Chile in San Carlos de "
         "Bariloche, Andrés Molina Ortiz, at the provincial house.",
         [("Andrés Molina Ortiz", "Consul General in San Carlos de Bariloche", "CL")]),
        ("The Consul General of Germany in Porto Alegre, Klaus Weber, visited the port.",
         [("Klaus Weber", "Consul General in Porto Alegre", "DE")]),
        ("Consul General of the Republic of Poland in Lviv Marek Nowak visited the plant.",
         [("Marek Nowak", "Consul General in Lviv", "PL")]),
    ],
)
def test_consul_in_a_city_of_several_words(sentence: str, expected: Found) -> None:
    assert people(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Two regions named before "the State's": no guess; the later step fills the side.
        ("Talks between Kerala and Japan's Hyogo Prefecture were held between the State's Minister for "
         "Industries, Anil Nair, and the Vice Governor of Hyogo, Taro Sato.",
         [("Anil Nair", "Minister for Industries", None), ("Taro Sato", "Vice Governor", "JP-28")]),
        # One region of that kind named before: that region (the country does not count).
        ("Kerala signed the memorandum with Japan, and the State's Minister for Industries, Anil Nair, spoke first.",
         [("Anil Nair", "Minister for Industries", "IN-KL")]),
        ("Ghana hosted the meeting, and the country's Minister of Trade, Kwame Ofori, opened it.",
         [("Kwame Ofori", "Minister of Trade", "GH")]),
        ("Ghana hosted the forum where Kwame Ofori, the country's Minister of Trade, spoke.",
         [("Kwame Ofori", "Minister of Trade", "GH")]),
        ("Kenya and Uganda signed the deal; the country's Minister of Trade, Grace Akello, spoke.",
         [("Grace Akello", "Minister of Trade", None)]),
        # Named only after the person: none.
        ("Anil Nair, the State's Minister for Industries, met Japan's Ambassador Taro Sato in Kerala.",
         [("Anil Nair", "Minister for Industries", None), ("Taro Sato", "Ambassador", "JP")]),
    ],
)
def test_generic_possessive_does_not_guess_a_side(sentence: str, expected: Found) -> None:
    assert people(sentence, {"Kerala": "IN-KL"}) == expected

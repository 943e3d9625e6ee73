"""One sentence read once: its places, people, documents, figures and event mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.ingest.extract import events
from app.ingest.extract.agreements import DocMention, find_documents
from app.ingest.extract.gazetteer import Introduced, Mention, find_mentions, is_region
from app.ingest.extract.money import Figure, find_figures
from app.ingest.extract.people import Person, find_people
from app.ingest.extract.text import Sentence, tokens

_SIGNED = re.compile(r"\b(?:signed|inked)\b", re.I)


@dataclass(slots=True)
class SentenceRead:
    sent: Sentence
    mentions: list[Mention]
    people: list[Person]
    docs: list[DocMention]
    figures: list[Figure]
    events: list[events.EventMention]


def read_sentence(sent: Sentence, published: date | None, introduced: Introduced | None = None) -> SentenceRead:
    toks = tokens(sent.text, sent.start)
    mentions = find_mentions(toks, introduced)
    docs = find_documents(sent.text)
    signed = bool(docs) or bool(_SIGNED.search(sent.text))
    place_names = {sent.text[m.start - sent.start:m.end - sent.start] for m in mentions if not is_region(m.code) and m.form != "capital"}

    def is_place(name: str) -> bool:
        return name.strip() in place_names

    found = events.detect_all(sent.text, is_place, bool(docs), signed)
    return SentenceRead(sent, mentions, find_people(sent.text, sent.start, toks, mentions), docs,
                 find_figures(sent.text, published), found)

"""The acceptance measure: the extractor over both folders of answer keys, scored by the shared script."""
import json
from typing import Any

import pytest

from app.ingest.extract import extract, to_answer_key
from tests.conftest import CORPUS, CORPUS_WEB, require_corpus
from tests.extract.corpus import Article, all_articles, articles, own_articles, scorer


def _predict(article: Article) -> dict[str, Any]:
    return json.loads(json.dumps(to_answer_key(extract(article.text))))


def _field_f1(chosen: list[Article]) -> dict[str, float]:
    score = scorer()
    totals = {f: score.Tally() for f in score.FIELDS}
    for article in chosen:
        score.score_pair(_predict(article), article.gold, totals)
    return {f: t.prf()[2] for f, t in totals.items()}


def test_both_folders_together() -> None:
    require_corpus()
    chosen = all_articles()
    assert len(chosen) == 41
    f1 = _field_f1(chosen)
    assert sum(f1.values()) / len(f1) >= 0.93, f1
    assert min(f1.values()) >= 0.80, f1


def test_web_pages_alone() -> None:
    require_corpus()
    f1 = _field_f1(articles(CORPUS_WEB))
    assert sum(f1.values()) / len(f1) >= 0.90, f1


def test_clean_wire_stories_alone() -> None:
    require_corpus()
    f1 = _field_f1(articles(CORPUS))
    assert sum(f1.values()) / len(f1) >= 0.95, f1


@pytest.mark.parametrize("folder", [CORPUS, CORPUS_WEB], ids=["corpus", "corpus-web"])
def test_no_story_with_sides_comes_back_without_them(folder) -> None:
    require_corpus()
    empty = [a.name for a in articles(folder) if a.gold["parties"] and not _predict(a)["parties"]]
    assert empty == []


def test_our_own_articles() -> None:
    require_corpus()
    chosen = own_articles()
    assert len(chosen) == 56
    f1 = _field_f1(chosen)
    assert sum(f1.values()) / len(f1) >= 0.92, f1
    assert min(f1.values()) >= 0.80, f1

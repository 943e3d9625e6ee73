"""The shared answer keys and their scorer, loaded once for the corpus tests."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.conftest import CORPUS, CORPUS_WEB, ROOT

# Web-shaped articles written for this project, each with its key; none was seen by the rules'
# authors before its first score (see README, "Extraction").
OWN = ROOT / "tests" / "articles"


@dataclass(frozen=True)
class Article:
    folder: Path
    name: str

    @property
    def text(self) -> str:
        return (self.folder / f"{self.name}.txt").read_text(encoding="utf-8")

    @property
    def gold(self) -> dict[str, Any]:
        key = json.loads((self.folder / f"{self.name}.gold.json").read_text(encoding="utf-8"))
        return key.get("gold", key)


def articles(*folders: Path) -> list[Article]:
    return [Article(folder, p.name[: -len(".gold.json")]) for folder in folders for p in sorted(folder.glob("*.gold.json"))]


def all_articles() -> list[Article]:
    return articles(CORPUS, CORPUS_WEB)


def own_articles() -> list[Article]:
    return articles(OWN)


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

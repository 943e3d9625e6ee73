"""The acceptance measure: the extractor over the shared answer keys, scored by the shared script."""
import importlib.util
import json
from types import ModuleType

from app.ingest.extract import extract, to_answer_key
from tests.conftest import CORPUS, require_corpus


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_overall_f1() -> None:
    require_corpus()
    score = _score_module()
    totals = {f: score.Tally() for f in score.FIELDS}
    golds = sorted(CORPUS.glob("*.gold.json"))
    assert golds
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        pred = json.loads(json.dumps(to_answer_key(extract(text))))
        score.score_pair(pred, gold.get("gold", gold), totals)
    f1 = {f: t.prf()[2] for f, t in totals.items()}
    overall = sum(f1.values()) / len(f1)
    assert overall >= 0.85, f1
    assert min(f1.values()) >= 0.70, f1

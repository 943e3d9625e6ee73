"""Write the API tour (docs/api-tour.md): real requests against the seed, and their real responses.

    python scripts/api_tour.py           # print the tour
    python scripts/api_tour.py --write   # replace the tour section of docs/api-tour.md

tests/test_readme_tour.py replays every request of the tour and checks the answers."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.config import Settings  # noqa: E402
from app.db.engine import create_db_engine  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.ingest.batch import ingest_paths  # noqa: E402
from app.main import create_app  # noqa: E402

START, END = "<!-- api-tour:start -->", "<!-- api-tour:end -->"
TOUR_FILE = ROOT / "docs" / "api-tour.md"

TOUR: list[tuple[str, str]] = [
    ("Meetings of two sides, a few fields, with the total", "/v1/meetings?party=AZ&party=RU-TA&fields=id,kind,status,date,title&include=total"),
    ("One meeting in full, as list items come", "/v1/meetings?party=AZ&sector=energy&kind=visit"),
    ("Full-text search with a highlighted snippet", "/v1/meetings?q=%22final%20protocol%22&fields=id,title,relevance,snippet"),
    ("A country standing for its regions, with facets", "/v1/meetings?party=RU&include_subdivisions=true&fields=id,title&facets=kind,year&limit=2"),
    ("Export as CSV (every matching row)", "/v1/meetings?party=AZ&format=csv&fields=id,date,kind,parties,commission"),
    ("A meeting with everything read about it", "/v1/meetings/2"),
    ("Counts per group, over any meeting filter", "/v1/stats/meetings?group_by=kind&party=AZ"),
    ("The relations of two sides", "/v1/relations/AZ/RU-TA"),
    ("Parties", "/v1/parties?kind=region"),
    ("One party, its regions and counterparts", "/v1/parties/RU-TA"),
    ("People", "/v1/people?name=jabbarov"),
    ("One person and their meetings", "/v1/people/1?"),
    ("The sector vocabulary as NDJSON", "/v1/sectors?format=ndjson&fields=slug,meeting_count"),
    ("Commissions", "/v1/commissions"),
    ("One commission and its sessions", "/v1/commissions/1"),
    ("Documents signed", "/v1/agreements"),
    ("Trade figures", "/v1/trade-figures?party=AZ&party=RU"),
    ("A trade series, latest report winning", "/v1/trade-figures/series?party=AZ&party=RU&currency=USD"),
    ("Articles", "/v1/articles?fields=id,published_on,source,dateline,file_name,meeting_count"),
    ("Full-text search of articles", "/v1/articles?q=tatar*&fields=id,relevance,snippet"),
    ("One article with everything extracted from it (text cut here)", "/v1/articles/1"),
    ("Health", "/healthz"),
    ("A bad parameter", "/v1/meetings?since=yesterday"),
    ("An unknown id", "/v1/meetings/999"),
]
VOLATILE = {"ingested_at", "created_at", "updated_at"}  # differ on every ingest; the tour shows one value, the test ignores them


@contextmanager
def seed_client() -> Iterator[TestClient]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/tour.db"
        upgrade(url)
        engine = create_db_engine(url)
        report = ingest_paths(engine, [ROOT / "seeds"])
        engine.dispose()
        if report.failed:
            raise SystemExit(report.summary())
        with TestClient(create_app(Settings(database_url=url)), raise_server_exceptions=False) as client:
            yield client


def body_text(content_type: str, raw: str) -> tuple[str, str]:
    """(code-block language, text) of a response body."""
    if "json" in content_type and "ndjson" not in content_type:
        data = json.loads(raw)
        if isinstance(data, dict) and isinstance(data.get("text"), str) and len(data["text"]) > 200:
            data["text"] = data["text"][:200] + "…"
        return "json", json.dumps(data, indent=2, ensure_ascii=False)
    return ("csv" if "csv" in content_type else "text"), raw.replace("\r\n", "\n").rstrip("\n")


def render(client: TestClient) -> str:
    parts = [START, ""]
    for title, url in TOUR:
        response = client.get(url)
        language, text = body_text(response.headers["content-type"], response.text)
        parts += [
            f"#### {title}",
            "",
            f"`GET {url}` → `{response.status_code}` `{response.headers['content-type']}`",
            "",
            "<details><summary>response</summary>",
            "",
            f"```{language}",
            text,
            "```",
            "",
            "</details>",
            "",
        ]
    parts.append(END)
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="replace the tour section of docs/api-tour.md")
    args = parser.parse_args()
    with seed_client() as client:
        tour = render(client)
    if not args.write:
        print(tour)
        return 0
    document = TOUR_FILE.read_text(encoding="utf-8")
    before, _, rest = document.partition(START)
    _, _, after = rest.partition(END)
    TOUR_FILE.write_text(before + tour + after, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

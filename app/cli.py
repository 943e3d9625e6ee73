"""The `bilateral` command: ingest articles into the database, or print what an article yields."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson


def _extract(args: argparse.Namespace) -> int:
    from app.ingest.extract import extract, to_answer_key
    from app.ingest.reader import ArticleError, read_inputs

    failed = 0
    if args.out is None and len(args.files) != 1:
        print("extract: give one FILE, or --out DIR for several", file=sys.stderr)
        return 2
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    for path in args.files:
        for item in read_inputs(path):
            if isinstance(item, ArticleError):
                print(f"{item.origin or path}: {item}", file=sys.stderr)
                failed += 1
                continue
            key = orjson.dumps(to_answer_key(extract(item.text, published_on=item.published_on)),
                               option=orjson.OPT_INDENT_2)
            line = item.origin.rpartition(":")[2] if item.origin != str(path) else ""
            if args.out is None:
                sys.stdout.buffer.write(key + b"\n")
            else:
                (args.out / f"{path.stem}{'-' + line if line else ''}.json").write_bytes(key + b"\n")
    return 1 if failed else 0


def _ingest(args: argparse.Namespace) -> int:
    from app.core.config import get_settings
    from app.db.engine import create_db_engine
    from app.ingest.batch import ingest_paths
    from app.ingest.report import FileOutcome

    def progress(index: int, total: int, outcome: FileOutcome) -> None:
        if not args.quiet or outcome.outcome == "failed":
            print(f"[{index}/{total}] {outcome.line()}", file=sys.stderr, flush=True)

    settings = get_settings()
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    try:
        report = ingest_paths(engine, args.paths, progress, follow_symlinks=args.follow_symlinks)
    finally:
        engine.dispose()
    print(report.summary())
    return 1 if report.failed else 0


def _delete(args: argparse.Namespace) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from app.articles.models import Article
    from app.core.config import get_settings
    from app.db.engine import create_db_engine
    from app.ingest.batch import take_write_turn
    from app.ingest.detach import delete_article

    settings = get_settings()
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    missing = 0
    try:
        for ref in args.articles:
            with Session(engine) as session, session.begin():
                take_write_turn(session)  # as an ingest does: concurrent writers wait, not deadlock
                where = Article.id == int(ref) if ref.isdigit() else Article.url == ref
                article_id = session.scalar(select(Article.id).where(where))
                if article_id is None:
                    print(f"{ref}: no such article", file=sys.stderr)
                    missing += 1
                    continue
                counts = delete_article(session, article_id)
            detail = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "no meetings"
            print(f"{ref}: deleted article {article_id} ({detail})")
    finally:
        engine.dispose()
    return 1 if missing else 0


def _migrate(args: argparse.Namespace) -> int:
    from app.core.config import get_settings
    from app.db.migrate import upgrade

    upgrade(args.database_url or get_settings().database_url)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bilateral", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the records of articles as answer-key JSON")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a .txt, .html or .jsonl article file")
    extract.add_argument("--out", type=Path, metavar="DIR",
                         help="write DIR/NAME.json for each NAME.txt or NAME.html (DIR/NAME-LINE.json for JSON Lines)")
    extract.set_defaults(run=_extract)

    ingest = commands.add_parser("ingest", help="extract articles and load them, one transaction per article")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="article files (.txt, .jsonl or .ndjson, .html) or folders of them")
    ingest.add_argument("--database-url", help="overrides DATABASE_URL")
    ingest.add_argument("-q", "--quiet", action="store_true", help="report only failures and the summary")
    ingest.add_argument("--follow-symlinks", action="store_true",
                        help="follow symbolic links in folders that lead out of them (by default they are "
                             "reported and skipped)")
    ingest.set_defaults(run=_ingest)

    delete = commands.add_parser("delete", help="remove articles and what only they support")
    delete.add_argument("articles", nargs="+", metavar="URL|ID", help="an article's URL or id")
    delete.add_argument("--database-url", help="overrides DATABASE_URL")
    delete.set_defaults(run=_delete)

    migrate = commands.add_parser("migrate", help="apply the database migrations (alembic upgrade head)")
    migrate.add_argument("--database-url", help="overrides DATABASE_URL")
    migrate.set_defaults(run=_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())

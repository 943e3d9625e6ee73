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
    if settings.metrics_enabled:
        from app.core.metrics import enable

        enable()  # with PROMETHEUS_MULTIPROC_DIR shared with the server, its /metrics counts this ingest
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    try:
        report = ingest_paths(engine, args.paths, progress, follow_symlinks=args.follow_symlinks)
    finally:
        engine.dispose()
    print(report.summary())
    return 1 if report.failed else 0


def _delete(args: argparse.Namespace) -> int:
    from app.core.config import get_settings
    from app.db.engine import create_db_engine
    from app.ingest.batch import remove_article

    settings = get_settings()
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    missing = 0
    try:
        for ref in args.articles:
            removed = remove_article(engine, int(ref) if ref.isdigit() else ref)
            if removed is None:
                print(f"{ref}: no such article", file=sys.stderr)
                missing += 1
                continue
            article_id, counts = removed
            detail = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "no meetings"
            print(f"{ref}: deleted article {article_id} ({detail})")
    finally:
        engine.dispose()
    return 1 if missing else 0


def _export(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.core.config import get_settings
    from app.db.engine import create_db_engine
    from app.export.dump import export_files
    from app.export.snapshot import write_snapshot
    from app.ingest.batch import one_line

    if args.out_dir.exists() and not args.out_dir.is_dir():
        print(f"export: {args.out_dir} is not a folder", file=sys.stderr)
        return 2
    settings = get_settings()
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    try:
        if args.format == "sqlite":
            print(write_snapshot(engine, args.out_dir))
        else:
            export_files(engine, args.out_dir, args.format, lambda path, rows: print(f"{path}: {rows} rows"))
    except OSError as exc:  # a folder that cannot be made or written, a full disk
        print(f"export: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:  # no server, no database, or one never migrated
        print(f"export: cannot read the database ({one_line(exc)}); run `bilateral migrate` first?", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def _import(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.core.config import get_settings
    from app.db.engine import create_db_engine
    from app.db.migrate import upgrade
    from app.export.load import ImportRefused, import_snapshot, snapshot_revision
    from app.ingest.batch import one_line

    settings = get_settings()
    url = args.database_url or settings.database_url
    try:
        snapshot_revision(args.snapshot)
    except ImportRefused as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 2
    engine = create_db_engine(url, sqlite_mmap_size=settings.sqlite_mmap_size)
    try:
        upgrade(url)
        counts = import_snapshot(args.snapshot, engine)
    except ImportRefused as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 2
    except DBAPIError as exc:  # no server or no database; the import rolled back
        print(f"import: cannot write to the database ({one_line(exc)})", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(", ".join(f"{rows} {table}" for table, rows in counts.items()))
    return 0


def _keys(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from app.auth import repository
    from app.core.config import get_settings
    from app.db.engine import create_db_engine

    settings = get_settings()
    engine = create_db_engine(args.database_url or settings.database_url, sqlite_mmap_size=settings.sqlite_mmap_size)
    try:
        with Session(engine) as session, session.begin():
            if args.keys_command == "create":
                new = repository.create_key(session, args.name, args.scope)
                print(f"created {args.scope} key {new.prefix} ({args.name}); it is shown this once:", file=sys.stderr)
                print(new.key)
            elif args.keys_command == "list":
                for key in repository.list_keys(session):
                    state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
                    print(f"{key.prefix}  {key.scope:<5}  {state:<24}  created {key.created_at:%Y-%m-%d %H:%M}  {key.name}")
            elif not repository.revoke_key(session, args.prefix):
                print(f"{args.prefix}: no active key with this prefix", file=sys.stderr)
                return 1
            else:
                print(f"revoked key {args.prefix}")
    finally:
        engine.dispose()
    return 0


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

    export = commands.add_parser("export", help="write the whole dataset: one file per entity, or a SQLite snapshot")
    export.add_argument("--format", choices=("ndjson", "csv", "sqlite"), default="ndjson",
                        help="ndjson or csv: DIR/ENTITY.FORMAT for each entity, nested parts included; "
                             "sqlite: DIR/bilateral.db, a copy of the whole database (default ndjson)")
    export.add_argument("out_dir", type=Path, metavar="DIR", help="folder to write into (made when missing)")
    export.add_argument("--database-url", help="overrides DATABASE_URL")
    export.set_defaults(run=_export)

    load = commands.add_parser("import", help="load a snapshot written by `export --format sqlite` into an empty database")
    load.add_argument("snapshot", type=Path, metavar="FILE", help="the snapshot (DIR/bilateral.db)")
    load.add_argument("--database-url", help="overrides DATABASE_URL")
    load.set_defaults(run=_import)

    keys = commands.add_parser("keys", help="create, list and revoke the API keys that writes need")
    keys.add_argument("--database-url", help="overrides DATABASE_URL")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="make a key and print it (once: only its hash is kept)")
    create.add_argument("--name", required=True, help="who or what uses the key")
    create.add_argument("--scope", choices=("read", "write"), default="write",
                        help="write (the default) also reads; read only reads")
    key_commands.add_parser("list", help="every key: prefix, scope, state, creation, name")
    revoke = key_commands.add_parser("revoke", help="stop a key from working")
    revoke.add_argument("prefix", metavar="PREFIX", help="the key's prefix, as `keys list` shows it")
    keys.set_defaults(run=_keys)

    migrate = commands.add_parser("migrate", help="apply the database migrations (alembic upgrade head)")
    migrate.add_argument("--database-url", help="overrides DATABASE_URL")
    migrate.set_defaults(run=_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())

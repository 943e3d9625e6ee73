"""Regenerate the Python client in clients/python from the application's OpenAPI document.

    .venv/bin/python scripts/generate_client.py           # rewrite the generated files (make client)
    .venv/bin/python scripts/generate_client.py --check   # exit 1, naming the files, when they are out of date

The document comes from `create_app().openapi()`: no server, no database. openapi-python-client
(pinned in constraints.txt) turns it into the package `bilateral_records_client.generated`, and
ruff, run with fixed options rather than any configuration it would find, formats it; the same
versions give the same bytes on every machine. Only `clients/python/openapi.json` and that package
are generated: the hand-written layer (`iterate`, the typed errors) sits beside them and is never
touched. tests/test_client.py fails when the committed files differ from a fresh generation."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pydantic_settings import BaseSettings, PydanticBaseSettingsSource

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.config import Settings  # noqa: E402
from app.main import create_app  # noqa: E402

CLIENT = ROOT / "clients" / "python"
DOCUMENT = Path("openapi.json")
GENERATED = Path("bilateral_records_client") / "generated"
OUTPUTS = (DOCUMENT, GENERATED)
GENERATOR_CONFIG = {"literal_enums": True, "post_hooks": []}
LINE_LENGTH = "120"
IGNORED = {"__pycache__", ".ruff_cache"}


class DefaultSettings(Settings):
    """The settings' defaults and nothing else: the document (which READ_REQUIRES_KEY, say, would
    change) must not depend on this machine's environment or `.env`."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


def openapi_document() -> str:
    # An in-memory database that is never queried: building the document reads no table.
    document = create_app(DefaultSettings(database_url="sqlite://")).openapi()
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def generate(into: Path) -> str:
    """Write the generated files under `into`, laid out as in clients/python; return the
    generator's warnings (an operation whose answer is not JSON, such as an NDJSON batch, is
    generated without a parsed body)."""
    (into / DOCUMENT).write_text(openapi_document(), encoding="utf-8")
    package = into / GENERATED
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.json"
        config.write_text(json.dumps(GENERATOR_CONFIG), encoding="utf-8")
        output = _run(
            "openapi_python_client", "generate", "--path", str(into / DOCUMENT), "--config", str(config),
            "--meta", "none", "--output-path", str(package), "--overwrite",
        )
    _run("ruff", "check", "--isolated", "--no-cache", "--quiet", "--fix-only", "--extend-select=I", f"--line-length={LINE_LENGTH}", ".", cwd=package)
    _run("ruff", "format", "--isolated", "--no-cache", "--quiet", f"--line-length={LINE_LENGTH}", ".", cwd=package)
    return output if "Warning" in output else ""


def _run(module: str, *args: str, cwd: Path | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{module} {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def files(root: Path) -> dict[str, bytes]:
    """Every generated file under `root`, by its path relative to `root`."""
    found: dict[str, bytes] = {}
    for output in OUTPUTS:
        paths = [root / output] if (root / output).is_file() else sorted((root / output).rglob("*"))
        for path in paths:
            if path.is_file() and not IGNORED & set(path.relative_to(root).parts):
                found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def stale(committed: Path, fresh: Path) -> list[str]:
    """Files that differ between two generations, or exist in only one of them."""
    old, new = files(committed), files(fresh)
    return sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether the committed client is up to date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        warnings = generate(fresh)
        changed = stale(CLIENT, fresh)
        if args.check:
            for name in changed:
                print(f"out of date: clients/python/{name}")
            return 1 if changed else 0
        shutil.rmtree(CLIENT / GENERATED, ignore_errors=True)
        shutil.copytree(fresh / GENERATED, CLIENT / GENERATED, ignore=shutil.ignore_patterns(*IGNORED))
        shutil.copyfile(fresh / DOCUMENT, CLIENT / DOCUMENT)
    print(warnings + f"{len(changed)} file(s) changed under clients/python")
    return 0


if __name__ == "__main__":
    sys.exit(main())

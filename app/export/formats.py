"""File formats of the export: one NDJSON line or one CSV record per row."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

import orjson

from app.export.entities import Row

FileFormat = Literal["ndjson", "csv"]


def _json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


class RowWriter(Protocol):
    def write(self, rows: Iterable[Row], path: Path) -> int: ...


class NdjsonWriter:
    def write(self, rows: Iterable[Row], path: Path) -> int:
        count = 0
        with path.open("wb") as out:
            for row in rows:
                out.write(_json(row) + b"\n")
                count += 1
        return count


# As in the API's CSV: text a spreadsheet would run as a formula gets a leading apostrophe.
_FORMULA_STARTS = frozenset("=+-@\t\r")


def _cell(value: Any) -> Any:
    """A scalar as itself (dates ISO, booleans true/false); a nested list or object as its JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value[:1] in _FORMULA_STARTS else value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return _json(value).decode()
    return value


class CsvWriter:
    """A header row taken from the first row's keys (every row of an entity has the same keys);
    an entity without rows gets an empty file."""

    def write(self, rows: Iterable[Row], path: Path) -> int:
        count = 0
        with path.open("w", encoding="utf-8", newline="") as out:
            writer: Any = None
            for row in rows:
                if writer is None:
                    writer = csv.writer(out)
                    writer.writerow(list(row))
                writer.writerow([_cell(value) for value in row.values()])
                count += 1
        return count


WRITERS: dict[FileFormat, RowWriter] = {"ndjson": NdjsonWriter(), "csv": CsvWriter()}

"""What a batch ingest did, file by file, and its one-line summary."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Outcome = Literal["loaded", "replaced", "unchanged", "failed"]


@dataclass(frozen=True)
class FileOutcome:
    origin: str  # the file, or FILE:LINE for a line of a JSON Lines file
    outcome: Outcome
    article_id: int | None = None
    reason: str | None = None
    created: Counter[str] = field(default_factory=Counter)
    merged: int = 0  # meetings that other articles reported first

    @property
    def path(self) -> Path:
        return Path(self.origin)

    def line(self) -> str:
        if self.outcome == "failed":
            return f"{self.origin}: failed: {self.reason}"
        if self.outcome == "unchanged":
            return f"{self.origin}: unchanged (article {self.article_id})"
        made = ", ".join(f"{n} {what}" for what, n in sorted(self.created.items()) if what != "articles")
        also = f"; {self.merged} meetings already known from other reports" if self.merged else ""
        return f"{self.origin}: {self.outcome} as article {self.article_id} ({made or 'no records'}{also})"


@dataclass
class BatchReport:
    files: list[FileOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    @property
    def created(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.created)
        return total

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.outcome == "failed"]

    def summary(self) -> str:
        created = self.created
        records = ", ".join(f"{created[k]} {k}" for k in sorted(created) if k != "articles") or "no records"
        merged = sum(f.merged for f in self.files)
        return (
            f"{self.count('loaded')} loaded, {self.count('replaced')} replaced, {self.count('unchanged')} unchanged, "
            f"{self.count('failed')} failed; created {records}"
            + (f"; {merged} reports of meetings already known" if merged else "")
        )

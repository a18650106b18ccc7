"""What the last audit of each watched target found, kept in DATA_DIR/audits/<target id>.json
(written atomically): the scheduled audit compares against it to tell new findings apart."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tamperwatch.audit.findings import Finding, SiteReport


def finding_key(finding: Finding) -> str:
    """A finding's identity across audits: its check and where it was seen."""
    return f"{finding.check} {finding.url}"


@dataclass(frozen=True, slots=True)
class LastAudit:
    audited_at: float
    grade: str
    keys: frozenset[str]


class AuditMemory:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, target_id: int) -> Path:
        return self.folder / f"{target_id}.json"

    def last(self, target_id: int) -> LastAudit | None:
        try:
            data = json.loads(self._path(target_id).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return LastAudit(float(data["audited_at"]), str(data["grade"]), frozenset(data["findings"]))

    def save(self, target_id: int, report: SiteReport, audited_at: float) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {
            "audited_at": audited_at,
            "url": report.url,
            "grade": report.grade,
            "findings": sorted(finding_key(f) for f in report.findings),
        }
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".audit-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self._path(target_id))

"""What a re-scan changed on a call: the findings it added, removed and kept.

A finding is the same across scans when its rule and utterance are (the key
`jobs.process` keeps reviewed findings by; the transcript does not change on
a re-scan, so neither does the utterance's time span). Entries carry no text:
the call holds it, masked or not for whoever reads it.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

FindingKey = tuple[str, int | None]  # (rule id, utterance index; None for call-level findings)


class DiffFinding(BaseModel):
    """One finding of a re-scan's diff."""

    model_config = ConfigDict(frozen=True)

    finding_id: int | None = Field(description="the stored finding (removed ones: the id it had)")
    rule_id: str
    category: str
    severity: str
    utterance_index: int | None
    start: float | None
    end: float | None
    reviewed: bool = Field(False, description="kept: it has reviews (a re-scan never changes those)")
    raised: bool = Field(True, description="kept: whether the new pack raises it again (a reviewed finding "
                                           "is kept either way)")


class RescanDiff(BaseModel):
    """One re-scan of one call, with the pack versions before and after."""

    model_config = ConfigDict(frozen=True)

    call_id: int
    at: datetime
    old_pack_name: str | None
    old_pack_version: str | None
    new_pack_name: str
    new_pack_version: str
    added: list[DiffFinding]
    removed: list[DiffFinding]
    kept: list[DiffFinding]

    @property
    def kept_reviewed(self) -> int:
        return sum(1 for f in self.kept if f.reviewed)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)

    def counts(self) -> str:
        """`+2 −1, 3 kept (1 reviewed)`: what the CLI prints after the versions."""
        reviewed = f" ({self.kept_reviewed} reviewed)" if self.kept_reviewed else ""
        return f"+{len(self.added)} \u2212{len(self.removed)}, {len(self.kept)} kept{reviewed}"

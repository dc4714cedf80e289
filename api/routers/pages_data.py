"""Read-only queries and view helpers behind the review pages (no routes here).

Filtering reuses the repository's finding filter, so the queue shows what
`GET /v1/findings` would return for the same parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_pipeline.domain.acoustics import CallSound
from qa_pipeline.domain.findings import SEVERITY_ORDER
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.store import repository as repo
from qa_pipeline.store import tallies
from qa_pipeline.store.models import Call, CallSource, CallStatus, StoredFinding
from qa_pipeline.text.normalize import normalize_text

# The dimensions the queue filters and counts by: (FindingFilter field, column).
FACETS: dict[str, Any] = {
    "category": StoredFinding.category,
    "severity": StoredFinding.severity,
    "agent_id": StoredFinding.agent_id,
    "rule_id": StoredFinding.rule_id,
    "review_state": StoredFinding.review_state,
}
MAX_FACET_VALUES = 200


def _filter(stmt: Any, flt: repo.FindingFilter) -> Any:
    # The repository's filter, shared with GET /v1/findings and the summary report.
    return repo._filter_findings(stmt, flt)


def facet_counts(session: Session, flt: repo.FindingFilter) -> dict[str, list[tuple[str, int]]]:
    """For each filter dimension, its values and how many findings each would show.

    A dimension's counts apply every other filter but not its own, so the
    numbers say what choosing that value would give.
    """
    out: dict[str, list[tuple[str, int]]] = {}
    for name, column in FACETS.items():
        others = flt.without(name)
        conditions = repo.tallied(others)
        if conditions is not None:  # the tallies the database keeps: a row per combination
            rows = tallies.count_by(session, name, conditions)
        else:
            stmt = _filter(select(column, func.count()).group_by(column), others)
            rows = [(getattr(k, "value", k), n) for k, n in session.execute(stmt) if k is not None]
        if name == "severity":
            rows.sort(key=lambda r: -SEVERITY_ORDER.get(r[0], -1))
        elif name == "review_state":
            order = [s.value for s in ReviewState]
            rows.sort(key=lambda r: order.index(r[0]) if r[0] in order else 99)
        else:
            rows.sort(key=lambda r: (-r[1], r[0]))
        out[name] = rows[:MAX_FACET_VALUES]
    return out


def calls_by_id(session: Session, ids: Sequence[int]) -> dict[int, Call]:
    if not ids:
        return {}
    return {c.id: c for c in session.scalars(select(Call).where(Call.id.in_(set(ids))))}


def recent_uploads(session: Session, limit: int = 10) -> list[Call]:
    stmt = select(Call).where(Call.source == CallSource.audio).order_by(Call.id.desc()).limit(limit)
    return list(session.scalars(stmt))


# --- the grouped queue -------------------------------------------------------

@dataclass(slots=True)
class QueueEntry:
    """One fact on a call: its findings of one category at one place (an utterance, or the whole call).

    A 07:30 call breaks both the policy window and the 22:00-08:00 ban, and one
    sentence can be both a family threat and a violent one: a reviewer decides
    each such fact once, and the entry cites every rule behind it.
    """

    findings: list[StoredFinding]

    @property
    def lead(self) -> StoredFinding:
        return self.findings[0]

    @property
    def ids(self) -> str:
        return ",".join(str(f.id) for f in self.findings)

    @property
    def picks(self) -> str:
        """The bulk-review checkbox value: each finding with the version shown ("12@0,13@2")."""
        return ",".join(f"{f.id}@{f.version}" for f in self.findings)

    @property
    def states(self) -> list[str]:
        return list(dict.fromkeys(f.review_state.value for f in self.findings))


def merge_entries(findings: Sequence[StoredFinding]) -> list[QueueEntry]:
    """Findings (worst first) merged into entries, one per (category, utterance); order kept."""
    entries: dict[tuple[str, int | None], QueueEntry] = {}
    for f in findings:
        key = (f.category, f.utterance_index)
        if key in entries:
            entries[key].findings.append(f)
        else:
            entries[key] = QueueEntry([f])
    return list(entries.values())


@dataclass(frozen=True, slots=True)
class Pick:
    """A finding ticked for bulk review, with the version the queue showed (None: not given)."""

    finding_id: int
    version: int | None


def _small_int(text: str, digits: int) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= digits else None


def parse_picks(values: Sequence[str], limit: int = 500) -> list[Pick]:
    """Findings from bulk-review checkboxes ("12@0,13@2" per entry); anything malformed is dropped."""
    out: dict[int, Pick] = {}
    for value in values:
        for part in value.split(","):
            ident, _, version = part.partition("@")
            finding_id = _small_int(ident, 18)
            if finding_id:
                out.setdefault(finding_id, Pick(finding_id, _small_int(version, 9) if version else None))
    return list(out.values())[:limit]


# --- times -----------------------------------------------------------------

def callee_zone(call: Call, default_timezone: str) -> ZoneInfo:
    callee = (call.call_metadata or {}).get("callee") or {}
    name = callee.get("timezone") if isinstance(callee, dict) else None
    try:
        return ZoneInfo(name or default_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default_timezone)


def local_time(call: Call, default_timezone: str) -> datetime:
    return call.started_at.astimezone(callee_zone(call, default_timezone))


def clock(seconds: float | None) -> str:
    """12.3 -> '00:12.3'; 3725 -> '1:02:05.0'."""
    if seconds is None:
        return ""
    seconds = max(0.0, float(seconds))
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{sec:04.1f}" if hours else f"{minutes:02d}:{sec:04.1f}"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    total = round(seconds)
    minutes, sec = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


# --- evidence highlighting ---------------------------------------------------

def evidence_spans(raw_text: str, evidence: dict[str, Any] | None) -> list[tuple[int, int]]:
    """Where a finding's evidence lies in the utterance as stored (raw, not normalized) text.

    Evidence `spans` are offsets into the normalized text; they are mapped
    back through the normalizer's offset map. Evidence without spans falls
    back to finding its `matched` terms in the text.
    """
    if not raw_text or not isinstance(evidence, dict):
        return []
    out: list[tuple[int, int]] = []
    spans = evidence.get("spans")
    if isinstance(spans, list) and spans:
        norm = normalize_text(raw_text)
        for span in spans:
            if not isinstance(span, dict):
                continue
            start, end = span.get("start"), span.get("end")
            if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(norm.text):
                continue
            a, b = norm.raw_span(start, end)
            if 0 <= a < b <= len(raw_text):
                out.append((a, b))
    if not out:
        for term in evidence.get("matched") or ():
            if isinstance(term, str) and term:
                pos = raw_text.find(term)
                while pos >= 0:
                    out.append((pos, pos + len(term)))
                    pos = raw_text.find(term, pos + len(term))
    return out


@dataclass(frozen=True, slots=True)
class TimelineMarker:
    """A finding's place on the player's timeline (`left`: percent of the call)."""

    finding_id: int
    at: float
    left: float
    severity: str
    category: str


def flagged_words_start(utterance: Any, evidence: dict[str, Any] | None) -> float:
    """When the flagged words begin: the utterance's start, moved on by the share of its text before them.

    Utterances keep their start and end but not per-word times, so the words' start is estimated by
    character position (speech runs at a roughly even rate within one turn); the player starts there
    rather than at the start of a long utterance.
    """
    spans = evidence_spans(utterance.text, evidence)
    if not spans or not utterance.text or utterance.end <= utterance.start:
        return float(utterance.start)
    first = min(a for a, _ in spans)
    share = first / len(utterance.text)
    return round(utterance.start + share * (utterance.end - utterance.start), 2)


def find_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Every place `term` occurs in `text`."""
    out: list[tuple[int, int]] = []
    pos = text.find(term) if term else -1
    while pos >= 0:
        out.append((pos, pos + len(term)))
        pos = text.find(term, pos + len(term))
    return out


def merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@dataclass(frozen=True, slots=True)
class UnsureWord:
    """A word the recogniser was unsure of: characters [start, end) of the text."""

    start: int
    end: int
    probability: float


def unsure_words(words: Sequence[Any] | None, below: float) -> list[UnsureWord]:
    """The stored words (Word dicts) whose probability is below `below`."""
    out = []
    for w in words or ():
        try:
            start, end, p = int(w["char_start"]), int(w["char_end"]), float(w["probability"])
        except (KeyError, TypeError, ValueError):
            continue
        if end > start and p < below:
            out.append(UnsureWord(start, end, p))
    return out


def highlight(text: str, spans: Sequence[tuple[int, int]], unsure: Sequence[UnsureWord] = (),
              unsure_title: str = "{p}") -> Markup:
    """`text` as HTML with each evidence span in <mark> and each unsure word in
    <span class="lowword" title="...">; every piece of text is escaped on its own."""
    clipped = merge([(max(0, a), min(len(text), b)) for a, b in spans if min(len(text), b) > max(0, a)])
    words = [w for w in unsure if 0 <= w.start < w.end <= len(text)]
    edges = {x for a, b in clipped for x in (a, b)} | {x for w in words for x in (w.start, w.end)}
    pieces: list[Markup] = []
    for a, b in pairwise(sorted({0, len(text), *edges})):
        piece = escape(text[a:b])
        word = next((w for w in words if w.start <= a and b <= w.end), None)
        if word is not None:
            title = unsure_title.format(p=f"{word.probability:.2f}")
            piece = Markup('<span class="lowword" title="{}">').format(title) + piece + Markup("</span>")
        if any(x <= a and b <= y for x, y in clipped):
            piece = Markup('<mark class="ev">') + piece + Markup("</mark>")
        pieces.append(piece)
    return Markup("").join(pieces)


# --- dashboard -------------------------------------------------------------

@dataclass(slots=True)
class DayBar:
    day: date
    x: float
    segments: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


@dataclass(slots=True)
class DayChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    bar_width: float
    bars: list[DayBar]
    ticks: list[dict[str, Any]]
    labels: list[dict[str, Any]]
    categories: list[str]
    max_total: int


def default_range(session: Session, days: int = 30, at_least: int = 7) -> tuple[date, date]:
    """Up to `days` days ending on the latest call date with findings (today if none).

    The range starts no earlier than the first date with findings, so a young
    database does not show a chart of empty days, but spans at least `at_least` days.
    """
    earliest, latest = session.execute(
        select(func.min(StoredFinding.call_date), func.max(StoredFinding.call_date))).one()
    end = latest or date.today()
    start = max(end - timedelta(days=days - 1), earliest or end)
    return min(start, end - timedelta(days=at_least - 1)), end


def per_day_by_category(session: Session, flt: repo.FindingFilter) -> dict[tuple[date, str], int]:
    stmt = _filter(select(StoredFinding.call_date, StoredFinding.category, func.count())
                   .group_by(StoredFinding.call_date, StoredFinding.category), flt)
    return {(d, c): n for d, c, n in session.execute(stmt)}


def day_chart(counts: dict[tuple[date, str], int], date_from: date, date_to: date,
              categories: Sequence[str]) -> DayChart:
    """Geometry of a stacked bar chart (one bar per day, one segment per category), drawn as SVG."""
    days = [date_from + timedelta(days=i) for i in range((date_to - date_from).days + 1)]
    present = {c for (_, c) in counts}
    cats = [c for c in categories if c in present] + sorted(present - set(categories))
    width, height, left, right, top, bottom = 1000, 280, 40, 10, 12, 246
    plot_w = width - left - right
    slot = plot_w / max(len(days), 1)
    bar_w = max(2.0, slot * 0.7)
    totals = {d: sum(counts.get((d, c), 0) for c in cats) for d in days}
    max_total = max(totals.values(), default=0)
    step = _nice_step(max_total)
    top_value = max(step, -(-max_total // step) * step) if max_total else step
    scale = (bottom - top) / top_value
    bars = []
    for i, d in enumerate(days):
        bar = DayBar(day=d, x=round(left + i * slot + (slot - bar_w) / 2, 2), total=totals[d])
        y = float(bottom)
        for c in cats:
            n = counts.get((d, c), 0)
            if n:
                h = n * scale
                y -= h
                bar.segments.append({"category": c, "count": n, "y": round(y, 2), "height": round(h, 2)})
        bars.append(bar)
    ticks = [{"value": v, "y": round(bottom - v * scale, 2)} for v in range(0, top_value + 1, step)]
    every = max(1, -(-len(days) // 10))
    labels = [{"x": round(left + i * slot + slot / 2, 2), "text": d.strftime("%m-%d")}
              for i, d in enumerate(days) if i % every == 0]
    return DayChart(width, height, top, bottom, left, round(bar_w, 2), bars, ticks, labels, cats, max_total)


def _nice_step(max_value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if max_value / step <= 5:
            return step
    return max(1, max_value // 5)


def top_by_confirmed(rows: list[repo.Count], limit: int = 10) -> list[repo.Count]:
    rows = [r for r in rows if r.key is not None and r.by_state["confirmed"] > 0]
    rows.sort(key=lambda r: (-r.by_state["confirmed"], -r.total, r.key or ""))
    return rows[:limit]


@dataclass(slots=True)
class Backlog:
    open_total: int
    by_severity: list[tuple[str, int]]
    by_category: list[tuple[str, int]]
    oldest_open: datetime | None
    calls_pending: int
    calls_failed: int


def backlog(session: Session) -> Backlog:
    open_ = StoredFinding.review_state == ReviewState.open
    by_sev = dict(session.execute(select(StoredFinding.severity, func.count())
                                  .where(open_).group_by(StoredFinding.severity)).all())
    by_cat = dict(session.execute(select(StoredFinding.category, func.count())
                                  .where(open_).group_by(StoredFinding.category)).all())
    return Backlog(
        open_total=sum(by_sev.values()),
        by_severity=sorted(by_sev.items(), key=lambda kv: -SEVERITY_ORDER.get(kv[0], -1)),
        by_category=sorted(by_cat.items(), key=lambda kv: (-kv[1], kv[0])),
        oldest_open=session.scalar(select(func.min(StoredFinding.created_at)).where(open_)),
        calls_pending=repo.count(session, Call, Call.status.in_([CallStatus.queued, CallStatus.processing])),
        calls_failed=repo.count(session, Call, Call.status.in_([CallStatus.failed, CallStatus.dead_letter])),
    )


@dataclass(frozen=True, slots=True)
class StripSegment:
    """One utterance on the call view's sound strip: where it sits (percent of the call) and how it sounded."""

    index: int
    speaker: str
    start: float
    left: float        # percent of the call's length
    width: float
    loud: bool         # shouting: sustained level at least the pack's shout_db over the speaker's median
    talk_over: float   # seconds it talks over the other party
    title: str


def sound_strip(utterances: Sequence[Any], sound: CallSound | None, shout_db: float) -> list[StripSegment]:
    """The sound strip of a recorded call (empty without acoustic measures)."""
    if sound is None or not utterances:
        return []
    length = max([sound.duration_s] + [u.end for u in utterances]) or 1.0
    out: list[StripSegment] = []
    for u in utterances:
        turn = sound.turn(u.index)
        sustained = turn.sustained_db_above_baseline if turn is not None else None
        loud = sustained is not None and sustained >= shout_db
        over = turn.talk_over_s if turn is not None else 0.0
        notes = [clock(u.start)]
        if sustained is not None:
            notes.append(f"{sustained:+.1f} dB")
        if turn is not None and turn.rate_cpm is not None:
            notes.append(f"{turn.rate_cpm:.0f} 字/分")
        if over:
            notes.append(f"抢话 {over:.1f} s")
        out.append(StripSegment(index=u.index, speaker=u.speaker, start=u.start,
                                left=round(100 * u.start / length, 2),
                                width=round(max(100 * (u.end - u.start) / length, 0.3), 2),
                                loud=loud, talk_over=over, title=" · ".join(notes)))
    return out

"""The audit report: JSON (every call, its status and findings by category) and an HTML page
(totals per category and per agent, the calls with critical findings, the failures).

Built from the store after the run, so it shows what QA staff will see in
the review pages, including calls skipped because an earlier run did them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from qa_pipeline.audit.job import JobResult, Outcome
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Call
from qa_pipeline.text.pii import mask_json

_CHUNK = 500
# A recording counted as failed: the call failed, or it could not be stored.
FAILED_STATUSES = frozenset({"failed", "dead_letter", "refused", Outcome.DB_UNAVAILABLE.value})


def _finding(f: Any) -> dict[str, Any]:
    return {"id": f.id, "rule_id": f.rule_id, "title": f.title, "severity": f.severity,
            "utterance_index": f.utterance_index, "speaker": f.speaker, "start": f.start, "end": f.end,
            "text": f.text, "review_state": f.review_state.value}


def _calls(session_factory: SessionFactory, ids: list[int]) -> dict[int, Call]:
    out: dict[int, Call] = {}
    with session_factory() as session:
        for i in range(0, len(ids), _CHUNK):
            for call in session.scalars(select(Call).where(Call.id.in_(ids[i:i + _CHUNK]))
                                        .options(selectinload(Call.findings))):
                out[call.id] = call
    return out


def build_report(session_factory: SessionFactory | None, results: list[JobResult], run: dict[str, Any],
                 categories: list[str]) -> dict[str, Any]:
    """The report of a run: `results` of its jobs, `run` facts, the pack's `categories`; personal numbers masked.

    Without a `session_factory` (the database is down) it holds what the jobs said only.
    """
    results = sorted(results, key=lambda r: r.index)
    ids = sorted({r.call_id for r in results if r.call_id is not None})
    calls = _calls(session_factory, ids) if session_factory is not None else {}
    rows: list[dict[str, Any]] = []
    by_category = {c: {"findings": 0, "calls": 0} for c in categories}
    agents: dict[str, dict[str, Any]] = {}
    critical: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []
    not_done: list[dict[str, Any]] = []
    seen: set[int] = set()
    for r in results:
        call = calls.get(r.call_id) if r.call_id is not None else None
        row: dict[str, Any] = {"id": r.call_id, "source": r.source, "outcome": r.outcome,
                               "status": call.status.value if call is not None else r.status,
                               "error": r.error or (call.error if call is not None else None),
                               "audio_seconds": round(r.audio_seconds, 2)}
        if call is not None:
            grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for f in sorted(call.findings, key=lambda f: (f.start if f.start is not None else -1.0, f.id)):
                grouped[f.category].append(_finding(f))
            started = call.call_metadata.get("started_at") or call.started_at.isoformat()
            row.update({"call_id": call.external_id, "agent_id": call.agent_id, "debtor_id": call.debtor_id,
                        "started_at": str(started), "call_date": call.call_date.isoformat(),
                        "pack_version": call.pack_version, "findings": dict(grouped)})
            if call.id not in seen:  # one file listed twice (a copy) is one call: count it once
                seen.add(call.id)
                agent = agents.setdefault(call.agent_id or "", {"agent_id": call.agent_id, "calls": 0, "findings": 0,
                                                                "critical": 0, "by_category": Counter()})
                agent["calls"] += 1
                for category, found in grouped.items():
                    slot = by_category.setdefault(category, {"findings": 0, "calls": 0})
                    slot["findings"] += len(found)
                    slot["calls"] += 1
                    agent["findings"] += len(found)
                    agent["by_category"][category] += len(found)
                crit = [f | {"category": c} for c, found in grouped.items() for f in found
                        if f["severity"] == "critical"]
                if crit:
                    agent["critical"] += 1
                    critical.append({"id": call.id, "call_id": call.external_id, "agent_id": call.agent_id,
                                     "started_at": row["started_at"], "source": r.source,
                                     "findings": sorted(crit, key=lambda f: (f["start"] or 0.0))})
        else:
            row["findings"] = {}
        if r.outcome == Outcome.NOT_DONE:
            not_done.append({"source": r.source, "why": r.error})
        elif row["status"] in FAILED_STATUSES:
            failures.append({"id": r.call_id, "call_id": row.get("call_id"), "source": r.source,
                             "outcome": r.outcome, "error": row["error"]})
        rows.append(row)
    statuses = Counter(row["status"] for row in rows)
    audio = sum(r.audio_seconds for r in results)
    processed = sum(r.processed_seconds for r in results)
    wall = float(run.get("wall_seconds") or 0.0)
    agent_rows = sorted(agents.values(), key=lambda a: (-a["findings"], a["agent_id"] or ""))
    for a in agent_rows:
        a["by_category"] = dict(a["by_category"])
    # Reports are files anyone with the reports folder reads: personal numbers in
    # paths, call ids, debtor ids, errors and finding texts are masked (last four kept).
    return mask_json({
        "run": run,
        "totals": {
            "recordings": len(rows),
            "outcomes": dict(Counter(r.outcome for r in results)),
            "status": dict(statuses),
            "failed": len(failures),
            "not_done": len(not_done),
            "audio_hours": round(audio / 3600, 4),
            "processed_audio_hours": round(processed / 3600, 4),
            "audio_hours_per_hour": round(processed / wall, 2) if wall > 0 else None,
            "findings": sum(c["findings"] for c in by_category.values()),
            "calls_with_findings": sum(1 for row in rows if row["findings"]),
        },
        "by_category": by_category,
        "by_agent": agent_rows,
        "critical_calls": critical,
        "failures": failures,
        "not_done": not_done,
        "calls": rows,
    })


def report_paths(target: Path | None, default_dir: Path, stamp: str) -> tuple[Path, Path]:
    """(JSON, HTML) paths: `--report` names either file (the other goes beside it) or a folder."""
    if target is None or target.is_dir():
        base = (target or default_dir) / f"audit-{stamp}"
        return base.with_suffix(".json"), base.with_suffix(".html")
    if target.suffix.lower() in (".html", ".htm"):
        return target.with_suffix(".json"), target
    if target.suffix.lower() == ".json":
        return target, target.with_suffix(".html")
    return Path(f"{target}.json"), Path(f"{target}.html")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_report(report: dict[str, Any], json_path: Path, html_path: Path) -> None:
    _write(json_path, json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
    _write(html_path, render_html(report, json_name=json_path.name))


def summary_lines(report: dict[str, Any]) -> list[str]:
    t = report["totals"]
    outcomes = ", ".join(f"{n} {k}" for k, n in sorted(t["outcomes"].items()))
    lines = [f"{t['recordings']} recordings ({outcomes}); {t['failed']} failed; "
             f"{t['findings']} findings on {t['calls_with_findings']} calls; "
             f"{t['processed_audio_hours']:.3f} h of audio transcribed"
             + (f" at {t['audio_hours_per_hour']:.1f} h audio per hour" if t["audio_hours_per_hour"] else "")]
    cats = [f"{c} {v['findings']}" for c, v in report["by_category"].items() if v["findings"]]
    if cats:
        lines.append("findings by category: " + ", ".join(cats))
    if report["critical_calls"]:
        lines.append(f"{len(report['critical_calls'])} calls with critical findings: "
                     + ", ".join(str(c["call_id"]) for c in report["critical_calls"][:10])
                     + (" ..." if len(report["critical_calls"]) > 10 else ""))
    for f in report["failures"][:10]:
        lines.append(f"failed: {f['source']}: {f['error']}")
    if len(report["failures"]) > 10:
        lines.append(f"... and {len(report['failures']) - 10} more failures (see the report)")
    if report["not_done"]:
        lines.append(f"{len(report['not_done'])} recordings not done ({report['not_done'][0]['why']}); "
                     f"the next run does them")
    if report["run"].get("database_error"):
        lines.append(f"{report['run']['database_error']}: the report lacks findings and agents")
    return lines


_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                   lstrip_blocks=True)
_ENV.filters["hms"] = lambda s: "" if s is None else f"{int(s) // 60}:{int(s) % 60:02d}"

_TEMPLATE = _ENV.from_string("""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Audit report {{ run.started_at }}</title>
<style>
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}.critical{color:#a00;font-weight:600}.muted{color:#777}
.fail{background:#fff3f3}code{font-size:90%}
</style></head><body>
<h1>Audit report</h1>
<p>{{ run.path }} &middot; started {{ run.started_at }} &middot; {{ run.engine }} engine
{%- if run.workers %} ({{ run.workers }} worker{{ 's' if run.workers != 1 }}){% endif %}
 &middot; rule pack {{ run.pack_name }} {{ run.pack_version }}{% if run.since %} &middot; calls since {{ run.since }}{% endif %}
{% if run.interrupted %} &middot; <strong class="critical">interrupted</strong>{% endif %}</p>
{% if run.stopped %}<p class="critical">Stopped: {{ run.stopped }}</p>{% endif %}
{% if run.database_error %}<p class="critical">{{ run.database_error }}: findings and agents are missing from this report.</p>{% endif %}
<p>{{ totals.recordings }} recordings (
{%- for k, n in totals.outcomes|dictsort %}{{ n }} {{ k }}{% if not loop.last %}, {% endif %}{% endfor %}).
<strong{% if totals.failed %} class="critical"{% endif %}>{{ totals.failed }} failed.</strong>
{{ totals.findings }} findings on {{ totals.calls_with_findings }} calls.
{{ '%.3f'|format(totals.processed_audio_hours) }} h of audio transcribed in {{ '%.0f'|format(run.wall_seconds or 0) }} s
{%- if totals.audio_hours_per_hour %} ({{ '%.1f'|format(totals.audio_hours_per_hour) }} h of audio per hour){% endif %}.
Details of every call: <a href="{{ json_name }}">{{ json_name }}</a>.</p>

<h2>Findings per category</h2>
<table><tr><th>category</th><th>findings</th><th>calls</th></tr>
{% for c, v in by_category.items() %}<tr><td>{{ c }}</td><td class="n">{{ v.findings }}</td><td class="n">{{ v.calls }}</td></tr>
{% endfor %}</table>

<h2>Per agent</h2>
{% if by_agent %}<table><tr><th>agent</th><th>calls</th><th>findings</th><th>calls with critical findings</th>
{% for c in by_category %}<th>{{ c }}</th>{% endfor %}</tr>
{% for a in by_agent %}<tr><td>{{ a.agent_id if a.agent_id is not none else '(none)' }}</td><td class="n">{{ a.calls }}</td>
<td class="n">{{ a.findings }}</td><td class="n{% if a.critical %} critical{% endif %}">{{ a.critical }}</td>
{% for c in by_category %}<td class="n">{{ a.by_category.get(c, 0) or '' }}</td>{% endfor %}</tr>
{% endfor %}</table>{% else %}<p class="muted">No calls stored.</p>{% endif %}

<h2>Calls with critical findings</h2>
{% if critical_calls %}<table><tr><th>call</th><th>agent</th><th>started</th><th>findings</th></tr>
{% for c in critical_calls %}<tr><td>{{ c.call_id }} <span class="muted">(#{{ c.id }})</span><br><span class="muted">{{ c.source }}</span></td>
<td>{{ c.agent_id or '' }}</td><td>{{ c.started_at }}</td><td>
{% for f in c.findings %}<div><span class="critical">{{ f.category }}</span> <code>{{ f.rule_id }}</code>
{% if f.start is not none %}at {{ f.start|hms }}{% endif %}: {{ f.text or '' }}</div>{% endfor %}</td></tr>
{% endfor %}</table>{% else %}<p class="muted">None.</p>{% endif %}

<h2>Failures</h2>
{% if failures %}<table><tr><th>recording</th><th>call</th><th>error</th></tr>
{% for f in failures %}<tr class="fail"><td>{{ f.source }}</td><td>{% if f.id is not none %}{{ f.call_id or '' }} (#{{ f.id }}){% else %}not stored{% endif %}
{% if f.outcome == 'skipped_failed' %}<br><span class="muted">failed in an earlier run; --retry-failed tries again</span>{% endif %}</td>
<td>{{ f.error or '' }}</td></tr>
{% endfor %}</table>{% else %}<p class="muted">None.</p>{% endif %}
{% if not_done %}
<h2>Not done (the next run does them)</h2>
<table><tr><th>recording</th><th>why</th></tr>
{% for n in not_done %}<tr class="fail"><td>{{ n.source }}</td><td>{{ n.why or '' }}</td></tr>
{% endfor %}</table>{% endif %}
</body></html>
""")


def render_html(report: dict[str, Any], json_name: str = "report.json") -> str:
    return _TEMPLATE.render(**report, json_name=json_name)


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


__all__ = ["build_report", "render_html", "report_paths", "summary_lines", "utc_stamp", "write_report"]

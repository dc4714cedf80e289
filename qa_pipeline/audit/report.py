"""The audit report: JSON (every call, its status and findings by category) and an HTML page
(totals per category and per agent, the calls with critical findings, the failures), in Chinese or
English (`Settings.report_language`), each call linked to its review page (`Settings.public_base_url`).

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
from qa_pipeline.domain.labels import Language, label
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


def write_report(report: dict[str, Any], json_path: Path, html_path: Path, *, language: Language = Language.zh,
                 base_url: str = "") -> None:
    _write(json_path, json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
    _write(html_path, render_html(report, json_name=json_path.name, language=language, base_url=base_url))


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

# The report's own words; category and severity names come from `domain.labels` (as on the pages).
_TEXT: dict[Language, dict[str, str]] = {
    Language.zh: {
        "title": "质检审计报告", "started": "开始于", "engine": "{engine} 引擎", "workers": "（{n} 个进程）",
        "pack": "规则包", "since": "通话日期自", "interrupted": "已中断",
        "recordings": "{n} 个录音", "failed": "{n} 个失败。", "findings_on": "{findings} 条标记，涉及 {calls} 通电话。",
        "audio": "转写音频 {hours} 小时，用时 {seconds} 秒", "per_hour": "（每小时处理 {rate} 小时音频）",
        "details": "每通电话的详情：", "by_category": "各类别标记", "category": "类别", "findings": "标记",
        "calls": "通话", "by_agent": "各坐席", "agent": "坐席", "critical_calls": "含严重标记的通话",
        "no_agent": "（无）", "no_calls": "没有已存储的通话。", "call": "通话", "started_at": "开始时间",
        "at": "于 {t}", "none": "无。", "failures": "失败", "recording": "录音", "error": "错误",
        "not_stored": "未存储", "retry": "在此前的运行中失败；加 --retry-failed 重试",
        "link_title": "在审核页面打开", "stopped": "已停止", "database_error": "本报告缺少标记与坐席数据。",
        "not_done": "未完成（下次运行时处理）", "why": "原因",
    },
    Language.en: {
        "title": "Audit report", "started": "started", "engine": "{engine} engine", "workers": " ({n} workers)",
        "pack": "rule pack", "since": "calls since", "interrupted": "interrupted",
        "recordings": "{n} recordings", "failed": "{n} failed.", "findings_on": "{findings} findings on {calls} calls.",
        "audio": "{hours} h of audio transcribed in {seconds} s", "per_hour": " ({rate} h of audio per hour)",
        "details": "Details of every call:", "by_category": "Findings per category", "category": "category",
        "findings": "findings", "calls": "calls", "by_agent": "Per agent", "agent": "agent",
        "critical_calls": "Calls with critical findings", "no_agent": "(none)", "no_calls": "No calls stored.",
        "call": "call", "started_at": "started", "at": "at {t}", "none": "None.", "failures": "Failures",
        "recording": "recording", "error": "error", "not_stored": "not stored",
        "retry": "failed in an earlier run; --retry-failed tries again", "link_title": "open in the review pages",
        "stopped": "Stopped", "database_error": "findings and agents are missing from this report.",
        "not_done": "Not done (the next run does them)", "why": "why",
    },
}
_HTML_LANG = {Language.zh: "zh-CN", Language.en: "en"}

_TEMPLATE = _ENV.from_string("""<!doctype html>
<html lang="{{ html_lang }}"><head><meta charset="utf-8">
<title>{{ t('title') }} {{ run.started_at }}</title>
<style>
body{font:14px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}.critical{color:#a00;font-weight:600}.muted{color:#777}
.fail{background:#fff3f3}code{font-size:90%}
</style></head><body>
<h1>{{ t('title') }}</h1>
<p>{{ run.path }} &middot; {{ t('started') }} {{ run.started_at }} &middot; {{ t('engine', engine=run.engine) }}
{%- if run.workers %}{{ t('workers', n=run.workers) }}{% endif %}
 &middot; {{ t('pack') }} {{ run.pack_name }} {{ run.pack_version }}{% if run.since %} &middot; {{ t('since') }} {{ run.since }}{% endif %}
{% if run.interrupted %} &middot; <strong class="critical">{{ t('interrupted') }}</strong>{% endif %}</p>
{% if run.stopped %}<p class="critical">{{ t('stopped') }}: {{ run.stopped }}</p>{% endif %}
{% if run.database_error %}<p class="critical">{{ run.database_error }}: {{ t('database_error') }}</p>{% endif %}
<p>{{ t('recordings', n=totals.recordings) }} (
{%- for k, n in totals.outcomes|dictsort %}{{ n }} {{ k }}{% if not loop.last %}, {% endif %}{% endfor %}).
<strong{% if totals.failed %} class="critical"{% endif %}>{{ t('failed', n=totals.failed) }}</strong>
{{ t('findings_on', findings=totals.findings, calls=totals.calls_with_findings) }}
{{ t('audio', hours='%.3f'|format(totals.processed_audio_hours), seconds='%.0f'|format(run.wall_seconds or 0)) }}
{%- if totals.audio_hours_per_hour %}{{ t('per_hour', rate='%.1f'|format(totals.audio_hours_per_hour)) }}{% endif %}.
{{ t('details') }} <a href="{{ json_name }}">{{ json_name }}</a>.</p>

<h2>{{ t('by_category') }}</h2>
<table><tr><th>{{ t('category') }}</th><th>{{ t('findings') }}</th><th>{{ t('calls') }}</th></tr>
{% for c, v in by_category.items() %}<tr><td>{{ category(c) }}</td><td class="n">{{ v.findings }}</td><td class="n">{{ v.calls }}</td></tr>
{% endfor %}</table>

<h2>{{ t('by_agent') }}</h2>
{% if by_agent %}<table><tr><th>{{ t('agent') }}</th><th>{{ t('calls') }}</th><th>{{ t('findings') }}</th><th>{{ t('critical_calls') }}</th>
{% for c in by_category %}<th>{{ category(c) }}</th>{% endfor %}</tr>
{% for a in by_agent %}<tr><td>{{ a.agent_id if a.agent_id is not none else t('no_agent') }}</td><td class="n">{{ a.calls }}</td>
<td class="n">{{ a.findings }}</td><td class="n{% if a.critical %} critical{% endif %}">{{ a.critical }}</td>
{% for c in by_category %}<td class="n">{{ a.by_category.get(c, 0) or '' }}</td>{% endfor %}</tr>
{% endfor %}</table>{% else %}<p class="muted">{{ t('no_calls') }}</p>{% endif %}

<h2>{{ t('critical_calls') }}</h2>
{% if critical_calls %}<table><tr><th>{{ t('call') }}</th><th>{{ t('agent') }}</th><th>{{ t('started_at') }}</th><th>{{ t('findings') }}</th></tr>
{% for c in critical_calls %}<tr><td><a href="{{ call_url(c.id) }}" title="{{ t('link_title') }}">{{ c.call_id }}</a> <span class="muted">(#{{ c.id }})</span><br><span class="muted">{{ c.source }}</span></td>
<td>{{ c.agent_id or '' }}</td><td>{{ c.started_at }}</td><td>
{% for f in c.findings %}<div><span class="critical">{{ severity(f.severity) }} · {{ category(f.category) }}</span> <code>{{ f.rule_id }}</code>
{% if f.start is not none %}{{ t('at', t=f.start|hms) }}{% endif %}: {{ f.text or '' }}</div>{% endfor %}</td></tr>
{% endfor %}</table>{% else %}<p class="muted">{{ t('none') }}</p>{% endif %}

<h2>{{ t('failures') }}</h2>
{% if failures %}<table><tr><th>{{ t('recording') }}</th><th>{{ t('call') }}</th><th>{{ t('error') }}</th></tr>
{% for f in failures %}<tr class="fail"><td>{{ f.source }}</td><td>{% if f.id is not none %}<a href="{{ call_url(f.id) }}" title="{{ t('link_title') }}">{{ f.call_id or '' }} (#{{ f.id }})</a>{% else %}{{ t('not_stored') }}{% endif %}
{% if f.outcome == 'skipped_failed' %}<br><span class="muted">{{ t('retry') }}</span>{% endif %}</td>
<td>{{ f.error or '' }}</td></tr>
{% endfor %}</table>{% else %}<p class="muted">{{ t('none') }}</p>{% endif %}
{% if not_done %}
<h2>{{ t('not_done') }}</h2>
<table><tr><th>{{ t('recording') }}</th><th>{{ t('why') }}</th></tr>
{% for n in not_done %}<tr class="fail"><td>{{ n.source }}</td><td>{{ n.why or '' }}</td></tr>
{% endfor %}</table>{% endif %}
</body></html>
""")


def render_html(report: dict[str, Any], json_name: str = "report.json", *, language: Language = Language.zh,
                base_url: str = "") -> str:
    """The report as a page in `language`; each stored call links to its review page under `base_url`
    (`Settings.public_base_url`; empty: links relative to the server)."""
    text = _TEXT[language]

    def t(key: str, **values: object) -> str:
        return text[key].format(**values) if values else text[key]

    return _TEMPLATE.render(**report, json_name=json_name, t=t, html_lang=_HTML_LANG[language],
                            category=lambda code: label(language, "category", code),
                            severity=lambda code: label(language, "severity", code),
                            call_url=lambda call_id: f"{base_url}/calls/{call_id}")


def utc_stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")


__all__ = ["build_report", "render_html", "report_paths", "summary_lines", "utc_stamp", "write_report"]

"""The QA programme's pages over HTTP: the score on a call, the agents' scorecard report, sampling plans
with verdicts and the miss rate, rates per 100 calls on the dashboard with drill-down to the call list."""

from __future__ import annotations

import html
import io
import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select

from api.i18n import MESSAGES
from qa_pipeline import jobs
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, SampleReview, StoredFinding
from tests.api.helpers import TRANSCRIPT
from tests.pages.conftest import Site
from tests.pages.test_pages_calls import add_clean_call, listed

ZH = MESSAGES["zh-CN"]
EN = MESSAGES["en"]


def add_scored_call(site: Site) -> int:
    """TRANSCRIPT with its insult confirmed, its threats dismissed and its self-identification left open."""
    doc = {**TRANSCRIPT, "call_id": "scored-1", "agent_id": "a-scored", "team": "east"}
    call_id = jobs.accept_transcript(site.session_factory, Transcript.model_validate(doc),
                                     scanner=site.app.state.scanner_factory(), settings=site.settings).call_id
    with site.session_factory() as s:
        for f in s.scalars(select(StoredFinding).where(StoredFinding.call_id == call_id)):
            if f.category == "abuse":
                repo.add_review(s, f, ReviewDecision.confirm, reviewer="r", comment="")
            elif f.category == "threat":
                repo.add_review(s, f, ReviewDecision.dismiss, reviewer="r", comment="客户原话")
        s.commit()
    return call_id


def test_call_page_shows_the_scorecard_score(client: TestClient, http_site: Site, sign_in) -> None:
    call_id = add_scored_call(http_site)
    sign_in("qa")
    page = client.get(f"/calls/{call_id}").text
    assert 'id="call-score" data-score="70" data-provisional="60"' in page
    assert ZH["score.title"] in page and "辱骂、侮辱" in page and "未表明机构与本人身份" in page
    assert "威胁恐吓" not in page.split('id="call-score"')[1].split("</section>")[0]  # dismissed: no deduction
    clean = add_clean_call(http_site)
    assert 'data-score="100" data-provisional="100"' in client.get(f"/calls/{clean}").text


def test_scorecard_report_page(client: TestClient, http_site: Site, sign_in) -> None:
    add_scored_call(http_site)
    sign_in("qa")
    assert client.get("/scores").status_code == 403
    sign_in("compliance")
    page = client.get("/scores?date_from=2026-03-01&date_to=2026-03-31&period=month").text
    row = re.search(r'<tr data-agent="a-scored"><td><a href="([^"]+)">a-scored</a></td>\s*<td>2026-03-01</td>'
                    r'<td class="num">1</td>\s*<td class="num mean">70.0</td>', page)
    assert row, page
    assert listed(client.get(html.unescape(row.group(1))).text) == [http_site.call_ids.get("scored-1") or
                                                                    _call_id(http_site, "scored-1")]
    assert 'id="scorecard-items"' in page and ZH["score.fatal"] in page
    client.get("/lang/en")
    assert EN["score.report_title"] in client.get("/scores").text


def _call_id(site: Site, external_id: str) -> int:
    with site.session_factory() as s:
        return s.scalars(select(Call.id).where(Call.external_id == external_id)).one()


def test_sampling_plan_of_clean_calls_with_verdicts(client: TestClient, http_site: Site, sign_in) -> None:
    clean = {add_clean_call(http_site)}
    csrf = sign_in("qa")
    r = client.post("/samples", data={"csrf_token": csrf, "name": "无标记抽检", "kind": "rule_based", "size": "5",
                                      "seed": "42", "clean_only": "1"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    plan_url = r.headers["location"]
    page = client.get(plan_url).text
    drawn = [int(i) for i in re.findall(r'<tr class="srow" id="c-\d+" data-call="(\d+)" data-clean="true">', page)]
    assert 'data-clean="false"' not in page
    with http_site.session_factory() as s:
        with_findings = set(s.scalars(select(StoredFinding.call_id)))
    assert drawn and not set(drawn) & with_findings and clean <= set(drawn) | with_findings
    assert ZH["sample.miss_rate_none"] in page
    r = client.post(f"{plan_url}/calls/{drawn[0]}/verdict", data={
        "csrf_token": csrf, "outcome": "missed_violation", "category": "threat", "note": "语气威胁"},
        follow_redirects=False)
    assert r.status_code == 303 and "saved=1" in r.headers["location"]
    page = client.get(plan_url).text
    assert 'id="miss-rate" data-misses="1" data-reviewed="1"' in page and "100.0%" in page and "20.7%" in page
    assert 'data-outcome="missed_violation"' in page
    # A missed violation without its category is refused with the field named, and nothing is stored.
    r = client.post(f"{plan_url}/calls/{drawn[0]}/verdict", data={"csrf_token": csrf, "outcome": "missed_violation"})
    shown = ZH["sample.error"].format(field="category", message="a missed violation needs its category")
    assert r.status_code == 200 and shown in html.unescape(r.text)
    with http_site.session_factory() as s:
        assert len(list(s.scalars(select(SampleReview)))) == 1
    listing = client.get("/samples").text
    assert "无标记抽检" in listing and "100.0% (1 / 1)" in listing
    assert 'id="nav-samples"' in listing and 'id="nav-scores"' not in listing  # the report is for compliance
    client.get("/lang/en")
    page = client.get(plan_url).text
    assert EN["sample.outcome.missed_violation"] in page and EN["sample.miss_rate"] in page
    assert EN["sample.clean_only"] in client.get("/samples").text


def test_bad_sampling_form_keeps_the_form_and_names_the_field(client: TestClient, sign_in) -> None:
    csrf = sign_in("qa")
    r = client.post("/samples", data={"csrf_token": csrf, "name": "太多", "kind": "random", "size": "999999"})
    assert r.status_code == 400
    assert ZH["sample.error"].format(field="size", message="999999 calls, over the limit of 1000") \
        in html.unescape(r.text)
    assert 'value="太多"' in r.text and ZH["sample.empty"] in r.text
    r = client.post("/samples", data={"csrf_token": csrf, "name": "x", "kind": "random", "size": "2",
                                      "clean_only": "1"})
    assert r.status_code == 400 and "无法保存：kind：a random plan" in r.text
    assert client.post("/samples", data={"csrf_token": "forged", "name": "x", "kind": "random",
                                         "size": "2"}).status_code == 403


def test_dashboard_rates_drill_down_to_the_calls_behind_each_row(client: TestClient, http_site: Site,
                                                                 sign_in) -> None:
    add_scored_call(http_site)
    sign_in("compliance")
    page = client.get("/dashboard?date_from=2026-03-01&date_to=2026-03-31").text
    assert ZH["rates.title"] in page
    for by in ("agent", "team", "rule", "day"):
        table = page.split(f'id="rates-{by}"')[1].split("</table>")[0]
        rows = re.findall(r'<tr data-key="([^"]*)"><td class="clip"><a href="([^"]+)" class="drill">.*?</a></td>\s*'
                          r'<td class="num">(\d+)</td><td class="num">(\d+)</td>.*?'
                          r'<a href="([^"]+)" class="drill-confirmed">', table, re.DOTALL)
        assert rows, by
        for key, href, calls, findings, confirmed_href in rows[:3]:
            href, confirmed_href = html.unescape(href), html.unescape(confirmed_href)
            shown = listed(client.get(href).text)
            with http_site.session_factory() as s:
                if by != "rule" and int(calls) <= 50:  # a rule row's calls are all calls
                    tallies = repo.finding_tallies(s, shown)
                    assert len(shown) == int(calls) and sum(t.total for t in tallies.values()) == int(findings)
                elif by == "rule":  # its link lists the calls with the rule's findings
                    assert shown and all(any(f.rule_id == key for f in repo.get_call(s, c, full=True).findings)
                                         for c in shown)
                for call_id in listed(client.get(confirmed_href).text):
                    states = {f.review_state for f in repo.get_call(s, call_id, full=True).findings
                              if by != "rule" or f.rule_id == key}
                    assert ReviewState.confirmed in states
    team = parse_qs(urlsplit(html.unescape(re.search(r'<tr data-key="east"><td class="clip"><a href="([^"]+)"',
                                                    page).group(1))).query)
    assert team["team"] == ["east"] and listed(client.get("/calls", params={"team": "east"}).text)
    day_links = re.findall(r'<a href="(/calls\?date_from=(\d{4}-\d\d-\d\d)&amp;date_to=\2&amp;status=done)" '
                           r'class="daylink">', page)
    assert day_links


def test_calls_filters_by_rule_team_and_finding_state(client: TestClient, http_site: Site, sign_in) -> None:
    call_id = add_scored_call(http_site)
    sign_in("compliance")
    assert listed(client.get("/calls?team=east").text) == [call_id]
    assert call_id in listed(client.get("/calls?rule_id=cn.abuse.insult&finding_state=confirmed").text)
    assert call_id not in listed(client.get("/calls?rule_id=cn.threat.violence&finding_state=confirmed").text)
    assert call_id in listed(client.get("/calls?rule_id=cn.threat.violence&finding_state=dismissed").text)
    assert client.get("/calls?finding_state=bogus").status_code == 200


def test_queue_xlsx_export_link_carries_the_filters(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    page = client.get("/queue?category=threat&state=all").text
    href = html.unescape(re.search(r'id="export-xlsx" href="([^"]+)"', page).group(1))
    assert parse_qs(urlsplit(href).query) == {"category": ["threat"], "format": ["xlsx"]}
    r = client.get(href)  # the page session is enough
    assert r.status_code == 200
    sheet = load_workbook(io.BytesIO(r.content))["findings"]
    categories = [row[7] for row in sheet.iter_rows(min_row=2, values_only=True)]
    with http_site.session_factory() as s:
        expected = len(s.scalars(select(StoredFinding.id).where(StoredFinding.category == "threat")).all())
    assert categories == ["threat"] * expected and expected > 0
    sign_in("qa")
    assert 'id="export-xlsx"' not in client.get("/queue").text

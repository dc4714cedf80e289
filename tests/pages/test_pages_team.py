"""The team's review pages over HTTP (TestClient): assignment from the queue and the call page, the
"assigned to me" filter, appeals refused on the page (window, own appeal, roles)."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from api.i18n import MESSAGES
from qa_pipeline.domain.review import ReviewDecision, ReviewState
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Appeal, AuditEntry, Call, Review, StoredFinding, utcnow
from tests.pages.conftest import Site, csrf_of

ZH = MESSAGES["zh-CN"]


def _queue_calls(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'data-call="(\d+)"', html)]


def _first_picks(html: str, rows: int) -> list[str]:
    """The first entry's checkbox value of each of the first `rows` queue rows (one per call)."""
    return [re.search(r'name="entry" value="([^"]+)"', row).group(1)
            for row in html.split('<tr class="qrow"')[1:rows + 1]]


def test_assigning_ticked_calls_and_the_assigned_to_me_filter(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("compliance")
    page = client.get("/queue").text
    assert 'id="bulk-assign"' in page and 'id="round-robin"' in page
    picks = _first_picks(page, 2)
    chosen_calls = set(_queue_calls(page)[:2])
    r = client.post("/queue/assign", data={"entry": picks, "reviewer": "qa-user", "csrf_token": csrf, "back": "/queue"},
                    follow_redirects=False)
    assert r.status_code == 303 and "assigned=2" in r.headers["location"]
    assert ZH["assign.done"].format(n=2) in client.get(r.headers["location"]).text
    with http_site.session_factory() as s:
        assert set(s.scalars(select(Call.id).where(Call.assigned_to == "qa-user"))) == chosen_calls
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "call.assign")).all()) == 2

    r = client.post("/queue/assign", data={"entry": picks, "reviewer": "ghost", "csrf_token": csrf},
                    follow_redirects=True)
    assert ZH["note.reviewer"] in r.text

    client.post("/logout", data={"csrf_token": csrf})
    sign_in("qa")
    mine = client.get("/queue?mine=1").text
    assert set(_queue_calls(mine)) == chosen_calls
    assert f'<option value="1" selected>{ZH["assign.mine"]}' in mine
    assert 'id="bulk-assign"' not in mine  # QA staff do not assign
    assert client.post("/queue/assign", data={"entry": picks, "reviewer": "qa-user", "csrf_token": csrf_of(mine)},
                       follow_redirects=False).status_code == 403


def test_round_robin_from_the_queue_and_assignment_on_the_call_page(client: TestClient, http_site: Site,
                                                                   sign_in) -> None:
    csrf = sign_in("admin")
    r = client.post("/queue/round-robin", data={"reviewers": ["qa-user", "compliance-user"], "csrf_token": csrf},
                    follow_redirects=False)
    assert r.status_code == 303
    dealt = int(re.search(r"assigned=(\d+)", r.headers["location"]).group(1))
    with http_site.session_factory() as s:
        open_calls = set(s.scalars(select(StoredFinding.call_id).where(StoredFinding.review_state == ReviewState.open)))
        counts = {name: len(s.scalars(select(Call.id).where(Call.assigned_to == name)).all())
                  for name in ("qa-user", "compliance-user")}
    assert dealt == len(open_calls) == sum(counts.values()) and abs(counts["qa-user"] - counts["compliance-user"]) <= 1

    call_id = min(open_calls)
    r = client.post(f"/calls/{call_id}/assign", data={"reviewer": "", "csrf_token": csrf}, follow_redirects=True)
    assert ZH["note.assigned"] in r.text and 'id="meta-assigned">—' in r.text
    with http_site.session_factory() as s:
        assert s.get(Call, call_id).assigned_to is None


def _confirmed_finding(site: Site, *, days_ago: float = 0) -> StoredFinding:
    """An open finding, confirmed `days_ago` (a confirmation in the past is written as it would have been)."""
    with site.session_factory() as s:
        f = s.scalars(select(StoredFinding).where(StoredFinding.review_state == ReviewState.open)
                      .order_by(StoredFinding.id)).first()
        s.add(Review(finding_id=f.id, reviewer="qa-user", decision=ReviewDecision.confirm,
                     finding_version=f.version, created_at=utcnow() - timedelta(days=days_ago)))
        s.execute(update(StoredFinding).where(StoredFinding.id == f.id)
                  .values(review_state=ReviewState.confirmed, version=f.version + 1))
        s.commit()
        return repo.get_finding(s, f.id)


def test_an_appeal_after_the_window_is_refused_on_the_page(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("qa")
    late = _confirmed_finding(http_site, days_ago=8)
    page = client.get(f"/calls/{late.call_id}").text
    card = page[page.index(f'id="f-{late.id}"'):]
    assert f'action="/findings/{late.id}/appeal"' not in card.split("</article>")[0]  # no form past the window
    r = client.post(f"/findings/{late.id}/appeal", data={"reason": "不服", "csrf_token": csrf}, follow_redirects=True)
    assert ZH["note.window"] in r.text
    with http_site.session_factory() as s:
        assert s.scalars(select(Appeal)).all() == []


def test_a_compliance_officer_cannot_rule_on_an_own_appeal(client: TestClient, http_site: Site, sign_in) -> None:
    csrf = sign_in("compliance")
    finding = _confirmed_finding(http_site)
    r = client.post(f"/findings/{finding.id}/appeal", data={"reason": "主管代坐席申诉", "csrf_token": csrf},
                    follow_redirects=True)
    assert ZH["note.filed"] in r.text and "ruling-form" not in r.text
    with http_site.session_factory() as s:
        appeal_id = s.scalar(select(Appeal.id))
    r = client.post(f"/appeals/{appeal_id}/ruling", follow_redirects=True,
                    data={"outcome": "overturned", "comment": "改判", "csrf_token": csrf})
    assert ZH["note.own"] in r.text
    with http_site.session_factory() as s:
        assert s.get(StoredFinding, finding.id).review_state == ReviewState.confirmed
    assert client.get("/appeals").status_code == 200


def test_the_appeals_list_is_for_compliance(client: TestClient, sign_in) -> None:
    sign_in("qa")
    r = client.get("/appeals")
    assert r.status_code == 403
    assert 'id="nav-appeals"' not in client.get("/queue").text

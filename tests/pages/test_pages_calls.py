"""The call list and search page over HTTP: every call (clean ones too), by words said and by field."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.i18n import MESSAGES
from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript
from tests.api.helpers import clean_call
from tests.pages.conftest import XSS, Site

ZH = MESSAGES["zh-CN"]
EN = MESSAGES["en"]

CLEAN = clean_call("clean-0311", "2026-03-11T10:05:00+08:00", agent_id="a-clean", debtor_id="d-77",
                   reminder="提醒您本月按时还款，电话13812345678，谢谢。")


def add_clean_call(site: Site) -> int:
    accepted = jobs.accept_transcript(site.session_factory, Transcript.model_validate(CLEAN),
                                      scanner=site.app.state.scanner_factory(), settings=site.settings)
    return accepted.call_id


def listed(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr class="crow" data-call="(\d+)"', page)]


def test_search_by_words_said_finds_a_call_without_findings(client: TestClient, http_site: Site,
                                                            sign_in) -> None:
    call_id = add_clean_call(http_site)
    sign_in("qa")
    page = client.get("/calls?q=本月按时还款").text
    assert listed(page) == [call_id]
    assert ZH["calls.clean"] in page and ZH["calls.count"].format(n=1) in page
    assert '<mark class="ev">本月按时还款</mark>' in page and f'href="/calls/{call_id}#u-2"' in page
    assert "13812345678" not in page  # masked for qa, as everywhere
    assert listed(client.get("/calls?debtor_id=d-77").text) == [call_id]
    assert listed(client.get("/calls?call_id=clean-0311").text) == [call_id]
    assert listed(client.get("/calls?agent_id=a-clean&date_from=2026-03-11&date_to=2026-03-11").text) == [call_id]
    assert call_id not in listed(client.get("/calls?category=threat").text)
    assert listed(client.get("/calls?q=不会有人说的话").text) == []
    assert ZH["calls.empty"] in client.get("/calls?q=不会有人说的话").text
    everything = listed(client.get("/calls").text)
    assert call_id in everything and len(everything) == min(len(http_site.call_ids) + 1, 50)


def test_call_search_is_escaped_and_in_english(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("compliance")
    page = client.get("/calls", params={"q": XSS}).text
    assert "<script>window.__xss" not in page
    assert client.get("/calls?status=bogus&category=bogus&cursor=zzz&date_from=x").status_code == 200
    client.get("/lang/en")
    page = client.get("/calls?q=还钱").text
    assert EN["calls.title"] in page and EN["calls.q"] in page and len(listed(page)) > 1


def test_the_count_of_calls_found_stops_at_qa_search_count_max(client: TestClient, http_site: Site,
                                                               sign_in) -> None:
    sign_in("qa")
    everything = len(listed(client.get("/calls").text))
    assert everything > 2
    http_site.app.state.settings = http_site.settings.model_copy(update={"search_count_max": 2})
    page = client.get("/calls").text
    assert ZH["calls.count"].format(n="2+") in page
    assert len(listed(page)) == everything  # the list itself is not capped

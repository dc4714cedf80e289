"""The rules page: the loaded pack, each rule with references and examples, and a dry run on pasted text."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.i18n import MESSAGES
from tests.pages.conftest import XSS, Site

ZH = MESSAGES["zh-CN"]
EN = MESSAGES["en"]


def test_rules_page_lists_every_rule_with_references_and_examples(client: TestClient, http_site: Site,
                                                                  sign_in) -> None:
    sign_in("qa")
    page = client.get("/rules").text
    pack = http_site.app.state.scanner_factory().pack
    assert pack.version in page and pack.name in page
    ids = re.findall(r'<article class="card rule" id="rule-([\w.]+)">', page)
    assert sorted(ids) == sorted(r.id for r in pack.rules)
    violence = next(r.spec for r in pack.rules if r.id.endswith("threat.violence"))
    card = page.split(f'id="rule-{violence.id}"')[1].split("</article>")[0]
    for ref in violence.references:
        assert ref in card
    first_flag = next(iter(violence.examples.flag[0].turns[0].values()))
    assert first_flag in card and 'class="ex-ok"' in card
    client.get("/lang/en")
    assert EN["rules.references"] in client.get("/rules").text


def test_dry_run_on_pasted_text(client: TestClient, sign_in) -> None:
    csrf = sign_in("qa")
    r = client.post("/rules/dry-run", data={"text": "再不还钱我就打断你的腿，电话13812345678", "speaker": "agent",
                                            "csrf_token": csrf})
    assert r.status_code == 200
    result = r.text.split('id="dry-result"')[1].split("</section>")[0]
    rules = re.findall(r'<li class="hit" data-rule="([\w.]+)">', result)
    assert any(rule.endswith("threat.violence") for rule in rules)
    assert '<mark class="ev">' in result and "13812345678" not in result  # masked for qa
    r = client.post("/rules/dry-run",
                    data={"text": "再不还钱我就打断你的腿", "speaker": "customer", "csrf_token": csrf})
    assert ZH["rules.no_hits"] in r.text  # the customer's words are never flagged
    r = client.post("/rules/dry-run", data={"text": XSS, "csrf_token": csrf})
    assert "<script>window.__xss" not in r.text
    assert client.post("/rules/dry-run", data={"text": "  ", "csrf_token": csrf}).status_code == 400
    assert client.post("/rules/dry-run", data={"text": "打断你的腿"}).status_code == 403


def test_rules_page_shows_which_requirements_the_pack_checks(client: TestClient, sign_in) -> None:
    sign_in("qa")
    page = client.get("/rules").text
    assert 'id="coverage"' in page
    gap = page.split('id="clause-gb-2025.stop-on-refusal"', 1)[1].split("</tr>", 1)[0]
    assert 'data-status="gap"' in gap and "联系人明确拒绝后应停止联系" in gap
    hours = page.split('id="clause-cba-2026.hours"', 1)[1].split("</tr>", 1)[0]
    assert 'href="#rule-cn.contact_time.night_ban"' in hours
    assert 'id="rule-cn.contact_time.night_ban"' in page  # the link lands on the rule's card


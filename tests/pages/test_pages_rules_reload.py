"""The rules page's reload button: admins only, CSRF-checked; a changed pack is taken up, a broken one
refused with its load error while the loaded one stays; the page says each server process needs it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.i18n import MESSAGES
from api.main import create_app
from qa_pipeline.config import REPO_ROOT
from tests.packs import copy_pack, set_version
from tests.pages.conftest import Site, csrf_of

ZH = MESSAGES["zh-CN"]
EN = MESSAGES["en"]


@pytest.fixture
def site_on_copy(http_site: Site, tmp_path) -> Iterator[tuple[TestClient, Site]]:
    rules = copy_pack(tmp_path, "9999.1")
    settings = http_site.settings.model_copy(update={"rules_dir": rules, "lexicons_dir": REPO_ROOT / "lexicons"})
    app = create_app(settings, session_factory=http_site.session_factory)
    with TestClient(app, base_url=http_site.base_url) as client:
        yield client, http_site


def signed_in(client: TestClient, site: Site, role: str) -> str:
    form = client.get("/login")
    client.post("/login", data={"api_key": site.keys[role], "csrf_token": csrf_of(form.text), "next": "/rules"})
    return csrf_of(client.get("/rules").text)


def test_an_admin_reloads_the_pack_from_the_rules_page(site_on_copy) -> None:
    client, site = site_on_copy
    csrf = signed_in(client, site, "admin")
    page = client.get("/rules").text
    assert 'id="reload-submit"' in page and ZH["rules.reload_note"] in page and "9999.1" in page
    rules = client.app.state.settings.rules_dir
    set_version(rules, "9999.2")
    assert client.post("/rules/reload", data={}).status_code == 403  # no CSRF token
    done = client.post("/rules/reload", data={"csrf_token": csrf})
    assert done.status_code == 200
    assert ZH["rules.reloaded"].format(old="9999.1", new="9999.2") in done.text
    rule_file = next(rules.rglob("violence.yaml"))
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\nseverity: [\n", encoding="utf-8")
    client.get("/lang/en")
    refused = client.post("/rules/reload", data={"csrf_token": csrf})
    assert refused.status_code == 422
    error = refused.text.split('id="reload-error"')[1].split("</p>")[0]
    assert EN["rules.reload_refused"] in error and str(rule_file) in error
    assert EN["rules.reload_note"] in refused.text
    assert "9999.2" in client.get("/rules").text.split('id="pack-name"')[1].split("</span>")[0]


@pytest.mark.parametrize("role", ["qa", "compliance"])
def test_only_admins_see_and_use_the_reload(site_on_copy, role: str) -> None:
    client, site = site_on_copy
    csrf = signed_in(client, site, role)
    assert 'id="reload-submit"' not in client.get("/rules").text
    assert client.post("/rules/reload", data={"csrf_token": csrf}).status_code == 403
    assert "9999.1" in client.get("/rules").text

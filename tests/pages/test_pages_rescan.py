"""The call page shows the call's latest re-scan diff, in Chinese and in English."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.engine import Scanner
from qa_pipeline.store.models import StoredFinding
from tests.packs import copy_pack
from tests.pages.conftest import Site


def test_the_call_page_shows_the_latest_rescan(client: TestClient, http_site: Site, sign_in, tmp_path) -> None:
    sign_in("qa")
    with http_site.session_factory() as s:
        finding = s.scalars(select(StoredFinding).order_by(StoredFinding.id)).first()
        assert finding is not None
        call_id, rule_id, old_version = finding.call_id, finding.rule_id, finding.pack_version
        kept = len(s.scalars(select(StoredFinding.id).where(StoredFinding.call_id == call_id)).all()) - 1
    assert 'id="last-rescan"' not in client.get(f"/calls/{call_id}").text
    pack = Scanner.load(copy_pack(tmp_path, "9999.8", drop=rule_id), REPO_ROOT / "lexicons")
    jobs.rescan_calls(http_site.session_factory, settings=http_site.settings, scanner=pack, call_ids=[call_id])
    zh = client.get(f"/calls/{call_id}").text.split('id="last-rescan"')[1].split("</div>")[0]
    assert f"用规则包 {old_version} → 9999.8 重新扫描：+0 −1，保留 {kept} 条" in zh
    client.get("/lang/en")
    en = client.get(f"/calls/{call_id}").text.split('id="last-rescan"')[1].split("</div>")[0]
    assert f"rescanned with pack {old_version} → 9999.8: +0 −1, {kept} kept" in en

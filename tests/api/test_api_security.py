"""Issue 14: security fixes seen through the API."""

from __future__ import annotations

from sqlalchemy import update

from qa_pipeline.store.models import Call


def test_audio_route_serves_only_the_recordings_store(app, client, keys, submitted, settings) -> None:
    """14.1: even a call row pointing at session.key (or ../) never serves it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    (settings.data_dir / "session.key").write_bytes(b"0123456789abcdef0123456789abcdef")
    (settings.data_dir / "recordings").mkdir(exist_ok=True)
    for audio_path in ("session.key", "recordings/../session.key"):
        with app.state.session_factory() as s:
            s.execute(update(Call).where(Call.id == submitted["id"]).values(audio_path=audio_path))
            s.commit()
        r = client.get(f"/v1/calls/{submitted['id']}/audio", headers=keys["admin"])
        assert r.status_code == 404, audio_path
        assert b"0123456789abcdef" not in r.content

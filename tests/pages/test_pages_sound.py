"""The call view's sound strip: recorded calls with acoustic measures show each turn,
loud ones and talk-overs marked."""

from __future__ import annotations

from fastapi.testclient import TestClient

from qa_pipeline.domain.acoustics import CallSound, TurnSound
from qa_pipeline.store.models import Call
from tests.pages.conftest import Site


def test_the_sound_strip_marks_shouting_and_talk_over(client: TestClient, http_site: Site, sign_in) -> None:
    sign_in("admin")
    call_id = next(iter(http_site.call_ids.values()))
    assert 'id="sound-strip"' not in client.get(f"/calls/{call_id}").text  # a transcript: no measures
    sound = CallSound(duration_s=60.0, turns=[TurnSound(utterance_index=0, sustained_db_above_baseline=12.0),
                                              TurnSound(utterance_index=1, speaker="customer"),
                                              TurnSound(utterance_index=2, talk_over_s=1.5)])
    with http_site.session_factory() as s:
        call = s.get(Call, call_id)
        assert call is not None and len(call.utterances) >= 3
        call.acoustics = sound.model_dump(mode="json")
        s.commit()
    page = client.get(f"/calls/{call_id}").text
    assert 'id="sound-strip"' in page
    segments = [line for line in page.splitlines() if 'class="seg seg-' in line]
    assert len(segments) == len(call.utterances)
    assert "loud" in segments[0] and "over" not in segments[0]
    assert "loud" not in segments[2] and " over " in segments[2]
    assert "+12.0 dB" in page

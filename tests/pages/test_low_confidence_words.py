"""The call view shows the words the recogniser was unsure of: a dotted
underline, with the probability in the title."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.routers.pages_data import UnsureWord, highlight, unsure_words
from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript
from tests.pages.conftest import Site

ANSWER = "吃的。"  # 是的 as Whisper base heard it
CALL = {
    "call_id": "lw-001", "started_at": "2026-03-04T11:00:00+08:00", "agent_id": "a-1",
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王建国先生本人吗？",
         "words": [{"start": 0.1, "end": 0.5, "probability": 0.93, "char_start": 0, "char_end": 2}]},
        {"speaker": "customer", "start": 2.5, "end": 3.0, "text": ANSWER, "confidence": 0.12,
         "words": [{"start": 2.5, "end": 2.7, "probability": 0.08, "char_start": 0, "char_end": 1},
                   {"start": 2.7, "end": 3.0, "probability": 0.61, "char_start": 1, "char_end": 2}]},
        {"speaker": "agent", "start": 3.5, "end": 8.0, "text": "你的借款已经逾期三十天了，今天必须还款。"},
    ],
}


def test_unsure_words_are_underlined_with_their_probability(client: TestClient, http_site: Site,
                                                           sign_in, page_scanner) -> None:
    accepted = jobs.accept_transcript(http_site.session_factory, Transcript.model_validate(CALL),
                                      scanner=page_scanner, settings=http_site.settings, actor="test")
    sign_in("qa")
    page = client.get(f"/calls/{accepted.call_id}").text
    unsure = re.findall(r'<span class="lowword" title="([^"]*)">([^<]*)</span>', page)
    below = http_site.settings.asr_low_word_prob
    expected = [(w["probability"], u["text"][w["char_start"]:w["char_end"]]) for u in CALL["utterances"]
                for w in u.get("words", []) if w["probability"] < below]
    assert [text for _, text in unsure] == [text for _, text in expected]
    for (title, _), (p, _) in zip(unsure, expected):
        assert f"{p:.2f}" in title


def test_highlight_nests_unsure_words_in_evidence_and_escapes():
    html = str(highlight("<b>逾期一七天", [(3, 7)], [UnsureWord(5, 7, 0.2)], "p={p}"))
    assert html == ('&lt;b&gt;<mark class="ev">逾期</mark>'
                    '<mark class="ev"><span class="lowword" title="p=0.20">一七</span></mark>天')
    assert str(highlight("对，是我", [])) == "对，是我"


def test_unsure_words_skips_sure_and_malformed_words():
    words = [{"char_start": 0, "char_end": 1, "probability": 0.1}, {"char_start": 1, "char_end": 2, "probability": 0.9},
             {"char_start": "x"}, {"char_start": 3, "char_end": 3, "probability": 0.0}]
    assert unsure_words(words, 0.4) == [UnsureWord(0, 1, 0.1)]
    assert unsure_words(None, 0.4) == []

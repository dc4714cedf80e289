"""Sample input shared by the API tests."""

from __future__ import annotations

from qa_pipeline.config import REPO_ROOT

SAMPLE_AUDIO = REPO_ROOT / "sample_audio"

TRANSCRIPT = {
    "call_id": "c-001", "started_at": "2026-03-02T10:05:00+08:00", "agent_id": "a-17",
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai", "phone": "13812345678"},
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.1, "text": "您好，请问是王建国先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。"},
        {"speaker": "agent", "start": 4.0, "end": 8.0,
         "text": "你这个老赖，再不还钱我就打断你的腿，有事打我电话13812345678。"},
        {"speaker": "agent", "start": 9.0, "end": 12.0, "text": "明天我们就去你单位，让你同事都知道你欠钱不还。"},
    ],
}


def clean_call(call_id: str, started_at: str, *, agent_id: str, debtor_id: str, reminder: str) -> dict:
    """A call with no violation: the agent names the institution and a work number, the debtor
    confirms, and the agent only reminds (`reminder`). For the searches that must find clean calls."""
    return {
        "call_id": call_id, "started_at": started_at, "agent_id": agent_id, "debtor_id": debtor_id,
        "utterances": [
            {"speaker": "agent", "start": 0.0, "end": 3.0,
             "text": "您好，我是恒通金融的客服，工号三一七四，请问是王建国本人吗？"},
            {"speaker": "customer", "start": 3.5, "end": 4.0, "text": "是我。"},
            {"speaker": "agent", "start": 4.5, "end": 7.0, "text": reminder}],
    }

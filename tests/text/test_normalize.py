from __future__ import annotations

from qa_pipeline.text.normalize import normalize_text


def test_traditional_to_simplified_and_full_width():
    n = normalize_text("請問是王建國先生本人嗎？ＡＢＣ１２３")
    assert n.text == "请问是王建国先生本人吗?ABC123"


def test_offsets_map_back_to_raw_text():
    raw = "您好，  請問   是王建國嗎"
    n = normalize_text(raw)
    assert n.text == "您好, 请问 是王建国吗"
    start = n.text.index("王建国")
    a, b = n.raw_span(start, start + 3)
    assert raw[a:b] == "王建國"
    assert len(n.offsets) == len(n.text) + 1


def test_phantom_lines_are_removed():
    assert normalize_text("字幕由Amara.org社群提供").text == ""
    assert normalize_text("請不吝點贊訂閱轉發打賞支持明鏡與點點欄目").text == ""
    n = normalize_text("您好，请问是王先生吗？谢谢观看")
    assert n.text == "您好,请问是王先生吗?"


def test_ordinary_text_is_kept():
    assert normalize_text("我们会依法起诉").text == "我们会依法起诉"


def test_normalize_many_matches_one_by_one():
    from qa_pipeline.text.normalize import normalize_many

    raws = ["請問是王建國嗎？", "  是 我  ", "谢谢观看", "ＡＢＣ，你好", ""]
    assert normalize_many(raws) == [normalize_text(r) for r in raws]

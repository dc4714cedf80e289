"""Reading text by sound towards a pattern's literal characters (qa_pipeline.engine.soundalike)."""

from __future__ import annotations

import re

from qa_pipeline.engine.soundalike import NearMiss, SoundAlike
from qa_pipeline.text.lexicon import DEFAULT_FUZZY_PAIRS

OWN_NAME = (re.compile(r"我(姓|叫)[\u4e00-\u9fa5]"), re.compile(r"工号|工牌号"))


def test_a_homophone_of_an_anchor_is_read_as_the_anchor_and_offsets_carry_over():
    reader = SoundAlike(OWN_NAME, DEFAULT_FUZZY_PAIRS)
    assert reader.read("我信两，公号三一五") == "我姓两，工号三一五"  # xin ~ xing (in/ing), gong = gong
    assert len(reader.read("我心白")) == 3


def test_characters_of_a_class_are_not_anchors():
    reader = SoundAlike((re.compile(r"我是[王李张刘]"),), DEFAULT_FUZZY_PAIRS)
    assert reader.read("我是留") == "我是留"  # 留 sounds like 刘, but 刘 is only in a class


def test_a_near_miss_is_found_only_where_the_text_itself_does_not_match():
    reader = SoundAlike(OWN_NAME, DEFAULT_FUZZY_PAIRS)
    assert reader.near_miss(OWN_NAME[0], "您好，我心白，受恒通委托") == NearMiss("我心白", "我姓白", 3, 6)
    assert reader.near_miss(OWN_NAME[0], "我姓白，我心白") is None  # said as such
    assert reader.near_miss(OWN_NAME[1], "公号三零八") == NearMiss("公号", "工号", 0, 2)
    assert reader.near_miss(OWN_NAME[1], "您的借款已经逾期") is None

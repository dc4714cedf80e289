"""The segmenter: jieba's dictionary read once per process, a copy per pack."""

from __future__ import annotations

import jieba

from qa_pipeline.text.segment import Segmenter

TEXT = "你这个老赖再不还钱，我们就安排外访人员上门核实情况"


def test_a_segmenter_cuts_as_a_freshly_read_jieba_with_the_same_user_words():
    fresh = jieba.Tokenizer()
    fresh.initialize()
    fresh.add_word("外访人员", freq=max(fresh.suggest_freq("外访人员", tune=False), 5000))
    expected = tuple((start, end) for _w, start, end in fresh.tokenize(TEXT, HMM=False))
    assert Segmenter(["外访人员"]).tokens(TEXT) == expected


def test_user_words_of_one_pack_stay_out_of_another():
    with_word = Segmenter(["安排外访"])
    without = Segmenter()
    start = TEXT.index("安排外访")
    span = (start, start + len("安排外访"))
    assert span in with_word.tokens(TEXT)
    assert span not in without.tokens(TEXT)
    assert span not in Segmenter().tokens(TEXT)  # a later one neither

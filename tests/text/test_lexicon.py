from __future__ import annotations

import pytest

from qa_pipeline.errors import RulePackError
from qa_pipeline.text.lexicon import (
    LexiconEntry,
    TermMatcher,
    parse_lexicon,
    phonetic_encoder,
)


@pytest.fixture(scope="module")
def matcher():
    m = TermMatcher(phonetic_encoder())
    for term, variants in [("逾期", ("一七",)), ("街坊四邻", ()), ("去你家", ("请你家",)), ("还款", ()),
                           ("征信", ())]:
        m.add("words", LexiconEntry(term, variants))
    return m.build()


@pytest.mark.parametrize("text,term,kind", [
    ("已经逾期了", "逾期", "literal"),
    ("已经一七三天了", "逾期", "variant"),      # a listed mishearing
    ("余期未还", "逾期", "phonetic"),           # same syllables, other characters
    ("告诉你的街房四零", "街坊四邻", "phonetic"),  # fang=fang, lin~ling
    ("我们请你家", "去你家", "variant"),
    ("尽快环款", "还款", "phonetic"),           # 还 read huan
    ("影响正信", "征信", "phonetic"),           # zheng~zeng~zen
])
def test_homophones_match(matcher, text, term, kind):
    hits = [h for h in matcher.find(text) if h.term == term]
    assert [h.kind for h in hits] == [kind]
    assert text[hits[0].start:hits[0].end] in (term, "一七", "余期", "街房四零", "请你家", "环款", "正信")


def test_a_literal_hit_is_not_repeated_as_phonetic(matcher):
    assert len(matcher.find("逾期")) == 1


def test_unrelated_text_has_no_hits(matcher):
    assert matcher.find("今天天气不错，我们一起吃饭") == []


def test_lexicon_format():
    lex = parse_lexicon("x", "# comment\n逾期 | 一七\n\n催收  # inline comment\n逾期 | 一期\n", "x.txt")
    assert [(e.term, e.variants) for e in lex.entries] == [("逾期", ("一七", "一期")), ("催收", ())]
    with pytest.raises(RulePackError, match=r"x\.txt: line 1: empty term"):
        parse_lexicon("x", "逾期 | ", "x.txt")
    with pytest.raises(RulePackError, match="no terms"):
        parse_lexicon("x", "# nothing\n", "x.txt")

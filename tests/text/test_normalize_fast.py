"""The shortcuts in qa_pipeline.text.normalize give exactly what the full steps give.

Each shortcut rests on a claim about OpenCC's t2s dictionaries or about
Unicode; these tests check the claims directly (over every character where
that is cheap) and on real and constructed text.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest

from qa_pipeline.text import normalize as N
from qa_pipeline.text.charmap import CharMap
from tests.conftest import CORPUS

ALL_CHARS = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 and cp != 0x0A]


@pytest.fixture(scope="module")
def opencc_t2s():
    return N._t2s()


@pytest.fixture(scope="module")
def entries(opencc_t2s) -> list[tuple[str, str]]:
    """(key, value) of every t2s dictionary, read as normalize reads them."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for path, _ in N._dictionary_files(Path(opencc_t2s.config)):
            out += N._read_dictionary(path, Path(tmp))
    return out


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.json")):
        texts += [u["text"] for u in json.loads(path.read_text(encoding="utf-8"))["utterances"]]
    return texts


@pytest.fixture(scope="module")
def traditional_texts(corpus_texts) -> list[str]:
    import opencc

    s2t = opencc.OpenCC("s2t.json")
    return [s2t.convert(t) for t in corpus_texts]


def test_shortcuts_were_built():
    shortcuts = N._t2s_shortcuts()
    assert shortcuts.table is not None
    assert shortcuts.unchanged is not N._LIST_EVERYTHING


def test_every_character_alone(opencc_t2s):
    """Over every code point: what OpenCC changes is listed for the identity
    shortcut, and what the table gets wrong is listed for the table shortcut."""
    _check_shortcuts(ALL_CHARS, opencc_t2s)


@pytest.mark.parametrize("before, after", [("", "頃頃頃們"), ("頃頃頃", ""), ("", "天天天"), ("天天天", "")])
def test_every_character_in_context(opencc_t2s, before, after):
    """Every BMP character before or after others: catches characters that
    change how OpenCC treats their neighbours (ideographic description
    operators make it copy the next characters unconverted)."""
    _check_shortcuts([before + chr(cp) + after for cp in range(0x10000)
                      if not 0xD800 <= cp < 0xE000 and cp != 0x0A], opencc_t2s)


def _check_shortcuts(texts: list[str], opencc_t2s) -> None:
    """Each text the identity shortcut passes is one OpenCC leaves alone, and
    each the table shortcut passes is one the table converts as OpenCC does
    (all converted in one call each: there are tens of thousands)."""
    shortcuts = N._t2s_shortcuts()
    joined = "\n".join(texts)
    by_opencc = opencc_t2s.convert(joined).split("\n")
    by_table = shortcuts.table(joined).split("\n")
    assert len(by_opencc) == len(by_table) == len(texts)
    for text, o, t in zip(texts, by_opencc, by_table):
        if o != text:
            assert not shortcuts.unchanged.clear(text), text
        if o != t:
            assert not shortcuts.per_char.clear(text), text


def _check(texts: list[str], opencc_t2s) -> None:
    shortcuts = N._t2s_shortcuts()
    for text in texts:
        expected = opencc_t2s.convert(text)
        assert N._convert(text) == expected, text
        if shortcuts.unchanged.clear(text):
            assert expected == text, text
        if shortcuts.per_char.clear(text):
            assert shortcuts.table(text) == expected, text


def test_corpus_texts_match_opencc(corpus_texts, traditional_texts, opencc_t2s):
    _check(corpus_texts + traditional_texts, opencc_t2s)
    _check(["\n".join(corpus_texts), "\n".join(traditional_texts)], opencc_t2s)


def test_phrase_keys_match_opencc(entries, corpus_texts, traditional_texts, opencc_t2s):
    """Phrase keys alone, cut short, run together, and inside ordinary text, so
    that phrases meet and overlap the way max-match segmentation sees them."""
    phrases = [key for key, _ in entries if len(key) > 1]
    values = [value for key, value in entries if len(key) > 1]
    chars = sorted({c for key, _ in entries for c in key})
    rng = random.Random(5)
    texts = phrases + values + [p[1:] for p in phrases] + [p[:-1] for p in phrases]
    texts += ["".join(rng.sample(phrases, 3)) for _ in range(3000)]
    texts += ["".join(rng.choice(chars) for _ in range(8)) for _ in range(3000)]
    for _ in range(3000):
        host = rng.choice(corpus_texts + traditional_texts)
        at = rng.randrange(len(host) + 1)
        texts.append(host[:at] + rng.choice(phrases + values) + host[at:])
    _check(texts, opencc_t2s)


def test_random_text_matches_opencc(corpus_texts, traditional_texts, opencc_t2s):
    rng = random.Random(11)
    pool = "".join(sorted(set("".join(corpus_texts + traditional_texts))))
    texts = ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 60))) for _ in range(5000)]
    texts += ["".join(chr(rng.randrange(0x3400, 0xA000)) for _ in range(40)) for _ in range(2000)]
    _check(texts, opencc_t2s)


def test_phantom_anchors_cover_every_phantom_line():
    lowercase_anchors = {a.lower() for a in N._PHANTOM_ANCHORS}
    for line in N.PHANTOM_LINES:
        assert lowercase_anchors & set(line.lower()), line
    for c in ALL_CHARS:
        if lowercase_anchors & set(c.lower()):
            assert c in N._PHANTOM_ANCHORS, c


def test_odd_whitespace_is_all_whitespace_but_space_and_newline():
    assert {c for c in ALL_CHARS if c.isspace() and c != " "} == set(N._ODD_WHITESPACE)


def test_charmap_matches_the_dictionary():
    mapping = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x4E7E: 0x5E72}
    cmap = CharMap(mapping)
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(chr(rng.choice([rng.randrange(0x20, 0x3001), rng.randrange(0x4E00, 0x4F00),
                                       rng.randrange(0xFF00, 0xFF70), rng.randrange(0x10000, 0x10100)]))
                       for _ in range(rng.randrange(0, 20)))
        assert cmap(text) == text.translate(mapping)
    wide = CharMap({0x20000: 0x41, 0x4E00: 0x42, 0x41: 0x20001})  # to and from outside the BMP
    assert wide("一\U00020000xA") == "BAx\U00020001"
    assert cmap("a\ud800") == "a\ud800"  # a lone surrogate passes through, as it is
    assert cmap("") == ""


def _calls(corpus_texts, traditional_texts) -> list[list[str]]:
    rng = random.Random(7)
    odd = ["\t", "\u3000", "  ", " ", "\xa0", "\u2003", "ＡＢＣ", "ｘ", "！", "：", "乾隆", "打坏", "篤麼", "深沈"]
    pieces = corpus_texts + traditional_texts + list(N.PHANTOM_LINES) + odd
    return [["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 4))) for _ in range(rng.randrange(1, 12))]
            for _ in range(1500)]


def test_normalize_many_matches_one_by_one(corpus_texts, traditional_texts):
    for raws in _calls(corpus_texts, traditional_texts):
        many = N.normalize_many(raws)
        assert many == [N.normalize_text(r) for r in raws]
        assert N.normalize_texts(raws) == [n.text for n in many]


@pytest.fixture
def fresh_shortcuts():
    caches = (N._t2s_shortcuts, N._t2s_triggers, N._scan_patterns)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def test_without_dictionaries_everything_goes_through_opencc(monkeypatch, fresh_shortcuts, corpus_texts,
                                                             traditional_texts):
    expected = [N.normalize_many(raws) for raws in _calls(corpus_texts, traditional_texts)[:300]]
    for cache in (N._t2s_shortcuts, N._t2s_triggers, N._scan_patterns):
        cache.cache_clear()

    def unreadable(path, workdir):
        raise OSError("no opencc_dict here")

    monkeypatch.setattr(N, "_read_dictionary", unreadable)
    assert N._t2s_shortcuts().table is None
    assert [N.normalize_many(raws) for raws in _calls(corpus_texts, traditional_texts)[:300]] == expected


def test_length_changing_conversion_falls_back_line_by_line(monkeypatch):
    real = N._convert
    monkeypatch.setattr(N, "_convert", lambda text: real(text).replace("钱", "钱钱"))
    raws = ["還錢，  好嗎", "谢谢观看", "好的"]
    got = N.normalize_many(raws)
    assert got == [N.normalize_text(r) for r in raws]
    assert N.normalize_texts(raws) == [n.text for n in got]
    assert got[0].text == "还钱钱, 好吗"
    a, b = got[0].raw_span(0, 3)
    assert raws[0][a:b] == "還錢"

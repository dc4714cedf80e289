# cython: language_level=3, boundscheck=False, wraparound=False
"""The engine's innermost loops, compiled (Cython).

Each is an exact transcription of the Python they replace, kept here because
they run per character or per automaton hit of every call:

- `collect_hits`: turn the automaton's raw hits over a call's coded text into
  per-utterance TermHits (see lexicon.TermMatcher.find_each);
- `cut_block`: jieba's dictionary segmentation without HMM (see
  segment.Segmenter.tokens).

- `map_chars`: a character-for-character map (charmap.CharMap) without
  NumPy's fixed cost per call, which dominated on short texts.

Built by `pip install -e .` (setup.py); tests/test_kernels.py checks them
against jieba and the reference code.
"""

from cpython.unicode cimport PyUnicode_4BYTE_KIND, PyUnicode_FromKindAndData
from libc.math cimport log as c_log
from libc.stdlib cimport free, malloc


def collect_hits(object automaton, str codes, str joined, list starts, Py_ssize_t total, object hit_type):
    """Hits per text, grouped by lexicon: character hits in text order, then
    sound hits, each a `hit_type` (tuple, or a tuple subclass such as TermHit). `starts[i]` is where text i begins in `joined`; `total` is the
    length of `joined` plus one."""
    cdef Py_ssize_t n = len(starts)
    cdef list out = [{} for _ in range(n)]
    cdef list sounds = []
    cdef Py_ssize_t i = 0, base = 0, limit, end_idx, length, start, lo, hi, mid
    cdef dict group = out[0] if n else None
    cdef tuple value, payload, item
    cdef object seen, form, lexicon, literal
    cdef list bucket
    limit = starts[1] if n > 1 else total
    for end_idx, value in automaton.iter(codes):
        length = value[0]
        payload = value[1]
        start = end_idx - length + 1
        if start >= limit or start < base:
            # bisect_right(starts, start) - 1
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi) // 2
                if start < <Py_ssize_t>starts[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            i = lo - 1
            base = starts[i]
            limit = starts[i + 1] if i + 1 < n else total
            group = out[i]
        seen = None
        literal = None
        for item in payload:
            lexicon = item[0]
            form = item[2]
            if form is not None:
                if seen is None:
                    seen = joined[start:end_idx + 1]
                if seen != form:
                    continue
                if literal is None:
                    literal = [lexicon]
                else:
                    literal.append(lexicon)
                hit = (lexicon, item[1], start - base, end_idx + 1 - base, item[3])
                if hit_type is not tuple:
                    hit = tuple.__new__(hit_type, hit)
                bucket = group.get(lexicon)
                if bucket is None:
                    group[lexicon] = [hit]
                else:
                    bucket.append(hit)
            elif literal is not None and lexicon in literal:
                continue
            else:
                if literal is None:
                    literal = [lexicon]  # one sound hit per lexicon and span
                else:
                    literal.append(lexicon)
                hit = (lexicon, item[1], start - base, end_idx + 1 - base, "phonetic")
                if hit_type is not tuple:
                    hit = tuple.__new__(hit_type, hit)
                sounds.append((i, hit))
    for i, hit in sounds:
        bucket = (<dict>out[i]).get(hit[0])
        if bucket is None:
            out[i][hit[0]] = [hit]
        else:
            bucket.append(hit)
    return out


def cut_block(str block, dict freq, double logtotal, Py_ssize_t offset, list spans, object eng_match):
    """jieba's __cut_DAG_NO_HMM on one block of word characters: the most
    probable path through the dictionary's words (ties to the longer word);
    runs of single ASCII letters and digits kept together. Appends
    (start, end) spans shifted by `offset`."""
    cdef Py_ssize_t n = len(block)
    cdef Py_ssize_t idx, i, best_end, x, y, buf_start
    cdef double best_score, value
    cdef bint found
    cdef object count, frag
    cdef list score = [0.0] * (n + 1)
    cdef list nxt = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        found = False
        best_score = 0.0
        best_end = idx
        i = idx
        frag = block[idx]
        while i < n:
            count = freq.get(frag)
            if count is None:
                break
            if count:
                # the same float operations, in the same order, as jieba's calc()
                value = c_log(<double>count) - logtotal + <double>score[i + 1]
                if not found or value >= best_score:
                    best_score, best_end, found = value, i, True
            i += 1
            frag = block[idx:i + 1]
        if not found:  # not a word: the character alone
            best_score, best_end = 0.0 - logtotal + <double>score[idx + 1], idx
        score[idx] = best_score
        nxt[idx] = best_end
    x = 0
    buf_start = -1
    while x < n:
        y = <Py_ssize_t>nxt[x] + 1
        if y - x == 1 and eng_match(block, x) is not None:
            if buf_start < 0:
                buf_start = x
        else:
            if buf_start >= 0:
                spans.append((offset + buf_start, offset + x))
                buf_start = -1
            spans.append((offset + x, offset + y))
        x = y
    if buf_start >= 0:
        spans.append((offset + buf_start, offset + n))


def find_candidates(list speakers, list texts, list hits, dict by_lexicon, list rules, dict regex_only):
    """(utterance, sorted rule positions) for every utterance where some rule
    has what its requirement asks for: see engine.Scanner._candidates."""
    cdef list out = []
    cdef list found
    cdef dict present, ways
    cdef object extra, entries, text, speaker
    cdef Py_ssize_t index, n = len(hits)
    cdef Py_ssize_t position
    cdef tuple entry, others, regexes
    cdef bint ok
    for index in range(n):
        present = <dict>hits[index]
        if not present and not regex_only:
            continue
        speaker = speakers[index]
        ways = by_lexicon.get(speaker)
        extra = regex_only.get(speaker) if regex_only else None
        if not (present and ways) and not extra:
            continue
        text = texts[index]
        if not text:
            continue
        found = []
        if ways:
            for lexicon in present:
                entries = ways.get(lexicon)
                if entries is None:
                    continue
                for entry in entries:
                    position = entry[0]
                    if position in found:
                        continue
                    others = entry[1]
                    ok = True
                    for other in others:
                        if other not in present:
                            ok = False
                            break
                    if not ok:
                        continue
                    regexes = entry[2]
                    if regexes and not rules[position].may_match(regexes, text):
                        continue
                    found.append(position)
        if extra:
            for position, way in extra:
                if position not in found and rules[position].may_match(way.regexes, text):
                    found.append(position)
        if found:
            if len(found) > 1:
                found.sort()
            out.append((index, found))
    return out


def select_hits(tuple lexicons, dict hits, str text, str name, Py_ssize_t min_sound, bint whole_words,
                bint negatable, dict scores, object ctx, object match_type):
    """A lexicon selection's matches in one utterance: its lexicons' hits,
    less sound hits it refuses (min_sound 0: all of them; else shorter ones),
    short hits that are not whole words, and hits a negation governs
    (see engine.Scanner._select)."""
    cdef list out = []
    cdef list bucket
    cdef tuple h
    cdef object item
    cdef Py_ssize_t start, end
    cdef object how
    for lex in lexicons:
        bucket = hits.get(lex)
        if bucket is None:
            continue
        for item in bucket:
            h = <tuple>item  # a TermHit: a tuple subclass
            start = h[2]
            end = h[3]
            how = h[4]
            if how == "phonetic" and (min_sound == 0 or end - start < min_sound):
                continue
            if whole_words and end - start <= 2 and not ctx.aligned(start, end):
                continue
            if negatable and ctx.negated(start):
                continue
            out.append(tuple.__new__(match_type, (h[1], text[start:end], start, end, name, how != "literal",
                                                  scores[how])))
    return out


def map_chars(str text, const unsigned int[::1] table, dict wide):
    """`text` with every character of the Basic Multilingual Plane replaced by
    `table[code point]` and every other one by `wide.get(code point, itself)`."""
    cdef Py_ssize_t n = len(text), i
    cdef Py_UCS4 ch
    cdef object mapped
    if n == 0:
        return text
    cdef Py_UCS4* buf = <Py_UCS4*>malloc(n * sizeof(Py_UCS4))
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = text[i]
            if ch < 0x10000:
                buf[i] = table[ch]
            else:
                mapped = wide.get(<long>ch)  # keyed by code point (a bare Py_UCS4 would become a str)
                buf[i] = ch if mapped is None else <Py_UCS4>mapped
        # FromKindAndData picks the narrowest storage, as every str must have.
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n)
    finally:
        free(buf)

# cython: language_level=3, boundscheck=False, wraparound=False
"""The text stage's innermost loops, compiled (Cython). Plain data in and
out (strings, lists, dicts, tuples); the types are in `_kernels.pyi`.

They run per character or per automaton hit of every call:

- `collect_hits`: turn the automaton's raw hits over a call's coded text into
  per-utterance hits (see lexicon.TermMatcher.find_each);
- `cut_block`: jieba's dictionary segmentation without HMM (see
  segment.Segmenter.tokens);
- `map_chars`: a character-for-character map (charmap.CharMap) without
  NumPy's fixed cost per call, which dominated on short texts.

Built by `pip install -e .` (setup.py); tests/text/test_kernels.py checks
them against jieba and reference Python.
"""

from cpython.unicode cimport PyUnicode_4BYTE_KIND, PyUnicode_FromKindAndData
from libc.math cimport log as c_log
from libc.stdlib cimport free, malloc


def collect_hits(object automaton, str codes, str joined, list starts, Py_ssize_t total, object hit_type):
    """Hits per text, grouped by lexicon: character hits in text order, then
    sound hits. Each hit is a `hit_type` (a named tuple of lexicon, term,
    start, end, kind, similarity: None here) built from the automaton's payload `(lexicon, term,
    form, kind)`; `starts[i]` is where text i begins in `joined`; `total` is
    the length of `joined` plus one."""
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
                hit = tuple.__new__(hit_type, (lexicon, item[1], start - base, end_idx + 1 - base, item[3], None))
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
                hit = tuple.__new__(hit_type, (lexicon, item[1], start - base, end_idx + 1 - base, item[3], None))
                sounds.append((i, hit))
    for i, hit in sounds:
        bucket = (<dict>out[i]).get(hit[0])
        if bucket is None:
            out[i][hit[0]] = [hit]
        else:
            bucket.append(hit)
    return out


cdef inline bint _ascii_alnum(Py_UCS4 ch):
    """jieba's re_eng: [a-zA-Z0-9]."""
    return (u'a' <= ch <= u'z') or (u'A' <= ch <= u'Z') or (u'0' <= ch <= u'9')


def cut_block(str block, dict freq, double logtotal, Py_ssize_t offset, list spans):
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
        if y - x == 1 and _ascii_alnum(block[x]):
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

"""One utterance as the rules see it: its normalized text, its lexicon hits,
and (worked out on demand) its clauses and jieba tokens.

Every look-up by offset is a binary search, and a negation check reads only
the few tokens before the hit, so the cost of a check does not grow with the
length of the utterance (a transcript's one 100,000-character utterance
costs a tokenization, not a tokenization per hit).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from qa_pipeline.rulepack.loader import RulePack
from qa_pipeline.text.lexicon import TermHit
from qa_pipeline.text.segment import Clause, split_clauses

# A cue further than this from its clause's end does not open a rhetorical question.
RHETORICAL_MAX_CHARS = 64


@dataclass(slots=True)
class UtteranceContext:
    index: int
    speaker: str
    text: str  # normalized
    hits: dict[str, list[TermHit]]  # by lexicon
    pack: RulePack
    _clauses: list[Clause] | None = None
    _clause_starts: list[int] = field(default_factory=list)
    _tokens: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # by clause start
    _token_starts: dict[int, list[int]] = field(default_factory=dict)
    _cue_offsets: list[int] | None = None

    # -- clauses and tokens ---------------------------------------------------
    @property
    def clauses(self) -> list[Clause]:
        if self._clauses is None:
            self._clauses = split_clauses(self.text)
            self._clause_starts = [c.start for c in self._clauses]
        return self._clauses

    def clause_of(self, offset: int) -> Clause:
        """The clause holding `offset` (a one-character stand-in on a break)."""
        clauses = self.clauses
        i = bisect_right(self._clause_starts, offset) - 1
        if i >= 0 and offset < clauses[i].end:
            return clauses[i]
        return Clause(offset, offset + 1)

    def tokens_of(self, clause: Clause) -> list[tuple[int, int]]:
        """jieba token spans of a clause, in utterance offsets."""
        tokens = self._tokens.get(clause.start)
        if tokens is None:
            segmenter = self.pack.segmenter
            tokens = [(clause.start + s, clause.start + e)
                      for s, e in segmenter.tokens(self.text[clause.start:clause.end])]
            self._tokens[clause.start] = tokens
            self._token_starts[clause.start] = [s for s, _ in tokens]
        return tokens

    def _token_at(self, clause: Clause, offset: int) -> int | None:
        """Index (in `tokens_of(clause)`) of the token holding `offset`."""
        tokens = self.tokens_of(clause)
        i = bisect_right(self._token_starts[clause.start], offset) - 1
        if i >= 0 and offset < tokens[i][1]:
            return i
        return None

    # -- checks ---------------------------------------------------------------
    def in_a_name(self, start: int, end: int) -> bool:
        """The span overlaps a proper name by the pack's `phonetic.names`."""
        names = self.pack.names
        if names is None:
            return False
        return any(m.start() < end and start < m.end() for m in names.finditer(self.text))

    def aligned(self, start: int, end: int) -> bool:
        """The span is a whole word: it starts and ends on jieba token boundaries,
        or (for two or more characters) lies inside one token (公安 in 公安分局),
        but never straddles two (你妈 in 你|妈妈, 滚 in 滚动)."""
        clause = self.clause_of(start)
        first = self._token_at(clause, start)
        last = self._token_at(clause, end - 1)
        if first is None or last is None:
            return True
        tokens = self.tokens_of(clause)
        if first == last:
            return end - start >= 2 or tokens[first] == (start, end)
        return tokens[first][0] == start and tokens[last][1] == end

    def negated(self, start: int) -> bool:
        """A negation cue governs the text at `start`: in the same clause, at
        most `max_tokens` tokens before it, with no breaker in between, and
        not a condition on the debtor (不还钱 ...)."""
        clause = self.clause_of(start)
        if not self._cue_between(clause.start, start):
            return False  # no cue character before it in the clause: the common case
        target = self._token_at(clause, start)
        if target is None:
            return False
        neg = self.pack.settings.negation
        lexicons = self.pack.lexicon_sets
        cues, verbs, breakers = lexicons[neg.cues], lexicons[neg.condition_verbs], lexicons[neg.breakers]
        window = self.tokens_of(clause)[max(target - neg.max_tokens - 1, 0):target + 1]
        words = [self.text[s:e] for s, e in window]
        target_at = len(words) - 1  # the hit's own token, last in the window
        for ci, word in enumerate(words[:target_at]):
            if word not in cues:
                continue  # not a cue, or a cue inside a longer word (不要脸, 不停)
            if any(w in breakers for w in words[ci + 1:target_at]):
                continue  # 你不还我们就上门: 就 ends the condition
            if ci + 1 != target_at and words[ci + 1] in verbs:
                continue  # 不还钱 ... : a condition on the debtor, not a negated threat
            if self._rhetorical(window[ci][0], clause):
                continue  # 你不是还有信用卡吗: a question, not a negation
            return True
        return False

    def _rhetorical(self, cue_start: int, clause: Clause) -> bool:
        """Does the clause, from the cue on, read as a rhetorical question?

        Only the clause's last RHETORICAL_MAX_CHARS characters are looked at:
        a question is short, and reading to the end of a huge clause for every
        hit would make a long utterance cost its length squared.
        """
        if clause.end - cue_start > RHETORICAL_MAX_CHARS:
            return False
        return self.pack.negation_rhetorical.search(self.text[cue_start:clause.end]) is not None

    def _cue_between(self, start: int, end: int) -> bool:
        """Is a character that starts a negation cue in [start, end)?"""
        if self._cue_offsets is None:
            pattern = self.pack.negation_cue_pattern
            self._cue_offsets = [m.start() for m in pattern.finditer(self.text)]
        i = bisect_left(self._cue_offsets, start)
        return i < len(self._cue_offsets) and self._cue_offsets[i] < end

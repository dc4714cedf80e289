"""Candidates: the engine skips a rule on an utterance only where the rule
could not have fired anyway."""

from __future__ import annotations

from qa_pipeline.engine.utterance import UtteranceContext
from qa_pipeline.evaluation.synthetic import generate_transcripts
from qa_pipeline.text.normalize import normalize_many
from tests.conftest import CORPUS


def test_candidates_are_every_rule_that_could_fire(scanner):
    """A rule left out of the candidates never fires when evaluated anyway."""
    pack = scanner.pack
    calls = generate_transcripts(CORPUS, 300, seed=12)
    agent_rules = [p for p, r in enumerate(pack.rules) if r.spec.scope == "agent"]
    for call in calls:
        norms = normalize_many([u.text for u in call.utterances])
        texts = [n.text for n in norms]
        speakers = [u.speaker for u in call.utterances]
        hits = pack.matcher.find_each(texts)
        chosen = dict(scanner._candidates(speakers, texts, hits))
        for index, speaker in enumerate(speakers):
            if speaker != "agent" or not texts[index]:
                continue
            ctx = UtteranceContext(index, speaker, texts[index], hits[index], pack)
            for position in agent_rules:
                if position in chosen.get(index, ()):
                    continue
                rule = pack.rules[position]
                plans = rule.positive_plans + rule.veto_plans
                matches = {p.name for p in plans if scanner._selector.select(rule, p, ctx, {})}
                assert not rule.condition(frozenset(matches)), (rule.id, texts[index])

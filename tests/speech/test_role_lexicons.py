"""Mono role inference reads its phrase lists from lexicons/role_*.txt."""

from __future__ import annotations

import shutil

from qa_pipeline.config import REPO_ROOT
from qa_pipeline.evaluation.audio import load_audio_case
from qa_pipeline.speech import roles

LEXICONS = REPO_ROOT / "lexicons"


def test_every_lexicon_cue_has_its_file():
    for name, _ in roles._LEXICON_CUES:
        assert (LEXICONS / f"role_{name}.txt").is_file(), name


def test_an_edited_lexicon_changes_the_cue(tmp_path):
    for path in LEXICONS.glob("role_*.txt"):
        shutil.copy(path, tmp_path / path.name)
    phrase = "麻烦配合一下"
    before = {n for rx, _, n in roles._compiled(tmp_path) if rx.search(phrase)}
    assert "agent_pressure" not in before
    with (tmp_path / "role_agent_pressure.txt").open("a", encoding="utf-8") as f:
        f.write("配合一下\n")
    roles._compiled.cache_clear()
    after = {n for rx, _, n in roles._compiled(tmp_path) if rx.search(phrase)}
    assert "agent_pressure" in after
    roles._compiled.cache_clear()


def test_roles_on_the_sample_scripts_are_mostly_right():
    """The cue lists and turn model on what was really said (no recogniser)."""
    total = right = 0
    for path in sorted((REPO_ROOT / "sample_audio").glob("*.flac")):
        lines = load_audio_case(path).script
        gaps = [0.0] + [lines[i].start - lines[i - 1].end for i in range(1, len(lines))]
        guesses = roles.infer_roles([line.text for line in lines], gaps)
        total += len(lines)
        right += sum(g.speaker == line.speaker for g, line in zip(guesses, lines))
    assert right / total >= 0.9
